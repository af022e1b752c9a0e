import * as assert from 'node:assert/strict';
import { findClaims } from '../../../../src/core/claims/findClaims';
import { SPONSOR_READ_REASON, sponsorOpeners, sponsorReads } from '../../../../src/core/claims/sponsorReads';
import { LineIndex } from '../../../../src/core/text/positions';

function claimsOf(text: string): ReturnType<typeof findClaims> {
  return findClaims(new LineIndex(text), [], {}, { format: 'plain' });
}

function claimOf(text: string, sentence: string): ReturnType<typeof findClaims>[number] | undefined {
  return claimsOf(text).find((claim) => claim.text === sentence);
}

const READ = [
  'Welcome back to the show.',
  'This episode is brought to you by Gitpod.',
  'Our free plan gives developers access to cloud environments for 50 hours per month.',
  'Companies such as Google and Facebook have moved software development to the cloud.',
  'Learn more and get started for free at gitpod.io.',
  'The Federal Reserve raised interest rates by 0.75 percentage points in June.',
].join('\n');

describe('sponsor reads (issue 9, enprec)', () => {
  it('ranks the claims between an opener naming a brand and that brand\'s web address lower, with the reason', () => {
    const inside = claimOf(READ, 'Our free plan gives developers access to cloud environments for 50 hours per month.');
    assert.ok(inside);
    assert.ok(inside.cues.includes(SPONSOR_READ_REASON));
    const plain = claimOf('Our free plan gives developers access to cloud environments for 50 hours per month.', 'Our free plan gives developers access to cloud environments for 50 hours per month.');
    assert.ok(plain);
    assert.ok(inside.confidence < plain.confidence);
  });

  it('leaves the conversation after the read alone', () => {
    const after = claimOf(READ, 'The Federal Reserve raised interest rates by 0.75 percentage points in June.');
    assert.ok(after);
    assert.ok(!after.cues.includes(SPONSOR_READ_REASON));
  });

  it('marks nothing without the brand\'s address nearby (a study sponsored by a university, a sponsor thanked in passing)', () => {
    const text = 'The trial was sponsored by Stanford University.\nIt enrolled 4,000 patients in 2021 and cut hospital stays by 12 percent.';
    assert.deepEqual(sponsorReads(text, sponsorOpeners(text)), []);
    assert.ok(!claimOf(text, 'It enrolled 4,000 patients in 2021 and cut hospital stays by 12 percent.')?.cues.includes(SPONSOR_READ_REASON));
  });

  it('joins reads that follow closely into one break', () => {
    const text = 'Thanks to our partners Linode and Fastly. Get credit at linode.com. Then a word. This episode is brought to you by Mercury. Visit mercury.com today.';
    const reads = sponsorReads(text, sponsorOpeners(text));
    assert.equal(reads.length, 1);
    assert.equal(text.slice(reads[0]!.span.end - 'mercury.com'.length, reads[0]!.span.end), 'mercury.com');
  });

  it('finds every opener, in either case at its first letter, and only in the range asked for', () => {
    const text = "Sponsored by Acme. Then brought to you by Bolt. Our partners Cog. And today's sponsor, Dyn. Unsponsored.";
    const expected = ['Sponsored by', 'brought to you by', 'Our partners', "today's sponsor"].map((phrase) => text.indexOf(phrase));
    assert.deepEqual(sponsorOpeners(text), expected);
    assert.deepEqual(sponsorOpeners(text, expected[1]!, expected[3]!), expected.slice(1, 3));
  });

  it('finds in a window exactly the openers a whole-text search finds starting there, at its edges too', () => {
    const text = 'Intro. This episode is brought to you by Acme. Our sponsor today: Beta. Sponsored by Gamma. Then talk, ' + 'no openers here. '.repeat(40) + "Today's sponsor is Delta.";
    const all = sponsorOpeners(text);
    assert.equal(all.length, 4);
    for (const from of [0, 5, all[0]!, all[0]! + 1, all[1]! - 3, 60, all[3]! - 1]) {
      for (const to of [all[1]!, all[1]! + 1, all[2]! + 2, text.length - 5, text.length]) {
        if (to < from) continue;
        assert.deepEqual(sponsorOpeners(text, from, to), all.filter((start) => start >= from && start < to), `[${from}, ${to})`);
      }
    }
  });
});

