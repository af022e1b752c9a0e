import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseFixture } from '../transcriptFixtures';

/** The kind of the one shown claim whose text holds `words`; fails when none or several do. */
function kindOf(claims: readonly Claim[], words: string): string {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!.kind;
}

// Sentences and fixtures written for these tests in the shape of results commentary (issue 9, branch kindzh44).
describe('claim kinds in Chinese: an outcome measured against a forecast (issue 9, branch kindzh44)', () => {
  it('a forecast named in a 的 phrase after a measuring verb (符合, 低于, 保持在…) predicts nothing, in both scripts', () => {
    for (const sentence of [
      '本季门店销售额为3.2亿元，大致符合分析师事先预测的3亿元左右。',
      '本季門店銷售額為3.2億元，大致符合分析師事先預測的3億元左右。',
      '銷量低於市場預期的水平。',
      '客服把平均等待时间保持在预期的水平。',
    ]) {
      const kind = classifySentence(sentence);
      assert.ok(kind !== null && kind.kind !== 'forecast', `${sentence}: ${kind?.kind} ${kind?.cues.join('; ')}`);
    }
  });

  it('a prediction made, or one named as the subject, still forecasts', () => {
    for (const sentence of ['分析师预测明年销售额将增长一成。', '公司預期的全年增長為5%。', '他們正在預測下一季的需求。']) {
      assert.equal(classifySentence(sentence)?.kind, 'forecast', sentence);
    }
  });

  it('in a results column the measured outcome is a fact and the analysts\' prediction a forecast (fixtures in both scripts)', () => {
    const cases: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
      ['claims46-kind/results-column-zh-Hans.txt', [['事先预测的3亿元', 'fact'], ['保持在预期的水平', 'fact'], ['将增长一成', 'forecast'], ['全年增长为5%', 'forecast']]],
      ['claims46-kind/results-column-zh-Hant.txt', [['事先預測的3億元', 'fact'], ['保持在預期的水平', 'fact'], ['將增長一成', 'forecast'], ['全年增長為5%', 'forecast']]],
    ];
    for (const [name, expected] of cases) {
      const claims = analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
      for (const [words, kind] of expected) assert.equal(kindOf(claims, words), kind, `${name}: ${words}`);
    }
  });
});
