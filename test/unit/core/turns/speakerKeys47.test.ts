import * as assert from 'node:assert/strict';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { LineIndex } from '../../../../src/core/text/positions';
import { keyedInitialsOf, readSpeakerKey } from '../../../../src/core/turns/speakerKeys';
import { speakerAt } from './turnAssertions';

// A speaker key at the head (`Speaker key:` over `RO Rosa Okafor`, or on the key's own line), then each turn as the
// speaker's initials, a run of spaces and the speech (session 43, keys47). Texts of our own in
// test/fixtures/transcripts/shapes48-keys.

describe('a speaker key of initials at the head, and the turns keyed by them (keys47)', () => {
  it('reads the key under its line or on it, and the keyed line shape', () => {
    const under = readSpeakerKey(new LineIndex(readFixture('shapes48-keys/key-under-line.txt')));
    assert.deepEqual([...under!.names], [['RO', 'Rosa Okafor'], ['PAL', 'Dr Petra Anke Lindqvist'], ['HE', 'Henrik'], ['TAG', 'Tomas Alvar Grieg']]);
    assert.deepEqual([under!.firstLine, under!.lastLine], [2, 6]);
    const inline = readSpeakerKey(new LineIndex(readFixture('shapes48-keys/key-on-one-line.txt')));
    assert.deepEqual([...inline!.names.keys()], ['JN', 'ED', 'WE']);
    // Prose after `Key:`, and initials that no name word opens, are no key.
    assert.equal(readSpeakerKey(new LineIndex('Key: the plan is simple and cheap.\nAB  Then we go.')), null);
    assert.equal(readSpeakerKey(new LineIndex('Speakers:\nAB Carl Dahl\nCD Eva Fors\n')), null);
    assert.deepEqual(keyedInitialsOf('TAG        Thank'), { initials: 'TAG', textStart: 11 });
    assert.deepEqual(keyedInitialsOf('HE\tThank you'), { initials: 'HE', textStart: 3 });
    assert.equal(keyedInitialsOf('HE said so.'), null);
    assert.equal(keyedInitialsOf('Rosa  Thank'), null);
  });

  it('gives each keyed line to its initials, one-off speakers and initials that are words too', () => {
    const { text, analysis } = analyseFixture('shapes48-keys/key-under-line.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['HE', 'PAL', 'RO', 'TAG']);
    assert.equal(speakerAt(text, analysis, 'Will the board restrict'), 'HE');
    assert.equal(speakerAt(text, analysis, 'how many wells'), 'TAG');
    assert.equal(speakerAt(text, analysis, 'The reservoirs stand'), 'PAL');
    assert.equal(speakerAt(text, analysis, 'We expect the level'), 'PAL');
    assert.equal(speakerAt(text, analysis, 'Twelve wells'), 'PAL');
    assert.equal(speakerAt(text, analysis, 'Thank you all'), 'RO');
    assert.equal(speakerAt(text, analysis, 'Henrik\n'), null);
  });

  it('reads a key written on its own line', () => {
    const { text, analysis } = analyseFixture('shapes48-keys/key-on-one-line.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['ED', 'JN', 'WE']);
    assert.equal(speakerAt(text, analysis, 'When will the new berths'), 'WE');
    assert.equal(speakerAt(text, analysis, 'The channel now takes'), 'ED');
  });

  it('changes nothing where no line uses the key, nor without a key', () => {
    // `HE  said nothing` opens with initials the key does not name: the key leaves the reading as it was.
    const unused = analyseFixture('shapes48-keys/key-unused.txt');
    assert.ok(unused.analysis.speakers.every((s) => !['AB', 'CD', 'HE'].includes(s.name)));
    assert.notEqual(speakerAt(unused.text, unused.analysis, 'said nothing'), 'HE');
    const unkeyed = readFixture('shapes48-keys/key-under-line.txt').replace('Speaker key:', 'Present:');
    const { text, analysis } = analyseText(unkeyed, 'briefing.txt');
    // Without the key the one-off `HE` is refused as a word and its question stays in the moderator's turn, as before.
    assert.equal(speakerAt(text, analysis, 'Will the board restrict'), 'RO');
  });

  it('reads the key\'s own line as no speaker, whether its entries are used or not (tidy48)', () => {
    // Our words: a key over a transcript labelled by full names, so no line opens with the key's initials.
    const minutes = [
      'Allotment committee, spring meeting',
      '',
      'Key: MO Mira Olsen LP Lars Pihl',
      '',
      'Mira Olsen: The water butts are full again after the rain.',
      '',
      'Lars Pihl: Then we can skip the hose rota until May.',
      '',
      'Mira Olsen: Agreed, and the shed roof waits for the grant.',
      '',
    ].join('\n');
    const { text, analysis } = analyseText(minutes, 'minutes.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['Lars Pihl', 'Mira Olsen']);
    assert.equal(speakerAt(text, analysis, 'Key: MO'), null);
    // A `Speakers:` line over its entries and no transcript under it: a list of names, no turn; over one entry it is
    // no key, and the scheme's reading stands.
    const roster = 'Reading group\n\nSpeakers:\nIV Ines Varga\nTN Tomas Nyberg\n\nWe read the first two chapters.  Next time the rest.\n';
    assert.deepEqual(analyseText(roster, 'roster.txt').analysis.speakers, []);
    const oneEntry = analyseText(roster.replace('TN Tomas Nyberg\n', ''), 'roster.txt');
    assert.deepEqual(oneEntry.analysis.speakers.map((s) => s.name), ['Speakers']);
    // A used key's own line is no turn either.
    const used = analyseFixture('shapes48-keys/key-on-one-line.txt');
    const keyed = analyseText(used.text.replace('Speaker key:', 'Key:'), 'briefing.txt');
    assert.deepEqual(keyed.analysis.speakers.map((s) => s.name).sort(), ['ED', 'JN', 'WE']);
    assertReplacementsMatchAnalyze([
      [minutes, ' LP Lars Pihl', ''],
      [minutes, 'Key: MO', 'Keys: MO'],
      [minutes, 'Lars Pihl: Then', 'LP  Then'],
      [minutes, 'spring meeting', 'spring meeting\n'],
    ], 'minutes.txt');
    assertEditsAcrossOffsetsMatchAnalyze(minutes, 'minutes.txt', [['x', 0], ['\n', 0], ['', 1]], 0, minutes.indexOf('Lars Pihl:'));
  });

  it('keeps incremental analysis exact when an edit makes, unmakes or changes the key or a keyed line', () => {
    const under = readFixture('shapes48-keys/key-under-line.txt');
    const inline = readFixture('shapes48-keys/key-on-one-line.txt');
    assertReplacementsMatchAnalyze([
      [under, 'Speaker key:', 'Speaker notes:'],
      [under, 'HE Henrik\n', ''],
      [under, 'HE Henrik', 'HE Henrik Falk'],
      [under, 'TAG Tomas Alvar Grieg\n', 'TAG Tomas Alvar Grieg\nWS Wanda Sol\n'],
      [under, 'HE          Thank you. Will', 'HE Thank you. Will'],
      [under, 'Twelve wells', 'WS          Twelve wells'],
      [under, 'TAG        A follow-up', 'TA        A follow-up'],
      [under, 'Regional Water Board', 'Regional Water Board\n\n'],
      [inline, 'WE Wera Eklund', 'WE Wera'],
      [inline, 'Speaker key: ', 'Speaker key:\n'],
      [inline, 'WE          Wera', 'Wera'],
    ], 'briefing.txt');
    const head = under.indexOf('00:00:04');
    assertEditsAcrossOffsetsMatchAnalyze(under, 'briefing.txt', [['x', 0], ['\n', 0], ['', 1], [' ', 0]], 0, head);
    const body = under.indexOf('HE          Thank');
    assertEditsAcrossOffsetsMatchAnalyze(under, 'briefing.txt', [['x', 0], ['\n', 0], ['', 1], [' ', 0]], Math.max(0, body - 60), Math.min(under.length, body + 80));
    assertEditsAcrossOffsetsMatchAnalyze(inline, 'briefing.txt', [['x', 0], ['\n', 0], ['', 1]], 0, inline.indexOf('JN          Welcome') + 30);
  });
});
