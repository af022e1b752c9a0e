import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isExaminationHeading } from '../../../../src/core/turns/procedureLines';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/** A US deposition's page, as reporters lay it out: examination headings naming counsel, Q./A., a note wrapped over two lines. */
const DEPOSITION = [
  '                           EXAMINATION',
  '     BY MR. OKAFOR:',
  '          Q.   Where were you employed in 2019?',
  '          A.   At Midwest Freight, as a dispatcher.',
  '               MR. LANG:  Objection, form.',
  '     BY MR. OKAFOR:',
  '          Q.   You may answer.',
  '          A.   I was the night dispatcher for two years.',
  '               (Deposition Exhibit 12 was marked for',
  '               identification.)',
  '     BY MR. OKAFOR:',
  '          Q.   Do you recognize Exhibit 12?',
  '          A.   Yes, it is the schedule I drew up in May.',
  '               MR. LANG:  Let\'s take a break.',
  '               (Recess taken.)',
].join('\n');

/** An English court transcript: counsel and the judge in capitals, the witness's answers under `A.`, centred examination lines. */
const UK_COURT = [
  '   MR JUSTICE HARTLEY:  Good morning.  Yes, Mr Carr.',
  '   MR CARR:  My Lord, the claimant\'s next witness is Ms Odili.',
  '           Cross-examination by MR CARR (continued)',
  '   MR CARR:  Ms Odili, yesterday you told the court that the',
  '       contract was signed on 4 May.',
  '   A.  That is right, it was signed in the morning.',
  '   MR JUSTICE HARTLEY:  Is that a convenient moment?',
  '                         (A short break)',
  '                  Re-examination by MS BELL',
  '   MS BELL:  Ms Odili, who drafted the contract?',
  '   A.  Our lawyers drafted it in April.',
].join('\n');

/** A US hearing record: the prepared statement's note wrapped over two lines under the witness's speech. */
const HEARING = [
  'Senator BLUMENTHAL. Thank you, Mr. Bejar.',
  'Mr. BEJAR. Thank you. Our survey found that 13 percent of users aged 13 to 15 received unwanted advances in one week.',
  '    [The prepared statement of Mr. Bejar appears as a',
  'submission for the record.]',
  'Senator BLUMENTHAL. We will turn to questions now.',
].join('\n');

describe('procedure lines in court and hearing records (session 35, court35)', () => {
  it('reads a deposition\'s note wrapped over two lines as nobody\'s, and no claim', () => {
    const fixture = analyseText(DEPOSITION, 'deposition.txt');
    const speakers = lineSpeakers(fixture);
    // Lines 9 and 10 (the note) and every `BY MR. OKAFOR:` are nobody's; the answer above keeps its own line.
    assert.deepEqual(speakers, ['-', '-', 'Q.', 'A.', 'MR. LANG', '-', 'Q.', 'A.', '-', '-', '-', 'Q.', 'A.', 'MR. LANG', '-']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /Exhibit 12 was marked|identification|BY MR/, claim.text);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('night dispatcher')));
  });

  it('reads examination headings naming counsel as procedure where the record repeats them', () => {
    const fixture = analyseText(UK_COURT, 'court.txt');
    assert.deepEqual(lineSpeakers(fixture), ['MR JUSTICE HARTLEY', 'MR CARR', '-', 'MR CARR', 'MR CARR', 'A.', 'MR JUSTICE HARTLEY', '-', '-', 'MS BELL', 'A.']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /examination by/i, claim.text);
    // One such line alone is no heading: a byline or a credit may read so.
    const once = UK_COURT.replace('                  Re-examination by MS BELL\n', '');
    assert.equal(lineSpeakers(analyseText(once, 'court.txt'))[2], 'MR CARR');
  });

  it('tells examination headings from credits and sentences', () => {
    assert.equal(isExaminationHeading('BY MR. OKAFOR:'), true);
    assert.equal(isExaminationHeading('EXAMINATION BY MS. LEE:'), true);
    assert.equal(isExaminationHeading('Further cross-examination by MR CARR (continued)'), true);
    // A credit in mixed case without a colon, a sentence, a name that runs on into speech.
    assert.equal(isExaminationHeading('Produced by Jane Doe'), false);
    assert.equal(isExaminationHeading('The motion was carried by MR SMITH and seconded.'), false);
    assert.equal(isExaminationHeading('BY MR. OKAFOR: Where were you?'), false);
  });

  it('reads a hearing\'s bracketed note wrapped over two lines as nobody\'s', () => {
    const fixture = analyseText(HEARING, 'hearing.txt');
    assert.deepEqual(lineSpeakers(fixture), ['Senator BLUMENTHAL', 'Mr. BEJAR', '-', '-', 'Senator BLUMENTHAL']);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('13 percent')));
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /prepared statement|submission/, claim.text);
  });

  it('leaves a speaker\'s own words in brackets, a quoted exhibit and an aside in lower case with the speaker', () => {
    const text = [
      'MR. SMITH:  I will read the exhibit into the record.',
      '"The shipment left Chicago on May 4 and arrived two days',
      'late."',
      'MR. SMITH:  (I should say, for the record, that the shipment',
      'was late.)',
      'MR. JONES:  I object, and the witness said',
      '(and I mean this for everyone who came here today',
      'really) that the shipment was late.',
      'MR. SMITH:  The letter says:',
      '(A) The shipment left Chicago on May 4, two days',
      'late (as the carrier admits) and without a manifest.)',
    ].join('\n');
    const fixture = analyseText(text, 'deposition.txt');
    assert.deepEqual(lineSpeakers(fixture), ['MR. SMITH', 'MR. SMITH', 'MR. SMITH', 'MR. SMITH', 'MR. SMITH', 'MR. JONES', 'MR. JONES', 'MR. JONES', 'MR. SMITH', 'MR. SMITH', 'MR. SMITH']);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('Chicago on May 4 and arrived')));
  });

  it('keeps an all-caps speaker label that holds `BY` a speaker', () => {
    const text = ['MR. BYRNE:  The contract was signed on 4 May.', 'THE WITNESS:  Yes, on 4 May.', 'MR. BYRNE:  Thank you.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'court.txt').turns.map((t) => t.speaker), ['MR. BYRNE', 'THE WITNESS', 'MR. BYRNE']);
  });

  it('keeps incremental edits equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [DEPOSITION, 'identification.)', 'identification.'],
      [DEPOSITION, '(Deposition Exhibit 12', 'Deposition Exhibit 12'],
      [DEPOSITION, 'marked for\n', 'marked for identification.)\n'],
      [DEPOSITION, '     BY MR. OKAFOR:\n          Q.   Do', '          Q.   Do'],
      [UK_COURT, 'Re-examination by MS BELL', 'Re-examination'],
      [UK_COURT, '(A short break)', '(A short break'],
      [HEARING, 'submission for the record.]', 'submission for the record.'],
    ], 'deposition.txt');
    // Around the procedure lines, where an edit may open, close or join one.
    const edits = [['x', 0], ['\n', 0], [')', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(DEPOSITION, 'deposition.txt', edits, DEPOSITION.indexOf('          A.   I was'), DEPOSITION.indexOf('          Q.   Do'));
    assertEditsAcrossOffsetsMatchAnalyze(UK_COURT, 'court.txt', edits, UK_COURT.indexOf('   MR JUSTICE HARTLEY:  Is'), UK_COURT.indexOf('   MS BELL'));
    assertEditsAcrossOffsetsMatchAnalyze(HEARING, 'hearing.txt', edits, HEARING.indexOf('    [The'));
  });
});
