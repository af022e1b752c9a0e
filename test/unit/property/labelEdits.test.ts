import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer, MAX_TALLY_COUNTED_LOCALLY, type TextChange } from '../../../src/core/analysis/incremental';
import { runAnalysisJob } from '../../../src/core/analysis/job';
import type { Analysis, AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { packAnalysis, unpackAnalysis } from '../../../src/core/analysis/packed';
import { labelTallyOf, unresolvedHandOvers } from '../../../src/core/analysis/labelEdits';
import { LineIndex } from '../../../src/core/text/positions';
import type { LabelSchemeTally } from '../../../src/core/turns/scheme';
import { isTitleShapedLine } from '../../../src/core/topics/lineScan';
import { applyChange, changeFor, editArbitrary, emptyLineChange, fillBlankChange } from './arbitraries';
import { FEEDS, type Feed } from './chunkedFeed';
import { searchGoesOn, searchRuns } from '../searchBudget';

const SEEDS = [20261203, 7, 424242];
/** Runs of the label-tally search across line edits, in a thorough run (a quick one stops once a blank line was filled locally). */
const TALLY_RUNS = 300;
/** Every seed with strings, the first also with chunked texts (as the extension host feeds the analyzer). */
const SEED_FEEDS: readonly (readonly [number, Feed])[] = [...SEEDS.map((seed) => [seed, FEEDS[0]!] as const), [SEEDS[0]!, FEEDS[1]!]];

/** Few names, so most repeat (a name labelling only two lines drops out of the scheme's repeated names when one is renamed). */
const NAMES = ['李明', '王芳', '主持人', 'Tom Baker', 'Dr. Amy Chen'];
const SPEECH = ['我認為這種擔心是多餘的。', '我們的客戶非常優秀。', 'We expect revenue to grow 12 percent next year.', 'I think curiosity is the most important skill.'];
/** Lines that read names: narration about a speaker, follow-ups, Q/A, hand-overs (named, pronoun, unresolved), a role label, a list under a label. */
const NAME_READERS = [
  '王芳表示，這是第一步。', '李明指出，明年會更好。', 'Tom Baker said the plan works.', '追问：那明年呢？', 'Follow-up: And then?', 'Q.  What then?', 'A.  Nothing.',
  '針對這個問題，王芳回答道:', '他說：', '有人看着王芬也有些發慌,趕緊說:', '有人看着李明也有些發慌,趕緊說:', '王芳 (CEO)：好的。', '受訪者登記：', '1. kiang', '「我們會繼續。」',
];
const labelLine = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('：', ':  ', ': '), fc.array(fc.constantFrom(...SPEECH), { maxLength: 2 }))
  .map(([name, colon, speech]) => (/[a-z]/i.test(name) && colon === '：' ? `${name}: ` : name + colon) + speech.join(''));
/** Label lines, speech, blank lines and the lines above, with `\n`, `\r\n` or `\r`. */
const labelledTranscript = fc
  .tuple(
    fc.array(fc.oneof({ weight: 10, arbitrary: labelLine }, { weight: 4, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 2, arbitrary: fc.constant('') }, { weight: 2, arbitrary: fc.constantFrom(...NAME_READERS) }), { minLength: 6, maxLength: 40 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, br]) => ({ text: lines.join(br), br }));

/** What replaces a label's name after its first character: the same name, a new one, a shorter one, one that reads differently (Q, 追问). */
const RENAMES = ['芳', '芬', '明', '', '立文', '持人', 'om Baker', 'om Baler', 'S. JONES', 'r. Amy Chan', '问'];
const renameEdit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), rest: fc.constantFrom(...RENAMES), whole: fc.constantFrom('', '', '', '', '', 'Q', '追问', '王', '+', '+', '-') });

/** What a worker sends for `text`: the job's analysis packed with what adoption reads, through structured clone. */
function fromWorker(text: string, options: AnalysisOptions): Analysis {
  const request = { text, fileName: 'doc.txt', ...(options.format ? { format: options.format } : {}), ...(options.speakerAliases ? { speakerAliases: options.speakerAliases } : {}) };
  const result = runAnalysisJob(request, { isCancelled: () => false }, () => 0);
  assert.ok(result.status === 'done' && result.lines && result.labelState);
  return unpackAnalysis(structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState)));
}

/** A rename of the label on the first line at or after `at` that has one: the name after its first character replaced (or the whole name). */
function renameChange(text: string, br: string, edit: { at: number; rest: string; whole: string }): TextChange | undefined {
  const lines = text.split(br);
  let offset = 0;
  const from = Math.floor(edit.at * lines.length);
  const starts = lines.map((line) => ((offset += line.length + br.length), offset - line.length - br.length));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[(from + i) % lines.length]!;
    const match = /^([^：:\s][^：:]{0,14}?)\s*[：:]/.exec(line);
    if (!match) continue;
    const start = starts[(from + i) % lines.length]!;
    const name = match[1]!;
    // `+`: a character typed at the end of the line (speech after a label alone); `-`: the speech after the label removed.
    if (edit.whole === '+') return { rangeOffset: start + line.length, rangeLength: 0, text: edit.rest.slice(0, 1) || '好' };
    if (edit.whole === '-') return { rangeOffset: start + match[0].length, rangeLength: line.length - match[0].length, text: '' };
    return edit.whole ? { rangeOffset: start, rangeLength: name.length, text: edit.whole } : { rangeOffset: start + 1, rangeLength: name.length - 1, text: edit.rest };
  }
  return undefined;
}

