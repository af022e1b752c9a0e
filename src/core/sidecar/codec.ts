import { isClaimKind } from '../analysis/model';
import { decodeValidSidecar } from './fastDecode';
import { ANNOTATION_KEYS, annotationFromFields, TARGET_KEYS, TOP_LEVEL_KEYS } from './fields';
import { JsonSyntaxError, parseJsonTree, setOwn, toPlainValue, type JsonEntry, type JsonNode } from './jsonTree';
import {
  MAX_SIDECAR_BYTES,
  SIDECAR_SCHEMA_URI,
  SIDECAR_VERSION,
  type Annotation,
  type AnnotationConflict,
  type AnnotationTarget,
  type SidecarDocument,
  type UnknownFields,
} from './model';

export type SidecarProblemCode = 'invalid-json' | 'conflict-markers' | 'schema' | 'version-too-new' | 'too-large';

/** Why a sidecar cannot be read. `line` and `column` are 1-based, as editors and compilers print them. */
export interface SidecarProblem {
  readonly code: SidecarProblemCode;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

export type DecodeSidecarResult =
  | { readonly ok: true; readonly document: SidecarDocument }
  | { readonly ok: false; readonly problem: SidecarProblem };

export function formatProblem(problem: SidecarProblem, path = ''): string {
  return `${path ? `${path}:` : ''}${problem.line}:${problem.column}: ${problem.reason}`;
}

// ---------------------------------------------------------------------------------------------- encode


/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position order, then id, so the file reads top to bottom like the transcript and sorts the same everywhere. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || compareStrings(a.id, b.id);
}

function withUnknown(known: Record<string, unknown>, unknown: UnknownFields | undefined): Record<string, unknown> {
  if (unknown) for (const key of Object.keys(unknown)) setOwn(known, key, unknown[key]);
  return known;
}

function targetToJson(target: AnnotationTarget): Record<string, unknown> {
  return withUnknown({ exact: target.exact, prefix: target.prefix, suffix: target.suffix, start: target.start, end: target.end }, target.unknown);
}

function annotationToJson(a: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id, kind: a.kind };
  if (a.note !== undefined && a.note !== '') out.note = a.note;
  out.author = a.author;
  out.created = a.created;
  out.modified = a.modified;
  if (a.modifiedBy !== undefined) out.modifiedBy = a.modifiedBy;
  out.speaker = a.speaker;
  out.topic = a.topic;
  out.target = targetToJson(a.target);
  if (a.conflict) out.conflict = a.conflict.with === undefined ? { reason: a.conflict.reason } : { with: a.conflict.with, reason: a.conflict.reason };
  return withUnknown(out, a.unknown);
}

/**
 * The file's text: `$schema`, `version`, `speakerAliases` (sorted), `annotations` (by position, then id),
 * then unknown fields in their original order; 2-space indentation and a trailing newline.
 * Deterministic, so saving twice writes identical bytes and two people's additions merge cleanly in git.
 */
export function encodeSidecar(document: SidecarDocument): string {
  const aliases: Record<string, string> = {};
  for (const alias of Object.keys(document.speakerAliases).sort(compareStrings)) setOwn(aliases, alias, document.speakerAliases[alias]);
  const root: Record<string, unknown> = {
    $schema: SIDECAR_SCHEMA_URI,
    version: Math.max(document.version, SIDECAR_VERSION),
    speakerAliases: aliases,
    annotations: [...document.annotations].sort(compareAnnotations).map(annotationToJson),
  };
  return JSON.stringify(withUnknown(root, document.unknown), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------- decode

/** Reads a sidecar's bytes: UTF-8 (BOM allowed), else a problem on line 1. */
export function decodeSidecarBytes(bytes: Uint8Array): DecodeSidecarResult {
  if (bytes.length > MAX_SIDECAR_BYTES) return tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'invalid-json', line: 1, column: 1, reason: 'the file is not valid UTF-8' } };
  }
  return decodeSidecar(text);
}

/** Refused before parsing: the size alone would make decoding slow and memory-hungry. */
function tooLarge(): DecodeSidecarResult {
  const reason = `the file is larger than ${MAX_SIDECAR_BYTES / (1024 * 1024)} MB, the limit for a sidecar: split the transcript or remove annotations`;
  return { ok: false, problem: { code: 'too-large', line: 1, column: 1, reason } };
}

class SchemaError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |\r?$)/m;

