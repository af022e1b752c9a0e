import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { causedFeeling, excessPredicate, seenInference, sufficiency, totalNegation } from '../../../../src/core/claims/zhJudgements';
import { matchingKey } from '../../../../src/core/text/charFold';

function inferred(sentence: string): string | null {
  const key = matchingKey(sentence);
  return seenInference(key, 0, key.length);
}

function excess(sentence: string): string | null {
  const key = matchingKey(sentence);
  return excessPredicate(key, 0, key.length);
}

describe('claim kinds in Chinese: judgements without a cue word (issue 9, branch zhkind4)', () => {
  it('a conclusion drawn from what was seen is an inference, in both scripts', () => {
    assert.equal(inferred('从上述行为可以看出，李嘉诚看空的是整个经济。'), '可以看出');
    assert.equal(inferred('從這事兒就可以看出——他把王公公給得罪了。'), '可以看出');
    assert.equal(inferred('另外他的评论讨论还有版本控制等功能，也能看出来，这个是一个针对于团队而设计的产品。'), '能看出来');
  });

  it('看出 as a plain verb with its object, or with nothing after it, is no inference', () => {
    for (const sentence of ['可以看出一個趨勢,你要怎麼樣來回應?', '这一点谁都能看出来。', '他没有看出问题所在。']) {
      assert.equal(inferred(sentence), null, sentence);
    }
  });

  it('a plain statement that draws a conclusion is an opinion with its reason, as sure of being a claim as before', () => {
    const judged = classifySentence('从上述行为可以看出，李嘉诚看空的是整个经济。');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['inference: 可以看出']);
    const plain = classifySentence('从上述文件里面找到，李嘉诚卖掉的是整个公司。');
    assert.equal(plain?.kind, 'fact');
    assert.equal(judged.confidence, plain.confidence);
  });

  it('too much or not enough closing a clause grades against a standard, in both scripts', () => {
    assert.equal(excess('因為不想要把視訊串流都送到後端，頻寬跟apiserver 壓力太大。'), '太大');
    assert.equal(excess('鲁炜同学干活太卖力了，得罪的人自然比较多。'), '太卖力');
    assert.equal(excess('但實際上效果不夠好，有很多細部要再調整。'), '不够好');
  });

  it('not enough standing bare at the end of its clause is the same judgement (session 39)', () => {
    assert.equal(excess('說到底，我們手上的資源不夠、人力也不夠。'), '不够');
    assert.equal(excess('如果在一个很大的市场里投入不足，就会被对手甩开。'), '不足');
    assert.equal(excess('这套教材还存在多方面的不足，主要在练习题上。'), '不足');
    for (const sentence of ['这个月的降雨量不足一成。', '这点证据不足以说明问题。', '他的方案还有不足之处。', '这个城市的停车位不够用来办活动。']) {
      assert.equal(excess(sentence), null, sentence);
    }
    // A regularity (就会) made it a fact; the judgement it is built on outranks it, as for 太大.
    const judged = classifySentence('如果在一个很大的市场里投入不足，就会被对手甩开。');
    assert.equal(judged?.kind, 'opinion');
    assert.ok(judged.cues.includes('evaluation: 不足'), judged.cues.join('; '));
    assert.equal(classifySentence('如果在一个很大的市场里投入了资金，就会被对手盯上。')?.kind, 'fact');
  });

  it('plain degree, words that start with 太, a 太 before more of the clause and a sentence with a number are not', () => {
    for (const sentence of [
      '反过来看中国，问题也很大。',
      '他们在太平洋上航行了一个月。',
      '我们太需要一个新的平台来做这件事。',
      '由于新三板跌得太惨，数千亿资金套死。',
    ]) {
      assert.equal(excess(sentence), null, sentence);
    }
    const judged = classifySentence('因為不想要把視訊串流都送到後端，頻寬跟apiserver 壓力太大。');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: 太大']);
  });

  it('what suffices or does not suffice to bring something about is an assessment', () => {
    const of = (sentence: string): string | null => sufficiency(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('他这几年的大规模撤离，足以成为业界的风向标。'), '足以');
    assert.equal(of('為用戶提供免費使用的事實足以使用戶忽略了這些產品的隱私和安全問題。'), '足以');
    assert.equal(of('单凭这一点还不足以说明问题。'), '不足以');
    assert.equal(of('他们的生活很富足。'), null);
    const judged = classifySentence('他这几年的大规模撤离，足以成为业界的风向标。');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: 足以']);
  });

  it('a stance the sentence is built on outranks a date or a record word, not a quantity nor a regularity beside 而不是 (session 31)', () => {
    const graded = classifySentence('對，就是說它還是有它的價值，但是它最大的問題還是計算量的利用效率太少了。');
    assert.equal(graded?.kind, 'opinion');
    assert.deepEqual(graded.cues, ['record: 最大的', 'evaluation: 太少']);
    const framed = classifySentence('2019年的时候，当然市场也受到了疫情的冲击。');
    assert.equal(framed?.kind, 'opinion');
    assert.deepEqual(framed.cues, ['date: 2019年', 'stance frame: 当然']);
    // Only the kind changes: as sure of being a claim as the sentence without its stance.
    assert.equal(framed.confidence, classifySentence('2019年的时候，市场也受到了疫情的冲击。')?.confidence);
    assert.equal(classifySentence('它最大的问题还是计算量的利用效率。')?.kind, 'fact');
    assert.equal(classifySentence('它最大的问题是3000台机器的利用效率太低了。')?.kind, 'fact');
    assert.equal(classifySentence('如果我們給錯訊號，我們就會長出脂肪細胞而不是肌肉。')?.kind, 'fact');
  });
});

