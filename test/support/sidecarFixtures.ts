import { writeFileSync } from 'node:fs';
import { createAnnotation } from '../../src/core/sidecar/annotations';
import { encodeSidecar } from '../../src/core/sidecar/codec';
import { emptySidecar, sidecarPathFor, type Annotation, type AnnotationKind } from '../../src/core/sidecar/model';

export interface QuoteTag {
  readonly quote: string;
  readonly kind: AnnotationKind;
  readonly note?: string;
  readonly speaker?: string;
  readonly topic?: string;
  readonly author?: string;
}

/** Annotations on the first occurrence of each quote, with fixed ids and times so outputs are stable. */
export function annotationsOn(text: string, tags: readonly QuoteTag[], idPrefix = '00000000-0000-4000-8000-'): Annotation[] {
  return tags.map((tag, i) => {
    const start = text.indexOf(tag.quote);
    if (start < 0) throw new Error(`fixture quote not found: ${tag.quote}`);
    return createAnnotation({
      text,
      span: { start, end: start + tag.quote.length },
      kind: tag.kind,
      ...(tag.note ? { note: tag.note } : {}),
      author: tag.author ?? 'lin',
      speaker: tag.speaker ?? null,
      topic: tag.topic ?? null,
      now: new Date(Date.UTC(2026, 10, 20, 8, 0, i)),
      id: `${idPrefix}${String(i + 1).padStart(12, '0')}`,
    });
  });
}

/** Writes `text` to `path` and the annotations to its sidecar. */
export function writeTranscriptWithSidecar(path: string, text: string, annotations: readonly Annotation[], speakerAliases: Record<string, string> = {}): void {
  writeFileSync(path, text);
  writeFileSync(sidecarPathFor(path), encodeSidecar({ ...emptySidecar(), speakerAliases, annotations }));
}
