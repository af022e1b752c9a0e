import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('Chinese exclamations (issue 9, branch zhkind3, session 30)', () => {
  it('a plain statement that ends in an exclamation mark takes a stance: an opinion, as sure as the statement', () => {
    const exclaimed = classifySentence('这些年他在商界纵横驰骋，每一步都走在别人前面！');
    const stated = classifySentence('这些年他在商界纵横驰骋，每一步都走在别人前面。');
    assert.equal(exclaimed?.kind, 'opinion');
    assert.deepEqual(exclaimed.cues, ['exclamation: ！']);
    assert.equal(stated?.kind, 'fact');
    assert.equal(exclaimed.confidence, stated.confidence);
  });

  it('the mark is found under closing brackets and Markdown emphasis', () => {
    assert.equal(classifySentence('【**如果政府解决不了问题，那政府本身就成了问题！**】')?.kind, 'opinion');
  });

  it('a cue word still decides first: a figure with an exclamation stays a fact', () => {
    assert.equal(classifySentence('今年的销售额增长了百分之三十，达到了12亿元！')?.kind, 'fact');
  });
});

describe('Chinese rhetorical questions (issue 9, branch zhkind3, session 30)', () => {
  it('a question that asks to deny a negation or an ability, or opens with 难道, asserts the opposite: an opinion', () => {
    for (const sentence of ['全球的油价都那么高，国内的油价能一直不涨吗？', '出口在增长，就业也稳定，这几个方面不好吗？', '难道这些问题都不用解决？']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'opinion', sentence);
      assert.ok(result.cues[0]!.startsWith('rhetorical question: '), result.cues.join('; '));
    }
  });

  it('a question put to the listener, or one asking whether something exists, is a real question', () => {
    for (const sentence of ['你能给我们介绍一下这个项目吗？', '今年不及预期的项目有吗？', '这个项目什么时候能上线？']) assert.equal(classifySentence(sentence), null, sentence);
  });
});
