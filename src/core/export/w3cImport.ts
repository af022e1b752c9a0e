import { isClaimKind } from '../analysis/model';
import { CodePointIndex } from './codePoints';
import { parseVerdictText } from '../desk/verdict';
import { compareAnnotations } from '../sidecar/codec';
import { isEvidenceUrl } from '../desk/evidence';
import type { Annotation, EvidenceSource, SidecarDocument } from '../sidecar/model';
import { W3C_TERMS } from './w3c';

export interface W3cImportOptions {
  /** Makes an id for an annotation that has no IRI at all. */
  readonly newId: () => string;
  /** ISO time for annotations without `created` / `modified`. */
  readonly now: string;
  /** Creator name for annotations without one. */
  readonly defaultAuthor?: string;
}

export interface W3cImportResult {
  /**
   * Annotations in the sidecar's shape, their positions converted from code points to UTF-16 offsets in
   * `text`. They are not re-anchored here: the caller runs the anchoring on them, as for any sidecar.
   */
  readonly annotations: Annotation[];
  /** One line per annotation that could not be imported, and why. */
  readonly skipped: string[];
}

/**
 * Reads Web Annotation JSON-LD (an `AnnotationCollection` with an embedded first page, an
 * `AnnotationPage`, one `Annotation`, or an array of them) back into annotations on `text`.
 * Only annotations that carry a kind (fact / forecast / opinion) as a body become tags.
 */
export function fromW3c(json: unknown, text: string, options: W3cImportOptions): W3cImportResult {
  const annotations: Annotation[] = [];
  const skipped: string[] = [];
  const codePoints = new CodePointIndex(text);
  annotationItems(json).forEach((item, index) => {
    const result = readAnnotation(item, codePoints, options);
    if (typeof result === 'string') skipped.push(`annotation ${index + 1}${idOf(item)}: ${result}`);
    else annotations.push(result);
  });
  if (!Array.isArray(json) && !isRecord(json)) skipped.push('input is not a JSON object or array');
  return { annotations, skipped };
}

function annotationItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json.flatMap(annotationItems);
  if (!isRecord(json)) return [];
  if (hasType(json, 'AnnotationCollection')) {
    const first = json['first'];
    return isRecord(first) ? annotationItems(first) : [];
  }
  if (hasType(json, 'AnnotationPage')) {
    const items = json['items'];
    const next = json['next'];
    return [...(Array.isArray(items) ? (items as unknown[]) : []), ...(isRecord(next) ? annotationItems(next) : [])];
  }
  return [json];
}

function readAnnotation(item: unknown, codePoints: CodePointIndex, options: W3cImportOptions): Annotation | string {
  if (!isRecord(item) || !hasType(item, 'Annotation')) return 'not an Annotation';
  const bodies = asArray(item['body']).filter(isRecord);
  const bodyValue = typeof item['bodyValue'] === 'string' ? item['bodyValue'] : undefined;
  const kindBody = bodies.find((b) => isClaimKind(b['value']) && (b['purpose'] === undefined || b['purpose'] === 'classifying' || b['purpose'] === 'tagging'));
  const kind = kindBody ? kindBody['value'] : bodyValue;
  if (!isClaimKind(kind)) return 'no body gives a kind (fact, forecast or opinion)';
  const noteBody = bodies.find((b) => b !== kindBody && typeof b['value'] === 'string' && (b['purpose'] === undefined || b['purpose'] === 'commenting'));
  const target = asArray(item['target']).find(isRecord);
  if (!target) return 'no target';
  const selectors = asArray(target['selector']).filter(isRecord);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector') && typeof s['exact'] === 'string' && s['exact'] !== '');
  const position = selectors.find((s) => hasType(s, 'TextPositionSelector') && isOffset(s['start']) && isOffset(s['end']));
  if (!quote) return 'no TextQuoteSelector with a quote';
  const exact = quote['exact'] as string;
  const start = position ? codePoints.toUtf16(position['start'] as number) : 0;
  const end = position ? codePoints.toUtf16(position['end'] as number) : exact.length;
  const verdict = typeof item[W3C_TERMS.verdict] === 'string' ? parseVerdictText(item[W3C_TERMS.verdict] as string) : undefined;
  const sources = bodies.flatMap(readSource);
  const status = item[W3C_TERMS.checkStatus];
  const annotation: Annotation = {
    id: idFromIri(item['id']) ?? (typeof item['id'] === 'string' ? idForForeignIri(item['id']) : options.newId()),
    kind,
    ...(noteBody ? { note: noteBody['value'] as string } : {}),
    author: creatorName(item['creator']) ?? options.defaultAuthor ?? 'unknown',
    created: stringOr(item['created'], options.now),
    modified: stringOr(item['modified'], stringOr(item['created'], options.now)),
    speaker: stringOr(item[W3C_TERMS.speaker], null),
    topic: stringOr(item[W3C_TERMS.topic], null),
    target: {
      exact,
      prefix: stringOr(quote['prefix'], ''),
      suffix: stringOr(quote['suffix'], ''),
      start,
      end: Math.max(start, end),
    },
    ...(verdict ? { verdict } : {}),
    ...(typeof status === 'string' && status !== ''
      ? { status: { value: status, by: stringOr(item[W3C_TERMS.checkStatusBy], ''), at: stringOr(item[W3C_TERMS.checkStatusAt], stringOr(item['modified'], options.now)) } }
      : {}),
    ...(sources.length ? { sources } : {}),
  };
  return annotation;
}

