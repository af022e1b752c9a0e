import * as assert from 'node:assert/strict';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

// Session 45, formats45b (issue 9): a directory's `Lee, Ann:` labels and a meeting record's go-round in capitals
// (`CHAIR NAME.` calling on `MR. NAME.` who speaks once). Texts of our own.

const DIRECTORY = [
  'Lee, Ann: The ferry budget grew again this spring.',
  'Park, Bob: Indeed. Most of it paid for the new pier.',
  'Lee, Ann: And the pier opens in May?',
  'Oduya, Tess: That is the plan, weather allowing.',
  'Lee, Ann: Good. Next item.',
].join('\n');

const GO_ROUND = [
  'CHAIR HALVORSEN. Thank you. Governor Mbeki.',
  'MR. MBEKI. Thank you, Madam Chair. I support the draft as written, and I',
  'would keep the paragraph on lending as it stands.',
  'CHAIR HALVORSEN. Thank you. President Lund.',
  'MS. LUND. Thank you. I lean the other way on the lending paragraph.',
  'CHAIR HALVORSEN. Thank you. Governor Ortiz.',
  'DR. ORTIZ. I can live with either wording.',
].join('\n');

describe('a surname, a comma and a first name as the label (`Lee, Ann:`)', () => {
  it('labels each person as written, one who speaks once too', () => {
    const { text, analysis } = analyseText(DIRECTORY, 'directory.txt');
    assert.equal(speakerAt(text, analysis, 'The ferry budget'), 'Lee, Ann');
    assert.equal(speakerAt(text, analysis, 'Most of it paid'), 'Park, Bob');
    assert.equal(speakerAt(text, analysis, 'That is the plan'), 'Oduya, Tess');
    assert.equal(speakerAt(text, analysis, 'Next item'), 'Lee, Ann');
  });

  it('a role after the comma stays a role, and a sentence opener is no surname', () => {
    const roles = analyseText('Maya, Host: Welcome.\nDan, Guest: Thanks.\nMaya, Host: So.\nDan, Guest: Sure.\n', 'roles.txt').analysis;
    assert.deepEqual(roles.speakers.map((s) => s.name).sort(), ['Dan, Guest', 'Maya, Host']);
    const prose = analyseText('Well, Anna: we agreed.\nIndeed, Bob: not yet.\nWell, Anna: fine.\n', 'prose.txt').analysis;
    assert.deepEqual(prose.turns, []);
  });

  it('edits across the labels equal a full analysis', () => {
    assertEditsAcrossOffsetsMatchAnalyze(DIRECTORY, 'directory.txt', [['x', 0], ['', 1], [',', 0], ['\n', 0]]);
  });
});

describe("a meeting record's go-round in capitals (`CHAIR NAME.`, `MR. NAME.`)", () => {
  it('labels the chair and each member who speaks once', () => {
    const { text, analysis } = analyseText(GO_ROUND, 'round.txt');
    assert.equal(speakerAt(text, analysis, 'I support the draft'), 'MR. MBEKI');
    assert.equal(speakerAt(text, analysis, 'would keep the paragraph'), 'MR. MBEKI');
    assert.equal(speakerAt(text, analysis, 'I lean the other way'), 'MS. LUND');
    assert.equal(speakerAt(text, analysis, 'I can live with'), 'DR. ORTIZ');
    assert.equal(speakerAt(text, analysis, 'Governor Ortiz'), 'CHAIR HALVORSEN');
  });

  it('names in capitals without a title, one repeated, stay prose', () => {
    const text = 'NASA. The agency said so.\nNASA. It said it again.\nESA. The other agency agreed.\n';
    assert.deepEqual(analyseText(text, 'agencies.txt').analysis.turns, []);
  });

  it('edits that make or unmake the roster equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [GO_ROUND, 'MS. LUND.', 'LUND.'],
      [GO_ROUND, 'DR. ORTIZ.', 'ORTIZ.'],
      [GO_ROUND, 'CHAIR HALVORSEN. Thank you. President', 'Thank you. President'],
      [GO_ROUND, 'MR. MBEKI', 'MR MBEKI'],
    ], 'round.txt');
    assertEditsAcrossOffsetsMatchAnalyze(GO_ROUND, 'round.txt', [['x', 0], ['', 1], ['.', 0], ['\n', 0]], 0, 120);
  });
});

const DASHED = [
  'Recorded at the ferry office, spring.',
  '',
  'HOLT — Well, I was on the quay when the crane stopped.',
  'VANCE — And what happened after that?',
  'HOLT — Nobody knew where to stand, so we waited by the sheds.',
  'VANCE — For how long?',
  'HOLT — Three hours, perhaps four.',
].join('\n');

describe('a name in capitals and a spaced dash (`HOLT — Well, …`)', () => {
  it('labels each speaker where two or more names repeat the shape', () => {
    const { text, analysis } = analyseText(DASHED, 'dashed.txt');
    assert.equal(speakerAt(text, analysis, 'Well, I was on the quay'), 'HOLT');
    assert.equal(speakerAt(text, analysis, 'And what happened'), 'VANCE');
    assert.equal(speakerAt(text, analysis, 'perhaps four'), 'HOLT');
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /HOLT|VANCE/, claim.text);
  });

  it('a dateline, once or one name repeated, is no label', () => {
    const story = 'OSLO — Ferry traffic rose in May, the port said on Monday.\n\nAnalysts had expected less.\n';
    assert.deepEqual(analyseText(story, 'story.txt').analysis.turns, []);
    const digest = 'OSLO — Ferry traffic rose in May.\n\nOSLO — The port also hired staff.\n';
    assert.deepEqual(analyseText(digest, 'digest.txt').analysis.turns, []);
  });

  it('edits across the labels equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [DASHED, 'VANCE — For', 'VANCE – For'],
      [DASHED, 'VANCE — For', 'VANCE—For'],
      [DASHED, 'VANCE — And', 'Vance — And'],
    ], 'dashed.txt');
    assertEditsAcrossOffsetsMatchAnalyze(DASHED, 'dashed.txt', [['x', 0], ['', 1], [' ', 0], ['\n', 0]]);
  });
});
