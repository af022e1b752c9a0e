import assert from 'node:assert/strict';
import { checkQueueFile } from '../../../../src/core/queue/anchors';
import { countQueue, filterQueue, groupQueue, parseQueueFilter, queueItems, type QueueFile } from '../../../../src/core/queue/queue';
import { emptySidecar, type Annotation } from '../../../../src/core/sidecar/model';
import { annotationsOn } from '../../../support/sidecarFixtures';

const talk = '陳立文：我們去年營收達到420億元，比前年增長了18%。\n王小明：明年會更好。我覺得市場很樂觀。\n';
const panel = 'Q: What did revenue do?\nMS. JONES: Revenue fell 12 percent last year. It will recover next year.\n';

function file(transcript: string, text: string, tags: Parameters<typeof annotationsOn>[1], idPrefix: string): QueueFile {
  return { transcript: `file:///desk/${transcript}`, label: transcript, document: { ...emptySidecar(), annotations: annotationsOn(text, tags, idPrefix) } };
}

const files: QueueFile[] = [
  file('zh/talk.txt', talk, [
    { quote: '我們去年營收達到420億元', kind: 'fact', speaker: '陳立文', author: 'lin', note: '年報 p. 3' },
    { quote: '明年會更好', kind: 'forecast', speaker: '王小明', author: 'ann' },
    { quote: '我覺得市場很樂觀', kind: 'opinion', speaker: '王小明', author: 'lin' },
  ], '00000000-0000-4000-8000-a'),
  file('en/panel.txt', panel, [
    { quote: 'Revenue fell 12 percent last year', kind: 'fact', speaker: 'MS. JONES', author: 'ann' },
    { quote: 'It will recover next year', kind: 'forecast', speaker: 'MS. JONES', author: 'ann' },
  ], '00000000-0000-4000-8000-b'),
];

/** A tag at a workflow step, maybe with a verdict. */
function withStatus(annotation: Annotation, value: string, verdict?: string): Annotation {
  return { ...annotation, status: { value, by: 'ann', at: '2026-11-20T08:00:00.000Z' }, ...(verdict ? { verdict: { label: verdict, rating: { value: 2, best: 5 } } } : {}) };
}