function problemAt(text: string, offset: number, code: SidecarProblemCode, reason: string): SidecarProblem {
  return { code, reason, ...lineColumn(text, offset) };
}

/** Reads a sidecar's text (BOM allowed). Never throws: a problem comes back with its line, column and reason. */
export function decodeSidecar(source: string): DecodeSidecarResult {
  if (source.length > MAX_SIDECAR_BYTES) return tooLarge();
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const marker = CONFLICT_MARKER.exec(text);
  if (marker) {
    const problem = problemAt(text, marker.index, 'conflict-markers', 'git conflict marker: resolve the merge (or configure the merge driver) first');
    return { ok: false, problem };
  }
  // Valid files (nearly all) skip the node-per-value parse; anything else is decided by it, with its position.
  const valid = decodeValidSidecar(text);
  return valid ? { ok: true, document: valid } : decodeWithPositions(text);
}

/** decodeSidecar's exact path (BOM and conflict markers already handled): a parse that keeps every value's offset. */
export function decodeWithPositions(text: string): DecodeSidecarResult {
  let root: JsonNode;
  try {
    root = parseJsonTree(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, problem: problemAt(text, error.offset, 'invalid-json', `invalid JSON: ${error.message}`) };
  }
  try {
    return { ok: true, document: readDocument(root) };
  } catch (error) {
    if (error instanceof VersionTooNew) return { ok: false, problem: problemAt(text, error.offset, 'version-too-new', error.message) };
    if (error instanceof SchemaError) return { ok: false, problem: problemAt(text, error.offset, 'schema', error.message) };
    throw error;
  }
}

class VersionTooNew extends SchemaError {}

function entriesOf(node: JsonNode, what: string): readonly JsonEntry[] {
  if (node.type !== 'object') throw new SchemaError(`${what} must be an object`, node.offset);
  const seen = new Set<string>();
  for (const entry of node.entries) {
    if (seen.has(entry.key)) throw new SchemaError(`${what} has '${entry.key}' twice`, entry.keyOffset);
    seen.add(entry.key);
  }
  return node.entries;
}

function field(entries: readonly JsonEntry[], key: string): JsonNode | undefined {
  return entries.find((e) => e.key === key)?.value;
}

function unknownFields(entries: readonly JsonEntry[], known: readonly string[]): UnknownFields | undefined {
  let out: Record<string, unknown> | undefined;
  for (const entry of entries) {
    if (known.includes(entry.key)) continue;
    out ??= {};
    setOwn(out, entry.key, toPlainValue(entry.value));
  }
  return out;
}

function requireString(node: JsonNode | undefined, what: string, parentOffset: number, allowEmpty = true): string {
  if (!node) throw new SchemaError(`missing ${what}`, parentOffset);
  if (node.type !== 'string') throw new SchemaError(`${what} must be a string`, node.offset);
  if (!allowEmpty && node.value === '') throw new SchemaError(`${what} must not be empty`, node.offset);
  return node.value;
}

function optionalString(node: JsonNode | undefined, what: string): string | undefined {
  if (!node) return undefined;
  if (node.type !== 'string') throw new SchemaError(`${what} must be a string`, node.offset);
  return node.value;
}

function stringOrNull(node: JsonNode | undefined, what: string): string | null {
  if (!node || node.type === 'null') return null;
  if (node.type !== 'string') throw new SchemaError(`${what} must be a string or null`, node.offset);
  return node.value;
}

function offsetValue(node: JsonNode | undefined, what: string, parentOffset: number): number {
  if (!node) throw new SchemaError(`missing ${what}`, parentOffset);
  if (node.type !== 'number' || !Number.isSafeInteger(node.value) || node.value < 0) {
    throw new SchemaError(`${what} must be a whole number ≥ 0`, node.offset);
  }
  return node.value;
}

