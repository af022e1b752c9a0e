import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { trailingMarkupLength } from '../../../../src/core/claims/lineFilters';

/** Subtitles from an editor that writes ASS override blocks around a cue's text: `{\an8}` on top, `{\i1}…{\i0}` italics. */
const SUBTITLES = [
  '1',
  '00:00:01,000 --> 00:00:03,000',
  '{\\an8}The council will vote on it next week.{\\i0}',
  '',
  '2',
  '00:00:03,500 --> 00:00:06,000',
  '{\\i1}The bridge reopened in 2019.{\\i0}',
].join('\n');

describe('override blocks at the edges of a subtitle line', () => {
  it('are markup: no claim holds them', () => {
    const claims = analyze(SUBTITLES, {}, 'episode.srt').claims;
    assert.deepEqual(claims.map((c) => c.text), ['The council will vote on it next week.', 'The bridge reopened in 2019.']);
    for (const claim of claims) assert.equal(SUBTITLES.slice(claim.span.start, claim.span.end), claim.text);
  });

  it('at a line\'s end are found in time after a long run of spaces (a padded line ending in `}` or `>`)', () => {
    // Quadratic in the spaces before the fix: 200,000 of them took longer than mocha's timeout.
    const padding = ' '.repeat(200_000);
    assert.equal(trailingMarkupLength(`word${padding}x}`), 0);
    assert.equal(trailingMarkupLength(`word${padding}x>`), 0);
    assert.equal(trailingMarkupLength(`word${padding}{\\i0}`), padding.length + 5);
    assert.equal(trailingMarkupLength(`word  </i>{\\i0}`), 11);
  });
});
