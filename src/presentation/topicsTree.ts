import type { Analysis, Claim, ClaimKind, Topic } from '../core/analysis/model';
import { CLAIM_KINDS } from '../core/analysis/model';
import { claimsIn } from '../core/analysis/query';
import type { Span } from '../core/text/positions';
import type { AnnotationView } from './annotationView';
import { type LabelDisplay, showAsWritten } from './labelDisplay';
import { type BucketNode, bucketed, stableIds, textKey, withLazyChildren } from './lazyTree';
import { readableTitle } from './readableTitle';

export type TopicsGrouping = 'speaker' | 'kind';

/** A sentence under a topic: a suggested claim, a tagged annotation, or both when they cover the same text. */
export interface StatementNode {
  readonly type: 'statement';
  /**
   * Unique in the tree; from the group (or bucket) and the text, repeats numbered, so it stays put when a
   * statement is added elsewhere (for VS Code's tree handles: only the group that changed is redrawn).
   */
  readonly id: string;
  readonly text: string;
  readonly span: Span;
  readonly speaker: string | null;
  /** The tagged kind when tagged, else the suggested one. */
  readonly kind: ClaimKind;
  readonly suggestedKind: ClaimKind | undefined;
  readonly cues: readonly string[];
  readonly annotation: AnnotationView | undefined;
}

export type StatementBucketNode = BucketNode<StatementNode>;

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly grouping: TopicsGrouping;
  /** Speaker name or kind; `null` for statements without a speaker. */
  readonly key: string | null;
  /** How many statements the group holds. */
  readonly count: number;
  /** The statements, in buckets when there are many; built when first read. */
  readonly children: readonly (StatementNode | StatementBucketNode)[];
}

export interface TopicNode {
  readonly type: 'topic';
  readonly id: string;
  /** As displayed (see `TopicsTreeOptions.display`); `null` for the statements before the first topic. */
  readonly title: string | null;
  readonly span: Span;
  /** Whether it has sub-topics or statements (known without building them; in a large tree, assumed). */
  readonly hasChildren: boolean;
  /**
   * Whether its row opens expanded: in a small tree yes; in a large one (over EXPANDED_TOPICS_LIMIT
   * topics) no, since VS Code loads every expanded row at once and compares them after each change.
   */
  readonly startsExpanded: boolean;
  /** Sub-topics, then groups; built when first read. */
  readonly children: readonly (TopicNode | GroupNode)[];
}

export type TopicsTreeNode = TopicNode | GroupNode | StatementBucketNode | StatementNode;

/**
 * Above this many topics (all levels), topics open collapsed (see `TopicNode.startsExpanded`) and, unless
 * filtered, the tree reads only the statements of the topics opened (see `buildCollapsedTree`).
 */
export const EXPANDED_TOPICS_LIMIT = 100;

export interface TopicsTreeOptions {
  readonly grouping: TopicsGrouping;
  /** Case-insensitive text that a statement's text, speaker or kind, or a topic's title must contain. */
  readonly filter: string;
  /** How speaker names and topic titles are shown (e.g. in another script); the filter matches both forms. */
  readonly display?: LabelDisplay;
  /** The analysed text: lets a large tree skip blank gaps between topics when looking for statements outside them. */
  readonly text?: string;
}

/** A tag with no suggested claim under it: a statement of its own. */
interface LoneTag {
  readonly tag: AnnotationView;
}

type StatementSource = Claim | LoneTag;

/**
 * Builds topic → (sub-topics, groups by speaker or kind → statements), keeping only what the filter
 * matches. The nodes under a topic are built when its children are first read; in a large tree (over
 * EXPANDED_TOPICS_LIMIT topics, no filter) topics open collapsed and only an opened topic's statements are
 * read, so a redraw costs the topics, not every statement.
 */
