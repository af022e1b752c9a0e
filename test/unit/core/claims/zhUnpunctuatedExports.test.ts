import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isDateTimeLine } from '../../../../src/core/claims/zhNoise';
import { matchingKey } from '../../../../src/core/text/charFold';

function dateTimeLine(line: string): boolean {
  const key = matchingKey(line);
  return isDateTimeLine(key, 0, key.length);
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
});
