import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('Chinese futures read by where they stand (issue 9, branch zhkind2, session 29)', () => {
  it('将 before a verb with its object and a 的 inside the object predicts; 将 right before the verb of a relative clause does not', () => {
    for (const sentence of ['从此以后我们的城市将拥有新的面貌。', '这座桥的通车将改变两岸的交通。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'forecast', sentence);
      assert.ok(result.cues.includes('future: 将'), result.cues.join('; '));
    }
    assert.ok(!classifySentence('代表们讨论了下周将召开的会议的议程。')?.cues.includes('future: 将'));
  });

  it('会 after a when-clause (在…的时候, 每次…) states what happens each time: a regularity, a fact', () => {
    for (const sentence of ['这个模型在普通显卡上运行的时候，会占用十几个G的显存。', '每次气温骤降之后，医院的门诊量会明显上升。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'fact', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('regularity: ')), result.cues.join('; '));
    }
  });

  it('a when-clause before a verb of saying frames the saying: the 会 said after it still predicts', () => {
    const result = classifySentence('他在接受记者采访时表示，今年的出口会保持增长。');
    assert.equal(result?.kind, 'forecast');
    assert.ok(result.cues.includes('future: 会'), result.cues.join('; '));
  });

  it('a target a must or should sets (要坚持…，确保…) is prescribed, an opinion; a target alone is a plan', () => {
    for (const sentence of ['会议强调，要坚持问题导向，确保各项改革措施落地见效。', '我们应当力争把损失降到最低。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.some((cue) => cue.startsWith('normative: ')), result.cues.join('; '));
    }
    assert.equal(classifySentence('各地抢抓农时，确保粮食产量稳定增长。')?.kind, 'forecast');
  });

  it('有计划地 says how something is done (in a planned way), not that it is planned', () => {
    const result = classifySentence('他必须有计划地把资金撤离出去。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(!result.cues.includes('plan: 计划'), result.cues.join('; '));
    assert.equal(classifySentence('公司计划在上海开设三家新店。')?.kind, 'forecast');
  });

  it('a future time in a relative clause modifies its noun with the count written in digits too (未来10年的…, as 未来十年的…)', () => {
    for (const sentence of ['报告称，该厂已将未来10年的研发经费提高到全国第三。', '这份规划定下了未来5年的目标。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'fact', sentence);
      assert.ok(!result.cues.includes('future time: 未来'), result.cues.join('; '));
    }
    // Not a relative clause: the sentence's own future time.
    assert.equal(classifySentence('该厂未来10年将把研发经费提高到全国第三。')?.kind, 'forecast');
  });
});
