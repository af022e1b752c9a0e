import { isClaimKind } from '../analysis/model';
import { ANNOTATION_KEYS, annotationFromFields, TARGET_KEYS, TOP_LEVEL_KEYS } from './fields';
import { setOwn } from './jsonTree';
import { SIDECAR_VERSION, type Annotation, type AnnotationConflict, type AnnotationTarget, type SidecarDocument, type UnknownFields } from './model';

// The fast path for the usual sidecar, one that is valid: native JSON.parse and plain checks, without a
// node (and an offset) per value. It gives up, returning undefined, on anything the position-keeping
// parser would report or could read differently (a repeated key, deep nesting, any schema problem); the
// caller then decodes with that parser, which finds the same document or the problem with its line.

/** jsonTree's nesting limit: deeper values are its error, so they are never taken here. */
const MAX_DEPTH = 200;

/** Thrown inside the fast reader to give up. */
class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

/** The sidecar in `text`, or undefined when the exact decoder must decide. */
export function decodeValidSidecar(text: string): SidecarDocument | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of repeated keys where the schema reports them: with a repeat, the parsed
  // objects hold fewer keys than the text has members (and the overwritten value's own keys are gone too).
  const shape = { keys: 0 };
  if (!withinDepth(root, 0, shape) || shape.keys !== countMembers(text)) return undefined;
  try {
    return readDocument(root);
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** Object members in valid JSON text: the colons outside strings. */
function countMembers(text: string): number {
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */) members++;
    else if (code === 34 /* " */) {
      // Skip the string; the text is valid JSON, so it is closed.
      for (i++; ; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92 /* \ */) i++;
        else if (inner === 34) break;
      }
    }
  }
  return members;
}

/** False when some value is nested deeper than jsonTree allows; counts object keys into `shape`. */
function withinDepth(value: unknown, depth: number, shape: { keys: number }): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!withinDepth(item, depth + 1, shape)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    shape.keys++;
    if (!withinDepth(record[key], depth + 1, shape)) return false;
  }
  return true;
}

type Plain = Record<string, unknown>;

function isRecord(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function has(record: Plain, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function get(record: Plain, key: string): unknown {
  return has(record, key) ? record[key] : undefined;
}

function unknownFields(record: Plain, known: readonly string[]): UnknownFields | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    out ??= {};
    setOwn(out, key, record[key]);
  }
  return out;
}

function requireString(record: Plain, key: string, allowEmpty = true): string {
  const value = get(record, key);
  if (typeof value !== 'string' || (!allowEmpty && value === '')) giveUp();
  return value;
}

function optionalString(record: Plain, key: string): string | undefined {
  if (!has(record, key)) return undefined;
  const value = record[key];
  return typeof value === 'string' ? value : giveUp();
}

function stringOrNull(record: Plain, key: string): string | null {
  const value = get(record, key);
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : giveUp();
}

function offsetValue(record: Plain, key: string): number {
  const value = get(record, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) giveUp();
  return value;
}

function readDocument(root: unknown): SidecarDocument {
  if (!isRecord(root)) giveUp();
  const version = get(root, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1 || version > SIDECAR_VERSION) giveUp();
  if (has(root, '$schema') && typeof root['$schema'] !== 'string') giveUp();

  const speakerAliases: Record<string, string> = {};
  if (has(root, 'speakerAliases')) {
    const aliases = root['speakerAliases'];
    if (!isRecord(aliases)) giveUp();
    for (const key of Object.keys(aliases)) setOwn(speakerAliases, key, requireString(aliases, key, false));
  }

  const items = get(root, 'annotations');
  if (!Array.isArray(items)) giveUp();
  const ids = new Set<string>();
  const annotations = items.map((item: unknown) => {
    const annotation = readAnnotation(item);
    if (ids.has(annotation.id)) giveUp();
    ids.add(annotation.id);
    return annotation;
  });

  const unknown = unknownFields(root, TOP_LEVEL_KEYS);
  return { version, speakerAliases, annotations, ...(unknown ? { unknown } : {}) };
}

function readAnnotation(item: unknown): Annotation {
  if (!isRecord(item)) giveUp();
  const id = requireString(item, 'id', false);
  const kind = requireString(item, 'kind');
  if (!isClaimKind(kind)) giveUp();
  const note = optionalString(item, 'note');
  const author = requireString(item, 'author');
  const created = requireString(item, 'created');
  const modified = optionalString(item, 'modified') ?? created;
  const modifiedBy = optionalString(item, 'modifiedBy');
  const speaker = stringOrNull(item, 'speaker');
  const topic = stringOrNull(item, 'topic');
  if (!has(item, 'target')) giveUp();
  const target = readTarget(item['target']);
  let conflict: AnnotationConflict | undefined;
  if (has(item, 'conflict')) {
    const c = item['conflict'];
    if (!isRecord(c)) giveUp();
    const other = optionalString(c, 'with');
    const reason = requireString(c, 'reason');
    conflict = other === undefined ? { reason } : { with: other, reason };
  }
  const unknown = unknownFields(item, ANNOTATION_KEYS);
  return annotationFromFields({ id, kind, note, author, created, modified, modifiedBy, speaker, topic, target, conflict, unknown });
}

function readTarget(value: unknown): AnnotationTarget {
  if (!isRecord(value)) giveUp();
  const exact = requireString(value, 'exact', false);
  const prefix = optionalString(value, 'prefix') ?? '';
  const suffix = optionalString(value, 'suffix') ?? '';
  const start = offsetValue(value, 'start');
  const end = offsetValue(value, 'end');
  if (end < start) giveUp();
  const unknown = unknownFields(value, TARGET_KEYS);
  return { exact, prefix, suffix, start, end, ...(unknown ? { unknown } : {}) };
}
