import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// An XML debate record (Akoma Ntoso, as parliaments publish Hansard) names each debate section in a `<heading>`
// element, on one line or spread over three: the element titles its section as `<h2>` titles a page's.

/** Two debate sections, each a heading over one speech. */
const DEBATE = [
  '<debateBody>',
  '  <debateSection id="s1">',
  '    <heading id="h1">WATER SUPPLY IN RURAL DISTRICTS (Minister\'s Response)</heading>',
  '    <speech by="#minister-of-water">',
  '      <from>The MINISTER OF WATER</from>',
  '      <p>Speaker, the department has repaired forty boreholes since March and will repair the rest by June.</p>',
  '    </speech>',
  '  </debateSection>',
  '  <debateSection id="s2">',
  '    <heading id="h2">ROAD SAFETY AMENDMENT BILL (Second Reading debate)</heading>',
  '    <speech by="#member-a">',
  '      <from>Mr A MEMBER</from>',
  '      <p>Chairperson, this bill lowers the speed limit near schools, which the committee supported.</p>',
  '    </speech>',
  '  </debateSection>',
  '</debateBody>',
].join('\n');

/** The same record written by a converter that puts the heading's words on a line of their own. */
const SPREAD = [
  '<debateSection>',
  '  <heading>',
  '    Public Consultation on the Budget',
  '  </heading>',
  '  <speech by="#chair">',
  '    <p>',
  '      Welcome, everyone. Today we go through the budget line by line.',
  '    </p>',
  '  </speech>',
  '</debateSection>',
].join('\n');

describe('heading elements of XML debate records', () => {
  it("reads each section's heading element as a heading", () => {
    assert.deepEqual(topicTitles(analyze(DEBATE, {}, 'debate.xml').topics), ["WATER SUPPLY IN RURAL DISTRICTS (Minister's Response)", 'ROAD SAFETY AMENDMENT BILL (Second Reading debate)']);
  });

  it('reads a heading element spread over three lines', () => {
    assert.deepEqual(topicTitles(analyze(SPREAD, {}, 'debate.xml').topics), ['Public Consultation on the Budget']);
  });

  it('reads an element whose name only begins like a heading as no heading', () => {
    const other = DEBATE.replace(/<(\/?)heading/g, '<$1headingNote');
    assert.deepEqual(topicTitles(analyze(other, {}, 'debate.xml').topics), []);
  });

  it('keeps incremental analysis exact around the elements', () => {
    const edits = [['x', 0], ['>', 0], ['\n', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(DEBATE, 'debate.xml', edits, DEBATE.indexOf('<heading id="h2"') - 2, DEBATE.indexOf('</heading>', DEBATE.indexOf('h2')) + 11);
    assertEditsAcrossOffsetsMatchAnalyze(SPREAD, 'debate.xml', edits, SPREAD.indexOf('<heading>') - 2, SPREAD.indexOf('</heading>') + 11);
  });
});
