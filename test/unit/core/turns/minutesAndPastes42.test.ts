import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';
import { readFixture } from '../transcriptFixtures';

// Shapes of real text the lead found with no speakers (session 39, speakers42): test/fixtures/transcripts/shapes41-minutes.
const AT_EXPORT = 'shapes41-minutes/app-export-at-speakers.txt';

describe('minutes and web pastes with no speakers (session 39, speakers42)', () => {
  describe('an app export marking each speaker with `@`', () => {
    it('reads `@说话人 1 00:00:00` and `@王工 00:00:12` as the speakers they name, without the `@`', () => {
      const text = readFixture(AT_EXPORT);
      const analysis = analyze(text, {}, 'export.txt');
      assert.deepEqual(new Set(analysis.turns.map((t) => t.speaker)), new Set(['说话人 1', '王工', '说话人 2']));
      assert.equal(speakerAt(text, analysis, '好的。我先说一下进度'), '王工');
      assert.equal(speakerAt(text, analysis, '那剩下的一半'), '说话人 1');
      assert.equal(speakerAt(text, analysis, '运输车辆已经联系好了'), '说话人 2');
    });

    it('keeps an `@` mention opening a line of prose, and an e-mail, as no label', () => {
      const text = ['Ana: the build is green.', '@ben please review the patch when you can.', 'Ben: will do.', '@ this is no handle: a lone mark.', 'Ana: thanks.'].join('\n');
      const analysis = analyze(text, {}, 'chat.txt');
      assert.equal(speakerAt(text, analysis, '@ben please'), 'Ana');
      assert.equal(speakerAt(text, analysis, '@ this is'), 'Ben');
      assert.deepEqual(new Set(analysis.turns.map((t) => t.speaker)), new Set(['Ana', 'Ben']));
    });

    it('re-reads an edit of an `@` label as analyze() does', () => {
      const text = readFixture(AT_EXPORT);
      assertEditEqualsAnalyze(text, 'export.txt', '@王工 00:00:41', '@李工 00:00:41');
      assertEditEqualsAnalyze(text, 'export.txt', '@说话人 2 00:01:05', '说话人 2 00:01:05');
      assertEditEqualsAnalyze(text, 'export.txt', '我估计下周三', '@我估计 00:00:50 下周三');
    });
  });
});
