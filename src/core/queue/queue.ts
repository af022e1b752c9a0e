import { CLAIM_KINDS, type ClaimKind } from '../analysis/model';
import type { AnchorStatus } from '../anchoring/model';
import { DEFAULT_STATUS_WORKFLOW } from '../desk/status';
import { verdictOf } from '../export/verdict';
import { compareStrings } from '../sidecar/codec';
import type { SidecarDocument } from '../sidecar/model';
import { matchingKey } from '../text/charFold';

/**
 * The desk's queue: every tag still to check in every transcript of a workspace, read from the sidecars
 * alone (the transcripts need not be open), grouped and filtered. Pure, so the extension, a benchmark and
 * the web build share it.
 */

export type QueueGrouping = 'status' | 'kind' | 'verdict' | 'speaker' | 'file' | 'author';
export const QUEUE_GROUPINGS: readonly QueueGrouping[] = ['status', 'kind', 'verdict', 'speaker', 'file', 'author'];

export function isQueueGrouping(value: unknown): value is QueueGrouping {
  return typeof value === 'string' && (QUEUE_GROUPINGS as readonly string[]).includes(value);
}

/** Where a tag stands in the transcript's current text. */
export interface QueueAnchor {
  readonly status: AnchorStatus;
  /** Offset in the current text; `null` when orphaned. */
  readonly start: number | null;
  readonly end: number | null;
}

/** One transcript's sidecar, as the queue sees it. */
export interface QueueFile {
  /** The transcript's location (a URI string): what items link to. */
  readonly transcript: string;
  /** The transcript as shown: its path relative to the workspace. */
  readonly label: string;
  readonly document: SidecarDocument;
  /** Where each tag stands now, by id; absent until the transcript has been checked (or when it cannot be). */
  readonly anchors?: ReadonlyMap<string, QueueAnchor>;
}

export interface QueueItem {
  readonly id: string;
  readonly transcript: string;
  readonly fileLabel: string;
  readonly kind: ClaimKind;
  readonly author: string;
  readonly speaker: string | null;
  readonly topic: string | null;
  readonly note: string | undefined;
  readonly exact: string;
  /** Where the tag is: its place in the current text when known, else where it was stored. */
  readonly start: number;
  readonly end: number;
  /** `undefined` while the transcript has not been checked. */
  readonly anchor: AnchorStatus | undefined;
  /** The workflow step (the first one when the tag has none). A step the workflow does not know is kept as is. */
  readonly status: string;
  /** The verdict's label (its rating aside, so that ratings do not split a group); also the older `verdict:` note line. */
  readonly verdict: string | undefined;
  /** A merge kept two versions of this tag. */
  readonly conflict: boolean;
}

export interface QueueOptions {
  /** The workflow's steps in order (default: the desk's); a tag at the last one is done and leaves the queue. */
  readonly workflow?: readonly string[];
}

/**
 * The tags of these files still to check: those not at the workflow's last step, plus any (done or not)
 * whose text moved or is gone, since those need a look whatever their step.
 */
export function queueItems(files: readonly QueueFile[], options: QueueOptions = {}): QueueItem[] {
  const workflow = workflowOrDefault(options.workflow);
  const done = workflow[workflow.length - 1]!;
  const items: QueueItem[] = [];
  for (const file of files) {
    for (const annotation of file.document.annotations) {
      const anchor = file.anchors?.get(annotation.id);
      const status = annotation.status?.value ?? workflow[0]!;
      if (status === done && (anchor === undefined || anchor.status === 'anchored')) continue;
      items.push({
        id: annotation.id,
        transcript: file.transcript,
        fileLabel: file.label,
        kind: annotation.kind,
        author: annotation.author,
        speaker: annotation.speaker,
        topic: annotation.topic,
        note: annotation.note,
        exact: annotation.target.exact,
        start: anchor?.start ?? annotation.target.start,
        end: anchor?.end ?? annotation.target.end,
        anchor: anchor?.status,
        status,
        verdict: verdictOf(annotation)?.label,
        conflict: annotation.conflict !== undefined,
      });
    }
  }
  return items;
}

function workflowOrDefault(workflow: readonly string[] | undefined): readonly string[] {
  return workflow && workflow.length > 0 ? workflow : DEFAULT_STATUS_WORKFLOW;
}

// ---------------------------------------------------------------------------------------------- filter

/** What the filter box asks for: words every item must contain, and field conditions. */
export interface QueueFilter {
  /** Each must occur in the quote, note, speaker, topic or file (case- and script-insensitive). */
  readonly words: readonly string[];
  /** `kind:`, `status:`, `verdict:`, `author:`, `speaker:`, `file:` conditions; values of one field are alternatives. */
  readonly fields: ReadonlyMap<QueueGrouping, readonly string[]>;
}

