import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('claim kinds in Chinese: a view that prescribes before its future word (issue 9, branch kindzh48)', () => {
  it('a must or should inside the view makes its future the argued consequence: an opinion, in both scripts', () => {
    for (const sentence of ['我認為政府必須馬上改革稅制,否則經濟將一蹶不振。', '他们认为学校应该尽早调整课程，不然学生会越来越跟不上。']) {
      const argued = classifySentence(sentence);
      assert.equal(argued?.kind, 'opinion', sentence);
      assert.ok(argued.cues.some((cue) => cue.startsWith('normative: ')), argued.cues.join('; '));
    }
  });

  it('a view that predicts an outcome, with nothing prescribed, stays a forecast', () => {
    for (const sentence of ['我认为这家公司将长期存在下去。', '我相信有一天,這條鐵路會通到我們村子。']) {
      assert.equal(classifySentence(sentence)?.kind, 'forecast', sentence);
    }
  });

  it('a should that guesses, a dated future or a figure keeps the forecast', () => {
    for (const sentence of ['我觉得这个方案应该会通过。', '我認為政府必須改革,明年營收將達到五百億元。', '我们认为必须改革，2027年新制度将正式实施。']) {
      assert.equal(classifySentence(sentence)?.kind, 'forecast', sentence);
    }
  });

  it('a must with no view before it is left to the other rules', () => {
    assert.notEqual(classifySentence('政府必須馬上改革稅制,否則經濟將一蹶不振。'), null);
  });
});
