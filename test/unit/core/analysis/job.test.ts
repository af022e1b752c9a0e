import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../../src/core/analysis/analyze';
import { runAnalysisJob } from '../../../../src/core/analysis/job';
import { packAnalysis, unpackAnalysis } from '../../../../src/core/analysis/packed';
import { labelMatcher } from '../../../../src/core/turns/safePattern';
import { transcriptArbitrary } from '../../property/arbitraries';
import { readFixture } from '../transcriptFixtures';

const notCancelled = { isCancelled: () => false };
/** A clock that stands still: no user pattern ever runs over its budget. */
const clock = (): (() => number) => () => 0;
const LABELLED = ['Moderator (Ann) said, welcome.', 'Guest (Bo) said, thanks.', 'Moderator (Ann) said, next question.'].join('\n');
const PATTERN = String.raw`^\w+ \((\w+)\) said,`;

describe('runAnalysisJob', () => {
  it('gives what analyze() gives, for every fixture format', () => {
    for (const name of ['interview-zh-Hans.txt', 'panel.md', 'panel.srt', 'museum.vtt', 'crlf-surrogates-zh-Hant.txt']) {
      const text = readFixture(name);
      const result = runAnalysisJob({ text, fileName: name }, notCancelled, clock());
      assert.equal(result.status, 'done');
      assert.deepStrictEqual(result.status === 'done' && result.analysis, analyze(text, {}, name), name);
    }
  });

  it('passes cue words, aliases and the format through, and compiles the patterns it is sent', () => {
    const options = { extraCues: { forecast: ['next question'] }, speakerAliases: { Ann: 'Ann Lee' }, format: 'plain' as const };
    const result = runAnalysisJob({ text: LABELLED, fileName: 'a.txt', labelPatterns: [PATTERN], ...options }, notCancelled, clock());
    const expected = analyze(LABELLED, { ...options, extraLabelPatterns: [labelMatcher(PATTERN)] }, 'a.txt');
    assert.ok(result.status === 'done' && !result.patternsSkipped);
    assert.deepStrictEqual(result.analysis, expected);
    assert.deepStrictEqual(expected.speakers.map((s) => s.name), ['Ann Lee', 'Bo']);
  });

  it('stops when the flag is set before it starts or between its stages', () => {
    assert.deepStrictEqual(runAnalysisJob({ text: LABELLED, fileName: '' }, { isCancelled: () => true }, clock()), { status: 'cancelled' });
    for (const checksBeforeCancel of [1, 2, 3, 4]) {
      let checks = 0;
      const flag = { isCancelled: () => ++checks > checksBeforeCancel };
      assert.deepStrictEqual(runAnalysisJob({ text: readFixture('panel.md'), fileName: 'panel.md' }, flag, clock()), { status: 'cancelled' }, `after ${checksBeforeCancel} checks`);
    }
  });

  it('looks at the flag on every line a user pattern reads', () => {
    let checks = 0;
    const flag = { isCancelled: () => ++checks > 3 };
    assert.deepStrictEqual(runAnalysisJob({ text: LABELLED, fileName: '', labelPatterns: [PATTERN] }, flag, clock()), { status: 'cancelled' });
    // Two checks come before the first stage; the third and fourth are the pattern's first lines.
    assert.equal(checks, 4);
  });

  it('runs without the user patterns, and says so, once they take longer than the budget', () => {
    let ms = 0;
    // Every reading of the clock is 10 ms later: each line a pattern reads costs 10 ms.
    const slowClock = (): number => (ms += 10);
    const result = runAnalysisJob({ text: LABELLED, fileName: 'a.txt', labelPatterns: [PATTERN], patternBudgetMs: 15 }, notCancelled, slowClock);
    assert.ok(result.status === 'done');
    assert.equal(result.patternsSkipped, true);
    assert.deepStrictEqual(result.analysis, analyze(LABELLED, {}, 'a.txt'));
    const generous = runAnalysisJob({ text: LABELLED, fileName: 'a.txt', labelPatterns: [PATTERN], patternBudgetMs: 1e9 }, notCancelled, slowClock);
    assert.ok(generous.status === 'done' && !generous.patternsSkipped);
    assert.deepStrictEqual(generous.analysis.speakers.map((s) => s.name), ['Ann', 'Bo']);
  });

  it('ignores refused patterns (the host reports them) and uses the others', () => {
    const result = runAnalysisJob({ text: LABELLED, fileName: 'a.txt', labelPatterns: ['(a)\\1', PATTERN] }, notCancelled, clock());
    assert.ok(result.status === 'done');
    assert.deepStrictEqual(result.analysis.speakers.map((s) => s.name), ['Ann', 'Bo']);
  });
});

describe('packAnalysis / unpackAnalysis', () => {
  it('round-trips the analysis of every fixture, through structured clone', () => {
    for (const name of ['interview-zh-Hans.txt', 'panel.md', 'panel.srt', 'museum.vtt', 'briefing-en.txt', 'topics-zh-Hant.txt']) {
      const analysis = analyze(readFixture(name), {}, name);
      assert.ok(analysis.claims.length + analysis.turns.length > 0, name);
      assert.deepStrictEqual(unpackAnalysis(structuredClone(packAnalysis(analysis))), analysis, name);
    }
  });

  it('round-trips the analysis of random transcripts', () => {
    fc.assert(
      fc.property(transcriptArbitrary(30), (text) => {
        const analysis = analyze(text);
        assert.deepStrictEqual(unpackAnalysis(packAnalysis(analysis)), analysis);
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('sends one cue list for claims with the same cues, whether they share one array or hold equal copies', () => {
    const analysis = analyze(readFixture('briefing-en.txt'));
    const [first, second, third] = analysis.claims;
    assert.ok(first && second && third);
    const cues = ['statement'];
    const claims = [{ ...first, cues }, { ...second, cues: [...cues] }, { ...third, cues }, { ...third, cues: ['forecast', 'statement'] }];
    const withCues = { ...analysis, claims };
    const packed = packAnalysis(withCues);
    const lists = claims.map((_, i) => packed.claims[i * 5 + 4]);
    assert.deepEqual(lists, [0, 0, 0, 1]);
    assert.equal(packed.cueListStarts.length, 3);
    assert.deepStrictEqual(unpackAnalysis(packed), withCues);
  });

  it('throws on a malformed message rather than making up claims', () => {
    const packed = packAnalysis(analyze(readFixture('interview-zh-Hans.txt')));
    assert.ok(packed.claims.length > 0);
    const badKind = { ...packed, claims: packed.claims.map((value, i) => (i === 3 ? 99 : value)) };
    assert.throws(() => unpackAnalysis(badKind), RangeError);
    const badSpeaker = { ...packed, turns: packed.turns.map((value, i) => (i === 4 ? packed.strings.length : value)) };
    assert.throws(() => unpackAnalysis(badSpeaker), RangeError);
  });
});