describe('IncrementalAnalyzer: label renames', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  it('re-analyses speech typed after a label alone, and removed again, locally', () => {
    for (const br of ['\n', '\r\n']) {
      const text = ['主持人：歡迎。', '李明：好。', '王芳：好。', '李明：', '我認為是。', '王芳：是的。', '李明：對。', '王芳：好。', '主持人：謝謝。'].join(br);
      const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 2);
      analyzer.update(text);
      const at = text.indexOf('李明：' + br) + 3;
      let next = text;
      for (const [i, ch] of [...'好的'].entries()) {
        const change = { rangeOffset: at + i, rangeLength: 0, text: ch };
        next = applyChange(next, change);
        const result = analyzer.update(next, [change]);
        assert.equal(analyzer.lastMode, 'line');
        assert.deepStrictEqual(result, analyze(next, {}, 'doc.txt'));
      }
      const removed = { rangeOffset: at, rangeLength: 2, text: '' };
      const result = analyzer.update(applyChange(next, removed), [removed]);
      assert.equal(analyzer.lastMode, 'line');
      assert.deepStrictEqual(result, analyze(text, {}, 'doc.txt'));
      assert.equal(result.turns.find((t) => t.span.start === at - 3)?.source, 'block');
    }
  });

  for (const [seed, feed] of SEED_FEEDS) {
    it(`equals a full analyze() after label renames mixed with typing, Enter and Backspace (seed ${seed}, ${feed.name})`, () => {
      let local = 0;
      let renames = 0;
      fc.assert(
        fc.property(
          labelledTranscript,
          fc.array(fc.oneof({ weight: 3, arbitrary: renameEdit.map((rename) => ({ rename })) }, { weight: 1, arbitrary: editArbitrary.map((typed) => ({ typed })) }, { weight: 1, arbitrary: fc.constantFrom('enter', 'join').map((lineBreak) => ({ lineBreak })) }), { minLength: 1, maxLength: 8 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          fc.boolean(),
          fc.boolean(),
          ({ text: initial, br }, edits, format, blockSize, aliased, readEvery, adopted) => {
            const options: AnalysisOptions = { ...(format ? { format } : {}), ...(aliased ? { speakerAliases: { 王芬: '王芳', 'Tom Baler': 'Tom Baker' } } : {}) };
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            let lastResult: ReturnType<IncrementalAnalyzer['update']> | undefined;
            // Analysed here, or in a worker whose label state comes with its result.
            if (adopted) analyzer.adopt(text, fromWorker(text, options));
            else analyzer.update(text);
            for (const edit of edits) {
              let change: TextChange | undefined;
              if ('rename' in edit) change = renameChange(text, br, edit.rename);
              else if ('typed' in edit) change = changeFor(text, edit.typed);
              else {
                const at = text.indexOf(br, Math.floor(text.length / 2));
                change = at < 0 ? undefined : edit.lineBreak === 'enter' ? { rangeOffset: at, rangeLength: 0, text: br } : { rangeOffset: at, rangeLength: br.length, text: '' };
              }
              if (!change) continue;
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              if ('rename' in edit) {
                renames++;
                if (analyzer.lastMode === 'line') local++;
              }
              if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
              else lastResult = result;
            }
            if (lastResult) assert.deepStrictEqual(lastResult, analyze(text, options, 'doc.txt'));
          },
        ),
        { seed, numRuns: searchRuns(300) },
      );
      // Renames must exercise the local path, not only the fallback.
      assert.ok(local > renames / 8, `only ${local} of ${renames} renames were re-analysed locally`);
    });
  }

  /** The analyzer's mode, and analyze() before and after, when the name's second character at `at` becomes `to` (checked against analyze()). */
  function renamed(text: string, at: number, to: string, options: AnalysisOptions = {}): { mode: string; before: ReturnType<typeof analyze>; after: ReturnType<typeof analyze> } {
    const analyzer = new IncrementalAnalyzer(options, 'doc.txt', 2);
    const before = analyzer.update(text);
    const change = { rangeOffset: at + 1, rangeLength: 1, text: to };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    const after = analyze(next, options, 'doc.txt');
    assert.deepStrictEqual(result, after);
    return { mode: analyzer.lastMode, before, after };
  }

  const interview = (extra: string, br = '\n'): string => [
    '主持人：歡迎各位。', '李明：我認為這種擔心是多餘的。', '王芳：我們的客戶非常優秀。', '主持人：明年呢？', '李明：明年很可能會再擴建兩座工廠。', '王芳：是的。', extra, '王芳：據公司年報，我們去年營收達到420億元。', '主持人：謝謝。',
  ].join(br);

  it('falls back on the document\'s first label line, which may read as a headline (`Agency: headline`) after the edit', () => {
    const text = '李明：我認為這種擔心是多餘的。\n\n王芳表示，這是第一步。\n李明：\n李明：\n\n李明：\n王芳表示，這是第一步。';
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 1);
    const before = analyzer.update(text);
    const change = { rangeOffset: text.indexOf('\n'), rangeLength: 0, text: '芳' };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    const after = analyze(next, {}, 'doc.txt');
    assert.deepStrictEqual(result, after);
    assert.equal(analyzer.lastMode, 'full');
    // Typed there, the line's speech reads as a headline: the line opens no turn.
    assert.equal(before.turns[0]?.span.start, 0);
    assert.notEqual(after.turns[0]?.span.start, 0);
  });

  it('renames a speaker in a label line locally, with the speaker summary in order of first appearance (LF and CRLF)', () => {
    for (const br of ['\n', '\r\n']) {
      const text = interview('李明：好的。', br);
      // 王芳 → 王芬 on the last 王芳 line: a name new to the document, appended to the summary.
      const last = text.lastIndexOf('王芳');
      const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 2);
      analyzer.update(text);
      const change = { rangeOffset: last + 1, rangeLength: 1, text: '芬' };
      const next = applyChange(text, change);
      const result = analyzer.update(next, [change]);
      assert.equal(analyzer.lastMode, 'line');
      assert.deepStrictEqual(result, analyze(next, {}, 'doc.txt'));
      assert.deepStrictEqual(result.speakers.map((s) => s.name), ['主持人', '李明', '王芳', '王芬']);
      // And back: 王芬 has no turn left.
      const back = { rangeOffset: last + 1, rangeLength: 1, text: '芳' };
      const again = analyzer.update(applyChange(next, back), [back]);
      assert.equal(analyzer.lastMode, 'line');
      assert.deepStrictEqual(again, analyze(text, {}, 'doc.txt'));
    }
  });

  it('falls back in a document too large to count the label tally on the caller\'s thread (its analysis ran elsewhere, without the state), and equals analyze()', () => {
    const block = interview('李明：好的。');
    const text = block.repeat(Math.ceil((MAX_TALLY_COUNTED_LOCALLY + 1) / block.length));
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
    analyzer.adopt(text, analyze(text, {}, 'doc.txt'));
    const last = text.lastIndexOf('王芳');
    const change = { rangeOffset: last + 1, rangeLength: 1, text: '芬' };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(next, {}, 'doc.txt'));
  });

  it('renames locally in a document that large after a full analysis on the same thread, which counted the tally already', () => {
    const block = interview('李明：好的。');
    const text = block.repeat(Math.ceil((MAX_TALLY_COUNTED_LOCALLY + 1) / block.length));
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
    analyzer.update(text);
    const last = text.lastIndexOf('王芳');
    const change = { rangeOffset: last + 1, rangeLength: 1, text: '芬' };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(next, {}, 'doc.txt'));
  });

  it('renames locally in a document too large to count the label tally here, after adopting an analysis that brought its label state, and equals analyze()', () => {
    const block = interview('李明：好的。');
    const text = block.repeat(Math.ceil((MAX_TALLY_COUNTED_LOCALLY + 1) / block.length));
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
    analyzer.adopt(text, fromWorker(text, {}));
    let current = text;
    // 王芳 → 王芬 on the last 王芳 line (a name new to the document), then back.
    const last = text.lastIndexOf('王芳');
    for (const ch of ['芬', '芳']) {
      const change = { rangeOffset: last + 1, rangeLength: 1, text: ch };
      current = applyChange(current, change);
      const result = analyzer.update(current, [change]);
      assert.equal(analyzer.lastMode, 'line', `renamed to 王${ch} locally`);
      assert.deepStrictEqual(result, analyze(current, {}, 'doc.txt'));
    }
    assert.equal(current, text);
    // Without the state (an analysis from before it was sent), the guard stands.
    const unsent = new IncrementalAnalyzer({}, 'doc.txt');
    const result = runAnalysisJob({ text, fileName: 'doc.txt' }, { isCancelled: () => false }, () => 0);
    assert.ok(result.status === 'done' && result.lines);
    unsent.adopt(text, unpackAnalysis(packAnalysis(result.analysis, result.lines, result.summaryProfile)));
    const change = { rangeOffset: last + 1, rangeLength: 1, text: '芬' };
    unsent.update(applyChange(text, change), [change]);
    assert.equal(unsent.lastMode, 'full');
  });

  it('falls back where the renamed turn was its speaker\'s first and the speaker speaks again (the summary would need a search)', () => {
    const text = interview('李明：好的。');
    const { mode, after } = renamed(text, text.indexOf('王芳'), '明');
    assert.equal(mode, 'full');
    assert.deepStrictEqual(after.speakers.map((s) => s.name), ['主持人', '李明', '王明', '王芳']);
  });

  it('falls back where narration about the old or new name closes the renamed turn', () => {
    const text = interview('李明：好的。\n\n李明表示，這是第一步。');
    const at = text.lastIndexOf('李明：好的');
    const narration = text.indexOf('李明表示');
    const { mode, before, after } = renamed(text, at, '芳');
    assert.equal(mode, 'full');
    // The paragraph closed 李明's turn; it does not close 李芳's.
    assert.ok(before.turns.find((t) => t.span.start === at)!.span.end < narration);
    assert.ok(after.turns.find((t) => t.span.start === at)!.span.end > narration);
  });

  it('falls back where a follow-up label within eight turns takes the speaker before last', () => {
    const text = ['主持人：歡迎。', '李明：好。', '王芳：好。', '王明：我認為是。', '追问：那明年呢？', '王芳：是的。', '王明：對。', '王明：好。', '李明：謝謝。'].join('\n');
    const { mode, before, after } = renamed(text, text.indexOf('王明：我認為'), '芳');
    assert.equal(mode, 'full');
    const asked = (a: ReturnType<typeof analyze>): string | undefined => a.turns.find((t) => t.labelSpan?.start === text.indexOf('追问'))?.speaker;
    // 王明 answered 王芳; renamed 王芳, the turn before last is 李明's.
    assert.equal(asked(before), '王芳');
    assert.equal(asked(after), '李明');
  });

  it('falls back where a pronoun hand-over after the renamed turn takes its speaker', () => {
    const text = interview('李明：好的。\n他說：\n「我們會繼續。」');
    const { mode, after } = renamed(text, text.lastIndexOf('李明：好的'), '芳');
    assert.equal(mode, 'full');
    assert.ok(after.turns.some((t) => t.source === 'narration' && t.speaker === '李芳'));
  });

  it('falls back where an unresolved hand-over mentions the new name, which becomes known', () => {
    const text = interview('李明：好的。\n有人看着李芳也有些發慌,趕緊說:\n「我們會繼續。」');
    const { mode, before, after } = renamed(text, text.lastIndexOf('李明：好的'), '芳');
    assert.equal(mode, 'full');
    assert.ok(!before.turns.some((t) => t.speaker === '李芳' && t.source === 'narration'));
    assert.ok(after.turns.some((t) => t.speaker === '李芳' && t.source === 'narration'));
  });

  it('falls back where a rename to Q makes the next `A.` an answer', () => {
    const text = ['MS. JONES:  Good morning.', 'Tom Baker:  Thanks.', 'QR.  What then?', 'A.  Nothing.', 'Tom Baker:  Right.', 'MS. JONES:  Yes.', 'QR.  And?', 'QR.  Well?'].join('\n');
    const at = text.indexOf('QR.  What');
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 2);
    const before = analyzer.update(text);
    // `QR.` → `Q.`: the label's name becomes Q.
    const change = { rangeOffset: at + 1, rangeLength: 1, text: '' };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    const after = analyze(next, {}, 'doc.txt');
    assert.deepStrictEqual(result, after);
    assert.equal(analyzer.lastMode, 'full');
    assert.notDeepStrictEqual(before.turns.map((t) => t.speaker), after.turns.map((t) => t.speaker));
  });

  it('falls back where a rename changes a name\'s count across the scheme\'s threshold', () => {
    // 陳立文 labels two lines: renamed on one, it labels one line, and drops out of the scheme's repeated names.
    const text = interview('陳立文：好的。\n陳立文：我同意。');
    const { mode } = renamed(text, text.indexOf('陳立文：好的'), '文');
    assert.equal(mode, 'full');
  });

  it('falls back where the old or new name is written with a role elsewhere (`王芬 (CEO)：` keeps its role only while no bare label names 王芬)', () => {
    const text = interview('王芬 (CEO)：好的。');
    const { mode, before, after } = renamed(text, text.lastIndexOf('王芳：'), '芬');
    assert.equal(mode, 'full');
    const role = (a: ReturnType<typeof analyze>): string | undefined => a.turns.find((t) => t.labelSpan?.start === text.indexOf('王芬 (CEO)'))?.speaker;
    assert.notEqual(role(before), role(after));
  });
});

