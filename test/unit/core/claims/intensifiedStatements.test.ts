import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('an English intensifier with no evaluation word (issue 9, enclaims3)', () => {
  it('is read as a plain statement, a little under the same sentence without it', () => {
    const intensified = classifySentence('It is very commonly used to introduce the topic of Bayes rule in probability.');
    const plain = classifySentence('It is commonly used to introduce the topic of Bayes rule in probability.');
    assert.ok(intensified !== null && plain !== null);
    assert.equal(intensified.kind, 'fact');
    assert.ok(intensified.cues.includes('intensifier: very'), intensified.cues.join('; '));
    assert.ok(intensified.confidence < plain.confidence);
    assert.ok(intensified.confidence >= 0.5, `shown at the default threshold: ${intensified.confidence}`);
  });

  it('keeps the plain statement\u2019s limits: a short reaction or a first-person aside stays under the threshold', () => {
    const reaction = classifySentence('It was really cool to hear about.');
    assert.ok(reaction === null || reaction.confidence < 0.5);
    assert.equal(classifySentence('Yeah, it really was.'), null);
  });

  it('beside an evaluation word it is a judgement as before', () => {
    assert.equal(classifySentence('This is a really dangerous plan for the middle class and for the country.')?.kind, 'opinion');
  });

  it('a Chinese intensifier is left as it was', () => {
    const chinese = classifySentence('他们非常认真地完成了全部的调查工作。');
    assert.equal(chinese?.kind, 'opinion');
    assert.deepEqual(chinese?.cues, ['intensifier: 非常']);
  });
});
