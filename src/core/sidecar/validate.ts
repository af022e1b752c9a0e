import { isClaimKind } from '../analysis/model';
import { nameTable } from '../text/nameTable';
import { readComments } from './comments';
import { evidenceUrlProblem } from '../desk/evidence';
import { parseVerdictText, ratingProblem } from '../desk/verdict';
import {
  ANNOTATION_KEYS,
  annotationFromFields,
  CONFLICT_KEYS,
  DOCUMENT_CONFLICT_KEYS,
  DOCUMENT_CONFLICT_SUBJECTS,
  RATING_KEYS,
  SOURCE_KEYS,
  STATUS_KEYS,
  TARGET_KEYS,
  TOP_LEVEL_KEYS,
  VERDICT_KEYS,
} from './fields';
import { setOwn } from './ownKeys';
import {
  SIDECAR_VERSION,
  type Annotation,
  type AnnotationConflict,
  type AnnotationTarget,
  type AnnotationVerdict,
  type CheckStatus,
  type DocumentConflict,
  type EvidenceSource,
  type SidecarDocument,
  type UnknownFields,
} from './model';

// The one validator of the sidecar schema, over what JSON.parse returns. A problem names the path of the
// value it is about; only then is the text scanned again (locate.ts) for that value's line and column.

export type JsonPath = readonly (string | number)[];

export class SidecarSchemaError extends Error {
  constructor(
    message: string,
    /** The value the problem is about (for "missing x", the object that lacks it). */
    readonly path: JsonPath,
    readonly code: 'schema' | 'version-too-new' = 'schema',
  ) {
    super(message);
  }
}

/** The objects whose members the schema defines: a key repeated in one of them is a schema problem. */
export function isSchemaObject(path: JsonPath): boolean {
  if (path.length === 0) return true;
  if (path[0] === 'speakerAliases') return path.length === 1;
  if (path[0] === 'conflicts') return path.length === 2 && typeof path[1] === 'number';
  if (path[0] !== 'annotations' || typeof path[1] !== 'number') return false;
  if (path.length === 2) return true;
  if (path.length === 3) return path[2] === 'target' || path[2] === 'conflict' || path[2] === 'verdict' || path[2] === 'status';
  if (path.length === 4) return (path[2] === 'verdict' && path[3] === 'rating') || ((path[2] === 'sources' || path[2] === 'comments') && typeof path[3] === 'number');
  return false;
}

/** How a problem names the object at `path`, as people read the file. */
export function describeObject(path: JsonPath): string {
  if (path.length === 0) return 'the file';
  if (path[0] === 'speakerAliases' && path.length === 1) return "'speakerAliases'";
  if (path[0] === 'conflicts' && typeof path[1] === 'number' && path.length === 2) return `conflict ${path[1] + 1}`;
  if (path[0] === 'annotations' && typeof path[1] === 'number') {
    const what = `annotation ${path[1] + 1}`;
    return path.length === 2 ? what : `${what}: '${fieldPath(path.slice(2))}'`;
  }
  return `'${path.join('.')}'`;
}

/** `sources[1].url`, as the file's reader would write the path. */
function fieldPath(path: JsonPath): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
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

/** Reads one schema object; `label` names a field of it in messages, as the file's reader sees it. */
class ObjectReader {
  constructor(
    readonly record: Plain,
    readonly path: JsonPath,
    private readonly label: (key: string) => string,
  ) {}

  static of(value: unknown, what: string, path: JsonPath, label: (key: string) => string): ObjectReader {
    if (!isRecord(value)) throw new SidecarSchemaError(`${what} must be an object`, path);
    return new ObjectReader(value, path, label);
  }

  has(key: string): boolean {
    return has(this.record, key);
  }

  /** The value of a field that must be there. */
  required(key: string): unknown {
    if (!this.has(key)) throw new SidecarSchemaError(`missing ${this.label(key)}`, this.path);
    return this.record[key];
  }

