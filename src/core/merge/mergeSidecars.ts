import { compareAnnotations, compareStrings } from '../sidecar/codec';
import { mergeComments } from '../sidecar/comments';
import { setOwn } from '../sidecar/ownKeys';
import type { Annotation, AnnotationTarget, CheckStatus, DocumentConflict, EvidenceSource, SidecarDocument, UnknownFields } from '../sidecar/model';
import type { MergeConflict, MergeResult } from './model';

/**
 * Three-way merge of sidecars, annotation by annotation (matched by id), then field by field:
 * a change on one side wins over the untouched other; additions on both sides are all kept; a deletion
 * wins over an untouched annotation, but an annotation changed on one side and deleted on the other is
 * kept with a `conflict` marker. When both sides changed the same field differently, both versions are
 * kept: ours under the id, theirs as a copy with id `<id>-theirs`, each with a `conflict` marker naming the
 * other. A speaker alias or an unknown top-level field changed differently on both sides keeps ours in
 * effect and theirs in the document's `conflicts` list. Nothing is dropped silently; every such case is
 * also listed in `conflicts`.
 */
export function mergeSidecars(base: SidecarDocument, ours: SidecarDocument, theirs: SidecarDocument): MergeResult {
  const conflicts: MergeConflict[] = [];
  const annotations = mergeAnnotations(base.annotations, ours.annotations, theirs.annotations, conflicts);
  const documentConflicts = mergeDocumentConflicts(base.conflicts ?? [], ours.conflicts ?? [], theirs.conflicts ?? []);
  const keepTheirs = (on: DocumentConflict['on'], key: string, theirValue: unknown, kept: unknown): void => {
    const what = on === 'speakerAlias' ? `speaker alias '${key}'` : `field '${key}'`;
    const where = on === 'speakerAlias' ? 'speakerAliases' : 'the file';
    const keptTheirs = same(kept, theirValue);
    const reason = keptTheirs
      ? `${what} was deleted on one side and changed on the other; the changed value is in ${where}`
      : `${what} was changed differently on both sides; ours is in ${where}, theirs ${theirValue === undefined ? 'deleted it' : 'is here'}: keep one and delete this entry`;
    conflicts.push({ type: on === 'speakerAlias' ? 'alias' : 'field', key, reason });
    const entry: DocumentConflict = { on, key, ...(keptTheirs || theirValue === undefined ? {} : { theirs: theirValue }), reason };
    if (!documentConflicts.some((c) => same(c, entry))) documentConflicts.push(entry);
  };
  const speakerAliases = mergeRecords(base.speakerAliases, ours.speakerAliases, theirs.speakerAliases, (key, theirValue, kept) =>
    keepTheirs('speakerAlias', key, theirValue, kept),
  ) as Record<string, string>;
  const unknown = mergeRecords(base.unknown ?? {}, ours.unknown ?? {}, theirs.unknown ?? {}, (key, theirValue, kept) => keepTheirs('field', key, theirValue, kept));
  const document: SidecarDocument = {
    version: Math.max(base.version, ours.version, theirs.version),
    speakerAliases,
    annotations,
    ...(documentConflicts.length ? { conflicts: documentConflicts } : {}),
    ...(Object.keys(unknown).length ? { unknown } : {}),
  };
  return { document, conflicts };
}

/**
 * What two sides certainly had in common before they diverged, when their ancestor is unknown: the tags and
 * speaker aliases that are the same on both. Everything else counts as added on its side, so a merge against
 * it keeps every tag (a tag one side deleted comes back rather than being lost).
 */
