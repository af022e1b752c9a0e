import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { packAnalysis, unpackAnalysis } from '../../../src/core/analysis/packed';
import { runAnalysisJob } from '../../../src/core/analysis/job';
import { ZOOM_CHAT as ZOOM } from '../core/turns/chatFixtures';

/** The message after the colon on the sender's line. */
const ZOOM_INLINE = [
  '09:14:03 From  Priya Shah  to  Everyone : good morning all',
  '09:14:20 From  Tom Becker  to  Everyone : morning! is the recording on?',
  '09:15:01 From  Priya Shah  to  Everyone : yes, it started at nine',
  '09:16:44 From  Tom Becker  to  Everyone : the budget was approved last week',
].join('\n');

/** Types `typed` one character at a time at `at` through `analyzer`, each keystroke checked against a full analysis; how many stayed local. */
function typeAt(analyzer: IncrementalAnalyzer, text: string, at: number, typed: string): { text: string; local: number } {
  let local = 0;
  for (const [i, char] of [...typed].entries()) {
    const offset = at + i;
    text = text.slice(0, offset) + char + text.slice(offset);
    const result = analyzer.update(text, [{ rangeOffset: offset, rangeLength: 0, text: char }]);
    assert.ok(isDeepStrictEqual(result, analyze(text, {}, 'chat.txt')), `${JSON.stringify(char)} at ${offset}`);
    if (analyzer.lastMode === 'line') local++;
  }
  return { text, local };
}

describe('frameEdits: label frames counted once, each edit updating the count from its own lines', () => {
  it('keeps typing in a message below a frame line local, and equal to a full analysis', () => {
    const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
    analyzer.update(ZOOM);
    assert.ok(analyzer.analysis!.speakers.some((s) => s.name === 'Alice Wong'));
    const at = ZOOM.indexOf('slide four') + 'slide'.length;
    assert.equal(typeAt(analyzer, ZOOM, at, ' number').local, ' number'.length);
  });

  it('keeps typing in a message after the frame on its own line local while its messages stay distinct', () => {
    const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
    analyzer.update(ZOOM_INLINE);
    assert.ok(analyzer.analysis!.speakers.some((s) => s.name === 'Tom Becker'));
    const at = ZOOM_INLINE.indexOf('last week') + 'last'.length;
    assert.equal(typeAt(analyzer, ZOOM_INLINE, at, ' month').local, ' month'.length);
  });

  it('keeps typing in a message local after adopting a worker-packed analysis', () => {
    const job = runAnalysisJob({ text: ZOOM, fileName: 'chat.txt' } as Parameters<typeof runAnalysisJob>[0], { isCancelled: () => false }, () => 0);
    assert.equal(job.status, 'done');
    if (job.status !== 'done') return;
    const packed = packAnalysis(job.analysis, job.lines, job.summaryProfile, job.labelState, job.register, job.frames);
    assert.ok(packed.frames, 'the worker sends the frames as counted');
    const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
    analyzer.adopt(ZOOM, unpackAnalysis(packed));
    const at = ZOOM.indexOf('the slides') + 'the'.length;
    assert.equal(typeAt(analyzer, ZOOM, at, ' new').local, ' new'.length);
  });

  it('falls back where an edit of a frame line changes the accepted frames', () => {
    const three = ZOOM.split('\n').slice(0, 6).join('\n');
    const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
    analyzer.update(three);
    assert.ok(analyzer.analysis!.speakers.some((s) => s.name === 'Alice Wong'));
    // The second sender's line loses the tool's words: two lines left in the frame, which is no frame.
    const from = three.indexOf('From Marcus Hale to Everyone:');
    const edited = three.slice(0, from) + 'Marcus:' + three.slice(from + 'From Marcus Hale to Everyone:'.length);
    const result = analyzer.update(edited, [{ rangeOffset: from, rangeLength: 'From Marcus Hale to Everyone:'.length, text: 'Marcus:' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'chat.txt'));
    assert.ok(!result.speakers.some((s) => s.name === 'Alice Wong'));
  });

  it('falls back where a line joins an accepted frame, and stays local for a blank line between messages', () => {
    const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
    analyzer.update(ZOOM);
    const end = ZOOM.length;
    const added = `${ZOOM}\n10:07:00 From Alice Wong to Everyone:`;
    analyzer.update(added, [{ rangeOffset: end, rangeLength: 0, text: added.slice(end) }]);
    assert.equal(analyzer.lastMode, 'full');
    const at = ZOOM.indexOf('\n10:02:31');
    const blank = `${ZOOM.slice(0, at)}\n${ZOOM.slice(at)}`;
    const fresh = new IncrementalAnalyzer({}, 'chat.txt');
    fresh.update(ZOOM);
    assert.deepStrictEqual(fresh.update(blank, [{ rangeOffset: at, rangeLength: 0, text: '\n' }]), analyze(blank, {}, 'chat.txt'));
    assert.equal(fresh.lastMode, 'line');
  });

  it('after a chain of random edits through one analyzer equals a full analysis at each step', () => {
    const piece = fc.constantFrom('a', 'x', ' ', '\n', ':', 'From ', 'Alice Wong', 'Dana Ruiz', ' to Everyone:', '\t', 'ok', '10:09:00 ', 'Thanks, that answers it.');
    const edit = fc.record({ at: fc.nat(), removed: fc.nat({ max: 12 }), typed: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) });
    fc.assert(
      fc.property(fc.constantFrom(ZOOM, ZOOM_INLINE), fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        const analyzer = new IncrementalAnalyzer({}, 'chat.txt');
        let text = initial;
        analyzer.update(text);
        for (const { at, removed, typed } of edits) {
          const start = at % (text.length + 1);
          const length = Math.min(removed, text.length - start);
          text = text.slice(0, start) + typed + text.slice(start + length);
          const result = analyzer.update(text, [{ rangeOffset: start, rangeLength: length, text: typed }]);
          assert.ok(isDeepStrictEqual(result, analyze(text, {}, 'chat.txt')), JSON.stringify({ start, length, typed, text }));
        }
      }),
      { numRuns: 60, seed: 36 },
    );
  });
});
