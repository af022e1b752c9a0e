import * as assert from 'node:assert/strict';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A question hour in India's Lok Sabha: the minister answers under his office, the person in brackets, then by name. */
const LOK_SABHA = [
  'HON. SPEAKER: Q. No. 41, Shri Rahul Kaswan.', '',
  'SHRI RAHUL KASWAN (CHURU): Sir, the railway line between Churu and Sadulpur was announced in 2019.', '',
  'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW): Sir, the survey was completed in March.', '',
  'The line will be taken up in the next financial year.', '',
  'SHRI RAHUL KASWAN: Sir, my second supplementary is about the station at Ratangarh.', '',
  'SHRI ASHWINI VAISHNAW: Sir, the station is being redeveloped under the Amrit Bharat scheme.', '',
  'HON. SPEAKER: Q. No. 42.',
].join('\n');

/** A committee record of Taiwan's Legislative Yuan: `部長（姓名）：` once, the name alone afterwards. */
const COMMITTEE = [
  '主席：現在開會。請內政部長報告。', '',
  '內政部部長（劉世芳）：主席、各位委員。本部今年度預算共編列二百億元，較去年增加百分之五。', '',
  '主席：謝謝部長。請陳委員發言。', '',
  '陳委員培瑜：部長，社會住宅的進度落後，今年只完成三千戶。', '',
  '劉世芳：委員，今年底會再完成五千戶。', '',
  '陳委員培瑜：這樣還是不夠。',
].join('\n');

/** A screenplay in Fountain: extensions after a name say where the voice comes from, not who speaks. */
const SCREENPLAY = [
  'INT. LIGHTHOUSE - NIGHT', '',
  'Rain hammers the glass. MARA checks the lamp.', '',
  'MARA', 'The generator failed again. We have fuel for two nights.', '',
  'JONAS (O.S.)', 'Mara! The boat is loose!', '',
  'MARA', 'Then tie it. I am not leaving the lamp.', '',
  'JONAS (V.O.)', 'I never told her the boat was already gone.', '',
  'EXT. JETTY - CONTINUOUS', '',
  'JONAS', 'It snapped. The rope just snapped.', '',
  "MARA (CONT'D)", 'Then we wait for the ferry.',
].join('\n');

describe('A label written as office (person) names the person the document labels alone (issue 9, robust35)', () => {
  it('`THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW):` is the minister the record labels by name later', () => {
    const speakers = analyseText(LOK_SABHA, 'loksabha.txt').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(speakers, ['HON. SPEAKER', 'SHRI RAHUL KASWAN', 'SHRI ASHWINI VAISHNAW', 'SHRI RAHUL KASWAN', 'SHRI ASHWINI VAISHNAW', 'HON. SPEAKER']);
  });

  it('`內政部部長（劉世芳）：` is 劉世芳 where the record labels 劉世芳 alone', () => {
    const speakers = analyseText(COMMITTEE, 'record.txt').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(speakers, ['主席', '劉世芳', '主席', '陳委員培瑜', '劉世芳', '陳委員培瑜']);
  });

  it('keeps the label as written when the bracketed name is never labelled alone', () => {
    const once = LOK_SABHA.replace('SHRI ASHWINI VAISHNAW: Sir, the station', 'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW): Sir, the station');
    const speakers = analyseText(once, 'loksabha.txt').analysis.turns.map((t) => t.speaker);
    assert.equal(speakers[2], 'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW)');
    assert.equal(speakers[4], 'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW)');
    // A bracket that names no one labelled alone (a constituency) stays out, as before: the bare name wins.
    assert.equal(speakers[1], 'SHRI RAHUL KASWAN');
  });

  it('edits that make or unmake the bare label equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [LOK_SABHA, 'SHRI ASHWINI VAISHNAW: Sir', 'SHRI ASHWINI VAISHNA: Sir'],
      [LOK_SABHA, 'SHRI ASHWINI VAISHNAW: Sir', 'Sir'],
      [LOK_SABHA, '(SHRI ASHWINI VAISHNAW)', '(SHRI A. VAISHNAW)'],
      [LOK_SABHA, 'THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW)', 'THE MINISTER OF RAILWAYS'],
      [COMMITTEE, '劉世芳：委員', '劉部長：委員'],
      [COMMITTEE, '（劉世芳）', ''],
    ], 'record.txt');
    assertEditsAcrossOffsetsMatchAnalyze(LOK_SABHA, 'loksabha.txt', [['\n', 1], ['', 1], ['X', 0]], LOK_SABHA.indexOf('THE MINISTER'), LOK_SABHA.indexOf('The line'));
    assertEditsAcrossOffsetsMatchAnalyze(LOK_SABHA, 'loksabha.txt', [['\n', 1], ['', 1], ['W', 0]], LOK_SABHA.indexOf('SHRI ASHWINI VAISHNAW: Sir'), LOK_SABHA.indexOf('HON. SPEAKER: Q. No. 42'));
  });

  it('a screenplay\'s `JONAS (O.S.)` and `MARA (CONT\'D)` are JONAS and MARA, who have name lines of their own', () => {
    const speakers = analyseText(SCREENPLAY, 'scene.fountain').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(speakers, ['MARA', 'JONAS', 'MARA', 'JONAS', 'JONAS', 'MARA']);
    // Without a bare `JONAS` line the extension stays: nothing in the document says who speaks.
    const offStage = analyseText(SCREENPLAY.replace('\nJONAS\nIt snapped', '\nJONAS (O.S.)\nIt snapped'), 'scene.fountain').analysis.turns.map((t) => t.speaker);
    assert.deepEqual(offStage, ['MARA', 'JONAS (O.S.)', 'MARA', 'JONAS (V.O.)', 'JONAS (O.S.)', 'MARA']);
  });

  it('edits to a screenplay\'s name lines equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [SCREENPLAY, '\nJONAS\n', '\nJONAH\n'],
      [SCREENPLAY, '\nJONAS\n', '\nJONAS (O.S.)\n'],
      [SCREENPLAY, 'JONAS (O.S.)', 'JONAS'],
      [SCREENPLAY, 'JONAS (V.O.)', 'JONAS (V.O.'],
    ], 'scene.fountain');
    assertEditsAcrossOffsetsMatchAnalyze(SCREENPLAY, 'scene.fountain', [['\n', 0], ['', 1], ['S', 0], [')', 0]], SCREENPLAY.indexOf('JONAS (O.S.)'), SCREENPLAY.length);
  });
});
