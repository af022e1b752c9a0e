import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

// Caption feeds of council and committee meetings write all speech in capitals. A short sentence of theirs between
// blank lines looks like a title in capitals but for its full stop; titles in capitals end in none.

/** A town board's caption feed: every line in capitals, a few short sentences between the long ones. */
const CAPTION_FEED = [
  "GOOD EVENING, EVERYONE. I'LL CALL THIS MEETING OF THE PARKS AND WORKS BOARD FOR TUESDAY, MARCH 4TH TO ORDER.",
  '',
  'WE HAVE A FULL AGENDA TONIGHT, SO I WILL ASK MEMBERS TO KEEP THEIR QUESTIONS SHORT AND TO THE POINT.',
  '',
  'ADOPTION OF THE MINUTES.',
  '',
  'IS THERE A MOTION TO ADOPT THE MINUTES OF THE LAST MEETING AS CIRCULATED? MOVED BY MEMBER OKAFOR, SECONDED.',
  '',
  'THE MINUTES ARE ADOPTED.',
  '',
  'NEXT IS THE REPORT FROM THE DIRECTOR ON THE SPRING ROAD REPAIR SCHEDULE AND THE COST OF THE NEW PLOUGHS.',
].join('\n');

/** A Hansard-like record: subject titles in capitals, with no full stop, between the members' speeches. */
const RECORD_WITH_TITLE = [
  'The Speaker took the chair at 2 p.m. and the Clerk read the order for the first item of business.',
  '',
  'ORDERS OF THE DAY',
  '',
  'Mr. Ortiz moved the second reading of the bill and spoke to the changes the committee had made to it last week.',
  '',
  'PETITIONS',
  '',
  'Ms. Chen presented a petition from residents of the north ward asking for a crossing near the school.',
].join('\n');

describe('sentences in capitals are no titles', () => {
  it('reads a short sentence in capitals, ending in a full stop, as speech', () => {
    assert.deepEqual(topicTitles(analyze(CAPTION_FEED, {}, 'meeting.txt').topics), []);
    assert.equal(isTitleShaped('ADOPTION OF THE MINUTES.'), false);
    assert.equal(isTitleShaped('THE MINUTES ARE ADOPTED.'), false);
    // Without the full stop the same words are a title in capitals.
    assert.equal(isTitleShaped('ADOPTION OF THE MINUTES'), true);
  });

  it('keeps titles in capitals with no full stop, one word, a closing abbreviation or initials', () => {
    assert.deepEqual(topicTitles(analyze(RECORD_WITH_TITLE, {}, 'record.txt').topics), ['ORDERS OF THE DAY', 'PETITIONS']);
    assert.equal(isTitleShaped('OPENING ARGUMENT OF JANE ROE, ESQ.'), true);
    assert.equal(isTitleShaped('SUPPLY.'), true);
    assert.equal(isTitleShaped('REPORT OF THE U.S.'), true);
  });

  it('keeps incremental analysis exact when a full stop is typed or removed', () => {
    const edits = [['.', 0], ['', 1], ['x', 0], ['\n\n', 0]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(CAPTION_FEED, 'meeting.txt', edits, CAPTION_FEED.indexOf('ADOPTION') - 2, CAPTION_FEED.indexOf('NEXT IS'));
    assertEditsAcrossOffsetsMatchAnalyze(RECORD_WITH_TITLE, 'record.txt', edits, RECORD_WITH_TITLE.indexOf('ORDERS') - 2, RECORD_WITH_TITLE.indexOf('PETITIONS'));
  });
});
