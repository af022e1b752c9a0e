import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

// Sentences written for these tests in the shapes of spokespeople's replies and commentary (issue 9, branch kindzh41).
describe('claim kinds in Chinese: words that condemn (issue 9, branch kindzh41)', () => {
  it('a word of condemnation judges what it names, in both scripts and with a report frame', () => {
    for (const sentence of [
      '发言人表示，该报告罔顾事实，对我国的正常活动无端指责。',
      '這份聲明顛倒黑白，對本地的司法制度指手畫腳。',
      '有關言論充斥冷戰思維，是對兩國合作的歪曲。',
      '一些政客大肆抹黑别国的发展道路。',
      '很多企业一拥而上，最后形成恶性竞争。',
      '这些公司企图利用数据监控用户，手段十分卑劣。',
    ]) {
      const kind = classifySentence(sentence);
      assert.equal(kind?.kind, 'opinion', sentence);
      assert.ok(kind.cues.some((cue) => cue.startsWith('evaluation: ')), `${sentence}: ${kind.cues.join('; ')}`);
    }
  });

  it('the same sentences told without the condemning word stay facts', () => {
    for (const sentence of ['发言人表示，该报告提到了我国的正常活动。', '很多企业一拥而上，最后形成价格竞争。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', sentence);
    }
  });

  it('words that only look like them judge nothing: a malignant tumour, a Cantonese for-no-reason, zero and one', () => {
    assert.equal(classifySentence('病理报告显示这是一个恶性肿瘤，直径约三厘米。')?.kind, 'fact');
    for (const sentence of ['佢無端端喺街度跌低咗，送咗去醫院。', '计算机里的数据最后都表示为零和一的序列。']) {
      const kind = classifySentence(sentence);
      assert.ok(kind === null || !kind.cues.some((cue) => cue.startsWith('evaluation: ')), `${sentence}: ${kind?.cues.join('; ')}`);
    }
  });
});

describe('claim kinds in Chinese: a verdict word over a figure (issue 9, branch kindzh41)', () => {
  it('a verdict after the figures that set its scene outranks them, in both scripts', () => {
    for (const sentence of [
      '四十岁时回看三十岁，最要紧的显然是身体和家庭。',
      '去年那場持續3天的罷工，堪稱這家公司的轉捩點。',
      '那一年我们只有3个人，毫无疑问，那是公司最艰难的时候。',
      '每月多賺2000元卻天天加班到半夜，顯然是一筆虧本的交易。',
    ]) {
      const kind = classifySentence(sentence);
      assert.equal(kind?.kind, 'opinion', `${sentence}: ${kind?.kind} ${kind?.cues.join('; ')}`);
    }
  });

  it('a figure after the verdict is pronounced or told apart, still a fact; 只不过是 before a figure reads no verdict', () => {
    for (const sentence of ['这家公司的股价显然已经高于100元。', '去年的3月8日堪稱這家公司的轉捩點，股價一天漲了12%。', '比特幣的價值在年初只不過是20美元，在11月已升至1,000美元。']) {
      const kind = classifySentence(sentence);
      assert.equal(kind?.kind, 'fact', `${sentence}: ${kind?.kind} ${kind?.cues.join('; ')}`);
    }
  });

  it('without the verdict word, or with a report of the figure, the figure still makes a fact', () => {
    for (const sentence of ['四十岁时回看三十岁，最常去的是医院和公司。', '据统计，这份工作每月5000元，显然高于去年。']) {
      assert.equal(classifySentence(sentence)?.kind, 'fact', sentence);
    }
  });
});