/** An evidence link written as a linking body; only http(s) addresses are taken, as the sidecar requires. */
function readSource(body: Record<string, unknown>): EvidenceSource[] {
  if (body['purpose'] !== 'linking') return [];
  const url = typeof body['source'] === 'string' ? body['source'] : typeof body['id'] === 'string' ? body['id'] : undefined;
  if (url === undefined || !isEvidenceUrl(url)) return [];
  const title = body[W3C_TERMS.title];
  const selector = asArray(body['selector']).find((s) => isRecord(s) && hasType(s, 'TextQuoteSelector'));
  const quote = isRecord(selector) ? selector['exact'] : undefined;
  return [{ url, ...(typeof title === 'string' && title ? { title } : {}), ...(typeof quote === 'string' && quote ? { quote } : {}) }];
}

/** The sidecar id behind an IRI we wrote; null for any other IRI (the caller then makes a new id). */
export function idFromIri(iri: unknown): string | null {
  if (typeof iri !== 'string') return null;
  const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(iri);
  if (uuid) return uuid[1]!;
  const ours = /^urn:transcript-annotator:(.+)$/.exec(iri);
  if (ours) {
    try {
      return decodeURIComponent(ours[1]!);
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * A stable UUID-shaped id for an annotation another tool wrote (`https://hypothes.is/a/…`), so that
 * importing the same file twice replaces rather than duplicates. 128 bits of a non-cryptographic hash
 * (cyrb128) of the IRI, marked as version 8 (custom) per RFC 9562.
 */
export function idForForeignIri(iri: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < iri.length; i++) {
    const k = iri.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  const hex = [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function creatorName(creator: unknown): string | undefined {
  const first = asArray(creator)[0];
  if (typeof first === 'string') return first;
  if (isRecord(first)) {
    for (const key of ['name', 'nickname', 'id']) if (typeof first[key] === 'string') return first[key] as string;
  }
  return undefined;
}

function idOf(item: unknown): string {
  return isRecord(item) && typeof item['id'] === 'string' ? ` (${item['id']})` : '';
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return asArray(value['type']).includes(type) || asArray(value['@type']).includes(type);
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function stringOr<T>(value: unknown, fallback: T): string | T {
  return typeof value === 'string' ? value : fallback;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What happened to one imported annotation. */
export type ImportOutcome =
  | { readonly kind: 'added'; readonly id: string }
  /** The same annotation (same kind, note, author, quote, speaker, topic, creation) is already there. */
  | { readonly kind: 'unchanged'; readonly id: string; readonly importedId: string }
  /** A different annotation already has the imported id: it is kept, and the import gets a new id. */
  | { readonly kind: 'renamed'; readonly id: string; readonly importedId: string };

/**
 * Adds an imported annotation to the document without ever replacing one already there: an annotation
 * with the same id and content is left as it is (so importing a file twice adds nothing), and one with
 * the same id but other content is imported under a new id derived from the old id and the content, so
 * a second import of the same file finds it again instead of adding a copy.
 */
export function addImported(document: SidecarDocument, annotation: Annotation): { readonly document: SidecarDocument; readonly outcome: ImportOutcome } {
  let id = annotation.id;
  for (let attempt = 0; ; attempt++) {
    const existing = document.annotations.find((a) => a.id === id);
    if (!existing) {
      const added = id === annotation.id ? annotation : { ...annotation, id };
      const outcome: ImportOutcome = id === annotation.id ? { kind: 'added', id } : { kind: 'renamed', id, importedId: annotation.id };
      return { document: { ...document, annotations: [...document.annotations, added].sort(compareAnnotations) }, outcome };
    }
    if (contentKey(existing) === contentKey(annotation)) {
      return { document, outcome: { kind: 'unchanged', id, importedId: annotation.id } };
    }
    id = idForForeignIri(`urn:transcript-annotator:import:${annotation.id}:${attempt}:${contentKey(annotation)}`);
  }
}

/** What makes two annotations the same tag; positions and context are left out, since they follow the text. */
function contentKey(a: Annotation): string {
  return JSON.stringify([a.kind, a.note ?? null, a.author, a.created, a.speaker, a.topic, a.target.exact, a.verdict ?? null, a.status ?? null, a.sources ?? null, a.unknown ?? null]);
}
