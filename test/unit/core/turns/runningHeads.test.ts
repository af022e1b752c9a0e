import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { NumberedKeyCounts } from '../../../../src/core/analysis/runningHeadChecks';
import { runAnalysisJob } from '../../../../src/core/analysis/job';
import { packAnalysis, unpackAnalysis } from '../../../../src/core/analysis/packed';
import { LineIndex } from '../../../../src/core/text/positions';
import { numberedKeyRepeats, runningHeadKey, runningHeadLines } from '../../../../src/core/turns/runningHeads';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** A hearing pasted from a PDF: a two-line running head at each page break, speech running on across it. */
const EN_HEARING = [
  'HARBOUR WORKS COMMITTEE | 4 JUNE 2026',
  'Official Report of Evidence, page 1',
  'Chair: Good morning. We turn to the dredging contract, and I welcome',
  'our first witness.',
  'Ms Okafor: Thank you, Chair. The contract was signed in March and the',
  'first phase is due to finish in the autumn.',
  'Chair: Has the budget moved since then?',
  'Ms Okafor: It has risen by about four per cent, mostly because of the',
  'HARBOUR WORKS COMMITTEE | 4 JUNE 2026',
  'Official Report of Evidence, page 2',
  'price of steel, which we did not expect.',
  'Mr Lindqvist: And the second phase?',
  'Ms Okafor: The second phase has not been tendered yet.',
  'Chair: Thank you. We will come back to that after the break,',
  'HARBOUR WORKS COMMITTEE | 4 JUNE 2026',
  'Official Report of Evidence, page 3',
  'when the harbour master joins us.',
  'Mr Lindqvist: I have one more question on the dredging itself.',
].join('\n');

/** A council record: a running head the label scheme would read as `市議會` with speech, over a page number. */
const ZH_COUNCIL = [
  '市議會  ─  2025年 3月 4日',
  '',
  '主席：現在開會，請財政局長報告。',
  '',
  '局長：今年的預算比去年增加了百分之三，主要用於道路維修。',
  '',
  '市議會  ─  2025年 3月 4日',
  '',
  '2',
  '',
  '王議員：請問道路維修的工程何時開始？',
  '',
  '局長：預計下個月開始施工。',
  '',
  '市議會  ─  2025年 3月 4日',
  '',
  '3',
  '',
  '主席：謝謝局長，下一位。',
].join('\n');

/** A meeting export whose timed labels repeat whole: labels, never heads. */
const TIMED_LABELS = [
  'Speaker 1 (00:00:02):',
  'Welcome back, everyone.',
  'Speaker 2 (00:00:05):',
  'Thanks for having me.',
  'Speaker 1 (00:00:09):',
  'Let us start with the numbers.',
  'Speaker 2 (00:00:12):',
  'They went up by 3 per cent.',
].join('\n');

function headTexts(text: string): string[] {
  const lines = new LineIndex(text);
  return [...runningHeadLines(lines)].sort((a, b) => a - b).map((line) => text.slice(lines.lineStart(line), lines.lineEnd(line)));
}

function isAside(text: string, needle: string): boolean {
  const { analysis } = analyseText(text, 'record.txt');
  const at = text.indexOf(needle);
  return analysis.stageDirections.some((d) => d.span.start <= at && at + needle.length <= d.span.end);
}

