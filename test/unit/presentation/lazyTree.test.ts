import assert from 'node:assert/strict';
import { analyze, summarizeSpeakers } from '../../../src/core/analysis/analyze';
import type { Analysis, Claim, Topic, Turn } from '../../../src/core/analysis/model';
import { BUCKET_SIZE, bucketed, stableIds, textKey } from '../../../src/presentation/lazyTree';
import { buildSpeakersTree, type TurnNode } from '../../../src/presentation/speakersTree';
import { generateTranscript } from '../../bench/generateTranscript';
import { buildTopicsTree, EXPANDED_TOPICS_LIMIT, type GroupNode, type StatementNode, type TopicNode } from '../../../src/presentation/topicsTree';

/** Claims of one speaker, `length` characters apart, each with its own text; `reads` counts reads of their text. */
function claims(texts: readonly string[], reads = { count: 0 }, speaker = 'A', length = 10): Claim[] {
  return texts.map((text, i) => {
    const claim = { speaker, kind: 'fact', span: { start: i * length, end: i * length + length - 1 }, cues: [], confidence: 0.8 } as Omit<Claim, 'text'>;
    return Object.defineProperty(claim, 'text', { get: () => (reads.count++, text), enumerable: true }) as Claim;
  });
}

const topic = (title: string, start: number, end: number): Topic => ({ title, span: { start, end }, headingSpan: { start, end: start + 1 }, level: 1, children: [], summaryLinks: [] });

function analysisOf(claimList: Claim[], topics: Topic[], turns: Turn[] = []): Analysis {
  return { speakers: summarizeSpeakers(turns), turns, stageDirections: [], topics, claims: claimList };
}

/** Every statement of a group, through its buckets. */
const statements = (group: GroupNode): StatementNode[] => group.children.flatMap((child) => (child.type === 'bucket' ? [...child.children] : [child]));

const texts = (count: number, prefix = 's'): string[] => Array.from({ length: count }, (_, i) => `${prefix}${i}。`);

describe('sidebar tree ids and buckets', () => {
  it('stableIds numbers repeats and leaves other siblings alone when one is added before them', () => {
    assert.deepEqual(stableIds('p', ['a', 'b', 'a']), ['p/a', 'p/b', 'p/a~1']);
    const before = stableIds('p', ['a', 'b', 'c']);
    const after = stableIds('p', ['x', 'a', 'b', 'c']);
    assert.deepEqual(after.slice(1), before);
  });

  it('textKey follows the text, not where it is', () => {
    assert.equal(textKey('我預計下半年'), textKey('我預計下半年'));
    const keys = new Set(texts(1000).map(textKey));
    assert.equal(keys.size, 1000);
  });

  it('bucketed builds a small group directly and a large one as buckets built when opened', () => {
    const built: [number, number][] = [];
    const build = (start: number, end: number, parentId: string): string[] => {
      built.push([start, end]);
      return Array.from({ length: end - start }, (_, i) => `${parentId}/${start + i}`);
    };
    assert.equal(bucketed('g', BUCKET_SIZE, build).length, BUCKET_SIZE);
    built.length = 0;
    const count = BUCKET_SIZE * 2 + 7;
    const buckets = bucketed('g', count, build);
    assert.deepEqual(built, []);
    assert.deepEqual(
      buckets.map((bucket) => (typeof bucket === 'string' ? bucket : [bucket.id, bucket.first, bucket.last])),
      [
        ['g/b0', 1, BUCKET_SIZE],
        ['g/b1', BUCKET_SIZE + 1, 2 * BUCKET_SIZE],
        ['g/b2', 2 * BUCKET_SIZE + 1, count],
      ],
    );
    const last = buckets[2]!;
    assert.ok(typeof last !== 'string');
    assert.equal(last.children.length, 7);
    assert.equal(last.children, last.children, 'built once');
    assert.deepEqual(built, [[2 * BUCKET_SIZE, count]]);
  });
});