/** The tally's counts in a stable order, to compare a carried tally with a fresh count. */
function sortedCounts(tally: LabelSchemeTally): string[] {
  const { strings, counts } = tally.toData();
  const rows: string[] = [];
  for (let at = 0; at < counts.length; at += 4) rows.push(JSON.stringify([counts[at], strings[counts[at + 1]!] ?? null, strings[counts[at + 2]!], counts[at + 3]]));
  return rows.sort();
}

/** The label state the analyzer carries between edits (private: read here to compare it with a fresh count). */
function carriedState(analyzer: IncrementalAnalyzer): { labelTally?: LabelSchemeTally; handOvers?: readonly string[] } | undefined {
  return (analyzer as unknown as { baseline?: { labelTally?: LabelSchemeTally; handOvers?: readonly string[] } }).baseline;
}

/** Edits that add or remove lines, with label lines among what is pasted. */
const linesEdit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  kind: fc.constantFrom('enter', 'enterAtEnd', 'blank', 'join', 'paste', 'cut', 'fillBlank', 'fillBlank', 'emptyLine'),
  // A new label line's first character, speech, or a stage direction's.
  first: fc.constantFrom('李', '王', '問', 'Q', 'T', '好', '（', 'a'),
  paste: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SPEECH) }, { weight: 2, arbitrary: labelLine }, { weight: 1, arbitrary: fc.constantFrom(...NAME_READERS) }), { minLength: 1, maxLength: 4 }),
  extra: fc.integer({ min: 0, max: 3 }),
});

