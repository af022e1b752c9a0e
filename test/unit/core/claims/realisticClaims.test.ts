import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseText } from '../transcriptFixtures';

/** The kind the editor shows (at the default minimumConfidence), or null when it shows no claim. */
function kindOf(text: string): string | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? result.kind : null;
}

describe('claim kinds on realistic sentences', () => {
  it('the month May is not the modal may', () => {
    assert.equal(kindOf('So monthly churn was 3.1% in May, down from 4.6% in April.'), 'fact');
    assert.equal(kindOf("Let's start with the churn numbers from May."), null);
    assert.equal(kindOf('Prices may rise again this winter.'), 'forecast');
  });
});

describe('expectations and intentions', () => {
  it('"is expected to" predicts even when a date follows; "than anyone expected" looks back', () => {
    assert.equal(kindOf('The factory is expected to close by the end of 2026.'), 'forecast');
    assert.notEqual(kindOf('Supply came online much faster than anyone expected.'), 'forecast');
    assert.notEqual(kindOf('Revenue was better than expected.'), 'forecast');
    assert.notEqual(kindOf('That is better than we forecast.'), 'forecast');
  });

  it('`going to` before a place or a thing is a motion, before a verb the future', () => {
    const cues = (text: string): readonly string[] => classifySentence(text)?.cues ?? [];
    for (const motion of ['We moved about twelve thousand packages a night, most of them going to New York.', 'The money is going to the schools.', 'Half the grant is going to their hospital.']) {
      assert.ok(!cues(motion).some((cue) => cue.includes('going to')), motion);
      assert.notEqual(kindOf(motion), 'forecast', motion);
    }
    assert.ok(cues('Prices are going to rise next year.').some((cue) => cue.includes('going to')));
    assert.ok(cues("It's going to be hard, and I think it's going to hurt.").some((cue) => cue.includes('going to')));
  });

  it('`eventually` before a past-tense verb ends a story; before a present or future verb it predicts', () => {
    const cues = (text: string): readonly string[] => classifySentence(text)?.cues ?? [];
    for (const story of ['He worked on the proof for years, and eventually he figured out how to use the data.', 'Eventually the company closed its plant in 2019.', 'She eventually became the first mayor of the town in 1952.', 'We tried everything, and eventually, we got a version that ran.']) {
      assert.ok(!cues(story).some((cue) => cue.toLowerCase().includes('eventually')), story);
      assert.notEqual(kindOf(story), 'forecast', story);
    }
    for (const prediction of ['Prices will eventually fall by 20 percent.', 'Eventually, the city will run out of water.', 'Eventually the fund runs dry.']) {
      assert.ok(cues(prediction).some((cue) => cue.toLowerCase().includes('eventually')), prediction);
    }
  });

  it('预期 as a noun (超出预期, 稳定预期) is no forecast; as a verb it is', () => {
    assert.notEqual(kindOf('这个速度其实超出了很多人的预期。'), 'forecast');
    assert.notEqual(kindOf('房地产市场需要进一步出台稳定预期的政策。'), 'forecast');
    assert.notEqual(kindOf('三季度的销量低于预期。'), 'forecast');
    assert.equal(kindOf('公司预期明年营收增长两成。'), 'forecast');
  });

  it("a first-person I'll announces what the speaker does next, not a prediction", () => {
    assert.equal(kindOf("With that, I'll open it up."), null);
    assert.equal(kindOf("I'll let Secretary Bessent speak to that."), null);
    assert.equal(kindOf("We'll see prices fall next year."), 'forecast');
  });
});

describe('claim spans on realistic text', () => {
  it('a stage direction at the start or end of a sentence is left out of the claim', () => {
    const fixture = analyseText('嘉宾：对，价格战确实很残酷。（笑）说实话，我觉得这种打法是不可持续的。\n\n**Hannah:** Nobody knows. (laughs) But I\'d expect them to settle near $15,000 a ton. (Laughter.)\n', 'show.md');
    const texts = fixture.analysis.claims.map((c) => c.text);
    assert.ok(texts.includes('说实话，我觉得这种打法是不可持续的。'), texts.join(' | '));
    assert.ok(texts.includes("But I'd expect them to settle near $15,000 a ton."), texts.join(' | '));
  });

  it('Markdown front matter holds no claims', () => {
    const text = '---\ntitle: "Episode 142: The Lithium Question"\ndate: 2025-05-21\n---\n\n**Hannah:** Prices fell 90 percent.\n';
    assert.deepEqual(analyseText(text, 'notes.md').analysis.claims.map((c) => c.text), ['Prices fell 90 percent.']);
  });
});

describe('metadata lines', () => {
  it('a field whose value is only a date or time is no claim; a field with a quantity still is', () => {
    assert.equal(kindOf('播出时间：2025年6月8日 21:30'), null);
    assert.equal(kindOf('Recorded on: March 4, 2025'), null);
    assert.equal(kindOf('上半年GDP增长：5.3%'), 'fact');
    assert.equal(kindOf('会议时间：2025年6月8日，地点在北京。'), 'fact');
  });
});

