import * as assert from 'node:assert/strict';
import { reanchor, Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';

function tagged(text: string, quote: string) {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

describe('re-anchoring after realistic edits', () => {
  it('a sentence edited inside and followed by a new line keeps its own end', () => {
    for (const eol of ['\n', '\r\n']) {
      const before = ['問：政府這幾年推了半導體學院，有幫助嗎？', '答：有幫助，但還不夠。目前全台灣有9所大學設立了半導體學院。', '我預計未來五年，缺口還會再擴大。', '', '地緣政治的壓力', ''].join(eol);
      const target = tagged(before, '我預計未來五年，缺口還會再擴大。');
      const after = before.replace('我預計未來五年，缺口還會再擴大。', `我預計未來五年，這個缺口還會再擴大。${eol}所以要及早準備。`);
      const result = reanchor(after, target);
      assert.equal(result.status, 'fuzzy');
      assert.equal(after.slice(result.span!.start, result.span!.end), '我預計未來五年，這個缺口還會再擴大。', JSON.stringify(eol));
    }
  });

  it('a sentence inserted right before an edited quote stays outside it', () => {
    const before = 'Q  The Congressional Budget Office estimated that the bill adds $3.3 trillion to the deficit over ten years.  Does the President dispute that number?\n';
    const target = tagged(before, 'The Congressional Budget Office estimated that the bill adds $3.3 trillion to the deficit over ten years.');
    const after = before.replace('The Congressional Budget Office estimated', 'One more thing.  The Congressional Budget Office projected').replace('$3.3 trillion', '$3.4 trillion');
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(after.slice(result.span!.start, result.span!.end), 'The Congressional Budget Office projected that the bill adds $3.4 trillion to the deficit over ten years.');
  });

  it('a tag on a timing line that was re-timed is orphaned, not moved to the next cue\'s timing', () => {
    const before = [
      '7', '00:01:12,230 --> 00:01:12,240', 'and then we had a vote on the budget.', '',
      '8', '00:01:12,240 --> 00:01:15,510', 'It passed by a wide margin.', '',
      '9', '00:01:15,520 --> 00:01:19,200', 'Next week we turn to the schools.', '',
    ].join('\n');
    const timing = tagged(before, '00:01:12,230 --> 00:01:12,240');
    const spoken = tagged(before, 'It passed by a wide margin.');
    // Re-timed: cues 7 and 8 merged into one, the later cues renumbered.
    const after = [
      '7', '00:01:12,230 --> 00:01:15,510', 'and then we had a vote on the budget. It passed by a wide margin.', '',
      '8', '00:01:15,520 --> 00:01:19,200', 'Next week we turn to the schools.', '',
    ].join('\n');
    const [timingResult, spokenResult] = new Reanchorer(after).anchorAll([timing, spoken]);
    assert.equal(timingResult!.status, 'orphaned', JSON.stringify(timingResult!.span && after.slice(timingResult!.span.start, timingResult!.span.end)));
    // Its context changed (the cues were merged), so it may be flagged for review, but it stays on its words.
    assert.notEqual(spokenResult!.status, 'orphaned');
    assert.equal(after.slice(spokenResult!.span!.start, spokenResult!.span!.end), 'It passed by a wide margin.');
  });

  it('a merged caption tagged, then unrolled into rolling captions, ends between words, not inside the next cue number', () => {
    const merged = [
      '12', '00:00:53,000 --> 00:00:58,790', 'uses your generosity to build his his church and so thank you for being a part. And I also want to say happy', '',
      '13', '00:00:58,800 --> 00:01:03,630', "Father's Day to all the dads. I am so", '',
    ].join('\n');
    const target = tagged(merged, 'uses your generosity to build his his church and so thank you for being a part.');
    // Auto-captions repeat each line in the next cue, so the quote's last word comes two cues later.
    const rolling = [
      '53', '00:00:54,990 --> 00:00:55,000', 'uses your generosity to build his his', '',
      '54', '00:00:55,000 --> 00:00:56,310', 'uses your generosity to build his his', 'church and so thank you for being a', '',
      '55', '00:00:56,310 --> 00:00:56,320', 'church and so thank you for being a', '',
      '56', '00:00:56,320 --> 00:00:58,790', 'church and so thank you for being a', 'part. And I also want to say happy', '',
    ].join('\n');
    const result = reanchor(rolling, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(rolling.slice(result.span!.start, result.span!.end), 'uses your generosity to build his his\nchurch and so thank you for being a');
  });
});
