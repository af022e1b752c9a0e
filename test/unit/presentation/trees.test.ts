import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import { readFixture } from '../core/transcriptFixtures';
import type { Analysis, Claim, Topic, Turn } from '../../../src/core/analysis/model';
import { buildAnnotationsTree } from '../../../src/presentation/annotationsTree';
import type { AnnotationView } from '../../../src/presentation/annotationView';
import { buildSpeakersTree, type TurnNode } from '../../../src/presentation/speakersTree';
import type { GroupNode, StatementNode, TopicNode, TopicsTreeNode } from '../../../src/presentation/topicsTree';
import { buildTopicsTree, collectStatements } from '../../../src/presentation/topicsTree';

// Two sections, each with two speakers' sentences; offsets are what the tree logic sees, not a real text.
const text = 'A:甲說一。B:乙說二。\n章二\nA:甲說三。B:乙說四。';
const turn = (speaker: string, start: number, end: number): Turn => ({ speaker, span: { start, end }, labelSpan: { start, end: start + 2 }, source: 'label' });
const claim = (text: string, speaker: string, kind: Claim['kind'], start: number): Claim => ({ text, speaker, kind, span: { start, end: start + text.length }, cues: [`cue for ${text}`], confidence: 0.8 });
const topic = (title: string, start: number, end: number, children: Topic[] = []): Topic => ({ title, span: { start, end }, headingSpan: { start, end: start + title.length }, level: 1, children, summaryLinks: [] });

const analysis: Analysis = {
  speakers: [
    { name: 'A', turns: 2 },
    { name: 'B', turns: 2 },
  ],
  turns: [turn('A', 0, 6), turn('B', 6, 12), turn('A', 16, 22), turn('B', 22, 28)],
  stageDirections: [],
  topics: [topic('章一', 0, 13, [topic('節', 6, 13)]), topic('章二', 13, 28)],
  claims: [claim('甲說一。', 'A', 'fact', 2), claim('乙說二。', 'B', 'opinion', 8), claim('甲說三。', 'A', 'forecast', 18), claim('乙說四。', 'B', 'fact', 24)],
};

function annotation(partial: Partial<AnnotationView> & Pick<AnnotationView, 'id' | 'kind'>): AnnotationView {
  return {
    note: undefined,
    author: 'tester',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    exact: 'x',
    status: 'anchored',
    span: null,
    storedStart: 0,
    modifiedBy: undefined,
    verdict: undefined,
    checkStatus: undefined,
    sources: [],
    ...partial,
  };
}

/** A group's statements, through its buckets if it has them. */
const groupStatements = (group: GroupNode): StatementNode[] => group.children.flatMap((child) => (child.type === 'bucket' ? [...child.children] : [child]));

const statementsOf = (node: TopicNode): StatementNode[] =>
  node.children.flatMap((child) => (child.type === 'group' ? groupStatements(child) : statementsOf(child)));

/** The ids of the deepest topics (as `/`-joined titles) that hold `offset`, found by walking every topic. */
function deepestTopic(topics: readonly Topic[], offset: number, path = ''): string | undefined {
  for (const t of topics) {
    if (offset < t.span.start || offset >= t.span.end) continue;
    return deepestTopic(t.children, offset, `${path}/${t.title}`) ?? `${path}/${t.title}`;
  }
  return undefined;
}

/** Statement texts by the path of titles of the topic they hang under (`undefined`: before every topic). */
function placement(roots: readonly TopicNode[]): Map<string, string | undefined> {
  const placed = new Map<string, string | undefined>();
  const walk = (node: TopicNode, path: string | undefined): void => {
    for (const child of node.children) {
      if (child.type === 'topic') walk(child, `${path ?? ''}/${child.title ?? ''}`);
      else for (const statement of groupStatements(child)) placed.set(`${statement.span.start}`, path);
    }
  };
  for (const root of roots) walk(root, root.title === null ? undefined : `/${root.title}`);
  return placed;
}

