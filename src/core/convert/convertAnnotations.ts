import type { PlacementStatus } from '../export/model';
import { quoteTarget } from '../anchoring/target';
import { nameTable } from '../text/nameTable';
import type { Span } from '../text/positions';
import { convertScript, loadScriptConverter, type ConvertOptions, type ConvertedText } from './converter';
import type { ScriptTarget } from './scripts';

/** The annotation fields a conversion rewrites (the sidecar's `Annotation` fits). */
export interface ConvertibleAnnotation {
  readonly speaker: string | null;
  readonly topic: string | null;
  readonly target: { readonly exact: string; readonly prefix: string; readonly suffix: string; readonly start: number; readonly end: number };
}

/** An annotation with where re-anchoring placed it in the text before the conversion. */
export interface PlacedForConversion<T extends ConvertibleAnnotation> {
  readonly annotation: T;
  readonly status: PlacementStatus;
  readonly span: Span | null;
}

export interface ConvertedDocument<T extends ConvertibleAnnotation> {
  readonly text: string;
  readonly map: ConvertedText['map'];
  readonly from: ConvertedText['from'];
  /** The annotations, in the same order, with targets on the converted text. */
  readonly annotations: T[];
  readonly speakerAliases: Record<string, string>;
}

/**
 * Converts a transcript and carries its annotations along. Every placed annotation's span goes through
 * the conversion's offset map, so it lands exactly on the converted text of its statement, even where a
 * phrase changed length (内存 → 記憶體); its quote, prefix and suffix are then taken from the new text.
 * A fuzzy annotation keeps its (converted) old quote so that it is still flagged for review; an orphan
 * keeps its old position, with its quote converted so it may be found later. Speaker names, topic titles
 * and speaker aliases are converted too (they name text in the transcript); notes are left alone.
 */
export async function convertDocumentScript<T extends ConvertibleAnnotation>(
  text: string,
  annotations: readonly PlacedForConversion<T>[],
  speakerAliases: Readonly<Record<string, string>>,
  target: ScriptTarget,
  options: ConvertOptions = {},
): Promise<ConvertedDocument<T>> {
  const converted = await convertScript(text, target, options);
  const converter = await loadScriptConverter(converted.from, target);
  const convertString = (s: string): string => converter.convert(s).text;
  const convertName = (s: string | null): string | null => (s === null ? null : convertString(s));
  const result = annotations.map(({ annotation, status, span }) => {
    let targetAfter: ConvertibleAnnotation['target'];
    if (span && status === 'anchored') {
      const moved = { start: converted.map.toTarget(span.start), end: converted.map.toTargetEnd(span.end) };
      targetAfter = quoteTarget(converted.text, moved);
    } else {
      const old = annotation.target;
      const basis = span ?? old;
      targetAfter = {
        exact: convertString(old.exact),
        prefix: convertString(old.prefix),
        suffix: convertString(old.suffix),
        start: converted.map.toTarget(basis.start),
        end: converted.map.toTargetEnd(basis.end),
      };
    }
    const target = { ...annotation.target, ...targetAfter };
    return { ...annotation, speaker: convertName(annotation.speaker), topic: convertName(annotation.topic), target } as T;
  });
  const aliases = nameTable(Object.entries(speakerAliases).map(([alias, canonical]) => [convertString(alias), convertString(canonical)] as const));
  return { text: converted.text, map: converted.map, from: converted.from, annotations: result, speakerAliases: aliases };
}