  string(key: string, allowEmpty = true): string {
    const value = this.required(key);
    if (typeof value !== 'string') throw new SidecarSchemaError(`${this.label(key)} must be a string`, [...this.path, key]);
    if (!allowEmpty && value === '') throw new SidecarSchemaError(`${this.label(key)} must not be empty`, [...this.path, key]);
    return value;
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined;
  }

  stringOrNull(key: string): string | null {
    const value = get(this.record, key);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new SidecarSchemaError(`${this.label(key)} must be a string or null`, [...this.path, key]);
    return value;
  }

  offset(key: string): number {
    const value = this.required(key);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new SidecarSchemaError(`${this.label(key)} must be a whole number ≥ 0`, [...this.path, key]);
    }
    return value;
  }

  unknown(known: readonly string[]): UnknownFields | undefined {
    let out: Record<string, unknown> | undefined;
    for (const key of Object.keys(this.record)) {
      if (known.includes(key)) continue;
      out ??= {};
      setOwn(out, key, this.record[key]);
    }
    return out;
  }
}

/** One copy of each value of a field that repeats across annotations (authors, speakers, times). */
export type StringSharer = (value: string) => string;

const asIs: StringSharer = (value) => value;

/**
 * Validates the items of `annotations` one at a time, in order, refusing an id used twice. `share` may
 * return an equal string already held, so that repeated values are stored once.
 */
export class AnnotationsReader {
  private readonly ids = new Set<string>();

  constructor(private readonly share: StringSharer = asIs) {}

  read(item: unknown, index: number): Annotation {
    const annotation = readAnnotation(item, index, this.share);
    if (this.ids.has(annotation.id)) throw new SidecarSchemaError(`annotation ${index + 1}: id '${annotation.id}' is used twice`, ['annotations', index]);
    this.ids.add(annotation.id);
    return annotation;
  }
}

function readAnnotations(items: readonly unknown[]): Annotation[] {
  const reader = new AnnotationsReader();
  return items.map((item, index) => reader.read(item, index));
}

/**
 * The sidecar in a parsed JSON value. Throws SidecarSchemaError with the path of the first problem.
 * `readItems` validates the `annotations` array (a decoder that validated them as it parsed passes its result).
 */
export function readSidecar(root: unknown, readItems: (items: readonly unknown[]) => Annotation[] = readAnnotations): SidecarDocument {
  const file = ObjectReader.of(root, 'the file', [], (key) => `'${key}'`);
  if (!file.has('version')) throw new SidecarSchemaError("missing 'version'", []);
  const version = file.record['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new SidecarSchemaError("'version' must be a whole number ≥ 1", ['version']);
  }
  if (version > SIDECAR_VERSION) {
    throw new SidecarSchemaError(
      `schema version ${version} is newer than this version understands (${SIDECAR_VERSION}); update Transcript Annotator`,
      ['version'],
      'version-too-new',
    );
  }
  if (file.has('$schema') && typeof file.record['$schema'] !== 'string') throw new SidecarSchemaError("'$schema' must be a string", ['$schema']);

  const speakerAliases = nameTable<string>();
  if (file.has('speakerAliases')) {
    const aliases = ObjectReader.of(file.record['speakerAliases'], "'speakerAliases'", ['speakerAliases'], (alias) => `alias '${alias}'`);
    for (const alias of Object.keys(aliases.record)) setOwn(speakerAliases, alias, aliases.string(alias, false));
  }

  if (!file.has('annotations')) throw new SidecarSchemaError("missing 'annotations'", []);
  const items = file.record['annotations'];
  if (!Array.isArray(items)) throw new SidecarSchemaError("'annotations' must be an array", ['annotations']);
  const annotations = readItems(items);

  let conflicts: DocumentConflict[] | undefined;
  if (file.has('conflicts')) {
    const items = file.record['conflicts'];
    if (!Array.isArray(items)) throw new SidecarSchemaError("'conflicts' must be an array", ['conflicts']);
    conflicts = items.map((item: unknown, index) => readDocumentConflict(item, index));
  }

  const unknown = file.unknown(TOP_LEVEL_KEYS);
  return { version, speakerAliases, annotations, ...(conflicts?.length ? { conflicts } : {}), ...(unknown ? { unknown } : {}) };
}

