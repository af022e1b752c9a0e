import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isDateTimeLine, isListedFieldValue } from '../../../../src/core/claims/zhNoise';
import { matchingKey } from '../../../../src/core/text/charFold';

function dateTimeLine(line: string): boolean {
  const key = matchingKey(line);
  return isDateTimeLine(key, 0, key.length);
}

function listedValue(text: string, sentence: string): boolean {
  const key = matchingKey(text);
  const from = text.indexOf(sentence);
  return isListedFieldValue(key, from, from + sentence.length);
}

describe('Chinese meeting-app exports without punctuation (issue 9, session 34, branch zhtools34)', () => {
  it('a question word among the last few characters asks without its `？`: no claim', () => {
    for (const sentence of ['嗯这个增长主要来自哪个渠道', '抽奖的奖品预算是多少', '回滚一共影响了多长时间', '同意那这个演练的流程谁来写', '那你最后选的方案是什么', '這筆經費到底用在哪裡']) {
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('the same words as statements, or a question word used for anyone or anything, stay claims', () => {
    // A full stop: the writer made it a statement; 谁都/哪个都: anyone, any.
    for (const sentence of ['去年全县一共有三十二家乡镇卫生院缺少医生谁都知道', '我们的营收去年增长了百分之十二哪个都一样']) {
      assert.notEqual(classifySentence(sentence), null, sentence);
    }
    assert.notEqual(classifySentence('今年的预算是一千二百万，用在哪里已经公布了。'), null);
  });

  it('a recording\'s length in minutes and seconds under its field name is no claim: `转写时长: 18分07秒`', () => {
    assert.ok(dateTimeLine('转写时长: 18分07秒'));
    assert.ok(dateTimeLine('时长：65分30秒'));
    assert.equal(classifySentence('转写时长: 18分07秒'), null);
    // A duration in a sentence is a figure of the speech, read as before.
    assert.ok(!dateTimeLine('这场会一共开了18分07秒就散了'));
  });

  it('a field\'s value listing terms or names is no claim: under `关键词:` or `## 关键词`, or after `参会人：`', () => {
    assert.ok(listedValue('关键词:\n入职流程、考勤制度、报销、试用期\n', '入职流程、考勤制度、报销、试用期'));
    assert.ok(listedValue('## 关键词\n\n入职流程、考勤制度、报销、试用期\n', '入职流程、考勤制度、报销、试用期'));
    assert.ok(listedValue('参会人：李娜、王强、说话人3', '参会人：李娜、王强、说话人3'));
    assert.equal(classifySentence('参会人：李娜、王强、说话人3'), null);
  });

  it('a 、 list in a sentence, or under a line that is no field name, is read as before', () => {
    // No field name above: a speaker's list of what was done.
    assert.ok(!listedValue('我们去年做了三件事\n北京、上海、广州都开了新店\n', '北京、上海、广州都开了新店'));
    assert.ok(!listedValue('好的我们继续。\n入职流程、考勤制度、报销\n', '入职流程、考勤制度、报销'));
    // Commas join clauses, not terms: `訪談時間：平日晚上或週末，約一小時` stays what it was.
    assert.ok(!listedValue('内容：舉辦見面會時，線上實體同時舉辦', '内容：舉辦見面會時，線上實體同時舉辦'));
    // Two items under a field name alone are too few to tell a list from a pair in a sentence.
    assert.ok(!listedValue('关键词:\n预算、渠道\n', '预算、渠道'));
  });
});
