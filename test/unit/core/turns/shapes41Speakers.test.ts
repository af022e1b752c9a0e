import * as assert from 'node:assert/strict';
import { analyseFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// Short texts of our own in the shapes of real exports (session 39, speakers41): test/fixtures/transcripts/shapes41-speakers.
// Each asserts the speaker of chosen lines; the shapes these texts still misread are listed in docs/analysis-turns.md.

/** The speaker of the line holding each needle, in the fixture `name`. */
function speakersAt(name: string, needles: readonly string[]): (string | null)[] {
  const { text, analysis } = analyseFixture(`shapes41-speakers/${name}`);
  return needles.map((needle) => speakerAt(text, analysis, needle));
}

describe('speaker shapes of real exports, texts of our own (session 39, speakers41)', () => {
  it('a podcast page: the bold labels under the show notes', () => {
    assert.deepEqual(speakersAt('podcast-chapters.md', ['Thirty-two, if we are counting', 'Almost always the capacitors', 'Good advice.']), ['Tomasz Nowak', 'Tomasz Nowak', 'Hannah Reyes']);
  });

  it('a daily Hansard: its title lines are no one\'s', () => {
    assert.deepEqual(speakersAt('hansard-dash-labels.txt', ['PARLIAMENT OF THE REPUBLIC', 'DAILY HANSARD']), [null, null]);
  });

  it('talk notes in 简体: head fields stay fields, the talk and the questions are their speakers\'', () => {
    assert.deepEqual(speakersAt('lecture-notes-zh-Hans.md', ['主讲：周明远', '时间：2026年', '谢谢大家冒着雨过来', '请问这些档案', '大部分在市档案馆']), [null, null, '周明远', '听众', '周明远']);
  });

  it('a speech in 繁體 handed to the host and the next speaker', () => {
    assert.deepEqual(speakersAt('township-speech-zh-Hant.txt', ['謝謝鄉長', '我只講兩句話']), ['主持人', '代表會主席']);
  });

  it('a UN meeting record: the President and the members by their labels', () => {
    assert.deepEqual(speakersAt('un-meeting-record.txt', ['I welcome the representatives', 'Since the Council last met', 'France thanks', 'There are no more names']), ['The President', 'Ms. Achebe', 'Mr. Moreau', 'The President']);
  });

  it('a briefing labelled by initials and spaces, a paragraph under a label its speaker\'s', () => {
    assert.deepEqual(speakersAt('initials-press-briefing.txt', ['Good morning and welcome', 'The water level', 'The third centre stays open', 'When will people', 'The next briefing is on Friday']), ['MO', 'JR', 'JR', 'BK', 'MO']);
  });
});
