import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

/** The kind the editor shows (at the default minimumConfidence), or null when it shows no claim. */
function kindOf(text: string): string | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? result.kind : null;
}

/** Kind and cues without the confidence, which has its own tests. */
function kindAndCues(text: string, options?: Parameters<typeof classifySentence>[1]): { kind: string; cues: readonly string[] } | null {
  const result = classifySentence(text, options);
  return result && { kind: result.kind, cues: result.cues };
}

function cuesOf(text: string): readonly string[] {
  return classifySentence(text)?.cues ?? [];
}

describe('classifySentence', () => {
  describe('fact', () => {
    it('figures, money, percentages and attributed reports in Traditional Chinese', () => {
      const result = classifySentence('據公司年報，我們去年營收達到420億元，比前年增長了18%。');
      assert.equal(result?.kind, 'fact');
      assert.ok(result.cues.includes('attribution: 据…年报'));
      assert.ok(result.cues.includes('money: 420亿元'));
      assert.ok(result.cues.includes('percent: 18%'));
    });

    it('counts and Chinese numerals in Simplified Chinese', () => {
      assert.equal(kindOf('我们每年招收超过500名工程师，其中三成来自海外。'), 'fact');
      assert.ok(cuesOf('我们每年招收超过500名工程师，其中三成来自海外。').includes('count: 500名'));
      assert.ok(cuesOf('英伟达员工只有大约4.2万到4.7万人。').includes('count: 4.7万人'));
      assert.equal(kindOf('新智元是作爲僅受邀的三家媒體之一。'), 'fact');
    });

    it('an attributed report without a figure', () => {
      assert.equal(kindOf('據央視新聞報道，晚宴中宇樹科技CEO與黃仁勳同桌用餐。'), 'fact');
      assert.ok(cuesOf('據美方官員透露，美中近期在稀土貿易上達成協議。').includes('attribution: 据…透露'));
    });

    it('a dated event', () => {
      assert.deepEqual(kindAndCues('2016年，百度世界大會在京召開。'), { kind: 'fact', cues: ['date: 2016年'] });
    });

    it('English figures and attribution', () => {
      const result = classifySentence('According to the ministry, 42 percent of graduates chose engineering in 2024.');
      assert.equal(result?.kind, 'fact');
      assert.deepEqual(result.cues, ['attribution: According to', 'percent: 42 percent', 'date: 2024']);
      assert.equal(kindOf('Revenue rose 18% to $4.2 billion last year.'), 'fact');
    });

    it('fractions and English relative dates', () => {
      assert.ok(cuesOf('英偉達一夜之間就漲出1/6輛特斯拉。').includes('count: 1/6辆'));
      assert.ok(cuesOf('We shipped 1.2 million units, up 18% from a year ago.').includes('date: a year ago'));
    });

    it('does not read product names such as H20 or GPT-4 as figures', () => {
      assert.deepEqual(cuesOf('新款RTX PRO GPU基於Blackwell架構，H20不具備這些能力。'), ['statement']);
      assert.equal(kindOf('We compared GPT-4 with our own model yesterday afternoon.'), 'fact');
      assert.deepEqual(cuesOf('We compared GPT-4 with our own model yesterday afternoon.'), ['date: yesterday']);
    });
  });

  describe('forecast', () => {
    it('takes English might, may, probably and could alone as hedges of what is, not forecasts; beside a future cue they still predict', () => {
      assert.equal(kindAndCues("It was probably two o'clock when I pinged Alban.")?.kind, 'fact');
      assert.deepEqual(kindAndCues('In the middle, we assume that the channel may not be reliable.'), { kind: 'fact', cues: ['likelihood: may'] });
      assert.equal(kindOf('May of last year, 10 inmates escaped from a prison in New Orleans.'), 'fact');
      assert.equal(kindOf('It might seem a little extreme to be calling this a paradox.'), 'opinion');
      assert.equal(kindOf('The plant will probably close next year.'), 'forecast');
      assert.equal(kindOf('Prices are likely to rise.'), 'forecast');
      // Chinese likelihood words keep weighing what will be.
      assert.equal(kindOf('明年的需求可能會更強。'), 'forecast');
    });

    it('future and likelihood markers in Traditional, Simplified and English', () => {
      assert.equal(kindOf('人工智能將改變每一個行業。'), 'forecast');
      assert.equal(kindOf('明年很可能会再扩建两座工厂。'), 'forecast');
      assert.equal(kindOf('We expect demand to double next year.'), 'forecast');
      assert.equal(kindOf('Prices will likely rise.'), 'forecast');
    });

    it('a first-person prediction', () => {
      const result = classifySentence('我預計很快就會批下來。');
      assert.equal(result?.kind, 'forecast');
      assert.equal(result.cues[0], 'first-person prediction: 我预计');
    });

    it('a figure about the future is a forecast, with the figure among its cues', () => {
      const result = classifySentence('這個市場預計在2030年達到1兆美元。');
      assert.equal(result?.kind, 'forecast');
      assert.ok(result.cues.includes('money: 1兆美元'));
    });

    it('a belief about the future is a forecast', () => {
      assert.equal(kindOf('我認爲它將長期存在。'), 'forecast');
      assert.equal(kindOf('I think we will win the market.'), 'forecast');
    });
  });

  describe('opinion', () => {
    it('belief and evaluation without a checkable quantity', () => {
      const result = kindAndCues('所以，我認爲AI技術是真正的全球化領域。');
      assert.deepEqual(result, { kind: 'opinion', cues: ['first-person belief: 我认为', 'evaluation: 真正的'] });
      assert.equal(kindOf('我们的客户非常优秀，这是一个明智的选择。'), 'opinion');
      assert.equal(kindOf('I think this is a great product.'), 'opinion');
      assert.deepEqual(cuesOf('I think this is a great product.'), ['first-person belief: I think', 'evaluation: great']);
    });
  });

  describe('traps', () => {
    it('會 in 會議 and other compounds is not a forecast cue', () => {
      assert.equal(kindOf('上個月的會議非常成功。'), 'opinion');
      assert.equal(kindOf('我們開會討論了人才的問題。'), null);
      assert.equal(kindOf('這是一個巨大的機會。'), 'opinion');
      assert.equal(kindOf('董事會和委員會批准了方案，這很明智。'), 'opinion');
      assert.deepEqual(cuesOf('中國貿促會會長在北京與他舉行會談。'), ['statement']);
      // The future 會 still counts, even next to a compound word.
      assert.equal(kindOf('這次會議之後，公司會擴大投資。'), 'forecast');
      assert.equal(kindOf('它会长期存在。'), 'forecast');
    });

    it('將 as the object marker is not a forecast cue', () => {
      assert.equal(kindOf('我們在上個月的會議上已經將其列為首要任務。'), 'fact');
      assert.deepEqual(cuesOf('我們在上個月的會議上已經將其列為首要任務。'), ['date: 上个月']);
      assert.equal(kindOf('我們已經將這個問題列為重點，這很重要。'), 'opinion');
      assert.deepEqual(cuesOf('美方將H20解禁作爲談判的一部分。'), ['statement']);
      assert.equal(kindOf('公司將在明年推出新產品。'), 'forecast');
    });

    it('據估計 introducing a past figure is a fact; an estimate about the future is a forecast', () => {
      const past = classifySentence('據估計，出口管制曾令公司兩季度少收135億美元。');
      assert.equal(past?.kind, 'fact');
      assert.ok(past.cues.includes('money: 135亿美元'));
      assert.ok(past.cues.includes('past: 曾'));
      assert.equal(kindOf('据估计，去年全行业的人才缺口约为3万人。'), 'fact');
      assert.equal(kindOf('據估計，明年市場將增長20%。'), 'forecast');
      assert.equal(kindOf('市值增長的勢頭，估計還會持續很久。'), 'forecast');
      assert.equal(kindOf('我估计这个趋势不可逆转。'), 'forecast');
      assert.equal(kindOf('Sales were estimated at 2 million units last year.'), 'fact');
    });

    it('a date alone does not make an opinion a fact', () => {
      const result = classifySentence('2025年7月，我認為這是一個明智的選擇。');
      assert.equal(result?.kind, 'opinion');
      assert.ok(!result.cues.some((c) => c.startsWith('date')));
      assert.equal(kindOf('9年前，黃仁勳就認爲我們正在進入一個新時代。'), 'opinion');
      // A named thing, not a pointer back: `…it was a great idea.` alone is a reaction (conversationMoves.ts).
      assert.equal(kindOf('In 2019 I thought the merger was a great idea.'), 'opinion');
    });
  });

  describe('not check-worthy', () => {
    it('questions', () => {
      assert.equal(kindOf('你覺得明年會更好嗎？'), null);
      assert.equal(kindOf('「所以現在還沒有訂單？」'), null);
      assert.equal(kindOf('Will prices rise next year?'), null);
      assert.equal(kindOf('明年的營收會增長多少呢'), null);
    });

    it('greetings and thanks', () => {
      assert.equal(kindOf('您好，感謝接受我們的訪問。'), null);
      assert.equal(kindOf('謝謝邀請，很好。'), null);
      assert.equal(kindOf('Thank you so much, it is great to be here.'), null);
    });

    it('a dateline: a clock time alone is not an event', () => {
      assert.equal(kindOf('WASHINGTON, D.C. — 2:05 P.M. EDT'), null);
    });

    it('fragments, bare dates and sentences with no cue', () => {
      assert.equal(kindOf('非常好。'), null);
      assert.equal(kindOf('Great!'), null);
      assert.equal(kindOf('2025年7月16日'), null);
      assert.equal(kindOf('我們走到了會場門口，然後坐下來聊天。'), null);
    });
  });

  it('extra cues from settings, written in Traditional or Simplified, extend the lists', () => {
    const text = '公司正在籌備新工廠的建設工作。';
    assert.deepEqual(kindAndCues(text), { kind: 'fact', cues: ['statement'] });
    const result = kindAndCues(text, { extraCues: { forecast: ['籌備'] } });
    assert.deepEqual(result, { kind: 'forecast', cues: ['cue: 筹备 (forecast)'] });
    assert.equal(classifySentence('The board praised the plan as visionary.', { extraCues: { opinion: ['Visionary'] } })?.kind, 'opinion');
  });

  it('classifies a sentence whose fold changes length', () => {
    // 㗲 folds to a surrogate pair.
    assert.equal(kindOf('㗲我預計明年會增長。'), 'forecast');
  });

  describe('noise classes from real transcripts', () => {
    it("housekeeping with 'll, gonna and going to announces, it does not predict", () => {
      assert.equal(kindOf("We'll link this in the show notes."), null);
      assert.equal(kindOf("We're gonna take a short break and be right back."), null);
      assert.equal(kindOf("We're going to talk about inflation in this episode."), null);
      assert.equal(kindOf('我們會繼續努力推動這個政策。'), null);
      // The same tense with a third-person subject, or a figure, still predicts.
      assert.equal(kindOf('The central bank will cut rates again in the spring.'), 'forecast');
      assert.equal(kindOf('We will cut emissions by 50 percent by 2030.'), 'forecast');
      assert.equal(kindOf("We're going to win this election."), 'forecast');
    });

    it('會 inside a word or as a habit is not the future', () => {
      assert.equal(kindOf('今天的記者會到此結束。'), null);
      assert.equal(kindOf('各部會與會人員請準時出席。'), null);
      assert.equal(kindOf('墾丁都會吃伯勞鳥。'), null);
      assert.deepEqual(cuesOf('他們每次都會準時到場。'), ['statement']);
      assert.equal(kindOf('明年房價會繼續上漲。'), 'forecast');
    });

    it('HTML character references are punctuation, not numbers', () => {
      assert.deepEqual(cuesOf('That&#39;s what she said about the show.'), ['statement']);
      assert.deepEqual(cuesOf('He said &amp;#8220;no&amp;#8221; to all of them.'), ['statement']);
      assert.deepEqual(cuesOf('That&#39;s 42 percent of the vote.'), ['percent: 42 percent']);
    });

    it('ordinals are not figures; spelled-out numbers and decades are', () => {
      assert.deepEqual(cuesOf('It was the 18th time they met in person.'), ['statement']);
      assert.ok(!cuesOf('On her 18th birthday she sold 300 copies.').includes('number: 1'));
      assert.deepEqual(cuesOf('Two hundred people were killed in the attack.'), ['count: Two hundred']);
      assert.deepEqual(cuesOf('Forty percent of voters agreed with him.'), ['percent: Forty percent']);
      assert.deepEqual(cuesOf('Thousands of people came to the rally on Sunday.'), ['count: Thousands of']);
      assert.deepEqual(cuesOf('The city doubled in size in the 1990s under the old mayor.'), ['date: 1990s']);
    });

    it('a number naming a part (Part 1, Season 6, Section 3) counts nothing, a number after another word still does', () => {
      assert.equal(kindOf('Welcome to Season 6, Episode 3 of the podcast.'), null);
      assert.equal(kindOf('Section 3 covers the budget.'), null);
      assert.ok(!cuesOf("Part 1 is the author's spoken words.").some((cue) => cue.startsWith('number')));
      assert.deepEqual(cuesOf('Revenue grew 20% in Part 1 of the year.').filter((cue) => cue.startsWith('percent')), ['percent: 20%']);
      assert.deepEqual(cuesOf('The counterpart 3 times bigger was built in 2019 by 40 people.').filter((cue) => cue.startsWith('number')), ['number: 3', 'number: 40']);
    });

    it('a bill or resolution number names the measure (Senate Bill 27, SB 27, Resolution 2758), it counts nothing', () => {
      assert.ok(!cuesOf('Senate Bill 27 creates clarity for families who need more support.').some((cue) => cue.startsWith('number')));
      assert.ok(!cuesOf("I'm here today as a proud supporter of SB 27.").some((cue) => cue.startsWith('number')));
      assert.deepEqual(cuesOf('Senate Bill 27 would put 27 more judges on the bench.').filter((cue) => cue.startsWith('number')), ['number: 27']);
    });

    it('records and rank words are facts, unless they sit beside an evaluation', () => {
      assert.deepEqual(kindAndCues('It was the number one show in Fox history.'), { kind: 'fact', cues: ['record: number one'] });
      assert.equal(kindOf('Inflation hit a record high in June.'), 'fact');
      assert.equal(kindOf('台積電的營收創下歷史新高。'), 'fact');
      assert.equal(kindOf('This is the greatest economy in the history of our country.'), 'opinion');
    });

    it('polite evaluations of the conversation are not opinions', () => {
      assert.equal(kindOf("That's a great question, thank you."), null);
      assert.equal(kindOf("It's great to be here with you."), null);
    });

    it('praise for the person addressed and the pleasure of the talk are polite, not judgements (issue 9, enclaims6)', () => {
      assert.equal(kindOf("You've done a great job of doing that."), null);
      assert.ok(!cuesOf('It was very good talking to Seth.').some((cue) => cue.startsWith('evaluation')));
      assert.ok(!cuesOf('So I went to my good friend, the Googles.').some((cue) => cue.startsWith('evaluation')));
      assert.ok(!cuesOf('So just clone that repo and you should be just about good to go.').some((cue) => cue.startsWith('evaluation')));
      // Someone else's work judged is still an opinion.
      assert.equal(kindOf('The Federal Reserve has done a great job of fighting inflation this year.'), 'opinion');
    });
  });

  describe('confidence', () => {
    function confidenceOf(text: string): number {
      const result = classifySentence(text);
      assert.ok(result, text);
      return result.confidence;
    }

    it('lies between 0 and 1', () => {
      for (const text of ['據公司年報，我們去年營收達到420億元，比前年增長了18%。', 'This coffee is really very hot today.', '2016年，百度世界大會在京召開。']) {
        const confidence = confidenceOf(text);
        assert.ok(confidence > 0 && confidence < 1, `${text}: ${confidence}`);
      }
    });

    it('an attributed figure ranks above a bare number, which ranks above a bare date', () => {
      const attributed = confidenceOf('According to the ministry, 42 percent of graduates chose engineering.');
      const bareNumber = confidenceOf('There were 42 of them in the room that day.');
      const bareDate = confidenceOf('2016年，百度世界大會在京召開。');
      assert.ok(attributed > bareNumber && bareNumber > bareDate, `${attributed} > ${bareNumber} > ${bareDate}`);
    });

    it('a prediction word or a figure ranks a forecast above a plain future tense', () => {
      const predicted = confidenceOf('Analysts expect the economy to slow down next year.');
      const plain = confidenceOf('The new rules will change how banks lend money.');
      assert.ok(predicted > plain, `${predicted} > ${plain}`);
    });

    it('an intensifier alone ranks below an evaluation with a belief, and below the default threshold', () => {
      const intensifier = confidenceOf('This coffee is really very hot today.');
      const judged = confidenceOf('I think the policy is a terrible mistake for the country.');
      assert.ok(intensifier < judged, `${intensifier} < ${judged}`);
      assert.ok(intensifier < DEFAULT_MINIMUM_CONFIDENCE && judged >= DEFAULT_MINIMUM_CONFIDENCE);
    });

    it('housekeeping lowers the confidence of what remains a claim', () => {
      const plain = confidenceOf('Inflation rose 8 percent in the last twelve months.');
      const housekeeping = confidenceOf('In this episode: inflation rose 8 percent in the last twelve months.');
      assert.ok(housekeeping < plain, `${housekeeping} < ${plain}`);
    });
  });

  describe('plain statements (no cue at all)', () => {
    it('a declarative sentence about the world is a fact of modest confidence', () => {
      const result = classifySentence('The solicitor general is not a member of the commission.');
      assert.ok(result);
      assert.deepEqual({ kind: result.kind, cues: result.cues }, { kind: 'fact', cues: ['statement'] });
      assert.ok(result.confidence >= DEFAULT_MINIMUM_CONFIDENCE && result.confidence < 0.7, String(result.confidence));
      assert.equal(kindOf('中方和加方在多个领域保持着密切的交流合作。'), 'fact');
    });

    it("the speaker's own story, requests, datelines, list lead-ins and fragments are not shown", () => {
      assert.equal(kindOf('And then I just went back home and had some dinner.'), null);
      assert.equal(kindOf('我昨天跟朋友去公園散步，然後一起吃飯。'), null);
      assert.equal(kindOf("Let's keep this conversation going for a little while."), null);
      assert.equal(kindOf('各位與會人員請準時出席下午的活動。'), null);
      assert.equal(kindOf('WASHINGTON, D.C. — THE JAMES S. BRADY PRESS BRIEFING ROOM'), null);
      assert.equal(kindOf('具體來講，這個計畫有三個主要的網站：'), null);
      assert.equal(kindOf('作者後記：本文經過編輯。'), null);
      assert.equal(kindOf('He went home.'), null);
    });

    it('a question cut off before its mark, anecdotes and thinking aloud are not shown', () => {
      assert.equal(kindOf('Again, will this government restore public trust and strike-'), null);
      assert.equal(kindOf('The first board I got from the shop did not work at all.'), null);
      assert.equal(kindOf('And it is, you know, kind of like, the whole thing with the platform.'), null);
      assert.equal(kindOf('Mr. Speaker, my question is for the Deputy Prime Minister.'), null);
    });

    it('one evaluative word in a long narration of a past or dated event describes it: a fact', () => {
      assert.equal(kindOf('2025年，兩國在能源和農業領域的合作實現了穩定發展，貿易額創新高。'), 'fact');
      assert.equal(kindOf('兩國在能源領域的合作非常穩定，這是雙方共同努力的結果。'), 'opinion');
    });

    it('會先…再… describes how a process runs, not the future', () => {
      assert.notEqual(kindOf('每個主題會先在線上開放討論，再舉行由提案部會和專家參與的諮詢會議。'), 'forecast');
    });

    it('a cue decides the kind over the statement default', () => {
      assert.equal(kindOf('The minister is turning the whole inquiry into a farce.'), 'opinion');
      assert.equal(kindOf('The ministry will publish the new rules in the spring.'), 'forecast');
    });
  });
  describe('modality, narration and reported decisions (issue 9)', () => {
    it('a clause-initial 要 or 应 is a normative must; inside a clause, after I/we/you, or in a request it is not', () => {
      const must = kindAndCues('他指出，要加大良种推广力度，在精耕细作上下功夫。');
      assert.equal(must?.kind, 'opinion');
      assert.ok(must.cues.includes('normative: 要'));
      assert.ok(cuesOf('雙方應從戰略和務實兩個層面深入溝通，以增進理解。').includes('normative: 应'));
      assert.ok(!cuesOf('二季度增长0.4%，比很多机构预测的还要低一些。').includes('normative: 要'));
      assert.ok(!cuesOf('我们要把这个项目的主要成果分享给大家。').some((cue) => cue.startsWith('normative')));
      assert.equal(kindOf('请各位委员要准时出席明天上午的会议。'), null);
    });

    it('a must with only a time word ahead of it prescribes rather than predicts', () => {
      const result = kindAndCues('下半年如果要想保持较高速的增长，还是要抓住一些主要矛盾。');
      assert.equal(result?.kind, 'opinion');
      assert.ok(result.cues.includes('normative: 还是要'));
      assert.equal(kindOf('下半年经济增速将回升到5%以上。'), 'forecast');
    });

    it('a descriptive evaluation word before a noun or verb narrates; as the predicate it judges', () => {
      const narrated = kindAndCues('“十五五”规划建议提出，建设强大国内市场，扩大高水平对外开放。');
      assert.equal(narrated?.kind, 'fact');
      assert.ok(narrated.cues.includes('evaluation: 强大'));
      assert.equal(kindOf('卡尼表示，加拿大建交以来坚定奉行一个中国政策。'), 'fact');
      assert.equal(kindOf('我们的国内市场非常强大，消费潜力巨大。'), 'opinion');
      assert.equal(kindOf('2026年是“十五五”开局之年，做好“三农”工作至关重要。'), 'opinion');
      assert.equal(kindOf('中老关系正处于历史最好时期，迎来广阔发展前景。'), 'opinion');
    });

    it('an adverb of effect before a verb of bringing about credits an outcome, a judgement even in a narrated past', () => {
      const credited = kindAndCues('这次会谈及其成果，有力推动了两国关系的改善和发展。');
      assert.equal(credited?.kind, 'opinion');
      assert.ok(credited.cues.includes('evaluation: 有力'));
      assert.equal(kindOf('發言人表示，雙方開展技術合作，有效地促進了當地的經濟發展和就業。'), 'opinion');
      // The same word before a noun describes, a manner adverb narrates, and a figure still makes the sentence a fact.
      assert.equal(kindOf('去年以来，各地为当地企业提供了有力的支持和帮助。'), 'fact');
      assert.equal(kindOf('卡尼表示，加拿大建交以来坚定奉行一个中国政策。'), 'fact');
      assert.equal(kindOf('去年共完成技术改造项目32项，有力支撑了产业升级。'), 'fact');
    });

    it('a hedge on the present is the speaker’s assessment, not a prediction', () => {
      const result = kindAndCues('这部剧场版可能是有史以来拍得最好的一部。');
      assert.equal(result?.kind, 'opinion');
      assert.ok(result.cues.includes('hedge: 可能是'));
      assert.equal(kindOf('明年的经济增速可能会回落到5%左右。'), 'forecast');
    });

    it('future words in a relative clause, and forecasts compared with, do not predict', () => {
      assert.notEqual(kindOf('建制與泛民議員爭相與即將離任的議員合照，氣氛輕鬆。'), 'forecast');
      assert.notEqual(kindOf('全國人大通過影響未來幾十年的連串改變。'), 'forecast');
      assert.notEqual(kindOf('妥善应对科技发展可能带来的规则冲突和社会风险。'), 'forecast');
      assert.equal(kindOf('我们二季度国内生产总值同比只增长了0.4%，这比很多机构预测的还要低一些。'), 'fact');
      assert.equal(kindOf('中方将坚定支持古方反对外来干涉的正义斗争。'), 'forecast');
      assert.equal(kindOf('我们会继续努力的。'), null);
    });

    it('會 in a noun (會期, 冬殘奧會, a name before a bracket) is not the future; 以后都会 is', () => {
      assert.equal(kindOf('今屆會期，議員因行為不檢而被逐離場的次數達97次。'), 'fact');
      assert.equal(kindOf('当地时间3月9日，在米兰冬残奥会高山滑雪比赛中，刘思彤收获一枚铜牌。'), 'fact');
      assert.ok(!cuesOf('金管會[初版草案]已經公開在討論區裡。').some((cue) => cue.startsWith('future')));
      assert.equal(kindOf('但是以后所有的厂商都会对外开放。'), 'forecast');
    });

    it('a decision announced is a reported event; a wish is not an opinion', () => {
      const announced = kindAndCues('中国人民银行宣布将合并使用支农支小再贷款与再贴现额度。');
      assert.equal(announced?.kind, 'fact');
      assert.ok(announced.cues.includes('attribution: 宣布将'));
      assert.notEqual(kindOf('台灣希望與國際社會有更多連結。'), 'opinion');
    });

    it('targets (力争, 确保) are forecasts and 未来可期 is a judgement', () => {
      const target = kindAndCues('湖南今年力争粮食面积稳定在7150万亩左右。');
      assert.equal(target?.kind, 'forecast');
      assert.ok(target.cues.includes('plan: 力争'));
      assert.equal(kindOf('这是行业里面未来可期的一个具体的应用场景。'), 'opinion');
    });

    it('an excess degree (too high) judges; a quantity pronoun (too much) does not', () => {
      const result = kindAndCues('At the same time, we know that inflation remains too high.');
      assert.equal(result?.kind, 'opinion');
      assert.ok(result.cues.includes('evaluation: too high'));
      assert.ok(!cuesOf('I don’t want to get into too much today about the negotiations.').some((cue) => cue.startsWith('evaluation')));
    });
  });
});