describe('more cue words from real speech', () => {
  it('会上/会后 are the meeting, not the future', () => {
    assert.equal(kindOf('会上，双方签署了三项合作协议。'), 'fact');
    assert.equal(kindOf('这个问题我们会后再讨论。'), null);
    assert.equal(kindOf('我们会在下个月公布结果。'), 'forecast');
  });

  it('certainty (一定能) predicts; superlatives and 令人失望 evaluate', () => {
    assert.equal(kindOf('我们一定能够实现这个目标。'), 'forecast');
    assert.equal(kindOf('This is the greatest economy in the history of our country.'), 'opinion');
    assert.equal(kindOf('这款手机的续航表现令人失望。'), 'opinion');
    assert.equal(kindOf('Analysts say the stock is undervalued.'), 'opinion');
  });
});

describe('会上 and 会后 inside a forecast', () => {
  it('会上涨, 会上市 and 会后悔 still predict', () => {
    assert.equal(kindOf('我认为房价明年还会上涨。'), 'forecast');
    assert.equal(kindOf('这款车会上市吗'), null);
    assert.equal(kindOf('新产品会上市得很快，大家不会后悔。'), 'forecast');
    assert.deepEqual(classifySentence('房价明年会上涨。')?.cues, ['future time: 明年', 'future: 会上涨']);
  });
});

describe('company abbreviations and beaten forecasts', () => {
  it('`Apple Inc. reported…` is one sentence; `…Apple Inc. The company…` is two', async () => {
    const { splitSentences } = await import('../../../../src/core/claims/sentences');
    const { LineIndex } = await import('../../../../src/core/text/positions');
    const split = (text: string) => splitSentences(new LineIndex(text)).map((s) => s.text);
    assert.deepEqual(split('Apple Inc. reported revenue of $94.9 billion.'), ['Apple Inc. reported revenue of $94.9 billion.']);
    assert.deepEqual(split('He bought shares of Apple Inc. The stock rose 4 percent.'), ['He bought shares of Apple Inc.', 'The stock rose 4 percent.']);
  });

  it('beating or missing forecasts is a result, not a forecast', () => {
    assert.notEqual(kindOf('That beat forecasts by 0.3 points.'), 'forecast');
    assert.notEqual(kindOf('Growth was weaker than predicted in the third quarter.'), 'forecast');
    assert.equal(kindOf('The IMF forecasts growth of 3 percent next year.'), 'forecast');
  });
});

describe('figures as written in Chinese reports', () => {
  it('3萬4千人 is one count and 34周年 one anniversary (an ordinal, read like a date)', () => {
    assert.deepEqual(classifySentence('人才缺口大約是3萬4千人，比前一年多了兩成。')?.cues, ['count: 3万4千人', 'percent: 两成']);
    assert.deepEqual(classifySentence('今年是双方建立对话关系34周年。')?.cues, ['date: 今年', 'ordinal: 34周年']);
  });
});

describe('permission is no likelihood', () => {
  it('you may (permission, or what you may have heard) is no forecast; we may is', () => {
    assert.equal(kindOf('You may now disconnect.'), null);
    assert.equal(kindOf('You may have heard that sales fell.'), null);
    assert.equal(kindOf('We may raise prices again in the fall.'), 'forecast');
  });
});

describe('Taiwanese usage', () => {
  it('一兆美元 is money; 很棒 and 被高估 evaluate', () => {
    assert.deepEqual(classifySentence('台積電市值突破一兆美元。')?.cues, ['money: 一兆美元']);
    assert.equal(kindOf('這是一個很棒的機會。'), 'opinion');
    assert.equal(kindOf('這個數字其實被高估了。'), 'opinion');
  });
});

describe('going to', () => {
  it("I'm going to (what the speaker does next) and was going to (the past) are no forecast; we're going to is", () => {
    assert.equal(kindOf("I'm going to ask you about the budget now."), null);
    assert.equal(kindOf('I was going to say the same thing.'), null);
    assert.equal(kindOf("We're going to win this election."), 'forecast');
  });
});

describe('typographic apostrophes', () => {
  it('I’ll, I’m going to and We’ll read like their ASCII spellings', () => {
    assert.equal(kindOf('With that, I’ll open it up.'), null);
    assert.equal(kindOf('I’m going to ask you about the budget now.'), null);
    assert.deepEqual(classifySentence('We’ll see prices fall soon.')?.cues, ["future: 'll", 'future time: soon']);
  });
});

describe('bare beliefs', () => {
  it('a short sentence resting only on I think / 我认为 claims nothing; a longer one or an evaluation does', () => {
    assert.equal(kindOf("Okay, I think we're recording."), null);
    assert.equal(kindOf('我不這麼認為。'), null);
    assert.equal(kindOf('So I think the wizard is still the biggest problem we have.'), 'opinion');
    assert.equal(kindOf('我認為問題不只在數量。'), 'opinion');
    // `I think it is great.` is a reaction to the last turn (a word of liking said of a pointer, conversationMoves.ts).
    assert.equal(kindOf('I think the plan is great.'), 'opinion');
  });
});

describe('indirect questions', () => {
  it('whether … will and 是否会 ask about the future without predicting it', () => {
    assert.equal(kindOf('In this episode, Marcus talks with Hannah about recycling and whether prices will rebound.'), null);
    assert.notEqual(kindOf('外界关注美联储是否会在九月降息。'), 'forecast');
    assert.equal(kindOf('Whether or not they agree, prices will rise next year.'), 'forecast');
  });
});