const FIELD_CONDITION = /^(kind|status|verdict|author|speaker|file):(.*)$/iu;

/**
 * Reads a filter such as `營收 kind:fact status:checking "Lin Wei"`: quoted phrases stay one word, and a
 * `field:value` condition limits that field (several conditions on one field: any of them).
 */
export function parseQueueFilter(text: string): QueueFilter {
  const words: string[] = [];
  const fields = new Map<QueueGrouping, string[]>();
  for (const match of text.matchAll(/(\S*?)"([^"]*)"?|\S+/gu)) {
    const token = match[2] !== undefined ? `${match[1]}${match[2]}` : match[0];
    const condition = FIELD_CONDITION.exec(token);
    if (condition && condition[2] !== '') {
      const field = condition[1]!.toLowerCase() as QueueGrouping;
      fields.set(field, [...(fields.get(field) ?? []), matchingKey(condition[2]!)]);
    } else if (token.trim() !== '') {
      words.push(matchingKey(token));
    }
  }
  return { words, fields };
}

export function isEmptyFilter(filter: QueueFilter): boolean {
  return filter.words.length === 0 && filter.fields.size === 0;
}

export function filterQueue(items: readonly QueueItem[], filter: QueueFilter): QueueItem[] {
  if (isEmptyFilter(filter)) return [...items];
  return items.filter((item) => {
    for (const [field, values] of filter.fields) {
      const value = matchingKey(fieldValue(item, field) ?? '');
      if (!values.some((wanted) => value.includes(wanted))) return false;
    }
    if (filter.words.length === 0) return true;
    const haystack = matchingKey([item.exact, item.note ?? '', item.speaker ?? '', item.topic ?? '', item.fileLabel].join('\n'));
    return filter.words.every((word) => haystack.includes(word));
  });
}

function fieldValue(item: QueueItem, field: QueueGrouping): string | undefined {
  switch (field) {
    case 'status':
      return item.status;
    case 'kind':
      return item.kind;
    case 'verdict':
      return item.verdict;
    case 'speaker':
      return item.speaker ?? undefined;
    case 'file':
      return item.fileLabel;
    case 'author':
      return item.author;
  }
}

// ---------------------------------------------------------------------------------------------- group

export interface QueueGroup {
  readonly grouping: QueueGrouping;
  /** The field's value (a kind, a step, a name, a file label); `undefined` for the items that have none. */
  readonly key: string | undefined;
  readonly items: readonly QueueItem[];
}

/**
 * Groups in a fixed order: steps in workflow order, kinds in their usual order, everything else
 * alphabetically (code-unit order, the same everywhere), and the items without a value last. Within a
 * group, items read file by file, top to bottom.
 */
export function groupQueue(items: readonly QueueItem[], grouping: QueueGrouping, options: QueueOptions = {}): QueueGroup[] {
  const byKey = new Map<string | undefined, QueueItem[]>();
  for (const item of items) {
    const key = fieldValue(item, grouping);
    const list = byKey.get(key);
    if (list) list.push(item);
    else byKey.set(key, [item]);
  }
  const order = fixedOrder(grouping, options);
  const keys = [...byKey.keys()].sort((a, b) => {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    const rankA = order.indexOf(a);
    const rankB = order.indexOf(b);
    if (rankA >= 0 || rankB >= 0) return (rankA < 0 ? order.length : rankA) - (rankB < 0 ? order.length : rankB) || compareStrings(a, b);
    return compareStrings(a, b);
  });
  return keys.map((key) => ({ grouping, key, items: byKey.get(key)!.sort(compareItems) }));
}

function fixedOrder(grouping: QueueGrouping, options: QueueOptions): readonly string[] {
  if (grouping === 'status') return workflowOrDefault(options.workflow);
  if (grouping === 'kind') return CLAIM_KINDS;
  return [];
}

export function compareItems(a: QueueItem, b: QueueItem): number {
  return compareStrings(a.fileLabel, b.fileLabel) || compareStrings(a.transcript, b.transcript) || a.start - b.start || compareStrings(a.author, b.author) || compareStrings(a.id, b.id);
}

/** Counts for the view's description and badge. */
export interface QueueCounts {
  readonly items: number;
  readonly files: number;
  readonly fuzzy: number;
  readonly orphaned: number;
}

export function countQueue(items: readonly QueueItem[]): QueueCounts {
  const files = new Set<string>();
  let fuzzy = 0;
  let orphaned = 0;
  for (const item of items) {
    files.add(item.transcript);
    if (item.anchor === 'fuzzy') fuzzy++;
    else if (item.anchor === 'orphaned') orphaned++;
  }
  return { items: items.length, files: files.size, fuzzy, orphaned };
}
