import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';
import { readFixture } from '../transcriptFixtures';

// Scribed minutes' lower-case IRC nicks (session 40, speakers43): test/fixtures/transcripts/shapes42-minutes.
const SCRIBED = 'shapes42-minutes/scribed-nicks.md';
const TODO_NOTES = 'shapes42-minutes/notes-with-todo.md';

describe('scribed minutes: lower-case nicks beside capitalised names (session 40, speakers43)', () => {
  it('reads a nick opening lines in runs between the capitalised speakers as a speaker, with its `... ` lines', () => {
    const text = readFixture(SCRIBED);
    const analysis = analyze(text, {}, 'minutes.md');
    assert.equal(speakerAt(text, analysis, 'pdq: the suite now runs'), 'pdq');
    assert.equal(speakerAt(text, analysis, '... one of them still fails'), 'pdq');
    assert.equal(speakerAt(text, analysis, 'pdq: a timing issue'), 'pdq');
    assert.equal(speakerAt(text, analysis, 'wen: we saw the same failure'), 'wen');
    assert.equal(speakerAt(text, analysis, 'wen: do we have a budget'), 'wen');
    assert.equal(speakerAt(text, analysis, 'Rosa: do we know why'), 'Rosa');
  });

  it('spells a nick as the scheme\'s capitalised name where that name labels two lines or more (`omar:` beside `Omar:`)', () => {
    const text = readFixture(SCRIBED);
    const analysis = analyze(text, {}, 'minutes.md');
    assert.equal(speakerAt(text, analysis, 'omar: and I will draft'), 'Omar');
    assert.deepEqual(new Set(analysis.turns.map((t) => t.speaker)), new Set(['Rosa', 'pdq', 'Omar', 'wen']));
  });

  it('reads no speaker in the front matter\'s keys', () => {
    const text = readFixture(SCRIBED);
    const analysis = analyze(text, {}, 'minutes.md');
    assert.equal(speakerAt(text, analysis, 'title: Lantern'), null);
    assert.equal(speakerAt(text, analysis, 'scribe: pdq'), null);
  });

  it('keeps a word that opens lines in one run (`todo:` under the notes) as no speaker', () => {
    const text = readFixture(TODO_NOTES);
    const analysis = analyze(text, {}, 'notes.md');
    assert.ok(!analysis.turns.some((t) => t.speaker === 'todo'));
    assert.equal(speakerAt(text, analysis, 'Omar: the landing page'), 'Omar');
  });

  it('takes in no nick where the plain labels make no scheme of two capitalised names', () => {
    const text = ['Rosa: welcome, one item today.', 'pdq: the suite runs on three browsers.', 'Rosa: good.', 'pdq: one still fails.', 'Rosa: thanks.', 'pdq: I will file a bug.'].join('\n');
    const analysis = analyze(text, {}, 'one-name.txt');
    assert.ok(!analysis.turns.some((t) => t.speaker === 'pdq'));
  });

  it('equals analyze() after edits of nick lines, of the capitalised labels and of speech', () => {
    const text = readFixture(SCRIBED);
    assertEditEqualsAnalyze(text, 'minutes.md', 'wen: do we have', 'Wen: do we have');
    assertEditEqualsAnalyze(text, 'minutes.md', 'wen: we saw', 'wenx: we saw');
    assertEditEqualsAnalyze(text, 'minutes.md', 'Omar: the venue', 'omar: the venue');
    assertEditEqualsAnalyze(text, 'minutes.md', 'Omar: great', 'Olga: great');
    assertEditEqualsAnalyze(text, 'minutes.md', 'Rosa: then let', 'then let');
    assertEditEqualsAnalyze(text, 'minutes.md', 'a timing issue', 'a timing issue: or a race');
    assertEditEqualsAnalyze(text, 'minutes.md', 'I can review the draft.', 'I can review the draft.\npdq: me too.');
    assertEditEqualsAnalyze(text, 'minutes.md', 'the venue is booked', 'the hall is booked');
    const notes = readFixture(TODO_NOTES);
    assertEditEqualsAnalyze(notes, 'notes.md', 'Omar: and I will', 'todo: and I will');
    assertEditEqualsAnalyze(notes, 'notes.md', 'todo: update', 'Todo: update');
  });
});