export function sharedAncestor(ours: SidecarDocument, theirs: SidecarDocument): SidecarDocument {
  const theirsById = byId(theirs.annotations);
  const annotations = ours.annotations.filter((annotation) => {
    const other = theirsById.get(annotation.id);
    return other !== undefined && sameAnnotation(annotation, other);
  });
  const speakerAliases: Record<string, string> = {};
  for (const [alias, name] of Object.entries(ours.speakerAliases)) if (Object.prototype.hasOwnProperty.call(theirs.speakerAliases, alias) && theirs.speakerAliases[alias] === name) setOwn(speakerAliases, alias, name);
  return { version: Math.min(ours.version, theirs.version), speakerAliases, annotations };
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function mergeAnnotations(
  base: readonly Annotation[],
  ours: readonly Annotation[],
  theirs: readonly Annotation[],
  conflicts: MergeConflict[],
): Annotation[] {
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const ids = new Set([...o.keys(), ...t.keys(), ...b.keys()]);
  const taken = new Set(ids);
  const out: Annotation[] = [];
  for (const id of ids) {
    const inBase = b.get(id);
    const inOurs = o.get(id);
    const inTheirs = t.get(id);
    if (inOurs && inTheirs) {
      out.push(...mergeOne(inBase, inOurs, inTheirs, taken, conflicts));
    } else if (inOurs || inTheirs) {
      const kept = (inOurs ?? inTheirs)!;
      if (!inBase) out.push(kept); // added on one side
      else if (sameAnnotation(kept, inBase)) continue; // deleted on the other side, untouched here
      else {
        const side = inOurs ? 'ours' : 'theirs';
        const reason = `deleted on one side, changed on the other (${side}); kept the changed version`;
        conflicts.push({ type: 'annotation', key: id, reason });
        out.push({ ...kept, conflict: { reason } });
      }
    }
    // In base only: deleted on both sides.
  }
  return out.sort(compareAnnotations);
}

/**
 * Fields compared one by one; `modified` and `modifiedBy` are settled separately, and `sources` and
 * `comments` are merged as lists (see `mergeOne`).
 */
type FieldName = 'kind' | 'note' | 'author' | 'created' | 'speaker' | 'topic' | 'verdict' | 'status' | 'target' | 'conflict';
const FIELDS: readonly FieldName[] = ['kind', 'note', 'author', 'created', 'speaker', 'topic', 'verdict', 'status', 'target', 'conflict'];

function mergeOne(base: Annotation | undefined, ours: Annotation, theirs: Annotation, taken: Set<string>, conflicts: MergeConflict[]): Annotation[] {
  if (sameAnnotation(ours, theirs)) return [laterModified(ours, theirs)];
  const merged: Record<string, unknown> = { id: ours.id };
  const clashes: string[] = [];
  for (const name of FIELDS) {
    const value = mergeValue(base?.[name], ours[name], theirs[name], () => {
      if (name === 'target' && sameQuote(ours.target, theirs.target)) return ours.target; // positions are only a hint
      // Both moved the tag to the same step: who did it and when is the later of the two.
      if (name === 'status' && ours.status && theirs.status && ours.status.value === theirs.status.value) return laterStatus(ours.status, theirs.status);
      clashes.push(name);
      return ours[name];
    });
    if (value !== undefined) merged[name] = value;
  }
  const sources = mergeSources(base?.sources ?? [], ours.sources ?? [], theirs.sources ?? []);
  if (sources.length) merged.sources = sources;
  // Replies made on both sides are all kept; only one comment edited differently on both sides clashes.
  const thread = mergeComments(base?.comments, ours.comments, theirs.comments, same);
  if (thread.comments) merged.comments = thread.comments;
  if (thread.clashes.length) clashes.push('comments');
  const unknown = mergeRecords(base?.unknown ?? {}, ours.unknown ?? {}, theirs.unknown ?? {}, (key) => void clashes.push(key));
  if (Object.keys(unknown).length) merged.unknown = unknown;
  merged.modified = ours.modified > theirs.modified ? ours.modified : theirs.modified;
  // Who changed it last goes with the change: one side's when only it changed, else the later change's.
  const modifiedBy = mergeValue(base?.modifiedBy, ours.modifiedBy, theirs.modifiedBy, () => laterModified(ours, theirs).modifiedBy);
  if (modifiedBy !== undefined) merged.modifiedBy = modifiedBy;
  const result = merged as unknown as Annotation;
  if (!clashes.length) return [result];

  let copyId = `${ours.id}-theirs`;
  for (let n = 2; taken.has(copyId); n++) copyId = `${ours.id}-theirs-${n}`;
  taken.add(copyId);
  const reason = `changed differently on both sides (${clashes.join(', ')})`;
  conflicts.push({ type: 'annotation', key: ours.id, reason });
  return [
    { ...result, conflict: { with: copyId, reason } },
    { ...theirs, id: copyId, conflict: { with: ours.id, reason } },
  ];
}

function laterStatus(a: CheckStatus, b: CheckStatus): CheckStatus {
  return b.at > a.at ? b : a;
}

/**
 * Evidence merged as a list, like the `conflicts` lists: a source stays unless one side removed it and the
 * other left it as it was; sources added on either side are all kept (ours first), so two checkers adding
 * evidence to one tag never conflict. A source edited on both sides is kept in both versions.
 */
function mergeSources(base: readonly EvidenceSource[], ours: readonly EvidenceSource[], theirs: readonly EvidenceSource[]): EvidenceSource[] {
  const keys = (list: readonly EvidenceSource[]): Set<string> => new Set(list.map(canonical));
  const [b, o, t] = [keys(base), keys(ours), keys(theirs)];
  const merged = new Map<string, EvidenceSource>();
  for (const source of [...ours, ...theirs]) {
    const key = canonical(source);
    if (b.has(key) && !(o.has(key) && t.has(key))) continue;
    if (!merged.has(key)) merged.set(key, source);
  }
  return [...merged.values()];
}

function mergeValue<T>(base: T, ours: T, theirs: T, onClash: () => T): T {
  if (same(ours, base)) return theirs;
  if (same(theirs, base)) return ours;
  if (same(ours, theirs)) return ours;
  return onClash();
}

/**
 * Entries of the `conflicts` lists merged as sets: an entry stays unless one side deleted it (resolved it)
 * and the other left it as it was; new entries from either side are added.
 */
function mergeDocumentConflicts(base: readonly DocumentConflict[], ours: readonly DocumentConflict[], theirs: readonly DocumentConflict[]): DocumentConflict[] {
  const keys = (list: readonly DocumentConflict[]): Set<string> => new Set(list.map(canonical));
  const [b, o, t] = [keys(base), keys(ours), keys(theirs)];
  const merged = new Map<string, DocumentConflict>();
  for (const entry of [...ours, ...theirs]) {
    const key = canonical(entry);
    if (b.has(key) && !(o.has(key) && t.has(key))) continue;
    merged.set(key, entry);
  }
  return [...merged.values()];
}

/** Merges name-keyed records key by key; on a clash, keeps ours (theirs when ours deleted it) and tells `onClash`. */
function mergeRecords(
  base: Readonly<Record<string, unknown>>,
  ours: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
  onClash: (key: string, theirValue: unknown, kept: unknown) => void,
): UnknownFields {
  const out: Record<string, unknown> = {};
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])];
  const has = (record: Readonly<Record<string, unknown>>, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);
  for (const key of keys.sort(compareStrings)) {
    const value = mergeValue(
      has(base, key) ? base[key] : undefined,
      has(ours, key) ? ours[key] : undefined,
      has(theirs, key) ? theirs[key] : undefined,
      () => {
        const kept = has(ours, key) ? ours[key] : theirs[key];
        onClash(key, has(theirs, key) ? theirs[key] : undefined, kept);
        return kept;
      },
    );
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

function sameQuote(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return a.exact === b.exact;
}

function laterModified(a: Annotation, b: Annotation): Annotation {
  return b.modified > a.modified ? b : a;
}

/** Equal apart from when and by whom it was last changed. */
function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return same({ ...a, modified: '', modifiedBy: undefined }, { ...b, modified: '', modifiedBy: undefined });
}

function same(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so equal values compare equal whatever order their keys were set in. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort(compareStrings);
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}
