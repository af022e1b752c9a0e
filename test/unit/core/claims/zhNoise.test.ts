import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { findFigures } from '../../../../src/core/claims/figures';
import { isAgendaSentence, isDateTimeLine, isFieldLine, isRequestToListeners, LEADING_NOISE, leadingNoiseLength } from '../../../../src/core/claims/zhNoise';
import { matchingKey } from '../../../../src/core/text/charFold';

function shown(text: string): { kind: string; cues: readonly string[] } | null {
  const result = classifySentence(text);
  return result && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE ? { kind: result.kind, cues: result.cues } : null;
}

function agenda(sentence: string): boolean {
  const key = matchingKey(sentence);
  return isAgendaSentence(key, 0, key.length);
}

function field(line: string): boolean {
  const key = matchingKey(line);
  return isFieldLine(key, 0, key.length);
}

describe('Chinese claim noise: agenda sentences, field lines, ordinals (issue 9, session 23, branch zhkinds)', () => {
  it('the conversation announcing its own next step is no claim, in both scripts', () => {
    for (const sentence of ['今天我们讨论一下预算。', '好的，那我们看一下第二部分。', '今天我們邀請到了國際文化交流委員會主任吳子敬先生和我們談談文化產業。', '好 我们开始今天的正式的话题', '首先我们来聊一个事', '这里呢我快速给大家汇总一下都有哪些内容。', '今天我要來介紹我的隔壁班同學']) {
      assert.ok(agenda(sentence), sentence);
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('we or I seeing, starting or talking about something in the world is no agenda', () => {
    for (const sentence of ['我们看到社会上有种焦躁不安的情绪。', '2014年我们开始探索非洲市场。', '我们一直讲文化，不敢讲产业。', '大家看到了房地产风险，不仅不买房子了。', '我开始觉得这个政策有问题。', '我要给大家更多的补贴。']) {
      assert.ok(!agenda(sentence), sentence);
    }
    assert.equal(classifySentence('我们看到社会上有种焦躁不安的情绪，对执政者也有很多不满。')?.kind, 'fact');
  });

  it('a header field line (a name, a colon, a value without clause punctuation) is metadata, no claim', () => {
    for (const line of ['录音信息：2024年3月5日 产品评审会', '整理:謝宜帆、黃敬哲、林亭妤、江岱蓉', '會議地點：台北市政府大樓']) {
      assert.ok(field(line), line);
      assert.equal(classifySentence(line), null, line);
    }
  });

  it('a field whose value is prose, judges or counts may still be a claim', () => {
    assert.ok(!field('作者後記：本文經過編輯，刪去了部分內容。'));
    assert.ok(!field('The meeting: 2024'));
    assert.equal(shown('结论：中文的效果是最好的')?.kind, 'opinion');
    // 参会 is a word: its 会 is no future.
    assert.equal(shown('参会人数：去年共接待访客12000人次')?.kind, 'fact');
  });

  it('a sentence that opens with a wish, or with a feeling after a vocative or with I unsaid, is no claim', () => {
    for (const sentence of ['希望荷方为促进中欧关系健康稳定发展发挥积极作用。', '希望美方真正改弦易辙，通过政商共同努力，使经贸合作成为打破中美关系僵局的“破冰船”。', 'Dan，我很高兴能和你对话。', '很高興給了自己這個挑戰']) {
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('a wish with a subject that frames a should, or with a figure, is still read', () => {
    assert.equal(shown('本席希望針對這個案子，法務部應該多多舉辦公聽會，多去化解社會的對立。')?.kind, 'opinion');
    assert.notEqual(classifySentence('希望明年的出口总额达到3000亿美元。'), null);
  });

  it('an ordinal alone makes no claim, and 第二部分 is read as a whole word', () => {
    const key = matchingKey('好的，我们来到第二部分。');
    assert.deepEqual(findFigures(key).map((f) => key.slice(f.start, f.end)), ['第二部分']);
    assert.equal(classifySentence('下面是第二部分。'), null);
    // A date still dates an event.
    assert.equal(shown('2016年，大会在北京召开。')?.kind, 'fact');
  });

  it('a header line that only dates the recording and gives its length is no claim (session 26, branch zhtools)', () => {
    const dateTime = (line: string): boolean => {
      const key = matchingKey(line);
      return isDateTimeLine(key, 0, key.length);
    };
    for (const line of ['2024年3月5日 下午 2:03|1小时 2分钟 3秒', '上传时间：2026年3月31日（周二） 02:23 （GMT+08）', '2017年2月28日(星期二)', '香港時間20時46分', '日期:108 年 5 月 27 日', '時間：2019-05-29 週三 19:00-21:00']) {
      assert.ok(dateTime(line), line);
      assert.equal(classifySentence(line), null, line);
    }
    for (const line of ['10年后的今天，我们又见面了。', '上午 9時正會議繼續', '**初心：2011-2013**', '2024年3月5日，公司发布了新产品。']) assert.ok(!dateTime(line), line);
    assert.equal(shown('2024年3月5日，公司发布了新产品。')?.kind, 'fact');
  });

  it('a request to the listeners is no claim; a statement about them still may be', () => {
    const request = (sentence: string): boolean => {
      const key = matchingKey(sentence);
      return isRequestToListeners(key, 0, key.length);
    };
    for (const sentence of ['那这个活动的预算你们再算一下，周四之前发给我。', '你们先核对一下这份名单。', '材料整理好以后发给我们。']) {
      assert.ok(request(sentence), sentence);
      assert.equal(classifySentence(sentence), null, sentence);
    }
    for (const sentence of ['你等一下会发现这两个想法并没有很大的差异。', '你们公司去年的收入翻了一倍。', '他把报告发给我了。']) assert.ok(!request(sentence), sentence);
  });
});

describe('leadingNoiseLength', () => {
  it('is the length of LEADING_NOISE\'s match', () => {
    const heads = ['', '   ', '**「好的，我们开始', '> - 希望', '\u3000\u00a0（大家好', '"(#*我', '我们', 'a - b', '\t\n「『“', '——下面'];
    for (const head of heads) assert.equal(leadingNoiseLength(head), LEADING_NOISE.exec(head)![0].length, JSON.stringify(head));
  });
});
