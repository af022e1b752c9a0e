import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { rhetoricalQuestion } from '../../../../src/core/claims/zhRhetoricalQuestions';
import { matchingKey } from '../../../../src/core/text/charFold';

function asked(sentence: string): string | null {
  const key = matchingKey(sentence);
  return rhetoricalQuestion(key, 0, key.length);
}

describe('claim kinds in Chinese: rhetorical questions (issue 9, branch kindzh48)', () => {
  it('a last clause asking whether the opposite holds makes the question rhetorical, in both scripts', () => {
    assert.equal(asked('新方案看起來很多,但跟舊辦法不是一模一樣嗎？'), '不是…吗');
    assert.equal(asked('这笔钱花出去以后，小店还能撑过这个冬天吗？'), '还能…吗');
    assert.equal(asked('客流三个月翻了一番,能說生意不好嗎?'), '能说…吗');
  });

  it('questions that ask for an answer are not rhetorical', () => {
    for (const sentence of ['您能谈谈这个计划的来历吗？', '你能说说这些年是怎么过来的吗？', '這份報告能說明價格為何上漲嗎？', '你是不是已經看過那份報告了嗎?', '不是說好下午開會,怎麼改了?', '新方案什么时候公布？']) {
      assert.equal(asked(sentence), null, sentence);
    }
  });

  it('a rhetorical question that states a judgement is an opinion, with the question as its cue', () => {
    const judged = classifySentence('新方案看起來很多,但跟舊辦法不是一模一樣嗎？');
    assert.equal(judged?.kind, 'opinion');
    assert.ok(judged.cues.includes('rhetorical question: 不是…吗'), judged.cues.join('; '));
    assert.ok(judged.confidence >= 0.5);
  });

  it('one that recalls a figure stays a fact, with the question among its cues', () => {
    const recalled = classifySentence('去年市议会不是以42票对3票通过了这笔预算吗？');
    assert.equal(recalled?.kind, 'fact');
    assert.ok(recalled.cues.includes('rhetorical question: 不是…吗'), recalled.cues.join('; '));
  });

  it('a short rhetorical question or an ordinary one claims nothing', () => {
    assert.equal(classifySentence('不是吗？'), null);
    assert.equal(classifySentence('您能谈谈这个计划的来历吗？'), null);
    assert.equal(classifySentence('這份報告能說明價格為何上漲嗎？'), null);
  });
});
