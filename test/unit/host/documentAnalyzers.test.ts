import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { runAnalysisJob, type AnalysisJobRequest } from '../../../src/core/analysis/job';
import type { Analysis } from '../../../src/core/analysis/model';
import { LineIndex } from '../../../src/core/text/positions';
import { analysisLayers, drawnWindows, speakerSlots, type AnalysisLayers, type DrawingSettings } from '../../../src/presentation/analysisLayers';
import { withConfidentClaims } from '../../../src/presentation/claimConfidence';
import type { LineWindow } from '../../../src/presentation/visibleWindow';
import { WorkerAnalysisRunner, InThreadAnalysisRunner, type RunMessage, type WorkerPort } from '../../../src/vscode/analysisRunner';
import { DocumentAnalyzers } from '../../../src/worker/documentAnalyzers';
import { unpackAnalysis } from '../../../src/core/analysis/packed';
import { isEditMessage, isEditReply, runOptionsKey, type EditMessage, type EditReply, type KeepRequest } from '../../../src/worker/editsProtocol';
import { serve, type Reply } from '../../../src/worker/serveAnalysis';
import { readFixture } from '../core/transcriptFixtures';

const TEXT = readFixture('panel.md');
const FILE = 'panel.md';
const DRAWING: DrawingSettings = { turnDecorations: true, claimDecorations: true, speakerColors: { 'Li Ming': '#ff0000' } };
const VISIBLE: LineWindow[] = [{ start: 0, end: 12 }];
const DOCUMENT = 'file:///panel.md';

function request(text: string): AnalysisJobRequest {
  return { text, fileName: FILE, labelPatterns: [], extraCues: {}, speakerAliases: {} };
}

function keepRequest(version: number, visible = VISIBLE, minimumClaimConfidence = 0): KeepRequest {
  return { document: DOCUMENT, version, eol: '\n', drawing: DRAWING, minimumClaimConfidence, visible };
}

/** The layers the host would draw from a full analysis of `text`. */
function expectedLayers(text: string, visible = VISIBLE, minimumClaimConfidence = 0): { lines: LineWindow[]; layers: AnalysisLayers } {
  const analysis = withConfidentClaims(analyze(text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE), minimumClaimConfidence);
  const index = new LineIndex(text);
  const lines = drawnWindows(visible, index.lineCount);
  return { lines, layers: analysisLayers(analysis, index, lines, DRAWING, speakerSlots(analysis)) };
}

function fullAnalysis(text: string): Analysis {
  const result = runAnalysisJob(request(text), { isCancelled: () => false }, () => 0);
  assert.equal(result.status, 'done');
  return result.analysis;
}

/** A DocumentAnalyzers whose deferred work runs only when `flush` is called (the messages waiting are read first). */
function harness(): { documents: DocumentAnalyzers; replies: EditReply[]; flush(): void } {
  const replies: EditReply[] = [];
  const waiting: (() => void)[] = [];
  // Through structured clone, as postMessage would.
  const documents = new DocumentAnalyzers((reply) => replies.push(structuredClone(reply)), (work) => waiting.push(work));
  return { documents, replies, flush: () => waiting.splice(0).forEach((work) => work()) };
}

function edit(previous: number, changes: EditMessage & { type: 'edit' } extends { changes: infer C } ? C : never, visible?: LineWindow[]): EditMessage {
  return { type: 'edit', document: DOCUMENT, previous, version: previous + 1, changes, ...(visible ? { visible } : {}) };
}

/** `text` with `insert` at `offset`, and the change that makes it. */
function insertAt(text: string, offset: number, insert: string): { text: string; change: { rangeOffset: number; rangeLength: number; text: string } } {
  return { text: text.slice(0, offset) + insert + text.slice(offset), change: { rangeOffset: offset, rangeLength: 0, text: insert } };
}