function linesChange(text: string, br: string, edit: { at: number; kind: string; paste: string[]; extra: number; first: string }): TextChange {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const nextBreak = text.indexOf(br, at);
  switch (edit.kind) {
    case 'fillBlank':
      return fillBlankChange(text, br, at, edit.first);
    case 'emptyLine':
      return emptyLineChange(text, br, at);
    case 'enter':
      return { rangeOffset: at, rangeLength: 0, text: br };
    case 'enterAtEnd':
      return { rangeOffset: nextBreak < 0 ? text.length : nextBreak, rangeLength: 0, text: br.repeat(1 + (edit.extra % 2)) };
    case 'blank':
      return { rangeOffset: nextBreak < 0 ? text.length : nextBreak + br.length, rangeLength: 0, text: br };
    case 'paste':
      return { rangeOffset: at, rangeLength: Math.min(edit.extra, text.length - at), text: edit.paste.join(br) + (edit.extra % 2 ? br : '') };
    default: {
      // Backspace at a line's start (join), or a selection reaching over a break (cut).
      const breakAt = nextBreak < 0 ? text.lastIndexOf(br) : nextBreak;
      if (breakAt < 0) return { rangeOffset: at, rangeLength: 0, text: '' };
      const start = Math.max(0, breakAt - (edit.kind === 'cut' ? edit.extra * 3 : 0));
      const end = Math.min(text.length, breakAt + br.length + (edit.kind === 'cut' ? edit.extra : 0));
      return { rangeOffset: start, rangeLength: end - start, text: '' };
    }
  }
}

