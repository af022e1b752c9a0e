import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isDoneObjectJiang, isInReputationFrame, isObjectMarkerJiang, isPlanNoun, rebuttal, stanceFrame } from '../../../../src/core/claims/zhKindStructure';
import { matchingKey } from '../../../../src/core/text/charFold';

function doneJiang(sentence: string): boolean {
  const key = matchingKey(sentence);
  return isDoneObjectJiang(key, 0, key.indexOf('将'));
}

describe('claim kinds in Chinese: rebuttals, reported demands and a done 将 (issue 9, branch kinds)', () => {
  it('rather than, by no means and lies not in… but in are rebuttals; a plain 不是…，而是… is not', () => {
    const of = (sentence: string): string | null => rebuttal(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('建制派保护的是他们自己，而不是我们国家的公民。'), '而不是');
    assert.equal(of('安保文件將中國列為“挑戰”而非“威脅”。'), '而非');
    assert.equal(of('所以，美国制造业的问题，根本不在于生产成本，而在于劳动力。'), '不在于…而在于');
    assert.equal(of('不是組織，而是一群人聚集討論、專案協作、自由來去的平台。'), null);
    const result = classifySentence('建制派保护的是他们自己，而不是我们国家的公民。');
    assert.equal(result?.kind, 'opinion');
    assert.deepEqual(result.cues, ['rebuttal: 而不是']);
  });

  it('将 after 已 or 曾, or before an object, a verb and 了, marks the object of a done act', () => {
    assert.ok(doneJiang('新安保文件已将日本的年度军费预算提高到仅次于美国和中国的地步。'));
    assert.ok(doneJiang('我们曾经将成千上万亿美元转移到海外。'));
    assert.ok(doneJiang('他们发现了网络不安全实例并将安全问题通知了提供VPN服务的公司。'));
    for (const sentence of ['我们将于明年完成这项工程。', '新规定将进一步降低企业的负担。', '比赛将开始了。', '公司将推出新产品。']) assert.ok(!doneJiang(sentence), sentence);
  });

  it('a done 将 narrates what happened: a fact with its reason, no forecast; a future 将 still predicts', () => {
    const done = classifySentence('Ran Locar和Bob Diachenko經過獨立調查，發現了網絡不安全實例並將安全問題通知了提供VPN服務的公司。');
    assert.equal(done?.kind, 'fact');
    assert.ok(done.cues.includes('done act: 将'), done.cues.join('; '));
    assert.equal(classifySentence('这些公司将在明年推出新的VPN服务。')?.kind, 'forecast');
  });

  it('the first should after a directive verb states the demand it reports: a fact; a should of its own stays a judgement', () => {
    for (const sentence of ['我们要求二级以上医院和有条件的基层医疗卫生机构都要开设发热门诊或者发热诊室。', '代主席李慧琼一度警告離座拍攝的民主派議員，要保持安靜和返回座位。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'fact', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('reported demand: ')), result.cues.join('; '));
    }
    assert.equal(classifySentence('現在很多委員就是這樣二分法，好像我們背後的力量要求我們不要支持，就是反改革、反倫理，應該不是這樣子嘛！')?.kind, 'opinion');
    assert.equal(classifySentence('习近平总书记强调，要坚持和加强党的全面领导，推进全面从严治党。')?.kind, 'opinion');
    assert.equal(classifySentence('习近平总书记指出，既要不断完善制度规定，使制度密而不繁，又要着力提高制度执行力。')?.kind, 'opinion');
  });
});

describe('claim kinds in Chinese: what something amounts to (issue 9, session 38, kindzh38)', () => {
  it('也就是说 opening a clause gives the speaker\'s reading of what was said: a stance frame; 也就是说明 and the other restating markers are not', () => {
    const of = (sentence: string): string | null => stanceFrame(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('也就是说，这项政策真正照顾到的是大企业。'), '也就是说');
    assert.equal(of('這個名稱強調的是地方，也就是說,這個組織首先屬於那座城市。'), '也就是说');
    assert.equal(of('这也就是说明了他们为什么提前撤出。'), null);
    assert.equal(of('换言之，我们可以用这种材料引导细胞修复伤口。'), null);
    assert.equal(of('说白了，当时我们就是想先把模型训出来。'), null);
    const framed = classifySentence('也就是说，这些年我们一直只讲规模，不讲质量。');
    assert.equal(framed?.kind, 'opinion');
    assert.deepEqual(framed.cues, ['stance frame: 也就是说']);
    assert.equal(classifySentence('这些年我们一直只讲规模，不讲质量。')?.kind, 'fact');
  });
});

describe('claim kinds in Chinese: the speaker as judge (issue 9, session 24)', () => {
  it('a frame opening a clause (总的来看, 从这个角度来看, 老实说) makes the speaker the judge; the same words modifying a noun do not', () => {
    const of = (sentence: string): string | null => stanceFrame(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('總的來看，普通門診需求增速比較平穩。'), '总的来看');
    assert.equal(of('從這個角度來看,這就是中國所提倡建立的大同。'), '从这个角度来看');
    assert.equal(of('這個專案從結果來說，是一個很不準的專案。'), '从结果来说');
    assert.equal(of('其實老實說他們是最競爭的'), '老实说');
    assert.equal(of('或是我換一個角度來講,我們的民眾不希望談這件事情。'), '换一个角度来讲');
    assert.equal(of('我们一直在思考中美之间究竟有什么本质上的不同。'), null);
    assert.equal(of('那么本质上来说'), null);
    assert.equal(of('这个系统的设计者在去年的年度报告里总的来看写了三件事。'), null);
    assert.equal(of('换句话说，我们可以通过给细胞们发信号来修复组织。'), null);
    const framed = classifySentence('仔细想想，这种纯粹的谈话其实很少见了。');
    assert.equal(framed?.kind, 'opinion');
    assert.deepEqual(framed.cues, ['stance frame: 仔细想想']);
    assert.equal(classifySentence('这种纯粹的谈话在这几年的电视上已经停播了。')?.kind, 'fact');
  });

  it('当然 opening a clause presents what follows as self-evident: the speaker takes a stance (branch kind5); inside a clause or alone it frames nothing', () => {
    const of = (sentence: string): string | null => stanceFrame(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('當然，過去是行政院院長採取高壓方式推動，現況則是大多任其自由發展。'), '当然');
    assert.equal(of('有这个因素,当然也受到国际外部环境的影响。'), '当然');
    assert.equal(of('这些年来各部门的预算分配方式和审批流程当然也发生了变化。'), null);
    assert.equal(of('十四b分别针对四八零p和七二零p.当然啊'), null);
    const framed = classifySentence('當然，過去是行政院院長採取高壓方式推動，現況則是大多任其自由發展。');
    assert.equal(framed?.kind, 'opinion');
    assert.deepEqual(framed.cues, ['stance frame: 当然']);
    assert.equal(classifySentence('過去是行政院院長採取高壓方式推動，現況則是大多任其自由發展。')?.kind, 'fact');
  });

  it('an evaluation word in the noun phrase a copula predicates (是对中国的巨大挑战) judges; before a verb or a long phrase it describes', () => {
    for (const sentence of ['新冠肺炎疫情是对中国的巨大挑战，对整个国际社会也是一个巨大挑战。', '它是一个巨大的落后地区，没有太多事情发生。', '第一个因素，就是中国经济到了一个转型的关键点。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('evaluation: ')), result.cues.join('; '));
    }
    assert.equal(classifySentence('第六个三FS是一个充分利用现代SSD和RDMA网络带宽的并行文件系统，解决的就是AI训练中的负载问题。')?.kind, 'fact');
    assert.equal(classifySentence('特别是重点人群的健康监测和健康管理，由基层医疗机构负责实施。')?.kind, 'fact');
  });

  it('(in)feasibility as the predicate (很难, 难以, 没有办法) is the speaker judging what can be done', () => {
    for (const [sentence, cue] of [['到今天，我们很难找到一个能让公众人物聊聊自身以外话题的平台。', '很难'], ['但是，向外的视野逐渐变得有着难以捉摸的风险。', '难以'], ['一般人呢沒有辦法去接觸，也沒有辦法去復現他。', '没有办法']] as const) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes(`evaluation: ${cue}`), result.cues.join('; '));
    }
  });

  it('an evaluation word that the sentence goes on to specify (核心在于, 的核心是) judges', () => {
    for (const sentence of ['开年市场出现比较大幅的震荡，但核心在于局部资产的估值水平提升到一个不足以提供合意回报水平的程度。', '这一就职典礼的核心是一种信念——我们坚信国家是为服务人民而存在的。']) {
      assert.equal(classifySentence(sentence)?.kind, 'opinion', sentence);
    }
    assert.equal(classifySentence('开年市场出现震荡，核心资产的估值水平提升到了一个较高的程度。')?.kind, 'fact');
  });
});