describe('running heads (runningHeads.ts)', () => {
  it('keys a line by its words, whatever its numbers and spacing', () => {
    assert.equal(runningHeadKey('  市議會  ─  2025年 3月 4日  '), '市議會 ─ 0年 0月 0日');
    assert.equal(runningHeadKey('Official Report of Evidence, page 12'), runningHeadKey('Official Report of Evidence, page 3'));
  });

  it('reads a head repeated at each page break, and the block line beside it, as asides', () => {
    assert.deepEqual(new Set(headTexts(EN_HEARING)), new Set(['HARBOUR WORKS COMMITTEE | 4 JUNE 2026', 'Official Report of Evidence, page 1', 'Official Report of Evidence, page 2', 'Official Report of Evidence, page 3']));
    assert.ok(isAside(EN_HEARING, 'Official Report of Evidence, page 2'));
    const { text, analysis } = analyseText(EN_HEARING, 'hearing.txt');
    assert.ok(!analysis.speakers.some((s) => s.name.includes('HARBOUR')));
    // The speech the page break cut goes on as the same speaker's.
    assert.equal(speakerAt(text, analysis, 'price of steel'), 'Ms Okafor');
    assert.equal(speakerAt(text, analysis, 'when the harbour master'), 'Chair');
  });

  it('takes no label with a date after it on a head (`市議會 ─ 2025年 3月 4日`)', () => {
    const { text, analysis } = analyseText(ZH_COUNCIL, 'council.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['主席', '局長', '王議員'].sort());
    assert.ok(isAside(ZH_COUNCIL, '市議會  ─  2025年 3月 4日'));
    assert.equal(speakerAt(text, analysis, '預計下個月'), '局長');
  });

  it('leaves speech, labels and lines repeated too few times alone', () => {
    assert.deepEqual(headTexts(TIMED_LABELS), []);
    assert.deepEqual(analyseText(TIMED_LABELS, 'export.txt').analysis.speakers.map((s) => s.name).sort(), ['Speaker 1', 'Speaker 2']);
    // Twice is no running head; a repeated line without a number is none either.
    assert.deepEqual(headTexts(EN_HEARING.split('\n').slice(0, 14).join('\n')), []);
    assert.deepEqual(headTexts('A: The motion is carried.\nB: Next item.\nA: The motion is carried.\nB: Next.\nA: The motion is carried.'), []);
    // Alike links and pictures point at their own pages.
    assert.deepEqual(headTexts('<https://example.org/news/1797882-2025.htm>\ntext\n<https://example.org/news/1797883-2025.htm>\ntext\n<https://example.org/news/1797884-2025.htm>'), []);
  });

  it('keeps incremental analysis exact when an edit makes, changes or unmakes a head', () => {
    assertReplacementsMatchAnalyze([
      [EN_HEARING, 'Official Report of Evidence, page 3', 'Official Report of Evidence, page 9'],
      [EN_HEARING, 'Official Report of Evidence, page 3', 'Official Report of the Evidence, page 3'],
      [EN_HEARING, 'HARBOUR WORKS COMMITTEE | 4 JUNE 2026\nOfficial Report of Evidence, page 3\n', ''],
      [EN_HEARING, 'our first witness.', 'HARBOUR WORKS COMMITTEE | 4 JUNE 2026'],
      [EN_HEARING, 'Official Report of Evidence, page 2\n', ''],
      [EN_HEARING, 'Official Report of Evidence, page 2\n', 'Official Report of Evidence, page 2\n\n'],
      [ZH_COUNCIL, '市議會  ─  2025年 3月 4日\n\n3', '市議會：2025年 3月 4日\n\n3'],
      [ZH_COUNCIL, '主席：謝謝局長，下一位。', '市議會  ─  2025年 3月 4日'],
      [ZH_COUNCIL, '市議會  ─  2025年 3月 4日\n\n2\n\n', ''],
    ], 'record.txt');
    const at = EN_HEARING.indexOf('HARBOUR WORKS COMMITTEE', 10);
    assertEditsAcrossOffsetsMatchAnalyze(EN_HEARING, 'record.txt', [['x', 0], ['\n', 0], ['', 1]], Math.max(0, at - 40), Math.min(EN_HEARING.length, at + 100));
    assertEditsAcrossOffsetsMatchAnalyze(ZH_COUNCIL, 'record.txt', [['x', 0], ['\n', 0], ['', 1]]);
  });

  // Session 42 (speakers46): texts of our own in test/fixtures/transcripts/shapes44-speakers.
  it('reads a one-line head with a page number as no title: the turn the page break cut goes on', () => {
    const { text, analysis } = analyseFixture('shapes44-speakers/commons-pdf-copy.txt');
    assert.deepEqual(analysis.topics.map((topic) => topic.title), []);
    assert.ok(isAside(text, 'HOUSE OF COMMONS   3 MARCH 2026   413'));
    assert.equal(speakerAt(text, analysis, 'cost. The board'), 'The Minister for Ports (Ruth Caddell)');
    assert.equal(speakerAt(text, analysis, 'cargo ships, because'), 'Mr Tobias Wren (Eastmouth)');
    assert.equal(speakerAt(text, analysis, 'I call the shadow'), 'Mr Speaker');
  });

  it('reads a title and a page line repeated between blank lines as one head', () => {
    const { text, analysis } = analyseFixture('shapes44-speakers/council-pdf-copy.txt');
    assert.deepEqual(headTexts(text).filter((line) => line.startsWith('Page')), ['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3']);
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['MS ADA LEE', 'THE PRESIDENT']);
    assert.equal(speakerAt(text, analysis, 'Government to publish'), 'MS ADA LEE');
    assert.equal(speakerAt(text, analysis, 'reservoir, which is most'), 'MS ADA LEE');
  });

  it('reads speech repeated with a number changed as no head: it ends as a sentence does', () => {
    const text = readFixture('shapes44-speakers/numbered-speech-repeats.txt');
    assert.deepEqual(headTexts(text), []);
    const { analysis } = analyseText(text, 'minutes.txt');
    assert.equal(speakerAt(text, analysis, 'On item 5 I have'), 'Mr Osei');
    // The same lines without their full stops are repeated titles of a page: heads.
    assert.equal(headTexts(text.replace(/board\./g, 'board')).length, 3);
  });

  it('reads speech that ends on a figure and a full stop, repeated, as no head (`…chose engineering in 2024.`)', () => {
    const speech = (n: number): string => `Ms Grant: According to the ministry, ${n} percent of graduates chose engineering in 2024.`;
    const text = [1, 2, 3, 4].map((n) => `${speech(40 + n)}\n\nMr Osei: Thank you.\n`).join('\n');
    assert.deepEqual(headTexts(text), []);
    const { analysis } = analyseText(text, 'minutes.txt');
    assert.equal(speakerAt(text, analysis, 'According to the ministry, 43'), 'Ms Grant');
    // A head's words with a stop after its page number stay a head: no lower-case words make it prose.
    const heads = [1, 2, 3].map((n) => `Mr Osei: Speech ${n} goes on here.\n\nHOUSE OF COMMONS   3 MARCH 2021   ${410 + n}.\n\nMs Grant: And more.\n`).join('\n');
    assert.equal(headTexts(heads).length, 3);
  });

  it('keeps incremental analysis exact when an edit ends a repeated line as a sentence or a head line loses its number', () => {
    const commons = readFixture('shapes44-speakers/commons-pdf-copy.txt');
    assertReplacementsMatchAnalyze([
      [commons, 'MARCH 2026   413', 'MARCH 2026   413.'],
      [commons, 'HOUSE OF COMMONS   3 MARCH 2026   414', 'HOUSE OF COMMONS'],
      [commons, 'I call the shadow Minister.', 'HOUSE OF COMMONS   3 MARCH 2026   415'],
      [readFixture('shapes44-speakers/numbered-speech-repeats.txt'), 'for the board.', 'for the board'],
    ], 'record.txt');
    const at = commons.indexOf('HOUSE OF COMMONS', 10);
    assertEditsAcrossOffsetsMatchAnalyze(commons, 'record.txt', [['x', 0], ['\n', 0], ['', 1], ['.', 0]], Math.max(0, at - 30), Math.min(commons.length, at + 60));
  });

  // Session 43 (heads47): the incremental check reads the numbered keys' counts kept with the analysis, shifted by edits.
  it('keeps the numbered keys two lines hold and shifts them by each edit: a count read is exact or one too many', () => {
    const text = ['Page 1 of 9 draft', 'Chair: We begin.', 'Page 2 of 9 draft', 'Ms Okafor: Thank you.', 'Annex 4 to the report'].join('\n');
    const repeats = numberedKeyRepeats(new LineIndex(text));
    assert.deepEqual([...repeats], [['Page 0 of 0 draft', 2]]);
    let counts: NumberedKeyCounts | undefined = NumberedKeyCounts.of(repeats);
    counts = counts.shifted([], ['Page 0 of 0 draft']);
    assert.equal(counts?.mostLines('Page 0 of 0 draft'), 3);
    counts = counts?.shifted(['Page 0 of 0 draft'], ['Annex 0 to the report']);
    assert.equal(counts?.mostLines('Page 0 of 0 draft'), 2);
    // Held once in the text, or by no line: at most one line before the edit, two after.
    assert.equal(counts?.mostLines('Annex 0 to the report'), 2);
    assert.equal(counts?.mostLines('Nothing 0 here'), 1);
    // Past a few hundred changed keys the shift gives up (the check falls back, the full analysis counts afresh).
    assert.equal(counts?.shifted([], Array.from({ length: 600 }, (_, i) => `Annex ${'x'.repeat(i)} 0`)), undefined);
  });

  it('types in speech and in a numbered line repeated twice locally, and falls back where the third repeat makes heads', () => {
    const page = (n: number): string => `Harbour Works Committee, page ${n}`;
    const speech = (n: number): string[] => [`Chair: We come to item ${n} of the dredging contract, and I welcome our next witness.`, `Ms Okafor: Thank you, Chair. The contract was signed in March, and the work goes on.`];
    const text = [page(1), ...speech(1), ...speech(2), page(2), ...speech(3), ...speech(4), ...speech(5)].join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'record.txt');
    analyzer.update(text);
    let current = text;
    const modes: string[] = [];
    const edit = (at: number, removed: number, typed: string): void => {
      current = current.slice(0, at) + typed + current.slice(at + removed);
      const result = analyzer.update(current, [{ rangeOffset: at, rangeLength: removed, text: typed }]);
      assert.ok(isDeepStrictEqual(result, analyze(current, {}, 'record.txt')), `${JSON.stringify(typed)} at ${at}`);
      modes.push(analyzer.lastMode);
    };
    // Speech, and the numbered line repeated twice (no head yet): local.
    edit(current.indexOf('the work goes on') + 4, 0, 'new ');
    const second = current.indexOf(page(2));
    edit(second + 6, 0, 's');
    edit(second + 6, 1, '');
    // A third page line (its own line, beside speech): the count crosses HEAD_REPEATS, heads appear.
    const last = current.lastIndexOf('Ms Okafor');
    edit(last, 0, `${page(3)}\n`);
    assert.deepEqual(headTexts(current), [page(1), page(2), page(3)]);
    // Speech between heads stays local; a line beside a head, or the head's own line, falls back.
    edit(current.indexOf('item 4') + 5, 0, '0');
    edit(current.indexOf(page(2)) + page(2).length, 0, '\n');
    edit(current.indexOf(page(3)) + 5, 0, 'x');
    assert.deepEqual(headTexts(current), []);
    assert.deepEqual(modes, ['line', 'line', 'line', 'full', 'line', 'full', 'full']);
  });

  it('reads the numbered keys a worker counted: typing stays local after adoption, the third repeat falls back', () => {
    const page = (n: number): string => `Harbour Works Committee, page ${n}`;
    const text = [page(1), 'Chair: We come to the dredging contract.', page(2), 'Ms Okafor: The contract was signed in March.', 'Chair: Thank you.'].join('\n');
    const job = runAnalysisJob({ text, fileName: 'record.txt' } as Parameters<typeof runAnalysisJob>[0], { isCancelled: () => false }, () => 0);
    assert.equal(job.status, 'done');
    if (job.status !== 'done') return;
    const packed = structuredClone(packAnalysis(job.analysis, job.lines, job.summaryProfile, job.labelState, job.register, job.frames));
    assert.deepEqual(packed.numberedRepeats, [['Harbour Works Committee, page 0', 2]]);
    const analyzer = new IncrementalAnalyzer({}, 'record.txt');
    analyzer.adopt(text, unpackAnalysis(packed));
    let current = text;
    const modes: string[] = [];
    const edit = (at: number, typed: string): void => {
      current = current.slice(0, at) + typed + current.slice(at);
      const result = analyzer.update(current, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
      assert.ok(isDeepStrictEqual(result, analyze(current, {}, 'record.txt')), `${JSON.stringify(typed)} at ${at}`);
      modes.push(analyzer.lastMode);
    };
    edit(current.indexOf('signed') + 6, ' 3 times');
    edit(current.length, `\n${page(3)}`);
    assert.deepEqual(modes, ['line', 'full']);
    assert.deepEqual(headTexts(current), [page(1), page(2), page(3)]);
  });
});
