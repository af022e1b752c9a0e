import * as assert from 'node:assert/strict';
import { analyseText, analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// A record's one-off formal label, `Mr NAME, Office:` with speech after it (session 41, speakers45): texts of our own
// in test/fixtures/transcripts/shapes43-speakers.

function speakersAt(text: string, needles: readonly string[]): (string | null)[] {
  const { analysis } = analyseText(text, 'record.txt');
  return needles.map((needle) => speakerAt(text, analysis, needle));
}

describe('one-off formal labels: a titled name, its office, speech (speakers45)', () => {
  it('a clerk who speaks once opens the record under his full label, and his next paragraph is his', () => {
    const { text, analysis } = analyseFixture('shapes43-speakers/formal-office-labels.txt');
    const at = (needle: string): string | null => speakerAt(text, analysis, needle);
    assert.equal(at('Good morning, and welcome'), 'Mr ALAN MERCER, Clerk of the Harbour Board');
    assert.equal(at('The works begin in spring'), 'Mr ALAN MERCER, Clerk of the Harbour Board');
    assert.equal(at('The board met twice'), 'THE CHAIR');
    assert.equal(at('The first meeting chose'), 'Ms RUTH OYELARAN');
    // A clause with a comma before its colon is no label: the Chair's turn goes on.
    assert.equal(at('In short, the plan'), 'THE CHAIR');
    assert.equal(at('PROCEEDINGS OF THE HARBOUR FORUM'), null);
  });

  it('reads `the Office` and title-case names too, and no label without a title, without speech or with a clause for an office', () => {
    assert.deepEqual(
      speakersAt('Dr. Helen Marsh, the Director of the Survey: We mapped the whole coast last year.\n', ['We mapped']),
      ['Dr. Helen Marsh, the Director of the Survey'],
    );
    // No honorific: a phrase with a comma, as often as a name.
    assert.deepEqual(speakersAt('Harbour Works, Stage Two: the wall is finished.\n', ['the wall']), [null]);
    // Nothing after the colon: a heading over a list, not a speech.
    assert.deepEqual(speakersAt('Ms Ruth Oyelaran, Treasurer:\n\n- accounts\n- budget\n', ['Ms Ruth', 'accounts']), [null, null]);
    // A verb or a pronoun after the comma is prose (COMMA_ROLE).
    assert.deepEqual(speakersAt('Mr Mercer, as I said before: the wall comes first.\n', ['the wall']), [null]);
  });

  it('a council chair named once by office, name and honorific (`市議會主席林海明議員:`) is a speaker, as `市委書記丁愛譜:` is', () => {
    const { text, analysis } = analyseFixture('shapes43-speakers/council-chair-once-zh-Hant.txt');
    const at = (needle: string): string | null => speakerAt(text, analysis, needle);
    assert.equal(at('陳小華議員,你只可以'), '市議會主席林海明議員');
    assert.equal(at('我想問一問'), '陳小華議員');
    assert.equal(at('碼頭的工程會'), '市長');
    // Without the title before the name, a long phrase before a colon stays no label.
    assert.deepEqual(speakersAt('市長:碼頭會維修。\n\n碼頭維修工程的最新安排議員:今年完成。\n\n市長:多謝。\n', ['今年完成']), ['市長']);
  });

  it('edits that make and unmake a formal label equal a full analysis', () => {
    const record = readFixture('shapes43-speakers/formal-office-labels.txt');
    assertReplacementsMatchAnalyze([
      // The speech after the label goes, and comes back.
      [record, ' Good morning, and welcome to this forum on the new breakwater.', ''],
      // The honorific goes, or changes.
      [record, 'Mr ALAN MERCER,', 'ALAN MERCER,'],
      [record, 'Mr ALAN MERCER,', 'Dr ALAN MERCER,'],
      // The office becomes a clause, or the comma goes.
      [record, 'Clerk of the Harbour Board:', 'as we heard:'],
      [record, 'MERCER, Clerk', 'MERCER Clerk'],
      // The same person labelled again, as the record's other speakers are.
      [record, 'THE CHAIR: It did', 'Mr ALAN MERCER: It did'],
      // A line break inside the label, and one joining it to the line above.
      [record, 'Mr ALAN MERCER, Clerk', 'Mr ALAN\nMERCER, Clerk'],
      [record, 'a.m.\n\nMr ALAN', 'a.m. Mr ALAN'],
    ], 'record.txt');
    const council = readFixture('shapes43-speakers/council-chair-once-zh-Hant.txt');
    assertReplacementsMatchAnalyze([
      [council, '市議會主席林海明議員:', '市議會主席林海明:'],
      [council, '市議會主席林海明議員:', '市議會林海明議員:'],
      [council, '市議會主席林海明議員:陳小華', '市議會主席林海明議員:\n陳小華'],
      [council, '市長:工程期間', '市議會主席林海明議員:工程期間'],
    ], 'record.txt');
  });

  it('typing and deleting across the formal label equals a full analysis', function () {
    this.timeout(200_000);
    const record = readFixture('shapes43-speakers/formal-office-labels.txt');
    const edits: readonly (readonly [string, number])[] = [['a', 0], [',', 0], [':', 0], ['\n', 0], ['', 1]];
    assertEditsAcrossOffsetsMatchAnalyze(record, 'record.txt', edits, record.indexOf('The forum opened'), record.indexOf('THE CHAIR: Thank'));
  });
});
