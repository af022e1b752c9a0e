import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { isDoneObjectJiang } from '../../../../src/core/claims/zhKindStructure';
import { matchingKey } from '../../../../src/core/text/charFold';

function doneJiang(sentence: string): boolean {
  const key = matchingKey(sentence);
  return isDoneObjectJiang(key, 0, key.indexOf('将'));
}

describe('claim kinds in Chinese: a done 将 (issue 9, branch kinds)', () => {
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
});
