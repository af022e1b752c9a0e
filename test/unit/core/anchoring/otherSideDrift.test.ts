import * as assert from 'node:assert/strict';
import { Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';

function tagged(text: string, quote: string) {
  const at = text.indexOf(quote);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

describe('re-anchoring with the drift of the neighbour on the other side (session 40)', () => {
  const before = [
    '---',
    'title: Budget hearing',
    'speakers: Ann Lee',
    'location: Room 4, City Hall, second floor',
    '---',
    '## Opening',
    '',
    'Ann Lee: Thank you all for coming to this hearing today, and to those watching.',
    'The clerk will read the agenda items one by one before we begin with questions.',
    'We will start with the numbers for the first quarter.',
    '',
  ].join('\n');
  // Front matter extended and two lines inserted above the heading: the line tagged above it moved a little, the
  // heading and everything after it a lot.
  const after = before.replace(
    'second floor\n---\n',
    'second floor\ncategories: ["hearing"]\n---\n\nGood morning, everyone.\nBefore we begin, a note on the schedule for the day: we stop at noon.\n',
  );
  const targets = [tagged(before, 'speakers: Ann Lee'), tagged(before, 'Opening'), tagged(before, 'We will start with the numbers for the first quarter.')];

  it('finds a short heading far from where the nearer neighbour\'s drift puts it, where the other neighbour\'s does', () => {
    const results = new Reanchorer(after).anchorAll(targets);
    assert.equal(results[0]!.status, 'anchored');
    assert.equal(results[2]!.status, 'anchored');
    assert.equal(results[1]!.status, 'anchored');
    const heading = after.indexOf('## Opening') + 3;
    assert.deepEqual(results[1]!.span, { start: heading, end: heading + 'Opening'.length });
    // Far beyond what a short quote found once may move (64 units), so only the other side's drift places it.
    assert.ok(heading - targets[1]!.start - (results[0]!.span!.start - targets[0]!.start) > 64);
  });

  it('leaves it orphaned when the heading was deleted, though the word is there again further on', () => {
    const withoutHeading = after.replace('## Opening\n', '').replace('first quarter.', 'first quarter.\nOpening remarks follow.');
    const results = new Reanchorer(withoutHeading).anchorAll(targets);
    assert.equal(results[1]!.status, 'orphaned');
  });
});