describe('claim kinds in Chinese: a negation that leaves nothing (issue 9, branch kind37)', () => {
  const negated = (sentence: string): string | null => {
    const key = matchingKey(sentence);
    return totalNegation(key, 0, key.length);
  };

  it('ruling something out entirely is read in both scripts', () => {
    assert.equal(negated('这次涨价跟原材料一点关系都没有。'), '一点…都没');
    assert.equal(negated('這套流程一點都不複雜。'), '一点…都不');
    assert.equal(negated('面对这种局面，小股东毫无办法。'), '毫无');
    assert.equal(negated('這個外掛除了好玩之外，沒什麼實際用途。'), '没什么');
    assert.equal(negated('补贴发了三年，但完全没有效果。'), '完全没');
    assert.equal(negated('他根本不在乎用户怎么想。'), '根本不');
  });

  it('a question about whether there is any, and a negation that modifies a noun, are not', () => {
    for (const sentence of ['有没有什么办法可以提前知道结果', '我们搬进去的是一个什么都没有的仓库。', '他今天没来上班。']) {
      assert.equal(negated(sentence), null, sentence);
    }
  });

  it('a plain statement that rules something out is an opinion, as sure of being a claim as before', () => {
    const judged = classifySentence('这个插件装在旧电脑上，除了截图没什么实际用途。');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: 没什么']);
    const plain = classifySentence('这个插件装在旧电脑上，除了截图还有几个实际用途。');
    assert.equal(plain?.kind, 'fact');
    assert.equal(judged.confidence, plain.confidence);
  });

  it('哪 under a negation leaves no one out; asked about, it is no negation', () => {
    assert.equal(negated('没有哪家公司的成功是靠压低工资换来的。'), '没有哪');
    assert.equal(negated('開源精神不是哪一家公司的專利。'), '不是哪');
    assert.equal(negated('你有没有哪个朋友在那边工作'), null);
    assert.equal(negated('是不是哪里的配置写错了'), null);
    const judged = classifySentence('开源精神不是哪一家公司的专利。');
    assert.equal(judged?.kind, 'opinion');
    assert.deepEqual(judged.cues, ['evaluation: 不是哪']);
  });

  it('a quantity still decides', () => {
    assert.equal(classifySentence('去年公司投入了3000万元，但完全没有效果。')?.kind, 'fact');
  });
});

describe('claim kinds in Chinese: what something makes anyone feel (issue 9, branch kindzh39)', () => {
  function caused(sentence: string): string | null {
    const key = matchingKey(sentence);
    return causedFeeling(key, 0, key.length);
  }

  it('令人 with a feeling after it is read in both scripts', () => {
    assert.equal(caused('這次展覽裡還有幾件作品絕對令人驚嘆。'), '令人');
    assert.equal(caused('那座老城墙在夜里显得令人望而生畏。'), '令人');
  });

  it('令 with a named object, 令人们, and 令人 with nothing after it are not', () => {
    for (const sentence of ['新規定令他每天多花一小時通勤。', '这项政策令人们的出行方式发生了变化。', '結果是令人', '市政府下令封路。']) {
      assert.equal(caused(sentence), null, sentence);
    }
  });

  it('beside a past event it judges what happened rather than narrating it; a quantity still decides', () => {
    // Without 令人 the evaluation (難得) beside what was done (完成了) narrates, and the date alone decides: facts.
    const narrated = classifySentence('這支樂團很早就成立了，當年出過幾張難得的唱片，很早就完成了巡演。');
    assert.equal(narrated?.kind, 'fact');
    const judged = classifySentence('這支樂團很早就成立了，當年出過幾張難得的唱片，很早就完成了巡演，令人驚嘆。');
    assert.equal(judged?.kind, 'opinion');
    assert.ok(judged.cues.includes('evaluation: 令人'), judged.cues.join('; '));
    assert.equal(classifySentence('这座桥去年建成了，工程难度大，很早就完成了设计。')?.kind, 'fact');
    assert.equal(classifySentence('这座桥去年建成了，工程难度大，很早就完成了设计，令人惊叹。')?.kind, 'opinion');
    assert.equal(classifySentence('这支乐团成立了20年，出过12张唱片，令人惊叹。')?.kind, 'fact');
  });
});
