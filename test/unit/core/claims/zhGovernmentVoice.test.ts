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

  it('会 closing an organisation or a session name (研究會, 校董會, 兩會) is no future', () => {
    for (const sentence of ['共有近120名來自本地民間智庫以及全國港澳研究會的代表參加。', '理大校董會主席林大輝致辭時表示，香港必須充分發揮優勢。', '我跑了十五年两会，见过很多官员。']) {
      const result = classifySentence(sentence);
      assert.ok(result === null || !result.cues.some((cue) => cue.startsWith('future: ')), `${sentence}: ${result?.cues.join('; ')}`);
    }
    assert.equal(classifySentence('研究人员表示，这个项目明年会完成。')?.kind, 'forecast');
  });
});
