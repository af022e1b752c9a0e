import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { speakerAt } from '../turns/turnAssertions';
import { topicTitles } from './topicTitles';

// A podcast page's chapter list (`0:00 – Introduction`) over a transcript whose sections carry the same titles
// (session 43, lead; texts of our own in test/fixtures/transcripts/shapes47-formats).

describe('a chapter list names the sections below it', () => {
  for (const file of ['chapter-titles-spaced.txt', 'chapter-titles-tight.txt']) {
    it(`reads the titles the chapter list names as topics, none as a speaker (${file})`, () => {
      const { text, analysis } = analyseFixture(`shapes47-formats/${file}`);
      const titles = topicTitles(analysis.topics);
      for (const title of ['Introduction', 'Early life']) assert.ok(titles.includes(title), titles.join(' / '));
      assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['Jane Roe', 'Sam Okafor']);
      assert.equal(speakerAt(text, analysis, 'Where did you grow up'), 'Sam Okafor');
      assert.equal(speakerAt(text, analysis, 'In Ohio'), 'Jane Roe');
    });
  }

  it('without the chapter list the same lines title nothing over a tight name line', () => {
    const text = readFixture('shapes47-formats/chapter-titles-tight.txt');
    const body = text.slice(text.indexOf('\nIntroduction\n') + 1);
    const titles = topicTitles(analyze(body, {}, 'body.txt').topics);
    assert.ok(!titles.includes('Early life'), titles.join(' / '));
  });

  it('edits of the chapter list and of the titles equal a full analysis', () => {
    const text = readFixture('shapes47-formats/chapter-titles-tight.txt');
    const edits: readonly (readonly [string, number])[] = [['x', 0], ['', 1], ['\n', 0], ['0:00 – ', 0]];
    assertEditsAcrossOffsetsMatchAnalyze(text, 'talk.txt', edits);
  });
});