describe('IncrementalAnalyzer: the label state across edits that add or remove lines', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const [seed, feed] of SEED_FEEDS) {
    it(`carries the label tally (equal to a fresh count) and the hand-over texts (a superset) across Enter, joins, pastes and blank lines filled or emptied, mixed with renames and typing (seed ${seed}, ${feed.name})`, () => {
      let carried = 0;
      let lineEdits = 0;
      let renamesAfter = 0;
      let localRenamesAfter = 0;
      let filledWithTally = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          labelledTranscript,
          fc.array(fc.oneof({ weight: 2, arbitrary: renameEdit.map((rename) => ({ rename })) }, { weight: 1, arbitrary: editArbitrary.map((typed) => ({ typed })) }, { weight: 3, arbitrary: linesEdit.map((lines) => ({ lines })) }), { minLength: 1, maxLength: 10 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          fc.boolean(),
          ({ text: initial, br }, edits, format, blockSize, readEvery, adopted) => {
            // A quick run goes on past its share until a blank line was filled or emptied locally (searchBudget.ts).
            if (!searchGoesOn(runs, TALLY_RUNS, filledWithTally > 0)) return;
            runs++;
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            let lastResult: ReturnType<IncrementalAnalyzer['update']> | undefined;
            if (adopted) analyzer.adopt(text, fromWorker(text, options));
            else analyzer.update(text);
            let afterLineEdit = false;
            for (const edit of edits) {
              const change = 'rename' in edit ? renameChange(text, br, edit.rename) : 'typed' in edit ? changeFor(text, edit.typed) : linesChange(text, br, edit.lines);
              if (!change) continue;
              const hadTally = carriedState(analyzer)?.labelTally !== undefined;
              text = applyChange(text, change);
              const result = analyzer.update(text, [change]);
              const local = analyzer.lastMode === 'line';
              if ('lines' in edit && local && hadTally && (edit.lines.kind === 'fillBlank' || edit.lines.kind === 'emptyLine')) {
                filledWithTally++;
                afterLineEdit = carriedState(analyzer)?.labelTally !== undefined;
              } else if ('lines' in edit && local && hadTally) {
                lineEdits++;
                afterLineEdit = carriedState(analyzer)?.labelTally !== undefined;
              } else if ('rename' in edit) {
                if (afterLineEdit) {
                  renamesAfter++;
                  if (local) localRenamesAfter++;
                }
                afterLineEdit = false;
              }
              const state = carriedState(analyzer);
              const lines = new LineIndex(text);
              if (state?.labelTally) {
                carried++;
                assert.deepStrictEqual(sortedCounts(state.labelTally), sortedCounts(labelTallyOf(lines, format ?? 'plain', options)));
              }
              if (state?.handOvers) for (const tail of unresolvedHandOvers(lines)) assert.ok(state.handOvers.includes(tail), `the hand-over text ${tail} is kept`);
              if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
              else lastResult = result;
            }
            if (lastResult) assert.deepStrictEqual(lastResult, analyze(text, options, 'doc.txt'));
          },
        ),
        { seed, numRuns: TALLY_RUNS },
      );
      // The tally must be carried across local line-break edits (one in 15 runs at least), and renames after them be local.
      assert.ok(lineEdits > runs / 15 && carried > lineEdits, `the tally was carried across ${lineEdits} local line-break edits in ${runs} runs`);
      assert.ok(localRenamesAfter > renamesAfter / 8, `only ${localRenamesAfter} of ${renamesAfter} renames after a line-break edit were local`);
      // And across a blank line's first character typed, or a line's last one deleted.
      assert.ok(filledWithTally > 0, 'no blank line filled or emptied locally with the tally carried');
    });
  }

  it('renames locally after Enter, a joined line and pasted speech, in a document too large to count the tally here (adopted with its label state)', () => {
    for (const br of ['\n', '\r\n']) {
      const long = '我認為這種擔心是多餘的，我們的客戶非常優秀。We expect revenue to grow 12 percent next year. I think curiosity is the most important skill.';
      const block = ['主持人：歡迎各位。', '李明：我認為這種擔心是多餘的。', '王芳：我們的客戶非常優秀。', '主持人：明年呢？', '李明：好的。', long, '我們在上個月的會議上已經將其列為首要任務。', '王芳：據公司年報，我們去年營收達到420億元。', '主持人：謝謝。'].join(br) + br;
      const text = block.repeat(Math.ceil((MAX_TALLY_COUNTED_LOCALLY + 1) / block.length));
      const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
      analyzer.adopt(text, fromWorker(text, {}));
      let current = text;
      // After the first sentence of the long line, whose both parts end a sentence (a short line that does not reads as a title).
      const split = text.lastIndexOf(long) + long.indexOf('We expect');
      const lineEdits: TextChange[] = [
        { rangeOffset: split, rangeLength: 0, text: br }, // Enter mid-line
        { rangeOffset: split, rangeLength: br.length, text: '' }, // Backspace joining the lines again
        { rangeOffset: split, rangeLength: 0, text: `${br}我們在上個月的會議上已經將其列為首要任務。${br}` }, // pasted speech
      ];
      for (const change of lineEdits) {
        current = applyChange(current, change);
        analyzer.update(current, [change]);
        assert.equal(analyzer.lastMode, 'line', `the line-break edit ${JSON.stringify(change.text)} is local`);
        // Then 王芳 → 王芬 on the last 王芳 line, and back.
        const last = current.lastIndexOf('王芳');
        for (const ch of ['芬', '芳']) {
          const rename = { rangeOffset: last + 1, rangeLength: 1, text: ch };
          current = applyChange(current, rename);
          const result = analyzer.update(current, [rename]);
          assert.equal(analyzer.lastMode, 'line', `renamed to 王${ch} locally after ${JSON.stringify(change.text)}`);
          assert.deepStrictEqual(result, analyze(current, {}, 'doc.txt'));
        }
      }
    }
  });
});

