import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('claim kinds in Chinese: government voices (issue 9, session 26)', () => {
  it('坚决 before a verb takes a stand (坚决反对, 坚决拒绝): an opinion; 坚定 before a verb still narrates', () => {
    for (const sentence of ['外交部發言人表示，中方堅決反對英方干涉中國內政。', '我们注意到讲话中有一些因素，同时坚决拒绝其无端指责。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes('evaluation: 坚决'), result.cues.join('; '));
    }
    assert.equal(classifySentence('中国坚定奉行独立自主的和平外交政策，同各国发展友好合作。')?.kind, 'fact');
  });
});
