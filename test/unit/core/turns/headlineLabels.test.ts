import * as assert from 'node:assert/strict';
import { analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { readsAsTitleAfterLabel } from '../../../../src/core/turns/headlineLabels';
import { speakerAt } from './turnAssertions';

// `Guest Name: Episode Title` and `Act One: Its Title` where the document sets its speakers' names alone (session 40,
// speakers44): texts of our own in test/fixtures/transcripts/shapes42-speakers.

function speakersAt(name: string, needles: readonly string[]): (string | null)[] {
  const { text, analysis } = analyseFixture(`shapes42-speakers/${name}`);
  return needles.map((needle) => speakerAt(text, analysis, needle));
}

describe('headline labels where names stand alone (speakers44)', () => {
  it('reads a title after a label as a title, a sentence or a clause as speech', () => {
    assert.equal(readsAsTitleAfterLabel(' Tides, Salt Marshes & Memory'), true);
    assert.equal(readsAsTitleAfterLabel('Prologue'), true);
    assert.equal(readsAsTitleAfterLabel('The Last Relief Boat'), true);
    assert.equal(readsAsTitleAfterLabel('We lost the signal for a second there.'), false);
    assert.equal(readsAsTitleAfterLabel('Thanks for having me'), false);
    assert.equal(readsAsTitleAfterLabel('Tides, Salt Marshes,'), false);
    assert.equal(readsAsTitleAfterLabel('潮汐与记忆'), false);
  });

  it('an episode page: the guest\'s headline and the notes under it are no one\'s, the transcript its speakers\'', () => {
    assert.deepEqual(
      speakersAt('episode-page-headline.txt', ['Dr. Maren Holt: Tides', 'Listen on your favourite', 'is a coastal ecologist', 'Welcome back to the show', 'A marsh keeps a record', 'nine hundred years']),
      [null, null, null, 'Sam Okafor', 'Maren Holt', 'Maren Holt'],
    );
  });

  it('a radio show\'s parts over name lines: `Prologue: …` and `Act One: …` are no one\'s, and end the turn above', () => {
    assert.deepEqual(
      speakersAt('radio-acts-name-lines.txt', ['Prologue: Early Shifts', 'So we start before dawn', 'Like a kettle', 'Act One: The Last', 'The relief boat came']),
      [null, 'Nadia Brandt', 'Oskar Lind', null, 'Nadia Brandt'],
    );
  });

  it('a one-off label with a sentence after it stays a turn where names stand alone', () => {
    assert.deepEqual(speakersAt('panel-name-lines-one-off-speech.txt', ['We lost the signal', 'And the boats?']), ['Producer', 'Sam Okafor']);
  });

  it('edits that make and unmake a headline label, its name\'s count or the layout equal a full analysis', () => {
    const page = readFixture('shapes42-speakers/episode-page-headline.txt');
    const acts = readFixture('shapes42-speakers/radio-acts-name-lines.txt');
    const panel = readFixture('shapes42-speakers/panel-name-lines-one-off-speech.txt');
    assertReplacementsMatchAnalyze([
      // The title becomes a sentence, and back.
      [page, 'Salt Marshes & Memory', 'salt marshes and memory.'],
      [panel, 'We lost the signal for a second there.', 'Lost Signal'],
      // The headline's name labels another line too, or the label goes.
      [page, 'Maren Holt:\n\nThanks', 'Dr. Maren Holt:\n\nThanks'],
      [page, 'Dr. Maren Holt: Tides', 'Dr. Maren Holt Tides'],
      // A name standing alone gets speech on its line: the layout's counts change.
      [page, 'Sam Okafor:\n\nHow far', 'Sam Okafor: How far'],
      [acts, 'Oskar Lind\n\nLike a kettle', 'Oskar Lind: Like a kettle'],
      [panel, 'Lena Park:\n\nThe boats', 'Lena Park: The boats'],
      // A line split inside the title, or joined to it.
      [acts, 'Act One: The Last Relief Boat', 'Act One: The Last\nRelief Boat'],
      [acts, 'Prologue: Early Shifts\n\nNadia', 'Prologue: Early Shifts Nadia'],
    ], 'notes.txt');
  });

  it('typing and deleting across the headline lines equals a full analysis', function () {
    this.timeout(200_000);
    const page = readFixture('shapes42-speakers/episode-page-headline.txt');
    const edits: readonly (readonly [string, number])[] = [['a', 0], ['.', 0], [':', 0], ['\n', 0], ['', 1]];
    assertEditsAcrossOffsetsMatchAnalyze(page, 'notes.txt', edits, 0, page.indexOf('Transcript'));
    const acts = readFixture('shapes42-speakers/radio-acts-name-lines.txt');
    assertEditsAcrossOffsetsMatchAnalyze(acts, 'notes.txt', edits);
  });
});
