import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { judgingPredicate } from '../../../../src/core/claims/zhKindStructure';
import { matchingKey } from '../../../../src/core/text/charFold';

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

  it('whose interests a course serves or harms (符合…利益, 損害…利益) is judged, within one clause', () => {
    const of = (sentence: string): string | null => judgingPredicate(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('中加关系保持健康稳定发展，符合两国的共同利益。'), '符合…利益');
    assert.equal(of('美方的做法違反世貿組織規則，損害以規則為基礎的多邊貿易體制和各國人民的共同利益。'), '损害…利益');
    assert.equal(of('这份报告符合规定，各方的利益都写在里面。'), null);
    for (const sentence of ['中加关系保持健康稳定发展，符合两国的共同利益。', '此外，特朗普對美國國會表示，空襲敘利亞是符合美國的國家安全與外交政策的重大利益。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.some((cue) => cue.endsWith('…利益')), result.cues.join('; '));
    }
  });

  it('前所未有 (unprecedented) judges, also beside a descriptive word that alone would narrate', () => {
    for (const sentence of ['有人说挑战是前所未有的,我们的应对措施也是前所未有的。', '白皮書強調新時代西藏人權事業取得的歷史性成就前所未有。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues.includes('evaluation: 前所未有'), result.cues.join('; '));
    }
  });

  it('the room or potential something has (具有广阔空间, 还有发展潜力) is judged, also in a sentence that narrates the past', () => {
    const of = (sentence: string): string | null => judgingPredicate(matchingKey(sentence), 0, sentence.length);
    assert.equal(of('李强指出，中加经济互补性强，两国合作具有广阔空间。'), '有…空间');
    assert.equal(of('相对来说他还有自己的发展潜力。'), '有…潜力');
    assert.equal(of('这个项目已经没有上升空间。'), '有…空间');
    assert.equal(of('把展览场地改成开放空间。'), null);
    const result = classifySentence('投资需求我说了有很多领域,刚才秘书长也说了,包括铁路、包括农村道路,都有很大的空间。');
    assert.equal(result?.kind, 'opinion');
    assert.ok(result.cues.includes('evaluation: 有…空间'), result.cues.join('; '));
  });

  it('严重 before a verb judges how far (严重违反); a date before a verb of saying dates the saying, not the judgement said', () => {
    assert.equal(classifySentence('首先，AUKUS带来核扩散风险，严重违反《不扩散核武器条约》精神。')?.kind, 'opinion');
    assert.equal(classifySentence('被日本安保文件列为“盟友及志同道合伙伴”的韩国外交部12月16日表示，日方政策调整恐严重影响半岛安全和韩国利益。')?.kind, 'opinion');
    // A date inside what is said still makes a narrated event of it.
    assert.equal(classifySentence('韩国外交部表示，日方12月16日的政策调整已经严重影响了半岛安全。')?.kind, 'fact');
    assert.equal(classifySentence('外交部发言人表示，两国关系在去年实现了稳定发展，贸易额大幅增长。')?.kind, 'fact');
  });
});
