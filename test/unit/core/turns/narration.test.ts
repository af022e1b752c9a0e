import * as assert from 'node:assert/strict';
import { recognizeHandOver } from '../../../../src/core/turns/narration';

describe('narration hand-over', () => {
  it('finds the named speaker of a line ending in a speech verb and a colon', () => {
    for (const [line, subject] of [
      ['針對外媒記者關於出口管制的問題,老黃回答道:', '老黃'],
      ['隨後老黃補充了一些細節:', '老黃'],
      ['美國財政部長貝森特在彭博電視臺節目中談及芯片時說:', '貝森特'],
      ['在現場,新智元向老黃提問了兩個問題:', '新智元'],
      ['会后，王部长表示：', '王部长'],
      ['Asked about the delay, Secretary Robert Hale said:', 'Robert Hale'],
      ['Jones told reporters:', 'Jones'],
      ['會後，王和平說:', '王和平'],
    ] as const) {
      assert.equal(recognizeHandOver(line)?.subject, subject, line);
    }
  });

  it('marks pronouns and unnamed subjects for the caller to resolve', () => {
    assert.deepEqual([recognizeHandOver('他接着说：')?.pronoun, recognizeHandOver('He said:')?.pronoun], [true, true]);
    const unnamed = recognizeHandOver('老黃看着媒體也有些發慌,趕緊說:');
    assert.equal(unnamed?.subject, null);
    assert.equal(unnamed?.pronoun, false);
    assert.equal('老黃看着媒體也有些發慌,趕緊說:'.slice(unnamed!.clauseStart), '趕緊說:');
  });

  it('is not fooled by lead-ins, nouns that contain a verb, or lines without a final colon', () => {
    for (const line of ['第一個問題是:', '黃仁勳表示,他搞不懂英特爾的策略,那就是:', '這些問題:', '黃仁勳說現在中國的模型都很優秀。', 'The plan is simple:']) {
      assert.equal(recognizeHandOver(line)?.subject ?? null, null, line);
    }
  });
});
