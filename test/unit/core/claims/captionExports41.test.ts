import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseFixture } from '../transcriptFixtures';

// Caption and transcript exports written for this test in the shapes of real ones (session 39, claims-en15):
// test/fixtures/transcripts/claims41. What a fact-checker would flag in them, and where their sentences end.
const AUTO_CAPTIONS = 'claims41/auto-captions.sbv';
const ROLLING = 'claims41/rolling-captions.vtt';
const OTTER = 'claims41/otter-export.txt';
const DESCRIPT = 'claims41/descript-export.md';

/** The claims shown at the default threshold (the core returns every claim it finds; the host hides the rest). */
function shown(claims: readonly Claim[]): readonly Claim[] {
  return claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
}

function claimsOf(name: string): readonly Claim[] {
  return shown(analyseFixture(name).analysis.claims);
}

/** The claim whose text holds `words`; fails when none or several do. */
function claimHolding(claims: readonly Claim[], words: string): Claim {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!;
}

describe('caption and transcript exports: sentences and claims (issue 9, claims-en15)', () => {
  it('auto captions without punctuation: a sentence runs over at most two cues, and every figure is in a claim of its kind', () => {
    const fixture = analyseFixture(AUTO_CAPTIONS);
    const claims = shown(fixture.analysis.claims);
    for (const claim of claims) {
      const written = fixture.text.slice(claim.span.start, claim.span.end);
      assert.ok((written.match(/-->|\d:\d\d:\d\d\.\d+,/g) ?? []).length <= 1, `over more than two cues: ${claim.text}`);
      assert.ok(!/\d:\d\d:\d\d/.test(claim.text), `a timing in the text: ${claim.text}`);
    }
    assert.equal(claimHolding(claims, 'lost 18 percent').kind, 'fact');
    assert.equal(claimHolding(claims, 'up from 12 percent').kind, 'fact');
    assert.equal(claimHolding(claims, 'replace 40 miles of old pipe by 2027').kind, 'forecast');
  });

  it('rolling captions: each line is read once, and the figures of the session are a fact', () => {
    const claims = claimsOf(ROLLING);
    const claim = claimHolding(claims, 'enrollment fell by 350 students this year');
    assert.equal(claim.kind, 'fact');
    assert.equal(claim.text.split('enrollment fell by 350 students').length, 2, claim.text);
    assert.equal(claim.text.split('the school board budget session').length, 2, claim.text);
    assert.ok(!claims.some((c) => c.text.startsWith('good morning and thanks for joining good morning')), 'a repeated line read twice');
  });

  it('an Otter export: each timestamped turn is its speaker\u2019s, its sentences end at their stops, only the guest\u2019s record is flagged', () => {
    const claims = claimsOf(OTTER);
    assert.deepEqual(
      claims.map((c) => [c.speaker, c.kind, c.text]),
      [
        ['Sam Ortiz', 'fact', 'We launched the loan program in March of 2022.'],
        ['Sam Ortiz', 'fact', "And since then we've approved about 1,900 loans, mostly to farms with fewer than ten employees."],
        ['Sam Ortiz', 'fact', "The default rate has stayed under 3%, which is lower than the bank's own small business portfolio."],
        ['Sam Ortiz', 'forecast', 'Um, and next year the province is going to double the fund to 80 million.'],
      ],
    );
  });

  it('a Descript Markdown export: no title, timestamp, greeting, question or sign-off flagged; the host\u2019s figures and the verdict are', () => {
    const claims = claimsOf(DESCRIPT);
    assert.deepEqual(
      claims.map((c) => [c.speaker, c.kind, c.text]),
      [
        ['Dana Whitfield', 'fact', 'So the county spent $14.6 million on the Mill Creek bridge, and it opened in 2019, two years late.'],
        ['Dana Whitfield', 'fact', 'Thirty-one percent, according to the auditor.'],
        ['Dana Whitfield', 'fact', 'And traffic counts show fewer than 400 cars a day use it.'],
        ['Marcus Bell', 'opinion', "That's honestly the worst deal I've ever seen."],
      ],
    );
  });
});
