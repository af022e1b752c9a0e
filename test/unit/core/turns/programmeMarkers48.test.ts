import * as assert from 'node:assert/strict';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { recognizeLabel } from '../../../../src/core/turns/labels';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';

// A TV programme's transcript (a CCTV programme page in the lead's field trial, session 44, tvmarkers48b): `[演播室]` (the
// studio's anchor) and `[解說]` / `【解说】` (the narrator) alone on their lines over the paragraph they introduce, and
// `【同期】Name：` (sync sound, then who speaks). Texts of our own in test/fixtures/transcripts/tvmarkers48.

describe('a TV programme\'s segment markers (tvmarkers48b)', () => {
  it('reads `[演播室]` and `[解說]` alone on their lines as the anchor\'s and the narrator\'s labels', () => {
    const fixture = analyseFixture('tvmarkers48/studio-narration.txt');
    assert.deepEqual(lineSpeakers(fixture), ['-', '演播室', '演播室', '解說', '解說', '陳阿水', '解說', '解說', '林美玉', '演播室', '演播室']);
    // The Japanese/HK form 説 (U+8AAC) folds to 说 like 說: `【解説】` is the narrator too, named as written.
    const variant = analyseText(fixture.text.replaceAll('[解說]', '【解説】'), 'programme.txt');
    assert.deepEqual(lineSpeakers(variant).slice(3, 5), ['解説', '解説']);
  });

  it('reads `【同期】陳阿水：` as a label of 陳阿水, the segment word a wrapper', () => {
    const line = '【同期】陳阿水：冬天的魚少。';
    assert.equal(labelCandidate(line, line.length)?.name, '陳阿水');
    assert.equal(recognizeLabel(line, line.length)?.speaker, '陳阿水');
    assert.equal(recognizeLabel('【同期声】赵老师：我来这里', 13)?.speaker, '赵老师');
    // The bracket's own word is the label where a colon follows it, or where it is a role.
    assert.equal(labelCandidate('[主持人]:你好', 8)?.name, '主持人');
    assert.equal(labelCandidate('【記者】請問您：今年買了什麼？', 15)?.name, '記者');
  });

  it('gives the narrator in Simplified brackets the narration, each interviewee their sync sound', () => {
    const fixture = analyseFixture('tvmarkers48/narrator-simplified.txt');
    assert.deepEqual(lineSpeakers(fixture), ['-', '解说', '解说', '赵老师', '解说', '解说', '小刚', '解说', '解说']);
  });

  it('leaves a bracketed note that names no role (`[畫面]`) an aside, and a role\'s bracket before a question its label', () => {
    const fixture = analyseFixture('tvmarkers48/bracket-notes.txt');
    assert.deepEqual(fixture.analysis.speakers.map((s) => s.name).sort(), ['王太太', '記者']);
    assert.ok(fixture.analysis.stageDirections.some((d) => fixture.text.slice(d.span.start, d.span.end) === '[畫面]'));
  });

  it('keeps edits to the markers and the speech under them equal to a full analysis', () => {
    const studio = readFixture('tvmarkers48/studio-narration.txt');
    assertReplacementsMatchAnalyze([
      [studio, '[解說]', '[解]'],
      [studio, '[解說]', '[畫面]'],
      [studio, '[解說]', '解說：'],
      [studio, '[演播室]', '[主播]'],
      [studio, '【同期】', ''],
      [studio, '【同期】', '【同期】 '],
      [studio, '陳阿水：', '陳阿水'],
      [studio, '林美玉：', '林美玉:'],
      [studio, '今年六十二歲', '今年\n六十二歲'],
    ], 'programme.txt');
    assertEditsAcrossOffsetsMatchAnalyze(studio, 'programme.txt', [['。', 0], ['\n', 0], ['', 1]]);
    const simplified = readFixture('tvmarkers48/narrator-simplified.txt');
    assertEditsAcrossOffsetsMatchAnalyze(simplified, 'programme.txt', [['\n', 0], ['', 1]]);
  });
});
