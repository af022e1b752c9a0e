import type { Analysis, ClaimKind, Topic } from '../core/analysis/model';
import { CLAIM_KINDS } from '../core/analysis/model';
import type { Span } from '../core/text/positions';
import type { AnnotationView } from './annotationView';
import { type LabelDisplay, showAsWritten } from './labelDisplay';

export type TopicsGrouping = 'speaker' | 'kind';

/** A sentence under a topic: a suggested claim, a tagged annotation, or both when they cover the same text. */
export interface StatementNode {
  readonly type: 'statement';
  /** Unique in the tree and stable while the tree's shape stays the same (for VS Code's tree handles). */
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

export interface GroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly grouping: TopicsGrouping;
  /** Speaker name or kind; `null` for statements without a speaker. */
  readonly key: string | null;
  readonly children: readonly StatementNode[];
}

export interface TopicNode {
  readonly type: 'topic';
  readonly id: string;
  /** As displayed (see `TopicsTreeOptions.display`); `null` for the statements before the first topic. */
  readonly title: string | null;
  readonly span: Span;
  readonly children: readonly (TopicNode | GroupNode)[];
}

export type TopicsTreeNode = TopicNode | GroupNode | StatementNode;

export interface TopicsTreeOptions {
  readonly grouping: TopicsGrouping;
  /** Case-insensitive text that a statement's text, speaker or kind, or a topic's title must contain. */
  readonly filter: string;
  /** How speaker names and topic titles are shown (e.g. in another script); the filter matches both forms. */
  readonly display?: LabelDisplay;
}

/** Builds topic → (sub-topics, groups by speaker or kind → statements), keeping only what the filter matches. */
export function buildTopicsTree(analysis: Analysis, annotations: readonly AnnotationView[], options: TopicsTreeOptions): TopicNode[] {
  const show = options.display ?? showAsWritten;
  const writtenSpeaker = new Map<StatementNode, string | null>();
  const statements = collectStatements(analysis, annotations).map((s) => {
    const displayed = s.speaker === null ? s : { ...s, speaker: show(s.speaker) };
    writtenSpeaker.set(displayed, s.speaker);
    return displayed;
  });
  const needle = options.filter.trim().toLocaleLowerCase();
  const assigned = new Set<StatementNode>();
  const matches = (statement: StatementNode): boolean => statementMatches(statement, needle) || includes(writtenSpeaker.get(statement) ?? null, needle);

  const build = (topic: Topic, index: number, parentId: string): TopicNode | undefined => {
    const id = `${parentId}/${index}:${topic.title}`;
    const subtopics = topic.children.map((child, i) => build(child, i, id)).filter((node): node is TopicNode => node !== undefined);
    // Statements are sorted by start: those starting in the topic are one run, found by binary search (a
    // filter of every statement per topic cost topics × claims, seconds at 10 MB).
    const own: StatementNode[] = [];
    for (let i = firstStartingAt(statements, topic.span.start); i < statements.length && statements[i]!.span.start < topic.span.end; i++) {
      const statement = statements[i]!;
      if (assigned.has(statement)) continue;
      own.push(statement);
      assigned.add(statement);
    }
    const title = show(topic.title);
    const titleMatches = needle !== '' && (includes(topic.title, needle) || includes(title, needle));
    const shown = needle === '' || titleMatches ? own : own.filter(matches);
    if (needle !== '' && !titleMatches && shown.length === 0 && subtopics.length === 0) return undefined;
    return { type: 'topic', id, title, span: topic.headingSpan, children: [...subtopics, ...group(shown, options.grouping, id)] };
  };

  // Sub-topics claim their statements first, so each statement hangs under the deepest topic that holds it.
  const roots = analysis.topics.map((topic, i) => build(topic, i, 't')).filter((node): node is TopicNode => node !== undefined);
  const loose = statements.filter((s) => !assigned.has(s) && (needle === '' || matches(s)));
  if (loose.length > 0) {
    const first = loose[0]!.span;
    roots.unshift({ type: 'topic', id: 't/loose', title: null, span: { start: first.start, end: first.start }, children: group(loose, options.grouping, 't/loose') });
  }
  return roots;
}

/** The index of the first statement (sorted by start) starting at or after `offset`. */
function firstStartingAt(statements: readonly StatementNode[], offset: number): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.span.start < offset) low = middle + 1;
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
      return { type: 'group', id, grouping, key, children: byKey.get(key)!.map((statement, i) => ({ ...statement, id: `${id}/${i}` })) };
    });
}

/** Suggested claims merged with tagged annotations; an annotation overlapping a claim takes its place. */
export function collectStatements(analysis: Analysis, annotations: readonly AnnotationView[]): StatementNode[] {
  const placed = annotations.filter((a) => a.span !== null);
  const used = new Set<AnnotationView>();
  const statements: StatementNode[] = analysis.claims.map((claim) => {
    const annotation = placed.find((a) => !used.has(a) && overlaps(a.span!, claim.span));
    if (annotation) used.add(annotation);
    return {
      type: 'statement',
      id: '',
      text: claim.text,
      span: claim.span,
      speaker: claim.speaker,
      kind: annotation?.kind ?? claim.kind,
      suggestedKind: claim.kind,
      cues: claim.cues,
      annotation,
    };
  });
  for (const annotation of placed) {
    if (used.has(annotation)) continue;
    statements.push({
      type: 'statement',
      id: '',
      text: annotation.exact,
      span: annotation.span!,
      speaker: annotation.speaker,
      kind: annotation.kind,
      suggestedKind: undefined,
      cues: [],
      annotation,
    });
  }
  return statements.sort((a, b) => a.span.start - b.span.start);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