/** An alias or top-level field that a merge found changed on both sides (see DocumentConflict). */
function readDocumentConflict(item: unknown, index: number): DocumentConflict {
  const what = `conflict ${index + 1}`;
  const fields = ObjectReader.of(item, what, ['conflicts', index], (key) => `${what}: '${key}'`);
  const subjects = DOCUMENT_CONFLICT_SUBJECTS.filter((on) => fields.has(on));
  if (subjects.length !== 1) throw new SidecarSchemaError(`${what} must name exactly one of 'speakerAlias' or 'field'`, fields.path);
  const on = subjects[0]!;
  const key = fields.string(on);
  if (on === 'speakerAlias' && fields.has('theirs')) {
    const theirs = fields.record['theirs'];
    if (typeof theirs !== 'string' || theirs === '') throw new SidecarSchemaError(`${what}: 'theirs' must be a speaker name`, [...fields.path, 'theirs']);
  }
  const reason = fields.string('reason');
  const unknown = fields.unknown(DOCUMENT_CONFLICT_KEYS);
  return { on, key, ...(fields.has('theirs') ? { theirs: fields.record['theirs'] } : {}), reason, ...(unknown ? { unknown } : {}) };
}

function readAnnotation(item: unknown, index: number, share: StringSharer): Annotation {
  const what = `annotation ${index + 1}`;
  const path = ['annotations', index];
  const fields = ObjectReader.of(item, what, path, (key) => `${what}: '${key}'`);
  const id = fields.string('id', false);
  const kind = fields.string('kind');
  if (!isClaimKind(kind)) throw new SidecarSchemaError(`${what}: 'kind' must be fact, forecast or opinion, not '${kind}'`, [...path, 'kind']);
  const note = fields.optionalString('note');
  const author = share(fields.string('author'));
  const created = share(fields.string('created'));
  const modifiedText = fields.optionalString('modified');
  const modified = modifiedText === undefined ? created : share(modifiedText);
  const modifiedByText = fields.optionalString('modifiedBy');
  const modifiedBy = modifiedByText === undefined ? undefined : share(modifiedByText);
  const speakerText = fields.stringOrNull('speaker');
  const speaker = speakerText === null ? null : share(speakerText);
  const topicText = fields.stringOrNull('topic');
  const topic = topicText === null ? null : share(topicText);
  const target = readTarget(ObjectReader.of(fields.required('target'), `${what}: 'target'`, [...path, 'target'], (key) => `${what}: 'target.${key}'`), what);
  const comments = fields.has('comments') ? readThread(fields.record['comments'], what, path) : undefined;
  let conflict: AnnotationConflict | undefined;
  if (fields.has('conflict')) {
    const c = ObjectReader.of(fields.record['conflict'], `${what}: 'conflict'`, [...path, 'conflict'], (key) => `${what}: 'conflict.${key}'`);
    const other = c.optionalString('with');
    const reason = c.string('reason');
    const unknown = c.unknown(CONFLICT_KEYS);
    conflict = { ...(other === undefined ? {} : { with: other }), reason, ...(unknown ? { unknown } : {}) };
  }
  const verdict = fields.has('verdict') ? readVerdict(fields, what) : undefined;
  const status = fields.has('status') ? readStatus(fields, what) : undefined;
  const sources = fields.has('sources') ? readSources(fields, what) : undefined;
  const unknown = fields.unknown(ANNOTATION_KEYS);
  return annotationFromFields({ id, kind, note, author, created, modified, modifiedBy, speaker, topic, verdict, status, sources, target, comments, conflict, unknown });
}