describe('IncrementalAnalyzer: a short title reading the edited line as its body', () => {
  it('falls back where typing at a line\'s end changes whether it ends a sentence, which decides whether the short line above is a title', () => {
    // Found by the line-break property test above (seed 7): Enter inside `Dr. Amy Chen:` left `Dr. A` over a body line.
    // A heading above it: a lone bare line in Latin script that is the document's only title titles nothing (isLoneLatinTitle).
    const text = '# Notes\n\nI think curiosity is the most important skill.\nDr. A\nmy Chen: I think curiosity is the most important skill.我認為這種擔心是多餘的。\n我認為這種擔心是多餘的。';
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 1);
    const before = analyzer.update(text);
    const change = { rangeOffset: text.indexOf('。\n我認') + 1, rangeLength: 0, text: '芳' };
    const next = applyChange(text, change);
    const after = analyze(next, {}, 'doc.txt');
    assert.deepStrictEqual(analyzer.update(next, [change]), after);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(before.topics.flatMap((t) => [t.title, ...t.children.map((c) => c.title)]), ['Notes', 'Dr. A']);
    assert.deepStrictEqual(after.topics.flatMap((t) => [t.title, ...t.children.map((c) => c.title)]), ['Notes']);
  });
});

/** New label lines typed one character at a time: Chinese full- and half-width colons, upper-case names, Q/A, timestamps. */
const NEW_LABEL_LINES = ['李明：好的', '王芳:好', '主持人：那明年呢？', 'MS. JONES: Yes.', 'Tom Baker: Right.', 'Q: Why?', 'Q. What then?', 'A: No.', '[00:01:02] 李明：好', '00:12 Tom Baker: Yes', '李明：', 'Dr. Amy Chen:'];
const newLabelEdit = fc.record({
  at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  line: fc.constantFrom(...NEW_LABEL_LINES),
  // Enter at a line's end (the new line joins its paragraph), or a blank line before it (a paragraph of its own).
  blankBefore: fc.boolean(),
  // Then Backspace over the colon (the label removed again) or not.
  deleteColon: fc.boolean(),
});

/** The keystrokes typing `edit.line` on a new line after the line at `edit.at`, each applied to the text before it. */
function newLabelKeystrokes(text: string, br: string, edit: { at: number; line: string; blankBefore: boolean; deleteColon: boolean }): { changes: TextChange[]; text: string } {
  const at = Math.min(text.length, Math.floor(edit.at * (text.length + 1)));
  const nextBreak = text.indexOf(br, at);
  let offset = nextBreak < 0 ? text.length : nextBreak;
  const changes: TextChange[] = [];
  const apply = (change: TextChange): void => {
    changes.push(change);
    text = applyChange(text, change);
  };
  apply({ rangeOffset: offset, rangeLength: 0, text: edit.blankBefore ? br + br : br });
  offset += (edit.blankBefore ? 2 : 1) * br.length;
  let colonAt = -1;
  for (const ch of edit.line) {
    if (colonAt < 0 && (ch === ':' || ch === '：')) colonAt = offset;
    apply({ rangeOffset: offset, rangeLength: 0, text: ch });
    offset++;
  }
  if (edit.deleteColon && colonAt >= 0) apply({ rangeOffset: colonAt, rangeLength: 1, text: '' });
  return { changes, text };
}