describe('the Topics tree model', () => {
  it('places every claim of a real analysis under the deepest topic holding its start, once', () => {
    let underTopics = 0;
    for (const name of ['topics-zh-Hant.txt', 'panel.md', 'interview-zh-Hans.txt']) {
      const real = analyze(readFixture(name), {}, name);
      const placed = placement(buildTopicsTree(real, [], { grouping: 'kind', filter: '' }));
      assert.equal(placed.size, real.claims.length, name);
      underTopics += [...placed.values()].filter((path) => path !== undefined && path.split('/').length > 2).length;
      for (const c of real.claims) assert.equal(placed.get(`${c.span.start}`), deepestTopic(real.topics, c.span.start), `${name}: ${c.text}`);
    }
    // Some claims hang under sub-topics, so the deepest-topic rule is exercised.
    assert.ok(underTopics > 0);
  });

  it('hangs each statement under the deepest topic that holds it, grouped by speaker', () => {
    const roots = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' });
    assert.deepEqual(roots.map((r) => r.title), ['章一', '章二']);
    const section = roots[0]!.children[0] as TopicNode;
    assert.equal(section.title, '節');
    assert.deepEqual(statementsOf(section).map((s) => s.text), ['乙說二。']);
    const ownGroups = roots[0]!.children.filter((c): c is GroupNode => c.type === 'group');
    assert.deepEqual(ownGroups.map((g) => g.key), ['A']);
    const chapterTwo = roots[1]!.children as GroupNode[];
    assert.deepEqual(chapterTwo.map((g) => [g.key, g.children.length]), [['A', 1], ['B', 1]]);
  });

  it('gives every node an id that is unique in the tree and the same when rebuilt', () => {
    const ids = (nodes: readonly TopicsTreeNode[]): string[] => nodes.flatMap((node) => [node.id, ...(node.type === 'statement' ? [] : ids(node.children))]);
    const first = ids(buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' }));
    assert.equal(new Set(first).size, first.length);
    assert.deepEqual(ids(buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' })), first);
  });

  it('groups by kind in the fixed kind order', () => {
    const roots = buildTopicsTree(analysis, [], { grouping: 'kind', filter: '' });
    const chapterTwo = roots[1]!.children as GroupNode[];
    assert.deepEqual(chapterTwo.map((g) => g.key), ['fact', 'forecast']);
  });

  it('filters statements by text, speaker or kind, keeping topics whose title matches whole', () => {
    const byText = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '說四' });
    assert.deepEqual(byText.map((r) => r.title), ['章二']);
    assert.deepEqual(statementsOf(byText[0]!).map((s) => s.text), ['乙說四。']);
    const byKind = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: 'forecast' });
    assert.deepEqual(byKind.flatMap(statementsOf).map((s) => s.text), ['甲說三。']);
    const byTitle = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '章二' });
    assert.equal(statementsOf(byTitle.find((r) => r.title === '章二')!).length, 2);
  });

  it('shows a tag in place of the suggestion it overlaps, and a tag without a suggestion as its own statement', () => {
    const onClaim = annotation({ id: 't1', kind: 'opinion', span: { start: 2, end: 5 }, exact: '甲說一' });
    const elsewhere = annotation({ id: 't2', kind: 'fact', span: { start: 14, end: 16 }, exact: '章二', speaker: null });
    const orphan = annotation({ id: 't3', kind: 'fact', status: 'orphaned', span: null });
    const statements = collectStatements(analysis, [onClaim, elsewhere, orphan]);
    assert.equal(statements.length, 5);
    const first = statements[0]!;
    assert.equal(first.kind, 'opinion');
    assert.equal(first.suggestedKind, 'fact');
    assert.equal(first.annotation?.id, 't1');
    const own = statements.find((s) => s.annotation?.id === 't2')!;
    assert.equal(own.suggestedKind, undefined);
    assert.equal(own.text, '章二');
  });

  it('puts statements before the first topic into an untitled node first', () => {
    const late: Analysis = { ...analysis, topics: [topic('章二', 13, 28)] };
    const roots = buildTopicsTree(late, [], { grouping: 'speaker', filter: '' });
    assert.equal(roots[0]!.title, null);
    assert.deepEqual(statementsOf(roots[0]!).map((s) => s.text), ['甲說一。', '乙說二。']);
  });
});

