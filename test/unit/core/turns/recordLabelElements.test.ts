import * as assert from 'node:assert/strict';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { analyseText, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/**
 * A parliament's record in Akoma Ntoso XML: each speech a `<speech>` block whose `<from>` element, alone on its line,
 * names the speaker (an office or a person) over `<p>` paragraphs; section titles in `<heading>` elements.
 */
const AKOMA_NTOSO = [
  '<debateSection id="dbs29" name="unparliamentary-language">',
  '  <heading id="dbsh29">UNPARLIAMENTARY LANGUAGE (Rulings)</heading>',
  '  <speech by="#the-speaker">',
  '    <from>The SPEAKER</from>',
  '    <p>Hon members, before I proceed with the Orders of the Day, I wish to go back to the rulings.</p>',
  '  </speech>',
  '  <speech by="#mr-a-m-mpontshane">',
  '    <from>Mr A M MPONTSHANE</from>',
  '    <p>Hon Speaker, I rise on a point of order. [Interjections.]</p>',
  '  </speech>',
  '  <speech by="#the-speaker">',
  '    <from>The SPEAKER</from>',
  '    <p>What is your point of order, sir? Order, hon members!</p>',
  '  </speech>',
  '  <speech by="#the-minister-of-higher-education-and-training">',
  '    <from>The MINISTER OF HIGHER EDUCATION AND TRAINING</from>',
  '    <p>Hon Speaker, the Bill was referred to the committee on 12 June this year.</p>',
  '  </speech>',
  '  <speech by="#mr-a-m-mpontshane">',
  '    <from>Mr A M MPONTSHANE</from>',
  '    <p>Hon Speaker, can you invoke one of the Rules here?</p>',
  '  </speech>',
  '</debateSection>',
].join('\n');

/** A play on a web page: `<b>Name</b>.  ` (a full stop and two spaces) opens each speech; stage directions in brackets. */
const PLAY_PAGE = [
  '<h6>FIRST ACT</h6>',
  "<p>SCENE: Morning-room in <b>Algernon</b>'s flat in Half-Moon Street.</p>",
  '<p><b>Algernon</b>.  Did you hear what I was playing, <b>Lane</b>?</p>',
  "<p><b>Lane</b>.  I didn't think it polite to listen, sir.</p>",
  "<p><b>Algernon</b>.  I'm sorry for that, for your sake.</p>",
  '<p><b>Lane</b>.  Yes, sir.  [Hands them on a salver.]</p>',
  '<p>[Enter <b>Jack</b>.]</p>',
  '<p><b>Jack</b>.  Oh, pleasure, pleasure!  What else should bring one anywhere?</p>',
  '<p><b>Algernon</b>.  What on earth do you do there?</p>',
  '<p><b>Jack</b>.  In the country.</p>',
].join('\n');

describe('Labels the document repeats in its own markup', () => {
  it('reads a record element alone on its line as the label over the paragraphs under it, offices included', () => {
    const speakers = lineSpeakers(analyseText(AKOMA_NTOSO, 'sitting.xml'));
    const lines = AKOMA_NTOSO.split('\n');
    const at = (text: string, nth = 0): string => speakers[lines.map((line, i) => (line.includes(text) ? i : -1)).filter((i) => i >= 0)[nth]!]!;
    assert.equal(at('<from>The SPEAKER'), 'The SPEAKER');
    assert.equal(at('before I proceed'), 'The SPEAKER');
    assert.equal(at('I rise on a point of order'), 'Mr A M MPONTSHANE');
    assert.equal(at('What is your point of order'), 'The SPEAKER');
    // An office longer than a name, heard once, in an element the document labels with.
    assert.equal(at('<from>The MINISTER'), 'The MINISTER OF HIGHER EDUCATION AND TRAINING');
    assert.equal(at('referred to the committee'), 'The MINISTER OF HIGHER EDUCATION AND TRAINING');
    // The markup around the speeches is said by no one; the heading's element labels nothing.
    assert.equal(at('<speech by="#the-speaker">'), '-');
    assert.equal(at('</speech>'), '-');
    assert.equal(at('<heading'), '-');
  });

  it('takes an element alone as a label only where the document repeats names in that element', () => {
    // One `<from>` line: its element is no scheme of the document's, and it stays the record's data.
    const once = ['<speech>', '  <from>The SPEAKER</from>', '  <p>Order! Order!</p>', '</speech>'].join('\n');
    assert.deepEqual(analyseText(once, 'sitting.xml').analysis.turns, []);
    // HTML's own elements hold titles and prose alike, and one-word values are a record's data.
    assert.equal(labelCandidate('<p>The SPEAKER</p>', 18), null);
    assert.equal(labelCandidate('    <party>ALP</party>', 22), null);
    assert.equal(labelCandidate('<h3>Jane Smith</h3>', 19), null);
    assert.equal(labelCandidate('  <from>The SPEAKER</from>', 26)?.shape, '<|N|/from');
  });

  it("reads a play's `Name.` and two spaces after markup as labels where the names repeat", () => {
    const speakers = lineSpeakers(analyseText(PLAY_PAGE, 'earnest.htm'));
    assert.deepEqual(speakers, ['-', '-', 'Algernon', 'Lane', 'Algernon', 'Lane', 'Lane', 'Jack', 'Algernon', 'Jack']);
    // A sentence that ends before two spaces stays prose: no markup closes a name before its full stop.
    assert.equal(labelCandidate('White House Counsel.  They said so.', 35), null);
    assert.equal(labelCandidate('<p><b>Lane</b>.  Yes, sir.</p>', 30)?.shape, '<|N|._');
    assert.equal(labelCandidate('**Lane**.  Yes, sir.', 20)?.shape, '*|N|*|._');
  });

  it('equals a full analysis after edits of the labels and the lines under them', () => {
    assertReplacementsMatchAnalyze([
      [AKOMA_NTOSO, '<from>Mr A M MPONTSHANE</from>', '<from>Mr A M MPONTSHAN</from>'],
      [AKOMA_NTOSO, '<from>The SPEAKER</from>', '<p>The SPEAKER</p>'],
      [AKOMA_NTOSO, 'The MINISTER OF HIGHER', 'The DEPUTY MINISTER OF HIGHER'],
      [AKOMA_NTOSO, '<p>What is your point', '<p>What was your point'],
    ], 'sitting.xml');
    assertReplacementsMatchAnalyze([
      [PLAY_PAGE, '<b>Lane</b>.  Yes', '<b>Lane</b>. Yes'],
      [PLAY_PAGE, '<b>Jack</b>.  In the', '<b>Jack</b>:  In the'],
      [PLAY_PAGE, '<p>[Enter <b>Jack</b>.]</p>', '<p><b>Jack</b>.  Hallo!</p>'],
    ], 'earnest.htm');
  });
});
