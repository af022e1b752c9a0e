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
