// A rehearsed keystroke (IncrementalAnalyzer.rehearse, run by the host after a full analysis so that V8
// compiles the local path before the user types) leaves the analyzer as it was: the edits after it give
// what they give without it, which is a fresh analyze() of the edited text.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { runAnalysisJob } from '../../../src/core/analysis/job';
import { packAnalysis, unpackAnalysis } from '../../../src/core/analysis/packed';
import { REHEARSAL_MIN_LINE, rehearsalEdits } from '../../../src/core/analysis/rehearsal';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { LineIndex } from '../../../src/core/text/positions';
import { applyChange, changeFor, editArbitrary, transcriptArbitrary } from './arbitraries';
import { searchRuns } from '../searchBudget';

const SEED = 20261205;

/** What a worker sends for `text`, through structured clone, as the host adopts it. */
function fromWorker(text: string): ReturnType<typeof unpackAnalysis> {
  const result = runAnalysisJob({ text, fileName: 'doc.txt' }, { isCancelled: () => false }, () => 0);
  assert.ok(result.status === 'done' && result.lines);
  return unpackAnalysis(structuredClone(packAnalysis(result.analysis, result.lines, result.summaryProfile, result.labelState)));
}

describe('IncrementalAnalyzer.rehearse', function () {
  this.timeout(300_000);

  it('leaves the analysis and the next edits as they are without it, each equal to a fresh analyze()', () => {
    let rehearsedLocally = 0;
    const runs = searchRuns(200);
    fc.assert(
      fc.property(transcriptArbitrary(40), fc.nat(40), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), fc.constantFrom(3, 256), (initial, fromLine, edits, blockSize) => {
        const rehearsed = new IncrementalAnalyzer({}, 'doc.txt', blockSize);
        const plain = new IncrementalAnalyzer({}, 'doc.txt', blockSize);
        const sent = fromWorker(initial);
        rehearsed.adopt(initial, sent);
        plain.adopt(initial, sent);
        const adopted = rehearsed.analysis;
        const chunks = ChunkedText.of(initial, 7, false);
        for (const edit of rehearsalEdits(new LineIndex(initial), fromLine, 3)) {
          if (rehearsed.rehearse(chunks.edited(edit.rangeOffset, edit.rangeLength, edit.text), edit)) rehearsedLocally++;
          assert.equal(rehearsed.analysis, adopted, 'the analysis is the one adopted');
          assert.equal(rehearsed.lastMode, 'full');
        }
        let text = initial;
        let textChunks = chunks;
        for (const edit of edits) {
          const change = changeFor(text, edit);
          text = applyChange(text, change);
          textChunks = textChunks.edited(change.rangeOffset, change.rangeLength, change.text);
          const result = rehearsed.update(textChunks, [change]);
          assert.equal(rehearsed.lastMode, plain.update(text, [change]) && plain.lastMode, 'the same path as without the rehearsal');
          assert.ok(isDeepStrictEqual(result, analyze(text, {}, 'doc.txt')), `after ${JSON.stringify(change)}`);
        }
      }),
      { seed: SEED, numRuns: runs },
    );
    assert.ok(rehearsedLocally > runs / 4, `the local path ran for ${rehearsedLocally} rehearsals in ${runs} runs only`);
  });
});

describe('rehearsalEdits', () => {
  it('types a character three quarters into each line of speech again beside itself, past short and blank lines', () => {
    const text = 'Jane: hello there, how are you today\n\nJane:\n                              \nQ: 你好嗎？我們明年會擴建兩座工廠，營收會更好。\n';
    const edits = rehearsalEdits(new LineIndex(text), 0, 5);
    assert.deepEqual(
      edits.map((edit) => applyChange(text, edit).split('\n').filter((line) => line.length >= REHEARSAL_MIN_LINE && !line.includes('  '))),
      [
        ['Jane: hello there, how are yyou today', 'Q: 你好嗎？我們明年會擴建兩座工廠，營收會更好。'],
        ['Jane: hello there, how are you today', 'Q: 你好嗎？我們明年會擴建兩座工廠，，營收會更好。'],
      ],
    );
    assert.ok(edits.every((edit) => edit.rangeLength === 0 && edit.text.length === 1));
  });

  it('stops at `count` edits and at the last line, and passes over a surrogate pair', () => {
    const long = (c: string): string => c.repeat(REHEARSAL_MIN_LINE);
    const text = `${long('a')}\n${long('b')}\n${'😀'.repeat(REHEARSAL_MIN_LINE)}\n${long('c')}`;
    assert.deepEqual(rehearsalEdits(new LineIndex(text), 1, 1).map((edit) => edit.rangeOffset), [REHEARSAL_MIN_LINE + 1 + 18]);
    assert.deepEqual(rehearsalEdits(new LineIndex(text), 1, 9).map((edit) => edit.text), ['b', 'c']);
    assert.deepEqual(rehearsalEdits(new LineIndex(text), 10, 9), []);
  });
});