describe('the Speakers tree model', () => {
  it('lists speakers in order of appearance with turn previews and their aliases', () => {
    const roots = buildSpeakersTree(analysis, text, { 老A: 'A', A: 'A' });
    assert.deepEqual(roots.map((r) => r.name), ['A', 'B']);
    assert.deepEqual(roots[0]!.aliases, ['老A']);
    assert.equal(roots[0]!.children.length, 2);
    assert.equal((roots[0]!.children[0] as TurnNode).preview, '甲說一。');
  });
});

describe('the Annotations tree model', () => {
  it('groups by kind in text order and puts orphans last', () => {
    const groups = buildAnnotationsTree([
      annotation({ id: 'b', kind: 'fact', span: { start: 20, end: 22 } }),
      annotation({ id: 'o', kind: 'fact', status: 'orphaned' }),
      annotation({ id: 'a', kind: 'fact', span: { start: 2, end: 4 }, status: 'fuzzy' }),
      annotation({ id: 'f', kind: 'forecast', span: { start: 8, end: 9 } }),
    ]);
    assert.deepEqual(groups.map((g) => g.key), ['fact', 'forecast', 'orphaned']);
    assert.deepEqual(groups[0]!.children.map((c) => c.annotation.id), ['a', 'b']);
    assert.deepEqual(groups[2]!.children.map((c) => c.annotation.id), ['o']);
  });

  it('lists every annotator’s tag on one statement, by author', () => {
    const span = { start: 2, end: 4 };
    const groups = buildAnnotationsTree([
      annotation({ id: '1', kind: 'fact', span, author: 'Carol' }),
      annotation({ id: '2', kind: 'opinion', span, author: 'Bob' }),
      annotation({ id: '3', kind: 'fact', span, author: 'Alice', modifiedBy: 'Bob' }),
    ]);
    assert.deepEqual(groups.map((g) => [g.key, g.children.map((c) => c.annotation.author)]), [['fact', ['Alice', 'Carol']], ['opinion', ['Bob']]]);
    assert.equal(groups[0]!.children[0]!.annotation.modifiedBy, 'Bob');
  });
});

describe('the trees in another display script', () => {
  const show = (label: string): string => label.replace('章', '篇').replace('A', 'Ａ');

  it('show topic titles and speakers through the display function, and the filter matches either form', () => {
    const roots = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '', display: show });
    assert.deepEqual(roots.map((r) => r.title), ['篇一', '篇二']);
    const chapterTwo = roots[1]!.children as GroupNode[];
    assert.deepEqual(chapterTwo.map((g) => g.key), ['Ａ', 'B']);
    assert.equal(groupStatements(chapterTwo[0]!)[0]!.speaker, 'Ａ');
    const byWritten = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '章二', display: show });
    const byShown = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '篇二', display: show });
    assert.deepEqual(byWritten.map((r) => r.title), ['篇二']);
    assert.deepEqual(byShown.map((r) => r.title), ['篇二']);
    assert.deepEqual(buildTopicsTree(analysis, [], { grouping: 'kind', filter: 'a', display: show }).flatMap(statementsOf).map((s) => s.text), ['甲說一。', '甲說三。']);
  });

  it('keep the written speaker name for commands and show the displayed one', () => {
    const [first] = buildSpeakersTree(analysis, text, { 老A: 'A' }, show);
    assert.equal(first!.name, 'A');
    assert.equal(first!.label, 'Ａ');
    assert.deepEqual(first!.aliases, ['老Ａ']);
  });

  it('show an annotation’s speaker and topic, keeping its id', () => {
    const groups = buildAnnotationsTree([annotation({ id: 'x', kind: 'fact', span: { start: 2, end: 4 }, speaker: 'A', topic: '章一' })], show);
    const leaf = groups[0]!.children[0]!.annotation;
    assert.deepEqual([leaf.id, leaf.speaker, leaf.topic], ['x', 'Ａ', '篇一']);
  });
});