export function buildTopicsTree(analysis: Analysis, annotations: readonly AnnotationView[], options: TopicsTreeOptions): TopicNode[] {
  const topics = analysis.topics;
  const startsExpanded = countTopics(topics) <= EXPANDED_TOPICS_LIMIT;
  if (!startsExpanded && options.filter.trim() === '') return buildCollapsedTree(analysis, topics, annotations, options);
  const show = options.display ?? showAsWritten;
  const { sources, tags } = statementSources(analysis.claims, annotations);
  const starts = sources.map(startOf);
  const nodes: (StatementNode | undefined)[] = new Array<StatementNode | undefined>(sources.length);
  const writtenSpeakers: (string | null)[] = new Array<string | null>(sources.length);
  const statementAt = (i: number): StatementNode => {
    let node = nodes[i];
    if (!node) {
      const written = statementOf(sources[i]!, tags);
      writtenSpeakers[i] = written.speaker;
      node = written.speaker === null ? written : { ...written, speaker: show(written.speaker) };
      nodes[i] = node;
    }
    return node;
  };
  const needle = options.filter.trim().toLocaleLowerCase();
  const assigned = new Uint8Array(sources.length);
  const matches = (i: number): boolean => statementMatches(statementAt(i), needle) || includes(writtenSpeakers[i] ?? null, needle);
  const grouped = (own: readonly number[], parentId: string): GroupNode[] => group(own.map(statementAt), options.grouping, parentId);

  const build = (topic: Topic, id: string): TopicNode | undefined => {
    const subtopics = siblings(topic.children, id, build);
    // Statements are sorted by start: those starting in the topic are one run, found by binary search (a
    // filter of every statement per topic cost topics × claims, seconds at 10 MB).
    const own: number[] = [];
    for (let i = firstAtOrAfter(starts, topic.span.start); i < starts.length && starts[i]! < topic.span.end; i++) {
      if (assigned[i]) continue;
      own.push(i);
      assigned[i] = 1;
    }
    const title = show(readableTitle(topic.title));
    const titleMatches = needle !== '' && (includes(topic.title, needle) || includes(title, needle));
    const shown = needle === '' || titleMatches ? own : own.filter(matches);
    if (needle !== '' && !titleMatches && shown.length === 0 && subtopics.length === 0) return undefined;
    const node = { type: 'topic' as const, id, title, span: topic.headingSpan, hasChildren: subtopics.length > 0 || shown.length > 0, startsExpanded };
    return withLazyChildren(node, () => [...subtopics, ...grouped(shown, id)]);
  };

  // Sub-topics claim their statements first, so each statement hangs under the deepest topic that holds it.
  const roots = siblings(topics, 't', build);
  const loose: number[] = [];
  for (let i = 0; i < sources.length; i++) if (!assigned[i] && (needle === '' || matches(i))) loose.push(i);
  if (loose.length > 0) {
    const first = starts[loose[0]!]!;
    const node = { type: 'topic' as const, id: 't/loose', title: null, span: { start: first, end: first }, hasChildren: true, startsExpanded };
    roots.unshift(withLazyChildren(node, () => grouped(loose, 't/loose')));
  }
  return roots;
}

function countTopics(topics: readonly Topic[]): number {
  return topics.reduce((count, topic) => count + 1 + countTopics(topic.children), 0);
}

/**
 * The tree of a transcript with many topics, unfiltered: topics collapsed, and a topic's statements read
 * (`claimsIn`, which reads only the blocks near them in an incrementally updated analysis) when its
 * children are. Its own statements are those starting in it but in none of its sub-topics. A topic is
 * shown as having children without looking (an empty one shows nothing when opened). Statements outside
 * every topic are looked for before, between (gaps with more than blanks) and after the topics.
 */