describe('claim kinds in Chinese: legislative questioning (issue 9, session 25)', () => {
  const objectJiang = (sentence: string): boolean => {
    const key = matchingKey(sentence);
    return isObjectMarkerJiang(key, key.indexOf('将'));
  };

  it('将 before an object and a verb with a place or result complement marks the object, as 把 does', () => {
    for (const sentence of ['這些服務商將用戶資料存放在境外的伺服器上。', '你可以在设置里将文件复制到云盘。', '报告将该国定位为主要竞争对手。'])
      assert.ok(objectJiang(sentence), sentence);
    for (const sentence of [
      '我们将在明年完成这项工程。',
      '中方将同各方加强沟通。',
      '政府将把重点放在住房上。',
      '这座城市将建设成为区域金融中心。',
      '今年将统筹推进货物贸易和服务贸易。',
      '新规定将进一步降低企业的负担。',
      '我认为这种模式将长期存在。',
      '这些地区将普遍受到影响。',
    ])
      assert.ok(!objectJiang(sentence), sentence);
  });

  it('an object-marking 将 is no future: the sentence is read without it; a future 将 still predicts', () => {
    const stored = classifySentence('這些服務商將用戶資料存放在沒有任何保護措施的境外伺服器上。');
    assert.notEqual(stored?.kind, 'forecast');
    assert.ok(!stored?.cues.some((cue) => cue.startsWith('future')), stored?.cues.join('; '));
    assert.equal(classifySentence('政府将把重点放在明年的住房供应上。')?.kind, 'forecast');
  });

  it('计划 as the name of a programme is a noun; as a verb before what is planned it stays a plan', () => {
    const noun = (sentence: string): boolean => {
      const key = matchingKey(sentence);
      const at = key.indexOf('计划');
      return isPlanNoun(key, 0, key.length, at, at + 2);
    };
    for (const sentence of ['議會通過了《城市更新五年計劃》。', '基金会资助了“乡村阅读”的计划。', 'OpenData 計劃是一個志工專案。', '这个计划已经执行了三年。'])
      assert.ok(noun(sentence), sentence);
    for (const sentence of ['新机场计划新建两条跑道。', '公司计划于明年上市。', '政府計劃明年修法。']) assert.ok(!noun(sentence), sentence);
  });

  it('a sentence about a named programme is no plan: a fact with its reason; a planned act is still a forecast', () => {
    const named = classifySentence('2019年，基金会为“乡村阅读计划”项目筹措了资金。');
    assert.equal(named?.kind, 'fact');
    assert.ok(named.cues.includes('programme: 计划'), named.cues.join('; '));
    assert.equal(classifySentence('新机场计划新建两条跑道和一座航站楼。')?.kind, 'forecast');
  });

  it('how others regard something (被认为, 被舆论视为, 曾被批) is reported: the frame runs from 被 to the end of its clause', () => {
    const inFrame = (sentence: string, word: string): boolean => {
      const key = matchingKey(sentence);
      return isInReputationFrame(key, 0, key.indexOf(word));
    };
    assert.ok(inFrame('这座桥被认为是全省最安全的桥梁。', '安全'));
    assert.ok(inFrame('她被媒体视为这场运动的核心人物。', '核心'));
    assert.ok(inFrame('那一集曾被批评为最失败的一集。', '失败'));
    assert.ok(!inFrame('这座桥被认为是全省最长的桥，但它并不安全。', '安全'));
    assert.ok(!inFrame('我认为这座桥是全省最安全的桥梁。', '安全'));
    assert.ok(!inFrame('这座桥被洪水冲毁，非常危险。', '危险'));
  });

  it("a judgement others are reported to hold makes no opinion; the writer's own judgement beside it still does", () => {
    const reported = classifySentence('这座桥被认为是全省最安全的桥梁，1998年建成。');
    assert.equal(reported?.kind, 'fact');
    assert.ok(!reported.cues.some((cue) => cue.startsWith('evaluation') || cue.startsWith('belief')), reported.cues.join('; '));
    assert.equal(classifySentence('这座桥被认为是全省最长的桥，但它其实非常危险。')?.kind, 'opinion');
  });

  it('是…的 around a graded predicate (是相对少争议的, 是比较保守的) judges; 最近, 更新 and 太平洋 grade nothing', () => {
    for (const sentence of ['在这份报告中，新增的项目是相对少争议的。', '这家公司的投资风格是比较保守的。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes('evaluation: 是…的'), result.cues.join('; '));
    }
    for (const sentence of ['这份名单是最近确定的。', '这批货物是从太平洋彼岸运来的。'])
      assert.ok(!classifySentence(sentence)?.cues.includes('evaluation: 是…的'), sentence);
  });
});