describe('the Topics tree, built lazily', () => {
  it('reads no statement until a topic’s children are read, then only that topic’s', () => {
    const reads = { count: 0 };
    const analysis = analysisOf(claims(texts(40), reads), [topic('一', 0, 200), topic('二', 200, 400)]);
    const roots = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' });
    assert.deepEqual(roots.map((root) => [root.title, root.hasChildren]), [['一', true], ['二', true]]);
    assert.equal(reads.count, 0);
    const group = roots[1]!.children[0] as GroupNode;
    assert.equal(group.count, 20);
    assert.equal(statements(group).length, 20);
    assert.equal(reads.count, 20);
  });

  it('keeps a statement’s id when a statement is added before it, and a topic’s when a topic is', () => {
    const ids = (analysis: Analysis): Map<string, string> => {
      const byText = new Map<string, string>();
      for (const root of buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' })) {
        byText.set(root.title!, root.id);
        for (const child of root.children) for (const statement of statements(child as GroupNode)) byText.set(statement.text, statement.id);
      }
      return byText;
    };
    const before = ids(analysisOf(claims(['甲。', '乙。', '丙。', '乙。']), [topic('一', 0, 100)]));
    const after = ids(analysisOf(claims(['新。', '甲。', '乙。', '丙。', '乙。']), [topic('零', 0, 1), topic('一', 1, 100)]));
    for (const [text, id] of before) assert.equal(after.get(text), id, text);
    assert.equal(new Set(after.values()).size, after.size);
  });

  it('splits a group of more than BUCKET_SIZE statements into buckets; an added statement changes only the buckets after it', () => {
    const count = BUCKET_SIZE * 2 + 10;
    const build = (list: readonly string[]): GroupNode =>
      buildTopicsTree(analysisOf(claims(list), [topic('一', 0, list.length * 10)]), [], { grouping: 'speaker', filter: '' })[0]!.children[0] as GroupNode;
    const before = build(texts(count));
    assert.equal(before.count, count);
    assert.deepEqual(before.children.map((child) => child.type), ['bucket', 'bucket', 'bucket']);
    assert.equal(statements(before).length, count);
    // One statement added in the last bucket: the first two buckets' children keep their ids.
    const list = texts(count);
    list.splice(count - 3, 0, 'added。');
    const after = build(list);
    const childIds = (group: GroupNode, k: number): string[] => {
      const bucket = group.children[k]!;
      return bucket.type === 'bucket' ? bucket.children.map((child) => child.id) : [];
    };
    assert.deepEqual(childIds(after, 0), childIds(before, 0));
    assert.deepEqual(childIds(after, 1), childIds(before, 1));
    assert.notDeepEqual(childIds(after, 2), childIds(before, 2));
  });

  it('opens topics expanded only in a tree of at most EXPANDED_TOPICS_LIMIT topics', () => {
    const expanded = (count: number): boolean =>
      buildTopicsTree(analysisOf(claims(texts(count)), Array.from({ length: count }, (_, i) => topic(`t${i}`, i * 10, i * 10 + 10))), [], { grouping: 'kind', filter: '' })[0]!
        .startsExpanded;
    assert.equal(expanded(EXPANDED_TOPICS_LIMIT), true);
    assert.equal(expanded(EXPANDED_TOPICS_LIMIT + 1), false);
  });

  it('with many topics, reads only an opened topic’s statements and finds those outside every topic', () => {
    const reads = { count: 0 };
    const count = EXPANDED_TOPICS_LIMIT + 5;
    // A statement per 10 characters; topics of 10 characters from offset 20 on, with a gap after the third.
    const topics = Array.from({ length: count }, (_, i) => topic(`t${i}`, 20 + i * 10 + (i >= 3 ? 10 : 0), 30 + i * 10 + (i >= 3 ? 10 : 0)));
    const analysis = analysisOf(claims(texts(count + 3), reads), topics);
    const roots = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' });
    assert.equal(roots.length, count + 1);
    assert.ok(roots.every((root) => !root.startsExpanded));
    const loose = roots[0]!;
    assert.equal(loose.title, null);
    assert.deepEqual(statements(loose.children[0] as GroupNode).map((statement) => statement.text), ['s0。', 's1。', 's5。']);
    reads.count = 0;
    assert.deepEqual(statements(roots[4]!.children[0] as GroupNode).map((statement) => statement.text), ['s6。']);
    assert.equal(reads.count, 1);
  });

  it('with many topics, places every claim of a generated transcript under the deepest topic holding its start, as a small tree does', () => {
    const text = generateTranscript(300_000);
    const analysis = analyze(text, {}, 'generated.txt');
    assert.ok(analysis.topics.length > EXPANDED_TOPICS_LIMIT);
    const roots = buildTopicsTree(analysis, [], { grouping: 'kind', filter: '', text });
    const placed = new Map<number, string | null>();
    const walk = (node: TopicNode): void => {
      for (const child of node.children) {
        if (child.type === 'topic') walk(child);
        else for (const statement of statements(child)) placed.set(statement.span.start, node.title);
      }
    };
    roots.forEach(walk);
    assert.equal(placed.size, analysis.claims.length);
    const titleAt = (offset: number): string | null => analysis.topics.find((t) => offset >= t.span.start && offset < t.span.end)?.title ?? null;
    for (const claim of analysis.claims) assert.equal(placed.get(claim.span.start), titleAt(claim.span.start), claim.text);
  });

  it('says whether a topic has children without building them, with and without a filter', () => {
    const analysis = analysisOf(claims(['甲。', '乙。']), [topic('空', 0, 0), topic('一', 0, 100)]);
    const roots: TopicNode[] = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '' });
    assert.deepEqual(roots.map((root) => [root.title, root.hasChildren, root.children.length > 0]), [['空', false, false], ['一', true, true]]);
    const filtered = buildTopicsTree(analysis, [], { grouping: 'speaker', filter: '乙' });
    assert.deepEqual(filtered.map((root) => root.title), ['一']);
    assert.deepEqual(statements(filtered[0]!.children[0] as GroupNode).map((statement) => statement.text), ['乙。']);
  });
});