describe('the desk queue', () => {
  it('lists every tag of every file, where it was stored while the transcript is unchecked', () => {
    const items = queueItems(files);
    assert.equal(items.length, 5);
    const revenue = items.find((i) => i.exact === 'Revenue fell 12 percent last year')!;
    assert.equal(revenue.transcript, 'file:///desk/en/panel.txt');
    assert.equal(revenue.start, panel.indexOf('Revenue fell'));
    assert.equal(revenue.anchor, undefined);
    assert.equal(revenue.status, 'To check');
  });

  it('leaves out tags at the last workflow step unless their text moved or is gone', () => {
    const [first, second, third] = files[0]!.document.annotations;
    const document = { ...emptySidecar(), annotations: [withStatus(first!, 'Published'), withStatus(second!, 'Published'), withStatus(third!, 'Checking')] };
    const anchors = new Map([
      [first!.id, { status: 'anchored' as const, start: 5, end: 18 }],
      [second!.id, { status: 'orphaned' as const, start: null, end: null }],
    ]);
    const items = queueItems([{ transcript: 'file:///t', label: 't', document, anchors }]);
    assert.deepEqual(items.map((i) => [i.exact, i.status, i.anchor]), [
      ['明年會更好', 'Published', 'orphaned'],
      ['我覺得市場很樂觀', 'Checking', undefined],
    ]);
  });

  it('takes the last step from the configured workflow', () => {
    const annotation = withStatus(files[0]!.document.annotations[0]!, 'verified');
    const document = { ...emptySidecar(), annotations: [annotation] };
    assert.equal(queueItems([{ transcript: 'file:///t', label: 't', document }], { workflow: ['open', 'verified'] }).length, 0);
    assert.equal(queueItems([{ transcript: 'file:///t', label: 't', document }], { workflow: ['open', 'verified', 'Published'] }).length, 1);
  });

  it('groups by kind in kind order and by author alphabetically, items file by file in text order', () => {
    const items = queueItems(files);
    const byKind = groupQueue(items, 'kind');
    assert.deepEqual(byKind.map((g) => [g.key, g.items.length]), [['fact', 2], ['forecast', 2], ['opinion', 1]]);
    assert.deepEqual(byKind[0]!.items.map((i) => i.fileLabel), ['en/panel.txt', 'zh/talk.txt']);
    assert.deepEqual(groupQueue(items, 'author').map((g) => g.key), ['ann', 'lin']);
    assert.deepEqual(groupQueue(items, 'file').map((g) => [g.key, g.items.map((i) => i.start)]), [
      ['en/panel.txt', [panel.indexOf('Revenue'), panel.indexOf('It will')]],
      ['zh/talk.txt', [talk.indexOf('我們'), talk.indexOf('明年'), talk.indexOf('我覺得')]],
    ]);
  });

  it('groups by workflow step in workflow order, and by verdict label with tags without a verdict last', () => {
    const [a, b, c] = files[0]!.document.annotations;
    const document = { ...emptySidecar(), annotations: [withStatus(a!, 'Checked', 'Mostly true'), withStatus(b!, 'Checking', 'False'), { ...c!, note: 'verdict: False' }, withStatus(c!, 'Re-check')] };
    const items = queueItems([{ transcript: 'file:///t', label: 't', document }]);
    assert.deepEqual(groupQueue(items, 'status').map((g) => [g.key, g.items.length]), [['To check', 1], ['Checking', 1], ['Checked', 1], ['Re-check', 1]], 'a step the workflow does not know comes after its steps');
    assert.deepEqual(groupQueue(items, 'verdict').map((g) => [g.key, g.items.length]), [['False', 2], ['Mostly true', 1], [undefined, 1]], 'the older verdict: line of a note counts');
  });

  it('puts speakerless tags in a group of their own, last', () => {
    const document = { ...emptySidecar(), annotations: annotationsOn(talk, [{ quote: '明年會更好', kind: 'forecast' }, { quote: '我們去年', kind: 'fact', speaker: '陳立文' }]) };
    assert.deepEqual(groupQueue(queueItems([{ transcript: 'file:///t', label: 't', document }]), 'speaker').map((g) => g.key), ['陳立文', undefined]);
  });

  it('filters on words in the quote, note, speaker and file, in either Chinese script and any case', () => {
    const items = queueItems(files);
    const quotes = (filter: string): string[] => filterQueue(items, parseQueueFilter(filter)).map((i) => i.exact);
    assert.deepEqual(quotes('营收'), ['我們去年營收達到420億元']);
    assert.deepEqual(quotes('年报'), ['我們去年營收達到420億元']);
    assert.deepEqual(quotes('revenue'), ['Revenue fell 12 percent last year']);
    assert.deepEqual(quotes('en/'), ['Revenue fell 12 percent last year', 'It will recover next year']);
    assert.deepEqual(quotes('王小明 樂觀'), ['我覺得市場很樂觀']);
    assert.deepEqual(quotes('"next year"'), ['It will recover next year']);
    assert.deepEqual(quotes('nothing-like-this'), []);
    assert.equal(quotes('').length, 5);
  });

  it('filters on fields, several values of one field being alternatives', () => {
    const items = queueItems(files);
    const quotes = (filter: string): string[] => filterQueue(items, parseQueueFilter(filter)).map((i) => i.exact);
    assert.deepEqual(quotes('kind:opinion'), ['我覺得市場很樂觀']);
    assert.deepEqual(quotes('kind:fact author:lin'), ['我們去年營收達到420億元']);
    assert.equal(quotes('kind:fact kind:opinion').length, 3);
    assert.deepEqual(quotes('speaker:jones kind:forecast'), ['It will recover next year']);
    assert.equal(quotes('status:to').length, 5);
    assert.equal(quotes('status:publish').length, 0);
    assert.deepEqual(quotes('kind:'), [], 'an empty condition is an ordinary word that nothing contains');
  });

  it('counts items, files and the tags whose text moved or is gone', () => {
    const [a, b] = files[1]!.document.annotations;
    const anchors = new Map([
      [a!.id, { status: 'fuzzy' as const, start: 1, end: 2 }],
      [b!.id, { status: 'orphaned' as const, start: null, end: null }],
    ]);
    const items = queueItems([files[0]!, { ...files[1]!, anchors }]);
    assert.deepEqual(countQueue(items), { items: 5, files: 2, fuzzy: 1, orphaned: 1 });
  });
});

describe('checking a closed transcript for the queue', () => {
  it('finds tags again in the changed text and reports the moved and the lost ones', () => {
    const annotations = files[0]!.document.annotations;
    const changed = `新的開場白。\n${talk.replace('我覺得市場很樂觀。', '').replace('420億元', '421億元')}`;
    const checked = checkQueueFile(changed, annotations);
    assert.deepEqual(checked.anchors.get(annotations[1]!.id), { status: 'anchored', start: changed.indexOf('明年會更好'), end: changed.indexOf('明年會更好') + 5 });
    assert.deepEqual(checked.problems.map((p) => [p.annotation.target.exact, p.status, p.start]), [
      ['我們去年營收達到420億元', 'fuzzy', changed.indexOf('我們去年營收')],
      ['我覺得市場很樂觀', 'orphaned', null],
    ]);
  });

  it('reports nothing when the text is unchanged', () => {
    const checked = checkQueueFile(talk, files[0]!.document.annotations);
    assert.deepEqual(checked.problems, []);
    assert.equal(checked.anchors.size, 3);
  });
});