describe('IncrementalAnalyzer: typing a new label line', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const [seed, feed] of SEED_FEEDS) {
    it(`equals a full analyze() on every keystroke of new label lines typed among typing, renames and line breaks, and carries the tally (seed ${seed}, ${feed.name})`, () => {
      let splits = 0;
      let colons = 0;
      let shortLines = 0;
      fc.assert(
        fc.property(
          labelledTranscript,
          fc.array(fc.oneof({ weight: 4, arbitrary: newLabelEdit.map((label) => ({ label })) }, { weight: 1, arbitrary: renameEdit.map((rename) => ({ rename })) }, { weight: 1, arbitrary: editArbitrary.map((typed) => ({ typed })) }, { weight: 1, arbitrary: linesEdit.map((lines) => ({ lines })) }), { minLength: 1, maxLength: 6 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          ({ text: initial, br }, edits, format, blockSize, adopted) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            if (adopted) analyzer.adopt(text, fromWorker(text, options));
            else analyzer.update(text);
            for (const edit of edits) {
              let changes: TextChange[];
              if ('label' in edit) changes = newLabelKeystrokes(text, br, edit.label).changes;
              else {
                const change = 'rename' in edit ? renameChange(text, br, edit.rename) : 'typed' in edit ? changeFor(text, edit.typed) : linesChange(text, br, edit.lines);
                changes = change ? [change] : [];
              }
              for (const change of changes) {
                const turnsBefore = analyzer.analysis?.turns.length ?? 0;
                text = applyChange(text, change);
                const result = analyzer.update(text, [change]);
                const expected = analyze(text, options, 'doc.txt');
                assert.deepStrictEqual(result, expected);
                const typedLine = new LineIndex(text).lineAt(change.rangeOffset);
                const typed = new LineIndex(text).lineText(typedLine).trim();
                if ('label' in edit && analyzer.lastMode === 'line' && isTitleShapedLine(typed, 0, typed.length)) shortLines++;
                if ((change.text === ':' || change.text === '：') && 'label' in edit) {
                  colons++;
                  if (analyzer.lastMode === 'line' && expected.turns.length === turnsBefore + 1) splits++;
                }
                const state = carriedState(analyzer);
                if (state?.labelTally) assert.deepStrictEqual(sortedCounts(state.labelTally), sortedCounts(labelTallyOf(new LineIndex(text), format ?? 'plain', options)));
              }
            }
          },
        ),
        { seed, numRuns: searchRuns(200) },
      );
      // The colon that opens a turn is re-analysed locally where the scheme and the name readers allow it.
      assert.ok(splits > colons / 20, `only ${splits} of ${colons} colons opening a turn were local`);
      // And a short line that could be a title (`李明` before its colon), where its neighbours read it as none.
      assert.ok(shortLines > 0, 'no short title-shaped line typed locally');
    });
  }

  it('splits the turn a new label lands in locally, with the speaker summary in order of first appearance', () => {
    for (const br of ['\n', '\r\n']) {
      const lines = ['主持人：歡迎。', '李明：謝謝。', '王芳：我們的客戶非常優秀。', '我認為這種擔心是多餘的，因為我們的客戶非常優秀，而且市場還在成長，明年的訂單已經排滿了。', '', '主持人：那明年呢？', '王芳：明年會更好。', '李明：好的。'];
      let text = lines.join(br);
      const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
      analyzer.update(text);
      // `李明：` typed on its own line inside 王芳's first turn, colon last.
      const at = text.indexOf('排滿了。') + 4;
      text = `${text.slice(0, at)}${br}李明${text.slice(at)}`;
      analyzer.update(text);
      const colon = { rangeOffset: text.indexOf(`${br}李明`, at) + br.length + 2, rangeLength: 0, text: '：' };
      text = applyChange(text, colon);
      const result = analyzer.update(text, [colon]);
      assert.equal(analyzer.lastMode, 'line');
      assert.deepStrictEqual(result, analyze(text, {}, 'doc.txt'));
      assert.deepStrictEqual(result.turns.map((t) => t.speaker), ['主持人', '李明', '王芳', '李明', '主持人', '王芳', '李明']);
    }
  });

  it('types a short name line locally where its neighbours read it as no title, and in full where it becomes one', () => {
    const lines = ['主持人：歡迎。', '王芳：我們的客戶非常優秀。', '我認為這種擔心是多餘的，因為市場還在成長，明年的訂單已經排滿了。', '', '主持人：那明年呢？', '王芳：明年會更好，我們的客戶非常優秀。'];
    const typeName = (after: string): { local: boolean[]; text: string } => {
      let text = lines.join('\n');
      const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
      analyzer.update(text);
      let at = text.indexOf(after) + after.length;
      const local: boolean[] = [];
      for (const ch of ['\n', '李', '明']) {
        const change = { rangeOffset: at, rangeLength: 0, text: ch };
        text = applyChange(text, change);
        assert.deepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'doc.txt'));
        local.push(analyzer.lastMode === 'line');
        at++;
      }
      return { local, text };
    };
    // Under the paragraph's last line, a blank line below: no title (a title under a sentence needs body text right below it).
    const quiet = typeName('排滿了。');
    assert.equal(quiet.local[2], true);
    assert.equal(analyze(quiet.text, {}, 'doc.txt').topics.length, 0);
    // Between a finished sentence and the body text below it, `李明` titles a section: the outline changes.
    const title = typeName('優秀。');
    assert.equal(title.local[2], false);
    assert.equal(analyze(title.text, {}, 'doc.txt').topics.length, 1);
  });
});

/** The colon of the label on the first line at or after `at` that has one, deleted (two turns merging); `back`: typed again right after. */
const colonEdit = fc.record({ at: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), back: fc.boolean() });

function colonDeletion(text: string, br: string, at: number): TextChange | undefined {
  const lines = text.split(br);
  let offset = 0;
  const from = Math.floor(at * lines.length);
  const starts = lines.map((line) => ((offset += line.length + br.length), offset - line.length - br.length));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[(from + i) % lines.length]!;
    const match = /^[^：:\s][^：:]{0,14}?\s*([：:])/.exec(line);
    if (match) return { rangeOffset: starts[(from + i) % lines.length]! + match[0].length - 1, rangeLength: 1, text: '' };
  }
  return undefined;
}

