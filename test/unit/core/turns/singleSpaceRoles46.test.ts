import * as assert from 'node:assert/strict';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { singleSpaceRoleOf } from '../../../../src/core/turns/singleSpaceRoles';
import { speakerAt } from './turnAssertions';

// `Q So, …` / `A Yes, …`: a record's questions and answers with one space after the letter and no colon (session 42,
// speakers46). Texts of our own in test/fixtures/transcripts/shapes44-speakers.

describe('single-space Q/A lines that take turns through a document (speakers46)', () => {
  it('reads the letter, one space and speech opening with a capital or a digit, quoted or indented', () => {
    assert.deepEqual(singleSpaceRoleOf('Q So, the tra'), { role: 'Q', at: 0 });
    assert.deepEqual(singleSpaceRoleOf('“A It was aft'), { role: 'A', at: 1 });
    assert.deepEqual(singleSpaceRoleOf('   A 1998, I t'), { role: 'A', at: 3 });
    assert.equal(singleSpaceRoleOf('Q  Two spaces'), null);
    assert.equal(singleSpaceRoleOf('A man came in'), null);
    assert.equal(singleSpaceRoleOf('Quite so.'), null);
  });

  it('reads a quoted examination in an opinion: each quoted line is the question or the answer', () => {
    const { text, analysis } = analyseFixture('shapes44-speakers/quoted-qa-opinion.txt');
    assert.equal(speakerAt(text, analysis, 'So, the training'), 'Q');
    assert.equal(speakerAt(text, analysis, 'It was after.'), 'A');
    assert.equal(speakerAt(text, analysis, 'A man from the regional'), 'A');
    assert.equal(speakerAt(text, analysis, 'Yes, with the rest'), 'A');
    assert.equal(speakerAt(text, analysis, 'The witness, a shift'), null);
  });

  it('reads a deposition copied from a PDF, the spaces after the letters collapsed', () => {
    const { text, analysis } = analyseFixture('shapes44-speakers/deposition-pdf-copy.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['A', 'Q']);
    assert.equal(speakerAt(text, analysis, 'Marta Gill.'), 'A');
    assert.equal(speakerAt(text, analysis, 'Were you working'), 'Q');
    assert.equal(speakerAt(text, analysis, 'DEPOSITION OF'), null);
  });

  it('reads no role where the lines do not take turns: sentences opening with the article, one question', () => {
    const { analysis } = analyseFixture('shapes44-speakers/article-a-sentences.txt');
    assert.deepEqual(analysis.speakers, []);
    // One question answered once is not enough; an answer above the first question is a sentence.
    const once = 'Q Where were you?\nA At home.\nThe end.';
    assert.deepEqual(analyseText(once, 'notes.txt').analysis.speakers, []);
    const above = 'A Note on sources.\nQ Where were you?\nA At home.\nQ And then?\nA I slept.';
    const { analysis: aboveAnalysis } = analyseText(above, 'notes.txt');
    assert.equal(speakerAt(above, aboveAnalysis, 'Note on sources'), null);
    assert.equal(speakerAt(above, aboveAnalysis, 'I slept'), 'A');
  });

  it('keeps incremental analysis exact when an edit makes or unmakes a role line, or types beside one', () => {
    const deposition = readFixture('shapes44-speakers/deposition-pdf-copy.txt');
    const opinion = readFixture('shapes44-speakers/quoted-qa-opinion.txt');
    assertReplacementsMatchAnalyze([
      [deposition, 'Q Where do you work', 'Where do you work'],
      [deposition, 'A Marta Gill.', 'A  Marta Gill.'],
      [deposition, 'A At the ferry', 'A at the ferry'],
      [deposition, 'Q What do you do there?\n', ''],
      [deposition, 'Taken on behalf', 'Q Taken on behalf'],
      [opinion, '“Q And who taught it?', '“Q: And who taught it?'],
      [opinion, 'The trial court found', 'A The trial court found'],
    ], 'record.txt');
    const at = deposition.indexOf('Q Where do you work');
    assertEditsAcrossOffsetsMatchAnalyze(deposition, 'record.txt', [['x', 0], ['\n', 0], ['', 1], [' ', 0]], Math.max(0, at - 20), Math.min(deposition.length, at + 80));
  });
});
