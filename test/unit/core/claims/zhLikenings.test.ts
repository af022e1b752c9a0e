import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { likening } from '../../../../src/core/claims/zhJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';
import { analyseFixture } from '../transcriptFixtures';

/** The kind of the one shown claim whose text holds `words`; fails when none or several do. */
function kindOf(claims: readonly Claim[], words: string): string {
  const holding = claims.filter((claim) => claim.text.includes(words));
  assert.equal(holding.length, 1, `${holding.length} claims hold "${words}": ${JSON.stringify(claims.map((c) => c.text))}`);
  return holding[0]!.kind;
}

// Sentences and fixtures written for these tests in the shape of newspaper columns (issue 9, branch kind42).
describe('claim kinds in Chinese: likenings and plain contrasts (issue 9, branch kind42)', () => {
  it('a hedged likening (有点像, 看起来像) or a contrast with what is plain (明明) judges, in both scripts', () => {
    for (const sentence of [
      '这种生意有点像放烟花，一时好看，转眼就散了。',
      '這些店看起來像是熱鬧的市集，其實只是一陣風。',
      '排队的人明明是来喝茶的，最后却只顾着拍照。',
      '他們明明知道問題在哪裡，卻一直拖著不改。',
    ]) {
      const kind = classifySentence(sentence);
      assert.equal(kind?.kind, 'opinion', `${sentence}: ${kind?.kind} ${kind?.cues.join('; ')}`);
    }
  });

  it('the same sentences told without the likening or the contrast stay facts', () => {
    for (const sentence of ['这种生意靠放烟花吸引客人，一晚上放了两次。', '排队的人是来喝茶的，最后都买了两杯。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', sentence);
    }
  });

  it('a bare 像 that gives an example or compares plainly, and 明明白白, read no likening', () => {
    const of = (sentence: string): string | null => likening(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('我们能不能像处理质点一样，把带电体也简化呢？'), null);
    assert.equal(of('伤口愈合以后，看上去就像没受过伤一样。'), null);
    assert.equal(of('合同上明明白白写着交货日期。'), null);
    assert.equal(of('這有點像半導體行業：重點不再是每塊晶片能塞多少晶體管。'), '有点像');
    assert.equal(of('明明是能載舟的大江，卻只拿來煮粥。'), '明明');
  });

  it('a figure still makes a fact; a likening in a column is the writer\'s judgement (fixtures in both scripts)', () => {
    const cases: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
      ['claims44-kind/column-zh-Hans.txt', [['奶茶店有420家', 'fact'], ['看起来像是热闹的集市', 'opinion'], ['明明是来喝茶的', 'opinion'], ['有点像放烟花', 'opinion'], ['下个月将抽查', 'forecast']]],
      ['claims44-kind/column-zh-Hant.txt', [['奶茶店有420家', 'fact'], ['看起來像是熱鬧的市集', 'opinion'], ['明明是來喝茶的', 'opinion'], ['有點像放煙花', 'opinion'], ['下個月將抽查', 'forecast']]],
    ];
    for (const [name, expected] of cases) {
      const claims = analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
      for (const [words, kind] of expected) assert.equal(kindOf(claims, words), kind, `${name}: ${words}`);
    }
  });
});