function readDocument(root: JsonNode): SidecarDocument {
  const entries = entriesOf(root, 'the file');
  const versionNode = field(entries, 'version');
  if (!versionNode) throw new SchemaError("missing 'version'", root.offset);
  if (versionNode.type !== 'number' || !Number.isSafeInteger(versionNode.value) || versionNode.value < 1) {
    throw new SchemaError("'version' must be a whole number ≥ 1", versionNode.offset);
  }
  if (versionNode.value > SIDECAR_VERSION) {
    throw new VersionTooNew(
      `schema version ${versionNode.value} is newer than this version understands (${SIDECAR_VERSION}); update Transcript Annotator`,
      versionNode.offset,
    );
  }
  const schemaNode = field(entries, '$schema');
  if (schemaNode && schemaNode.type !== 'string') throw new SchemaError("'$schema' must be a string", schemaNode.offset);

  const speakerAliases: Record<string, string> = {};
  const aliasesNode = field(entries, 'speakerAliases');
  if (aliasesNode) {
    for (const entry of entriesOf(aliasesNode, "'speakerAliases'")) {
      setOwn(speakerAliases, entry.key, requireString(entry.value, `alias '${entry.key}'`, entry.keyOffset, false));
    }
  }

  const annotationsNode = field(entries, 'annotations');
  if (!annotationsNode) throw new SchemaError("missing 'annotations'", root.offset);
  if (annotationsNode.type !== 'array') throw new SchemaError("'annotations' must be an array", annotationsNode.offset);
  const ids = new Set<string>();
  const annotations = annotationsNode.items.map((item, index) => {
    const annotation = readAnnotation(item, index);
    if (ids.has(annotation.id)) throw new SchemaError(`annotation ${index + 1}: id '${annotation.id}' is used twice`, item.offset);
    ids.add(annotation.id);
    return annotation;
  });

  const unknown = unknownFields(entries, TOP_LEVEL_KEYS);
  return { version: versionNode.value, speakerAliases, annotations, ...(unknown ? { unknown } : {}) };
}

function readAnnotation(node: JsonNode, index: number): Annotation {
  const what = `annotation ${index + 1}`;
  const entries = entriesOf(node, what);
  const id = requireString(field(entries, 'id'), `${what}: 'id'`, node.offset, false);
  const kindNode = field(entries, 'kind');
  const kind = requireString(kindNode, `${what}: 'kind'`, node.offset);
  if (!isClaimKind(kind)) throw new SchemaError(`${what}: 'kind' must be fact, forecast or opinion, not '${kind}'`, kindNode!.offset);
  const note = optionalString(field(entries, 'note'), `${what}: 'note'`);
  const author = requireString(field(entries, 'author'), `${what}: 'author'`, node.offset);
  const created = requireString(field(entries, 'created'), `${what}: 'created'`, node.offset);
  const modified = optionalString(field(entries, 'modified'), `${what}: 'modified'`) ?? created;
  const modifiedBy = optionalString(field(entries, 'modifiedBy'), `${what}: 'modifiedBy'`);
  const speaker = stringOrNull(field(entries, 'speaker'), `${what}: 'speaker'`);
  const topic = stringOrNull(field(entries, 'topic'), `${what}: 'topic'`);
  const targetNode = field(entries, 'target');
  if (!targetNode) throw new SchemaError(`${what}: missing 'target'`, node.offset);
  const target = readTarget(targetNode, what);
  const conflictNode = field(entries, 'conflict');
  let conflict: AnnotationConflict | undefined;
  if (conflictNode) {
    const c = entriesOf(conflictNode, `${what}: 'conflict'`);
    const other = optionalString(field(c, 'with'), `${what}: 'conflict.with'`);
    const reason = requireString(field(c, 'reason'), `${what}: 'conflict.reason'`, conflictNode.offset);
    conflict = other === undefined ? { reason } : { with: other, reason };
  }
  const unknown = unknownFields(entries, ANNOTATION_KEYS);
  return annotationFromFields({ id, kind, note, author, created, modified, modifiedBy, speaker, topic, target, conflict, unknown });
}

function readTarget(node: JsonNode, what: string): AnnotationTarget {
  const entries = entriesOf(node, `${what}: 'target'`);
  const exact = requireString(field(entries, 'exact'), `${what}: 'target.exact'`, node.offset, false);
  const prefix = optionalString(field(entries, 'prefix'), `${what}: 'target.prefix'`) ?? '';
  const suffix = optionalString(field(entries, 'suffix'), `${what}: 'target.suffix'`) ?? '';
  const start = offsetValue(field(entries, 'start'), `${what}: 'target.start'`, node.offset);
  const endNode = field(entries, 'end');
  const end = offsetValue(endNode, `${what}: 'target.end'`, node.offset);
  if (end < start) throw new SchemaError(`${what}: 'target.end' is before 'target.start'`, endNode!.offset);
  const unknown = unknownFields(entries, TARGET_KEYS);
  return { exact, prefix, suffix, start, end, ...(unknown ? { unknown } : {}) };
}