describe('IncrementalAnalyzer: a label\'s colon deleted (two turns merging) and typed back', function () {
  // Property runs of whole analyses: minutes on a loaded machine, not a speed check.
  this.timeout(120_000);
  for (const [seed, feed] of SEED_FEEDS) {
    it(`equals a full analyze() after colons deleted and typed back among typing, renames and line breaks, and carries the tally (seed ${seed}, ${feed.name})`, () => {
      let merges = 0;
      let deletions = 0;
      let retyped = 0;
      fc.assert(
        fc.property(
          labelledTranscript,
          fc.array(fc.oneof({ weight: 4, arbitrary: colonEdit.map((colon) => ({ colon })) }, { weight: 1, arbitrary: renameEdit.map((rename) => ({ rename })) }, { weight: 1, arbitrary: editArbitrary.map((typed) => ({ typed })) }, { weight: 1, arbitrary: linesEdit.map((lines) => ({ lines })) }), { minLength: 1, maxLength: 6 }),
          fc.constantFrom<TranscriptFormat | undefined>(undefined, 'markdown'),
          fc.constantFrom(1, 3, 256),
          fc.boolean(),
          ({ text: initial, br }, edits, format, blockSize, adopted) => {
            const options: AnalysisOptions = format ? { format } : {};
            const analyzer = feed.analyzer(options, 'doc.txt', blockSize);
            let text = initial;
            if (adopted) analyzer.adopt(text, fromWorker(text, options));
            else analyzer.update(text);
            for (const edit of edits) {
              const changes: TextChange[] = [];
              if ('colon' in edit) {
                const deletion = colonDeletion(text, br, edit.colon.at);
                if (deletion) changes.push(deletion);
                if (deletion && edit.colon.back) changes.push({ rangeOffset: deletion.rangeOffset, rangeLength: 0, text: text.charAt(deletion.rangeOffset) });
              } else {
                const change = 'rename' in edit ? renameChange(text, br, edit.rename) : 'typed' in edit ? changeFor(text, edit.typed) : linesChange(text, br, edit.lines);
                if (change) changes.push(change);
              }
              for (const [i, change] of changes.entries()) {
                const turnsBefore = analyzer.analysis?.turns.length ?? 0;
                text = applyChange(text, change);
                const result = analyzer.update(text, [change]);
                const expected = analyze(text, options, 'doc.txt');
                assert.deepStrictEqual(result, expected);
                if ('colon' in edit && i === 0) {
                  deletions++;
                  if (analyzer.lastMode === 'line' && expected.turns.length === turnsBefore - 1) merges++;
                }
                if ('colon' in edit && i === 1 && analyzer.lastMode === 'line' && expected.turns.length === turnsBefore + 1) retyped++;
                const state = carriedState(analyzer);
                if (state?.labelTally) assert.deepStrictEqual(sortedCounts(state.labelTally), sortedCounts(labelTallyOf(new LineIndex(text), format ?? 'plain', options)));
              }
            }
          },
        ),
        { seed, numRuns: searchRuns(200) },
      );
      // Deleting a colon joins two turns locally where the scheme and the name readers allow it, and typing it back splits them again.
      assert.ok(merges > deletions / 20, `only ${merges} of ${deletions} colon deletions merged turns locally`);
      assert.ok(retyped > 0, 'no colon typed back split the turns locally');
    });
  }

  const interview = ['主持人：歡迎各位。', '李明：我認為這種擔心是多餘的。', '王芳：我們的客戶非常優秀。', '主持人：明年呢？', '李明：明年很可能會再擴建兩座工廠。', '王芳：是的。', '李明：好的。', '王芳：據公司年報，我們去年營收達到420億元。', '主持人：謝謝。'];
  /** The mode and result after deleting the colon of line `line`'s label, checked against analyze(). */
  function deleteColon(lines: readonly string[], line: number, br = '\n'): { mode: string; speakers: string[]; turns: number } {
    const text = lines.join(br);
    const analyzer = new IncrementalAnalyzer({}, 'doc.txt', 2);
    analyzer.update(text);
    const change = { rangeOffset: text.indexOf(lines[line]!) + lines[line]!.indexOf('：'), rangeLength: 1, text: '' };
    const next = applyChange(text, change);
    const result = analyzer.update(next, [change]);
    assert.deepStrictEqual(result, analyze(next, {}, 'doc.txt'));
    return { mode: analyzer.lastMode, speakers: result.speakers.map((s) => `${s.name} ${s.turns}`), turns: result.turns.length };
  }

  it('joins the label\'s turn to the one above locally where its name labels other lines, with the speaker summary updated (LF and CRLF)', () => {
    for (const br of ['\n', '\r\n']) {
      const { mode, speakers, turns } = deleteColon(interview, 5, br);
      assert.equal(mode, 'line');
      assert.equal(turns, interview.length - 1);
      assert.deepStrictEqual(speakers, ['主持人 3', '李明 3', '王芳 2']);
    }
  });

  it('falls back where the label opened its speaker\'s first turn and the speaker speaks again (the summary would need a search)', () => {
    assert.equal(deleteColon(interview, 2).mode, 'full');
  });

  it('falls back where the name then labels fewer than two lines (the scheme\'s decision for the name may change)', () => {
    const lines = ['主持人：歡迎各位。', '李明：我認為這種擔心是多餘的。', '主持人：明年呢？', '王芳：我們的客戶非常優秀。', '李明：好的。', '王芳：是的。', '主持人：謝謝。'];
    assert.equal(deleteColon(lines, 5).mode, 'full');
  });
});
