import * as assert from 'node:assert/strict';
import { packedCapitalsWithinReach } from '../../../../src/core/topics/packedCapitals';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// A parliament's record copied out of a PDF keeps its line breaks and loses its blank lines: the section titles in
// capitals sit packed between the wrapped lines of the speech before them and the text they open (session 40, topics41).

const PDF_RECORD = [
  'ISLAND ASSEMBLY',
  'DAILY RECORD',
  'The Speaker took the Chair at 9.30 a.m.',
  'Prayers.',
  '`',
  'ATTENDANCE',
  'At prayers, all Members were present except the Member for North Reef and the',
  'Member for the Eastern Atolls, who were travelling on government business and',
  'BUDGET QUESTIONS',
  '4. Mr',
  'TAPUA to the Minister for Finance:',
  'Will the Minister tell the House when the new wharf levy will be collected?',
  'Hon KELO: Mr Speaker, the levy will be collected from the first of July.',
  'Mr Tapua: I thank the Minister for that answer and I have no further',
  'questions on this matter.',
  'ADJOURNMENT MOTION',
  '(Debate on the motion resumes)',
  'Mr RAVU: Mr Speaker, I shall be brief. The people of my constituency have',
  'waited two years for the road to be sealed, and I ask the Government to tell',
  'them when the work will begin.',
].join('\n');

describe('capitals section titles packed into a PDF copy\'s running text (session 40, topics41)', () => {
  it('reads each capitals line set into mixed-case text as a section title', () => {
    const titles = topicTitles(analyseText(PDF_RECORD, 'record.txt').analysis.topics);
    for (const title of ['ATTENDANCE', 'BUDGET QUESTIONS', 'ADJOURNMENT MOTION']) assert.ok(titles.includes(title), titles.join(' | '));
  });

  it('ends the member\'s turn at the title under it', () => {
    const fixture = analyseText(PDF_RECORD, 'record.txt');
    const titleAt = PDF_RECORD.indexOf('ADJOURNMENT MOTION');
    for (const turn of fixture.analysis.turns) assert.ok(!(turn.span.start < titleAt && turn.span.end > titleAt), `${turn.speaker} runs over the title`);
  });

  it('reads no single capitals line, no running head and no list of names so', () => {
    const single = PDF_RECORD.replace('BUDGET QUESTIONS', 'Questions on the budget were then taken.').replace('ADJOURNMENT MOTION', 'The debate resumed.');
    assert.ok(!topicTitles(analyseText(single, 'record.txt').analysis.topics).includes('ATTENDANCE'));
    // A page's running head repeats on every page: its text recurs, so it names no section.
    const runningHead = [
      'The Minister said the harbour would be dredged before the wet season began',
      'ISLAND ASSEMBLY RECORD',
      'and that the contract had been let to a local firm in March.',
      'Mr Tapua asked whether the firm had done such work before, and the',
      'ISLAND ASSEMBLY RECORD',
      'Minister replied that it had dredged the northern harbour last year.',
    ].join('\n');
    assert.deepEqual(topicTitles(analyseText(runningHead, 'record.txt').analysis.topics), []);
    // A call's participants: capitals over names and offices, not over running text.
    const participants = [
      'Call participants',
      'EXECUTIVES',
      'Mary Okafor',
      'Chief Executive Officer',
      'ANALYSTS',
      'Tom Lindqvist',
      'Harbour Securities',
      'Operator: Good morning and welcome to the call.',
    ].join('\n');
    const titles = topicTitles(analyseText(participants, 'call.txt').analysis.topics);
    assert.ok(!titles.includes('EXECUTIVES') && !titles.includes('ANALYSTS'), titles.join(' | '));
  });

  it('reads nothing from a text written all in capitals', () => {
    const captions = ['GOOD EVENING AND WELCOME', 'TO THE COUNCIL MEETING', 'FIRST ITEM TONIGHT', 'IS THE BUDGET', 'SECOND ITEM', 'IS THE LIBRARY ROOF'].join('\n');
    assert.deepEqual(topicTitles(analyseText(captions, 'captions.txt').analysis.topics), []);
  });

  it('finds a capitals line beside an edit, before or after it', () => {
    const record = new LineIndex(PDF_RECORD);
    const motion = PDF_RECORD.split('\n').indexOf('ADJOURNMENT MOTION');
    assert.ok(packedCapitalsWithinReach(record, motion + 1, motion + 1));
    assert.ok(packedCapitalsWithinReach(record, motion - 3, motion - 3));
    // A capitals line between blank lines is read by the standing-apart test, not here; nor is a label's shape.
    assert.ok(!packedCapitalsWithinReach(new LineIndex('The debate resumed.\n\nADJOURNMENT MOTION\n\nMr Ravu spoke.'), 0, 4));
    assert.ok(packedCapitalsWithinReach(new LineIndex('The debate resumed.\nADJOURNMENT MOTION\nMr Ravu spoke.'), 0, 2));
    assert.ok(packedCapitalsWithinReach(new LineIndex('The debate resumed.\n\n*\nADJOURNMENT MOTION\nMr Ravu spoke.'), 4, 4));
    // Its neighbours' text must let it stand packed: no mixed-case text under it, or none above within reach.
    assert.ok(!packedCapitalsWithinReach(new LineIndex('The debate resumed.\nADJOURNMENT MOTION\n\nMr Ravu spoke.'), 0, 3));
    assert.ok(!packedCapitalsWithinReach(new LineIndex('JANE SMITH\nI think so.'), 0, 1));
    assert.ok(!packedCapitalsWithinReach(new LineIndex('The debate resumed.\n\n\n\n\nADJOURNMENT MOTION\nMr Ravu spoke.'), 0, 6));
    assert.ok(!packedCapitalsWithinReach(new LineIndex('EXAMINATION BY MR. OKAFOR:\nQ. Did you review the file?'), 0, 1));
  });

  it('keeps incremental analysis exact around the packed titles', () => {
    const edits = [['x', 0], ['A', 0], [' ', 0], ['\n', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(PDF_RECORD, 'record.txt', edits, PDF_RECORD.indexOf('Prayers.'), PDF_RECORD.indexOf('BUDGET QUESTIONS') + 20);
    assertEditsAcrossOffsetsMatchAnalyze(PDF_RECORD, 'record.txt', edits, PDF_RECORD.indexOf('questions on this matter.'), PDF_RECORD.indexOf('Mr RAVU'));
  });
});
