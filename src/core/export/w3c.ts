import { isEvidenceUrl } from '../desk/evidence';
import { Timecodes, mediaFragment } from '../desk/timecodes';
import { CodePointIndex } from './codePoints';
import { currentTarget, inDocumentOrder, type ExportInput, type PlacedAnnotation } from './model';
import { verdictText } from '../desk/verdict';

/** The Web Annotation context, plus our own terms for what the model has no property for. */
export const W3C_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { ta: 'https://transcript-annotator.github.io/ns#' },
] as const;

/** Extension properties, namespaced under `ta:` in the context above. */
export const W3C_TERMS = {
  speaker: 'ta:speaker',
  topic: 'ta:topic',
  verdict: 'ta:verdict',
  status: 'ta:status',
  checkStatus: 'ta:checkStatus',
  checkStatusBy: 'ta:checkStatusBy',
  checkStatusAt: 'ta:checkStatusAt',
  title: 'ta:title',
} as const;

/** What a FragmentSelector with a time in the recording conforms to. */
export const MEDIA_FRAGMENTS = 'http://www.w3.org/TR/media-frags/';

/** Annotation ids are UUIDs; as IRIs they become `urn:uuid:…`. Other ids get a `urn:transcript-annotator:` IRI. */
export function annotationIri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:transcript-annotator:${encodeURIComponent(id)}`;
}

/**
 * A W3C Web Annotation `AnnotationCollection` (JSON-LD) with all annotations in one embedded page.
 * Each annotation is `motivation: classifying`, with the kind as a classifying `TextualBody`, the note as
 * a commenting one, and a target with a `TextQuoteSelector` and a `TextPositionSelector` counted in code
 * points, as the model requires (the sidecar counts UTF-16 units).
 */
export function toW3c(input: ExportInput): W3cCollection {
  const codePoints = new CodePointIndex(input.text);
  const timecodes = new Timecodes(input.text);
  const items = inDocumentOrder(input.annotations).map((placed) => toW3cAnnotation(placed, input, codePoints, timecodes));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: `Annotations on ${input.source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

export function toW3cJson(input: ExportInput): string {
  return JSON.stringify(toW3c(input), null, 2) + '\n';
}

function toW3cAnnotation(placed: PlacedAnnotation, input: ExportInput, codePoints: CodePointIndex, timecodes: Timecodes): W3cAnnotation {
  const a = placed.annotation;
  const { exact, prefix, suffix, start, end } = currentTarget(placed, input.text);
  const body: W3cBody[] = [{ type: 'TextualBody', purpose: 'classifying', value: a.kind }];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
  // Evidence: the source as a linking body, the passage that matters as a quote selector on it.
  for (const source of a.sources ?? []) {
    if (!isEvidenceUrl(source.url)) continue;
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: source.url,
      ...(source.quote ? { selector: { type: 'TextQuoteSelector', exact: source.quote } } : {}),
      ...(source.title ? { [W3C_TERMS.title]: source.title } : {}),
    });
  }
  const time = placed.span ? timecodes.at(placed.span.start) : null;
  const quote: W3cQuoteSelector = { type: 'TextQuoteSelector', exact, prefix, suffix };
  const position: W3cPositionSelector = { type: 'TextPositionSelector', start: codePoints.toCodePoint(start), end: codePoints.toCodePoint(end) };
  // The time in the recording: a media fragment, as for the audio or video the transcript was made from.
  const selector: W3cAnnotation['target']['selector'] =
    time === null ? [quote, position] : [quote, position, { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: mediaFragment(time) }];
  // Only the field: a `verdict:` line stays in the note, which the export already carries.
  const verdict = a.verdict ? verdictText(a.verdict) : undefined;
  const annotation: W3cAnnotation = {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: a.author },
    body,
    target: {
      source: input.source,
      selector,
    },
  };
  const extra: Record<string, string> = {};
  if (a.speaker !== null) extra[W3C_TERMS.speaker] = a.speaker;
  if (a.topic !== null) extra[W3C_TERMS.topic] = a.topic;
  if (verdict !== undefined) extra[W3C_TERMS.verdict] = verdict;
  if (placed.status !== 'anchored') extra[W3C_TERMS.status] = placed.status;
  if (a.status) {
    extra[W3C_TERMS.checkStatus] = a.status.value;
    extra[W3C_TERMS.checkStatusBy] = a.status.by;
    extra[W3C_TERMS.checkStatusAt] = a.status.at;
  }
  return { ...annotation, ...extra };
}

export interface W3cCollection {
  readonly '@context': typeof W3C_CONTEXT;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first: { readonly type: 'AnnotationPage'; readonly startIndex: number; readonly items: readonly W3cAnnotation[] };
}

export type W3cBody =
  | { readonly type: 'TextualBody'; readonly purpose: 'classifying' | 'commenting'; readonly value: string }
  | {
      readonly type: 'SpecificResource';
      readonly purpose: 'linking';
      readonly source: string;
      readonly selector?: { readonly type: 'TextQuoteSelector'; readonly exact: string };
      readonly [W3C_TERMS.title]?: string;
    };

export interface W3cQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}
export interface W3cPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}
export interface W3cTimeSelector {
  readonly type: 'FragmentSelector';
  readonly conformsTo: typeof MEDIA_FRAGMENTS;
  readonly value: string;
}

export interface W3cAnnotation {
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'classifying';
  readonly created: string;
  readonly modified: string;
  readonly creator: { readonly type: 'Person'; readonly name: string };
  readonly body: readonly W3cBody[];
  readonly target: {
    readonly source: string;
    /** Quote, then position, then (for a timed transcript) the time in the recording. */
    readonly selector: readonly [W3cQuoteSelector, W3cPositionSelector] | readonly [W3cQuoteSelector, W3cPositionSelector, W3cTimeSelector];
  };
  readonly [term: `ta:${string}`]: string;
}
