import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseFixture } from '../transcriptFixtures';

// Texts written for this test (session 40, claims-en16) in the shapes the brief names: a briefing summary in reported
// speech with its page furniture, a podcast with rhetorical questions, a Markdown press release with an editorial note.
// test/fixtures/transcripts/claims42. What a fact-checker would flag in them, and what not.
const BRIEFING = 'claims42/briefing-summary.txt';
const PODCAST = 'claims42/podcast-rhetorical.txt';
const RELEASE = 'claims42/press-release.md';

/** The claims shown at the default threshold (the core returns every claim it finds; the host hides the rest). */
function claimsOf(name: string): readonly Claim[] {
  return analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
}

/** The claim whose text holds `words`; fails when none or several do. */
function claimHolding(claims: readonly Claim[], words: string): Claim {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!;
}

function assertNoClaimHolds(claims: readonly Claim[], words: string): void {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 0, `a claim holds "${words}": ${JSON.stringify(holding.map((c) => c.text))}`);
}

describe('claim shapes of briefings, podcasts and press releases (issue 9, claims-en16)', () => {
  it('a briefing summary: the reported figures are facts, the reported judgement and plan are claims, the publishing stamps are not', () => {
    const claims = claimsOf(BRIEFING);
    assert.equal(claimHolding(claims, '212,000 homes were completed').kind, 'fact');
    assert.equal(claimHolding(claims, '£14 million to 3,200 households').kind, 'fact');
    claimHolding(claims, 'was a disaster for renters');
    claimHolding(claims, 'talks with the union would resume on Thursday');
    assertNoClaimHolds(claims, 'Published 3 May 2024');
    assertNoClaimHolds(claims, 'Last updated 3 May 2024');
  });

  it('a podcast: rhetorical questions ask for agreement and are no claims; the figures, the judgement and the prediction are', () => {
    const claims = claimsOf(PODCAST);
    for (const question of ['Who would pay that?', "Isn't that the whole point", 'How is that fair', 'Do you ride it yourself?']) assertNoClaimHolds(claims, question);
    assert.equal(claimHolding(claims, 'from 60 to 95 dollars in January').kind, 'fact');
    assert.equal(claimHolding(claims, 'Ridership fell by 18 percent').kind, 'fact');
    assert.equal(claimHolding(claims, 'the new fare is unreasonable').kind, 'opinion');
    assert.equal(claimHolding(claims, 'will close for repairs next spring').kind, 'forecast');
    for (const talk of ['episode 48', 'Thanks for having me', 'show notes']) assertNoClaimHolds(claims, talk);
  });

  it('a press release: the editorial note and the thanks are no claims; the cost is a fact, the judgement an opinion, the expectation a forecast', () => {
    const claims = claimsOf(RELEASE);
    assertNoClaimHolds(claims, 'edited for clarity');
    assertNoClaimHolds(claims, 'Thank you all');
    assert.equal(claimHolding(claims, 'cost 2.4 million dollars').kind, 'fact');
    assert.equal(claimHolding(claims, 'the old room was a disgrace').kind, 'opinion');
    assert.equal(claimHolding(claims, 'host about 300 school visits next year').kind, 'forecast');
  });
});