/** A nested object of an annotation, whose fields are named `verdict.label` and so on in messages. */
function nested(value: unknown, what: string, path: JsonPath): ObjectReader {
  const name = fieldPath(path.slice(2));
  return ObjectReader.of(value, `${what}: '${name}'`, path, (key) => `${what}: '${name}.${key}'`);
}

/** An object `{ label, rating? }`, or the text `N/M label` that sidecars wrote before the field was an object. */
function readVerdict(fields: ObjectReader, what: string): AnnotationVerdict | undefined {
  const path = [...fields.path, 'verdict'];
  const value = fields.record['verdict'];
  if (typeof value === 'string') return parseVerdictText(value);
  const verdict = nested(value, what, path);
  const label = verdict.string('label', false);
  let rating: AnnotationVerdict['rating'];
  if (verdict.has('rating')) {
    const r = nested(verdict.record['rating'], what, [...path, 'rating']);
    const numbers = { value: r.required('value'), best: r.required('best') };
    const problem = ratingProblem(numbers);
    if (problem) throw new SidecarSchemaError(`${what}: 'verdict.rating': ${problem}`, r.path);
    const unknown = r.unknown(RATING_KEYS);
    rating = { value: numbers.value as number, best: numbers.best as number, ...(unknown ? { unknown } : {}) };
  }
  const unknown = verdict.unknown(VERDICT_KEYS);
  return { label, ...(rating ? { rating } : {}), ...(unknown ? { unknown } : {}) };
}

function readStatus(fields: ObjectReader, what: string): CheckStatus {
  const status = nested(fields.record['status'], what, [...fields.path, 'status']);
  const value = status.string('value', false);
  const by = status.string('by');
  const at = status.string('at');
  const unknown = status.unknown(STATUS_KEYS);
  return { value, by, at, ...(unknown ? { unknown } : {}) };
}

/** Evidence links: only http(s) addresses are accepted, so nothing else can ever become a clickable link. */
function readSources(fields: ObjectReader, what: string): EvidenceSource[] {
  const path = [...fields.path, 'sources'];
  const items = fields.record['sources'];
  if (!Array.isArray(items)) throw new SidecarSchemaError(`${what}: 'sources' must be an array`, path);
  return items.map((item: unknown, index) => {
    const source = nested(item, what, [...path, index]);
    const url = source.string('url', false);
    const problem = evidenceUrlProblem(url);
    if (problem) {
      const shown = url.length > 100 ? `${url.slice(0, 100)}…` : url;
      throw new SidecarSchemaError(`${what}: 'sources[${index}].url' ${problem}, not '${shown}'`, [...source.path, 'url']);
    }
    const title = source.optionalString('title');
    const quote = source.optionalString('quote');
    const unknown = source.unknown(SOURCE_KEYS);
    return { url, ...(title ? { title } : {}), ...(quote ? { quote } : {}), ...(unknown ? { unknown } : {}) };
  });
}

function readThread(value: unknown, what: string, path: JsonPath): Annotation['comments'] {
  const read = readComments(value, what);
  if ('problem' in read) throw new SidecarSchemaError(read.problem.message, [...path, ...read.problem.path]);
  return read.comments;
}

function readTarget(target: ObjectReader, what: string): AnnotationTarget {
  const exact = target.string('exact', false);
  const prefix = target.optionalString('prefix') ?? '';
  const suffix = target.optionalString('suffix') ?? '';
  const start = target.offset('start');
  const end = target.offset('end');
  if (end < start) throw new SidecarSchemaError(`${what}: 'target.end' is before 'target.start'`, [...target.path, 'end']);
  const unknown = target.unknown(TARGET_KEYS);
  return { exact, prefix, suffix, start, end, ...(unknown ? { unknown } : {}) };
}