describe('the worker\'s analyzer per document (editsInWorker)', () => {
  it('answers a kept document\'s keystroke with the layers a full analysis of the new text draws', () => {
    const { documents, replies, flush } = harness();
    documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
    assert.deepEqual(replies, [{ type: 'kept', document: DOCUMENT, version: 1 }]);
    const typed = insertAt(TEXT, TEXT.indexOf('Improving') + 9, ' steadily');
    documents.receive(edit(1, [typed.change]));
    assert.equal(replies.length, 1, 'analysed on a later turn, not while the message is read');
    flush();
    const reply = replies.find((candidate) => candidate.type === 'layers');
    assert.ok(reply?.type === 'layers' && isEditReply(reply));
    assert.equal(reply.version, 2);
    assert.deepEqual({ lines: reply.lines, layers: reply.layers }, expectedLayers(typed.text));
    assert.ok(reply.layers.labels.has('#ff0000'), 'a pinned colour keys its speaker\'s layers');
  });

  it('rehearses keystrokes after a keep, sending nothing and leaving the analyzer as it was; not once an edit came first', () => {
    const rehearse = IncrementalAnalyzer.prototype.rehearse;
    const rehearsed: boolean[] = [];
    IncrementalAnalyzer.prototype.rehearse = function (this: IncrementalAnalyzer, ...args: Parameters<IncrementalAnalyzer['rehearse']>): boolean {
      const local = rehearse.apply(this, args);
      rehearsed.push(local);
      return local;
    };
    try {
      const { documents, replies, flush } = harness();
      documents.keep(keepRequest(1, [{ start: 0, end: 4 }]), request(TEXT), fullAnalysis(TEXT));
      flush();
      assert.deepEqual(replies.map((reply) => reply.type), ['kept'], 'the rehearsal answers nothing');
      assert.equal(rehearsed.filter((local) => local).length, 2, 'two local keystrokes rehearsed');
      const typed = insertAt(TEXT, TEXT.indexOf('Improving') + 9, ' steadily');
      documents.receive(edit(1, [typed.change]));
      flush();
      const reply = replies.find((candidate) => candidate.type === 'layers');
      assert.ok(reply?.type === 'layers');
      assert.equal(reply.version, 2);
      assert.deepEqual({ lines: reply.lines, layers: reply.layers }, expectedLayers(typed.text), 'the keystroke after it reads the kept text');

      rehearsed.length = 0;
      const second = harness();
      second.documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
      second.documents.receive(edit(1, [typed.change]));
      second.flush();
      assert.deepEqual(rehearsed, [], 'a keystroke that came first is not held up by one');
    } finally {
      IncrementalAnalyzer.prototype.rehearse = rehearse;
    }
  });

  it('analyses keystrokes that arrived together once, for the newest version, in the order sent', () => {
    const { documents, replies, flush } = harness();
    documents.keep(keepRequest(4), request(TEXT), fullAnalysis(TEXT));
    let text = TEXT;
    let version = 4;
    for (const insert of ['a', 'b', 'c']) {
      const typed = insertAt(text, text.indexOf('every month') + 5, insert);
      documents.receive(edit(version++, [typed.change]));
      text = typed.text;
    }
    flush();
    const layers = replies.filter((reply) => reply.type === 'layers');
    assert.equal(layers.length, 1);
    assert.equal(layers[0]!.version, 7);
    assert.deepEqual({ lines: layers[0]!.lines, layers: layers[0]!.layers }, expectedLayers(text));
  });

  it('falls back to its own full analysis for an edit that is not local (a new speaker label), equal to analyze()', () => {
    const { documents, replies, flush } = harness();
    documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
    const typed = insertAt(TEXT, TEXT.indexOf('Moderator: And talent?'), 'Zhang Wei: A question first.\n\n');
    documents.receive(edit(1, [typed.change]));
    flush();
    const reply = replies.find((candidate) => candidate.type === 'layers');
    assert.ok(reply?.type === 'layers');
    assert.deepEqual({ lines: reply.lines, layers: reply.layers }, expectedLayers(typed.text));
    const local = new IncrementalAnalyzer({ extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE);
    local.update(TEXT);
    assert.equal(local.updateLocally(typed.text, [typed.change]), undefined, 'the edit is not local');
  });

  it('drops a document whose edit does not follow its version, and answers later edits with lost', () => {
    const { documents, replies, flush } = harness();
    documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
    documents.receive(edit(2, [{ rangeOffset: 0, rangeLength: 0, text: 'x' }]));
    flush();
    assert.deepEqual(replies.at(-1), { type: 'lost', document: DOCUMENT, reason: 'version 2 after 1' });
    assert.deepEqual(documents.documents, []);
    documents.receive(edit(3, [{ rangeOffset: 0, rangeLength: 0, text: 'x' }]));
    assert.deepEqual(replies.at(-1), { type: 'lost', document: DOCUMENT, reason: 'not followed' });
    assert.equal(replies.filter((reply) => reply.type === 'layers').length, 0);
  });

  it('drops a document whose changes do not fit its text', () => {
    const { documents, replies } = harness();
    documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
    documents.receive(edit(1, [{ rangeOffset: TEXT.length + 5, rangeLength: 0, text: 'x' }]));
    assert.equal(replies.at(-1)?.type, 'lost');
  });

  it('draws the window it is sent, and a close forgets the document before its pending answer', () => {
    const { documents, replies, flush } = harness();
    const lines = TEXT.split('\n').length;
    documents.keep(keepRequest(1), request(TEXT), fullAnalysis(TEXT));
    const lower: LineWindow[] = [{ start: lines - 3, end: lines - 1 }];
    documents.receive({ type: 'window', document: DOCUMENT, visible: lower });
    flush();
    const reply = replies.at(-1);
    assert.ok(reply?.type === 'layers');
    assert.deepEqual({ lines: reply.lines, layers: reply.layers }, expectedLayers(TEXT, lower));
    documents.receive(edit(1, [{ rangeOffset: 0, rangeLength: 0, text: 'x' }]));
    documents.receive({ type: 'close', document: DOCUMENT });
    flush();
    assert.equal(replies.length, 2, 'no answer after the close');
    assert.deepEqual(documents.documents, []);
  });

  it('hides claims under the threshold as the host does', () => {
    const { documents, replies, flush } = harness();
    documents.keep(keepRequest(1, VISIBLE, 0.99), request(TEXT), fullAnalysis(TEXT));
    documents.receive({ type: 'window', document: DOCUMENT, visible: VISIBLE });
    flush();
    const reply = replies.at(-1);
    assert.ok(reply?.type === 'layers');
    assert.deepEqual(reply.layers, expectedLayers(TEXT, VISIBLE, 0.99).layers);
    assert.notDeepEqual(reply.layers.suggested, expectedLayers(TEXT).layers.suggested, 'the fixture has claims under 0.99');
  });
});

/** Our own words: a short interview whose speech keystrokes are local, and where a new speaker's line is not. */
const HARVEST = [
  'Interviewer: Thank you for joining us today. How did the harvest go this year?',
  '',
  'Farmer Chen: It was better than we feared. We brought in about twelve tonnes of rice, more than last year.',
  '',
  'Interviewer: What do you expect for next season?',
  '',
  'Farmer Chen: I think prices will rise next spring, because the river has been low all summer.',
  '',
  'Interviewer: Will the new canal help?',
  '',
  'Farmer Chen: The county says it will be finished by June. We will see whether it carries enough water.',
  '',
].join('\n');

describe('the worker\'s full analysis of an edit that is not local (editsInWorker)', () => {
  /** DocumentAnalyzers following HARVEST at version 1, its replies with what they transfer, its deferred work run by `flush`. */
  /** `flush`: runs the deferred work until none is left; `turn`: runs what waits now (one turn of the worker's loop). */
  function following(now?: () => number, labelPatterns: string[] = []): { documents: DocumentAnalyzers; sent: { reply: EditReply; transfer: ArrayBuffer[] }[]; flush(): void; turn(): void } {
    const sent: { reply: EditReply; transfer: ArrayBuffer[] }[] = [];
    const waiting: (() => void)[] = [];
    const documents = new DocumentAnalyzers((reply, transfer = []) => sent.push({ reply: structuredClone(reply), transfer }), (work) => waiting.push(work), now);
    const run = { ...request(HARVEST), labelPatterns, patternBudgetMs: 50 };
    documents.keep(keepRequest(1), run, fullAnalysis(HARVEST));
    const turn = (): void => waiting.splice(0).forEach((work) => work());
    return { documents, sent, turn, flush: () => {
      while (waiting.length > 0) turn();
    } };
  }
  const types = (sent: { reply: EditReply }[]): string[] => sent.map(({ reply }) => reply.type);

  it('announces it, draws it, and sends it packed for the host, equal to analyze(); the next keystroke is local again', () => {
    const { documents, sent, flush } = following();
    const labelled = insertAt(HARVEST, HARVEST.indexOf('Interviewer: Will'), 'Inspector Wu: The canal opens in May.\n\n');
    documents.receive(edit(1, [labelled.change]));
    flush();
    assert.deepEqual(types(sent), ['kept', 'analysing', 'layers', 'analysed'], 'announced before the analysis, drawn before it is sent');
    assert.deepEqual(sent[1]!.reply, { type: 'analysing', document: DOCUMENT, version: 2 });
    const layers = sent[2]!.reply;
    assert.ok(layers.type === 'layers');
    assert.deepEqual({ lines: layers.lines, layers: layers.layers }, expectedLayers(labelled.text));
    const { reply: analysed, transfer } = sent[3]!;
    assert.ok(analysed.type === 'analysed' && isEditReply(analysed));
    assert.equal(analysed.version, 2);
    assert.equal(analysed.options, runOptionsKey(request(HARVEST)), 'the options the host compares with its own');
    assert.ok(transfer.length > 0, 'its buffers transferred, not copied');
    const expected = analyze(labelled.text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE);
    assert.ok(expected.speakers.some((speaker) => speaker.name === 'Inspector Wu'), 'the new label is read');
    assert.deepStrictEqual(unpackAnalysis(analysed.packed), expected);

    // Typing on after it: local (no second announcement) and equal to a fresh analysis.
    const typed = insertAt(labelled.text, labelled.text.indexOf('twelve tonnes') + 6, ' whole');
    documents.receive(edit(2, [typed.change]));
    flush();
    assert.deepEqual(types(sent.slice(4)), ['layers'], 'the keystroke after the full analysis is local');
    const next = sent[4]!.reply;
    assert.ok(next.type === 'layers');
    assert.deepEqual({ lines: next.lines, layers: next.layers }, expectedLayers(typed.text));
  });

  it('answers a keystroke it can keep local with the layers only', () => {
    const { documents, sent, flush } = following();
    const typed = insertAt(HARVEST, HARVEST.indexOf('twelve tonnes') + 6, ' whole');
    documents.receive(edit(1, [typed.change]));
    flush();
    assert.deepEqual(types(sent), ['kept', 'layers']);
  });

  it('drops the document when the full analysis ran over the speaker-label patterns\' budget (no reading the host would make)', () => {
    let clock = 0;
    // Every reading of the clock a second later: the user's pattern is over its budget on the first line.
    const { documents, sent, flush } = following(() => (clock += 1000), ['^Inspector (\\w+):']);
    const labelled = insertAt(HARVEST, HARVEST.indexOf('Interviewer: Will'), 'Inspector Wu: The canal opens in May.\n\n');
    documents.receive(edit(1, [labelled.change]));
    flush();
    assert.deepEqual(types(sent), ['kept', 'analysing', 'lost']);
    assert.deepEqual(documents.documents, []);
  });

  it('sends its analyzer\'s analysis of the newest version when the host asks (share), equal to analyze(), with no full analysis', () => {
    const { documents, sent, flush } = following();
    // Keystrokes in two lines and a line break in speech, each local here; the host's catch-up takes them together.
    let text = HARVEST;
    let version = 1;
    for (const [after, insert] of [['twelve tonnes', ' whole'], ['better than', ' all'], ['more than', '\n']] as const) {
      const typed = insertAt(text, text.indexOf(after) + after.length, insert);
      documents.receive(edit(version++, [typed.change]));
      flush();
      text = typed.text;
    }
    assert.deepEqual(types(sent), ['kept', 'layers', 'layers', 'layers'], 'every edit local');
    const share: EditMessage = { type: 'share', document: DOCUMENT };
    assert.ok(isEditMessage(share));
    documents.receive(share);
    flush();
    assert.deepEqual(types(sent.slice(4)), ['analysed'], 'no layers again, no full analysis announced');
    const { reply: shared, transfer } = sent[4]!;
    assert.ok(shared.type === 'analysed' && isEditReply(shared));
    assert.equal(shared.version, 4);
    assert.equal(shared.options, runOptionsKey(request(HARVEST)));
    assert.ok(transfer.length > 0, 'its buffers transferred, not copied');
    const expected = analyze(text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE);
    assert.deepStrictEqual(unpackAnalysis(shared.packed), expected);
    assert.ok(shared.packed.frames && shared.packed.labelState && shared.packed.lineStarts, 'what the host\'s first edit reads comes with it, as with a run\'s');

    // Adopted as the host adopts it: its next keystroke is local there and equal to a fresh analysis.
    const host = new IncrementalAnalyzer({ extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE);
    host.adopt(text, unpackAnalysis(shared.packed));
    const typed = insertAt(text, text.indexOf('last year') + 4, ' dry');
    const local = host.updateLocally(typed.text, [typed.change]);
    assert.ok(local, 'local after adopting the shared analysis');
    assert.deepStrictEqual(withConfidentClaims(local, 0), withConfidentClaims(analyze(typed.text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE), 0));
  });

  it('shares with the edit that came with the request: the layers first, then the analysis of that version', () => {
    const { documents, sent, flush } = following();
    const typed = insertAt(HARVEST, HARVEST.indexOf('twelve tonnes') + 6, ' whole');
    documents.receive(edit(1, [typed.change]));
    documents.receive({ type: 'share', document: DOCUMENT });
    flush();
    assert.deepEqual(types(sent), ['kept', 'layers', 'analysed']);
    const shared = sent[2]!.reply;
    assert.ok(shared.type === 'analysed');
    assert.equal(shared.version, 2);
    assert.deepStrictEqual(unpackAnalysis(shared.packed), analyze(typed.text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE));
  });

  it('shares one part a turn: a scroll and a keystroke that come meanwhile are answered before it ends, and it stays of the version asked', () => {
    const { documents, sent, flush, turn } = following();
    const typed = insertAt(HARVEST, HARVEST.indexOf('twelve tonnes') + 6, ' whole');
    documents.receive(edit(1, [typed.change]));
    flush();
    documents.receive({ type: 'share', document: DOCUMENT });
    turn();
    assert.deepEqual(types(sent), ['kept', 'layers'], 'not sent in the turn that began it');
    documents.receive({ type: 'window', document: DOCUMENT, visible: [{ start: 4, end: 9 }] });
    const later = insertAt(typed.text, typed.text.indexOf('better than') + 11, ' all');
    documents.receive(edit(2, [later.change]));
    turn();
    assert.deepEqual(types(sent), ['kept', 'layers', 'layers'], 'the scroll and the keystroke answered together, ahead of the share');
    const drawn = sent[2]!.reply;
    assert.ok(drawn.type === 'layers');
    assert.equal(drawn.version, 3);
    flush();
    assert.deepEqual(types(sent), ['kept', 'layers', 'layers', 'analysed']);
    const shared = sent[3]!.reply;
    assert.ok(shared.type === 'analysed');
    assert.equal(shared.version, 2, 'the version the host asked for, which it can place');
    assert.deepStrictEqual(unpackAnalysis(shared.packed), analyze(typed.text, { extraLabelPatterns: [], extraCues: {}, speakerAliases: {} }, FILE));
    assert.ok(shared.packed.frames && shared.packed.labelState && shared.packed.lineStarts, 'with every part a run sends');
  });

  it('drops a share under way when an edit that is not local sends the host a full analysis instead', () => {
    const { documents, sent, flush, turn } = following();
    documents.receive({ type: 'share', document: DOCUMENT });
    turn();
    const labelled = insertAt(HARVEST, HARVEST.indexOf('Interviewer: Will'), 'Inspector Wu: The canal opens in May.\n\n');
    documents.receive(edit(1, [labelled.change]));
    flush();
    assert.deepEqual(types(sent), ['kept', 'analysing', 'layers', 'analysed']);
    const analysed = sent[3]!.reply;
    assert.ok(analysed.type === 'analysed');
    assert.equal(analysed.version, 2);
  });

  it('answers a share for a document it does not follow with lost (the host waits for it otherwise)', () => {
    const { documents, sent } = following();
    documents.receive({ type: 'share', document: 'file:///other.md' });
    assert.deepEqual(sent.slice(1).map(({ reply }) => reply), [{ type: 'lost', document: 'file:///other.md', reason: 'not followed' }]);
  });

  it('checks the new replies\' shape', () => {
    assert.ok(isEditReply({ type: 'analysing', document: DOCUMENT, version: 3 }));
    assert.ok(!isEditReply({ type: 'analysing', document: DOCUMENT, version: '3' }));
    assert.ok(!isEditReply({ type: 'analysed', document: DOCUMENT, version: 3, packed: {} }), 'without the options key');
    assert.ok(!isEditReply({ type: 'analysed', document: DOCUMENT, version: 3, options: '[]', packed: null }));
  });
});

describe('serve: a run with keep, then edits (editsInWorker)', () => {
  it('answers the run, keeps its analyzer, and answers the next edit; without keep nothing is followed', () => {
    const sent: Reply[] = [];
    const waiting: (() => void)[] = [];
    const documents = new DocumentAnalyzers((reply) => sent.push({ reply, transfer: [] }), (work) => waiting.push(work));
    const send = (reply: Reply): number => sent.push(reply);
    serve({ type: 'run', id: 1, request: request(TEXT) } satisfies RunMessage, () => 0, send, documents);
    assert.deepEqual(documents.documents, []);
    serve({ type: 'run', id: 2, request: request(TEXT), keep: keepRequest(3) } satisfies RunMessage, () => 0, send, documents);
    assert.deepEqual(sent.slice(1).map(({ reply }) => reply.type), ['done', 'kept'], 'the result goes first');
    const typed = insertAt(TEXT, TEXT.indexOf('every month'), 'nearly ');
    serve(edit(3, [typed.change]), () => 0, send, documents);
    waiting.splice(0).forEach((work) => work());
    const reply = sent.find(({ reply }) => reply.type === 'layers')?.reply;
    assert.ok(reply?.type === 'layers');
    assert.deepEqual({ lines: reply.lines, layers: reply.layers }, expectedLayers(typed.text));
  });
});

describe('WorkerAnalysisRunner: edit messages (editsInWorker)', () => {
  class EchoPort implements WorkerPort {
    readonly posted: unknown[] = [];
    private onReply: (reply: unknown) => void = () => undefined;
    post(message: unknown): void {
      this.posted.push(message);
    }
    listen(onReply: (reply: unknown) => void): void {
      this.onReply = onReply;
    }
    terminate(): void {}
    reply(reply: unknown): void {
      this.onReply(reply);
    }
  }

  it('posts edits only to a started worker, after its runs, and hands well-formed edit replies to the listener', async () => {
    const port = new EchoPort();
    const runner = new WorkerAnalysisRunner(() => port, new InThreadAnalysisRunner(), () => undefined);
    const close: EditMessage = { type: 'close', document: DOCUMENT };
    assert.equal(runner.postEdit(close), false, 'no worker started yet');
    const replies: EditReply[] = [];
    runner.listenEdits((reply) => replies.push(reply));
    void runner.run(DOCUMENT, request(TEXT), undefined, keepRequest(1));
    assert.equal(runner.postEdit(close), true);
    assert.deepEqual(port.posted.map((message) => (message as { type: string }).type), ['run', 'close']);
    assert.deepEqual((port.posted[0] as RunMessage).keep, keepRequest(1));
    port.reply({ type: 'kept', document: DOCUMENT, version: 1 });
    port.reply({ type: 'layers', document: DOCUMENT, version: 2, lines: [], layers: { labels: new Map([[0, [1.5]]]), bodies: new Map(), suggested: { fact: [], forecast: [], opinion: [] }, stage: [] } });
    assert.deepEqual(replies, [{ type: 'kept', document: DOCUMENT, version: 1 }], 'a malformed layers reply is dropped');
    runner.dispose();
  });
});