describe('the Speakers tree, built lazily', () => {
  /** Turns of speaker A, 9 characters each (as `text` writes them); `reads` gets the index of each turn whose label span is read (for its preview). */
  function turns(count: number, reads = new Set<number>()): Turn[] {
    return Array.from({ length: count }, (_, i) => {
      const turn = { speaker: 'A', span: { start: i * 9, end: i * 9 + 9 }, source: 'label' } as Omit<Turn, 'labelSpan'>;
      return Object.defineProperty(turn, 'labelSpan', { get: () => (reads.add(i), { start: i * 9, end: i * 9 + 2 }), enumerable: true }) as Turn;
    });
  }
  const text = (count: number, first = 0): string => Array.from({ length: count }, (_, i) => `A:第${String(first + i).padStart(4, '0')}句。`).join('');

  it('counts turns without building previews, and builds a bucket’s previews when it is opened', () => {
    const reads = new Set<number>();
    const count = BUCKET_SIZE + 20;
    const [speaker] = buildSpeakersTree(analysisOf([], [], turns(count, reads)), text(count), {});
    assert.equal(speaker!.turnCount, count);
    assert.equal(reads.size, 0);
    assert.equal(speaker!.children.length, 2);
    assert.equal(reads.size, 0);
    const last = speaker!.children[1]!;
    assert.ok(last.type === 'bucket');
    assert.deepEqual([last.first, last.last], [BUCKET_SIZE + 1, count]);
    assert.equal(last.children[0]!.preview, `第${String(BUCKET_SIZE).padStart(4, '0')}句。`);
    assert.deepEqual([...reads].sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => BUCKET_SIZE + i));
  });

  it('keeps a turn’s id when a turn is added before it', () => {
    const ids = (count: number, first: number): Map<string, string> => {
      const [speaker] = buildSpeakersTree(analysisOf([], [], turns(count)), text(count, first), {});
      return new Map(speaker!.children.map((turn) => [(turn as TurnNode).preview, turn.id]));
    };
    const before = ids(5, 1);
    const after = ids(6, 0);
    for (const [preview, id] of before) assert.equal(after.get(preview), id, preview);
  });
});