function buildCollapsedTree(analysis: Analysis, topics: readonly Topic[], annotations: readonly AnnotationView[], options: TopicsTreeOptions): TopicNode[] {
  const show = options.display ?? showAsWritten;
  const placed = annotations.filter((a) => a.span !== null).sort((a, b) => a.span!.start - b.span!.start);
  const tagStarts = placed.map((tag) => tag.span!.start);
  /** Statements starting in [start, end) and in none of `inside`'s spans, in order. */
  const statementsIn = (start: number, end: number, inside: readonly Topic[]): StatementNode[] => {
    const outside = (offset: number): boolean => offset >= start && offset < end && !inside.some((topic) => offset >= topic.span.start && offset < topic.span.end);
    const claims = claimsIn(analysis, start, end).filter((claim) => outside(claim.span.start));
    const tags: AnnotationView[] = [];
    for (let i = firstAtOrAfter(tagStarts, start); i < placed.length && tagStarts[i]! < end; i++) if (outside(tagStarts[i]!)) tags.push(placed[i]!);
    const found = statementSources(claims, tags);
    return found.sources.map((source) => {
      const statement = statementOf(source, found.tags);
      return statement.speaker === null ? statement : { ...statement, speaker: show(statement.speaker) };
    });
  };
  const build = (topic: Topic, id: string): TopicNode => {
    const subtopics = siblings(topic.children, id, build);
    const node = { type: 'topic' as const, id, title: show(readableTitle(topic.title)), span: topic.headingSpan, hasChildren: true, startsExpanded: false };
    return withLazyChildren(node, () => [...subtopics, ...group(statementsIn(topic.span.start, topic.span.end, topic.children), options.grouping, id)]);
  };
  const roots = siblings(topics, 't', build);
  const gaps: [number, number][] = [];
  let from = 0;
  for (const topic of topics) {
    if (topic.span.start > from && (options.text === undefined || options.text.slice(from, topic.span.start).trim() !== '')) gaps.push([from, topic.span.start]);
    from = Math.max(from, topic.span.end);
  }
  gaps.push([from, Number.MAX_SAFE_INTEGER]);
  const loose = gaps.flatMap(([start, end]) => statementsIn(start, end, topics));
  if (loose.length > 0) {
    const first = loose[0]!.span.start;
    const node = { type: 'topic' as const, id: 't/loose', title: null, span: { start: first, end: first }, hasChildren: true, startsExpanded: false };
    roots.unshift(withLazyChildren(node, () => group(loose, options.grouping, 't/loose')));
  }
  return roots;
}

/** Topic nodes of sibling topics, with ids from their titles (repeats numbered), not their index: adding a topic shifts no other's id. */
function siblings(topics: readonly Topic[], parentId: string, build: (topic: Topic, id: string) => TopicNode | undefined): TopicNode[] {
  const ids = stableIds(parentId, topics.map((topic) => `:${topic.title}`));
  return topics.map((topic, i) => build(topic, ids[i]!)).filter((node): node is TopicNode => node !== undefined);
}

/**
 * Suggested claims merged with tagged annotations, sorted by start: an annotation overlapping a claim
 * takes its place (`tags`), the others are statements of their own. The first overlapping tag (in
 * `annotations` order) not taken by an earlier claim goes to each claim.
 */
function statementSources(claims: readonly Claim[], annotations: readonly AnnotationView[]): { sources: StatementSource[]; tags: Map<Claim, AnnotationView> } {
  const placed = annotations.filter((a) => a.span !== null);
  const tags = new Map<Claim, AnnotationView>();
  if (placed.length === 0) return { sources: sortedByStart([...claims]), tags };
  const claimStarts = claims.map((claim) => claim.span.start);
  const sorted = claimStarts.every((start, i) => i === 0 || claimStarts[i - 1]! <= start);
  // Candidate tags per claim (claims do not overlap each other; sorted, each tag's claims are found by binary search).
  const candidates = new Map<number, AnnotationView[]>();
  placed.forEach((tag) => {
    const span = tag.span!;
    const first = sorted ? Math.max(0, firstAtOrAfter(claimStarts, span.start) - 1) : 0;
    for (let c = first; c < claims.length && (!sorted || claimStarts[c]! < span.end); c++) {
      if (!overlaps(span, claims[c]!.span)) continue;
      const list = candidates.get(c);
      if (list) list.push(tag);
      else candidates.set(c, [tag]);
    }
  });
  const used = new Set<AnnotationView>();
  for (const c of [...candidates.keys()].sort((a, b) => a - b)) {
    const tag = candidates.get(c)!.find((t) => !used.has(t));
    if (!tag) continue;
    used.add(tag);
    tags.set(claims[c]!, tag);
  }
  // Stable: on equal starts claims stay before tags, tags in their order (as before this was lazy).
  return { sources: sortedByStart([...claims, ...placed.filter((tag) => !used.has(tag)).map((tag) => ({ tag }))]), tags };
}

