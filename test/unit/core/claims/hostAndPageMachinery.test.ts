import * as assert from 'node:assert/strict';
import { isBylineStamp } from '../../../../src/core/claims/bylineStamps';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { isInvitationToTalk, isUnvoicedAgenda } from '../../../../src/core/claims/zhTalkMoves';
import { matchingKey } from '../../../../src/core/text/charFold';

function invitation(sentence: string): boolean {
  const key = matchingKey(sentence);
  return isInvitationToTalk(key, 0, key.length);
}

function stamp(line: string): boolean {
  const key = matchingKey(line);
  return isBylineStamp(key, 0, key.length);
}

function shown(text: string): boolean {
  const result = classifySentence(text);
  return result !== null && result.confidence >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('a host inviting the guest to talk, and a page byline stamp (issue 9, session 27, branch zhclaimprec)', () => {
  it('a host asking or telling the guest to talk, or to greet the audience, is no claim, whatever the question holds', () => {
    for (const sentence of [
      '讲讲你在人工智能上的一系列探索。',
      '哈喽，宇军，先给观众朋友们打个招呼。',
      '我实际上想以一种有些非传统的方式开始，请你谈谈你的背景故事，以及你为什么认为这样的书是重要的。',
      '那我們想請您先來談談，您怎麼看這三年的經濟。',
      '聊一聊你最难忘的一次失败吧。',
    ]) {
      assert.ok(invitation(sentence), sentence);
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('the speaker talking, reporting talk, or planning the talk is no invitation', () => {
    for (const sentence of ['今天就来谈谈，这样做是否可能。', '他在会上谈了三个问题。', '我们讲文化，不敢讲产业。', '总理说经济增长了百分之五。', '我请了三个人来帮忙。', '大家都在谈论这个政策。']) {
      assert.ok(!invitation(sentence), sentence);
    }
    assert.ok(shown('总理说经济增长了百分之五。'));
  });

  it('a byline of a name, a date with its time and a read count is no claim, in both scripts', () => {
    for (const line of ['文钊2020-12-18 11:11', '醒報編輯部 2016/05/19 10:04 點閱 1222 次', '本报记者 2023.3.8 09:30:15']) {
      assert.ok(stamp(line), line);
      assert.equal(classifySentence(line), null, line);
    }
  });

  it('a date without its clock time, a sentence around the stamp, or a long line is no byline', () => {
    for (const line of ['文钊2020-12-18', '记者2020-12-18 11:11报道，当天共有300人到场', '2020-12-18 11:11 发布会上宣布裁员300人', `${'编'.repeat(8)}部${'x'.repeat(40)} 2020-12-18 11:11`]) {
      assert.ok(!stamp(line), line);
    }
    assert.ok(shown('记者2020-12-18 11:11报道，当天共有300人到场。'));
  });
});

describe('a Chinese speaker announcing the next step of the talk, the subject unsaid (issue 9, session 27, branch zhclaimprec)', () => {
  function unvoiced(sentence: string): boolean {
    const key = matchingKey(sentence);
    return isUnvoicedAgenda(key, 0, key.length);
  }

  it('coming to tell the audience, or coming to talk about something, is no claim whatever the topic holds', () => {
    for (const sentence of ['先跟大家簡單介紹一下我自己', '那今天其實是來跟大家分享我個人的看法', '今天就来谈谈，这样做是否可能。', '接下来再来聊聊这个模型为什么很重要。']) {
      assert.ok(unvoiced(sentence), sentence);
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('a report of talk, a subject that talks about the world, or a quantity in the announcement is still read', () => {
    for (const sentence of ['他跟大家说明年要涨价。', '政府向大家保证物价会稳定。', '来自各地的专家认为这个政策很重要。']) {
      assert.ok(!unvoiced(sentence), sentence);
    }
    assert.ok(shown('今天来跟大家分享我们去年营收增长了百分之三十的经验。'));
  });
});

describe('a Chinese question ending in 呢 with a written or misspelt question word (issue 9, session 27, branch zhclaimprec)', () => {
  it('为何, 如何, 何时 and speech-to-text’s 什幺 before a final 呢 ask, with or without a date in them', () => {
    for (const sentence of ['那为何我选择这个项目呢', '那今年的咏春是什幺呢', '这个政策何时才会落地呢。']) {
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('the same words without a final 呢 are read as before', () => {
    assert.ok(shown('公司如何应对这次风险，年报里已经写得很清楚，去年亏损了三亿元。'));
  });
});

describe('an English page\'s publishing stamp (issue 9, claims-en16)', () => {
  it('the publishing verb alone, then only a date and perhaps its time, is page machinery', () => {
    for (const line of ['Published 3 May 2024', 'Last updated 3 May 2024 at 14:05', 'Posted on May 3, 2024, 9:12 a.m. EDT', 'Updated: 2024-05-03 08:30', 'First published Friday, 3 May 2024.']) {
      assert.ok(stamp(line), line);
      assert.equal(classifySentence(line), null, line);
    }
  });

  it('a subject, more words, or a figure that is not a date make it a sentence, read as one', () => {
    for (const line of ['The podcast was published on August 20, 2017.', 'Published 3 May 2024, the report found 14 deaths.', 'Updated figures show 2,400 homes were sold in May 2024.', 'Posted 40 letters on 3 May 2024']) {
      assert.ok(!stamp(line), line);
    }
    assert.ok(shown('The council published its audit on 3 May 2024, a year late.'));
  });
});
