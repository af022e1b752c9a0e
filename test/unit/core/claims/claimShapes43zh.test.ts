import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseFixture } from '../transcriptFixtures';

// Texts written for this test (session 41, kindzh41) in the shapes of Chinese opinions read as facts: a spokesperson's
// reply that condemns, a Traditional commentary whose verdicts stand beside figures, a podcast whose guest judges a
// market. test/fixtures/transcripts/claims43-zh. The kinds a fact-checker would give them.
const BRIEFING = 'claims43-zh/briefing-zh-Hans.txt';
const COMMENTARY = 'claims43-zh/commentary-zh-Hant.md';
const PODCAST = 'claims43-zh/podcast-zh-Hans.txt';

/** The claims shown at the default threshold (the core returns every claim it finds; the host hides the rest). */
function claimsOf(name: string): readonly Claim[] {
  return analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
}

/** The kind of the one claim whose text holds `words`; fails when none or several do. */
function kindOf(claims: readonly Claim[], words: string): string {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!.kind;
}

describe('Chinese claim kinds of a reply, a commentary and a podcast (issue 9, kindzh41)', () => {
  it('a spokesperson’s reply: the condemnations are opinions, the counts a fact, the talks a forecast', () => {
    const claims = claimsOf(BRIEFING);
    assert.equal(kindOf(claims, '这份报告罔顾事实'), 'opinion');
    assert.equal(kindOf(claims, '大肆抹黑两国的正常合作'), 'opinion');
    assert.equal(kindOf(claims, '投资项目共有37个'), 'fact');
    assert.equal(kindOf(claims, '第五轮经贸磋商'), 'forecast');
  });

  it('a commentary in Traditional script: verdicts beside a span of time are opinions, the counted population a fact', () => {
    const claims = claimsOf(COMMENTARY);
    assert.equal(kindOf(claims, '最要緊的顯然是'), 'opinion');
    assert.equal(kindOf(claims, '堪稱這座城市的轉捩點'), 'opinion');
    assert.equal(kindOf(claims, '去年全市人口為268萬人'), 'fact');
    assert.equal(kindOf(claims, '明年將再投入45億元'), 'forecast');
    assert.equal(kindOf(claims, '指手畫腳'), 'opinion');
  });

  it('a podcast: the guest’s number is a fact, the judgements with and beside figures opinions', () => {
    const claims = claimsOf(PODCAST);
    assert.equal(kindOf(claims, '骑手大概有745万人'), 'fact');
    assert.equal(kindOf(claims, '毫无疑问，那是这个行业扩张最疯狂的一年'), 'opinion');
    assert.equal(kindOf(claims, '说白了就是恶性竞争'), 'opinion');
  });
});