/** Sorts in place by start, stable; claims usually come sorted, and checking is cheaper than sorting 100,000 of them. */
function sortedByStart(sources: StatementSource[]): StatementSource[] {
  let previous = -Infinity;
  for (const source of sources) {
    const start = startOf(source);
    if (start < previous) return sources.sort((a, b) => startOf(a) - startOf(b));
    previous = start;
  }
  return sources;
}

function startOf(source: StatementSource): number {
  return 'tag' in source ? source.tag.span!.start : source.span.start;
}

function statementOf(source: StatementSource, tags: ReadonlyMap<Claim, AnnotationView>): StatementNode {
  if ('tag' in source) {
    const tag = source.tag;
    return { type: 'statement', id: '', text: tag.exact, span: tag.span!, speaker: tag.speaker, kind: tag.kind, suggestedKind: undefined, cues: [], annotation: tag };
  }
  const annotation = tags.get(source);
  return {
    type: 'statement',
    id: '',
    text: source.text,
    span: source.span,
    speaker: source.speaker,
    kind: annotation?.kind ?? source.kind,
    suggestedKind: source.kind,
    cues: source.cues,
    annotation,
  };
}

/** The index of the first of `starts` (sorted) at or after `offset`. */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function includes(label: string | null, needle: string): boolean {
  return label !== null && label.toLocaleLowerCase().includes(needle);
}

function statementMatches(statement: StatementNode, needle: string): boolean {
  return (
    statement.text.toLocaleLowerCase().includes(needle) ||
    (statement.speaker ?? '').toLocaleLowerCase().includes(needle) ||
    statement.kind === needle ||
    (statement.annotation?.note ?? '').toLocaleLowerCase().includes(needle)
  );
}

function group(statements: readonly StatementNode[], grouping: TopicsGrouping, parentId: string): GroupNode[] {
  const keys: (string | null)[] = grouping === 'kind' ? [...CLAIM_KINDS] : [];
  const byKey = new Map<string | null, StatementNode[]>();
  for (const statement of statements) {
    const key = grouping === 'kind' ? statement.kind : statement.speaker;
    if (!byKey.has(key)) {
      byKey.set(key, []);
      if (!keys.includes(key)) keys.push(key);
    }
    byKey.get(key)!.push(statement);
  }
  return keys
    .filter((key) => byKey.has(key))
    .map((key) => {
      const id = `${parentId}/g:${key ?? ''}`;
      const members = byKey.get(key)!;
      const node = { type: 'group' as const, id, grouping, key, count: members.length };
      return withLazyChildren(node, () => bucketed(id, members.length, (start, end, bucketId) => withIds(members.slice(start, end), bucketId)));
    });
}

function withIds(statements: readonly StatementNode[], parentId: string): StatementNode[] {
  const ids = stableIds(parentId, statements.map((statement) => textKey(statement.text)));
  return statements.map((statement, i) => ({ ...statement, id: ids[i]! }));
}

/** Suggested claims merged with tagged annotations, sorted by start; an annotation overlapping a claim takes its place. */
export function collectStatements(analysis: Analysis, annotations: readonly AnnotationView[]): StatementNode[] {
  const { sources, tags } = statementSources(analysis.claims, annotations);
  return sources.map((source) => statementOf(source, tags));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
