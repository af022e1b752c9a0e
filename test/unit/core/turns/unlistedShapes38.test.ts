import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { analyseFixture, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';

// Texts written in the layouts of real exports and plays nobody listed (session 36, robust38): test/fixtures/transcripts/shapes38.
const HAMLET = 'shapes38/hamlet-style.txt';
const PLAY = 'shapes38/play-gutenberg.txt';
const INITIALS = 'shapes38/zh-onechar.txt';
const MINUTES = 'shapes38/minutes-actions.txt';
const BILINGUAL = 'shapes38/bilingual-labels.txt';

function speakersOf(text: string, fileName = 'text.txt'): string[] {
  return [...new Set(analyze(text, {}, fileName).turns.map((t) => t.speaker))];
}

describe('transcripts in shapes nobody listed (session 36, robust38)', () => {
  describe('a play\'s name in capitals before a full stop', () => {
    it('reads `BERNARDO. Who goes there?` as the character\'s line where the play repeats several names', () => {
      const fixture = analyseFixture(HAMLET);
      assert.deepEqual(new Set(fixture.analysis.turns.map((t) => t.speaker)), new Set(['BERNARDO', 'FRANCISCO', 'HORATIO', 'MARCELLUS']));
      const speakers = lineSpeakers(fixture);
      // The act and scene headings and the opening stage direction are no one's; the exchange alternates.
      assert.deepEqual(speakers.slice(0, 8), ['-', '-', '-', 'BERNARDO', 'FRANCISCO', 'BERNARDO', 'FRANCISCO', 'BERNARDO']);
      // A verse line indented under the name goes on with the speaker.
      const line = fixture.text.split('\n').indexOf('    And I am sick at heart.');
      const turn = fixture.analysis.turns.find((t) => fixture.lines.rangeOf(t.span).start.line <= line && line <= fixture.lines.rangeOf(t.span).end.line);
      assert.equal(turn?.speaker, 'FRANCISCO');
    });

    it('reads `MRS. HARTLEY.  Gerald!` (a title, two spaces) as one name, the bracketed directions no one\'s', () => {
      const fixture = analyseFixture(PLAY);
      const names = new Set(fixture.analysis.turns.map((t) => t.speaker));
      for (const name of ['PARKER', 'GERALD', 'MRS. HARTLEY']) assert.ok(names.has(name), [...names].join(', '));
      assert.equal(names.has('MRS'), false);
      for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^(?:PARKER|GERALD|MRS)\./, claim.text);
    });

    it('leaves prose, captions in capitals, sections and colon labels as they were', () => {
      // One name repeated is a line of prose opening with an acronym, not a cast.
      assert.deepEqual(speakersOf(['NASA. The agency launched it in 2021.', 'It worked.', 'NASA. The agency says it will launch another in 2027.'].join('\n')), []);
      // Captions in capitals: the text after the stop is in capitals too.
      assert.deepEqual(speakersOf(['THANK YOU. WE WILL BE RIGHT BACK.', 'GOOD EVENING. HERE IS THE NEWS.', 'THANK YOU. WE WILL BE RIGHT BACK.', 'GOOD EVENING. HERE IS THE NEWS.'].join('\n')), []);
      // Roman numerals number sections.
      assert.deepEqual(speakersOf(['II. Methods and data', 'We used two surveys.', 'III. Results of the survey', 'The results follow.', 'II. Methods and data', 'III. Results of the survey'].join('\n')), []);
      // A colon label in capitals reads on past the title's stop, and past an initial.
      const hearing = ['MS. GRANT:  Objection, form.', 'MR. J. BROWN: You may answer.', 'MS. GRANT:  Objection again.', 'MR. J. BROWN: Go ahead.'].join('\n');
      assert.deepEqual(speakersOf(hearing), ['MS. GRANT', 'MR. J. BROWN']);
    });
  });

  describe('one-character labels', () => {
    it('reads `曾：` / `梁：` as an interview\'s two sides when no other label does', () => {
      const fixture = analyseFixture(INITIALS);
      assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['曾', '梁', '曾', '梁', '曾', '梁', '曾', '梁', '曾', '梁']);
      // The head's title and fields are no one's.
      assert.deepEqual(lineSpeakers(fixture).slice(0, 4), ['-', '-', '-', '曾']);
      for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^[曾梁]：/, claim.text);
    });

    it('leaves notes whose one-character keys do not converse no speakers', () => {
      // One initial repeated, the other once: no exchange.
      assert.deepEqual(speakersOf(['注：以上数据来自国家统计局。', '正文第一段。', '注：2023年数据为初步核算数。', '图：北京的夜景'].join('\n')), []);
      // Two initials twice each among more lines of another label: that label's scheme decides, not the initials.
      const notes = ['说明：第一段', '说明：第二段', '说明：第三段', '说明：第四段', '说明：第五段', '注：甲', '图：乙', '注：丙', '图：丁'].join('\n');
      assert.equal(speakersOf(notes).some((s) => s === '注' || s === '图'), false);
    });
  });

  describe('bilingual labels', () => {
    it('reads a one-off `Ms. Carter 卡特女士:` where the other speakers\' labels pair their names in two scripts too', () => {
      const fixture = analyseFixture(BILINGUAL);
      const lines = fixture.text.split('\n');
      const carter = lines.findIndex((l) => l.startsWith('Ms. Carter'));
      const turn = fixture.analysis.turns.find((t) => fixture.lines.rangeOf(t.span).start.line === carter);
      assert.equal(turn?.speaker, 'Ms. Carter 卡特女士');
      for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^Ms\. Carter/, claim.text);
    });

    it('leaves a one-off name and a phrase in that shape unread where the other labels are not pairs', () => {
      const text = ['张小珺：你怎么看？', '杨植麟：我觉得有两点。', '张小珺：第一点呢？', 'AGI 有两个层面：一个是技术。', '杨植麟：对，还有一个是产品。'].join('\n');
      assert.deepEqual(speakersOf(text), ['张小珺', '杨植麟']);
    });
  });

  describe('minutes\' action lines', () => {
    it('reads `Action: Raj Patel to …` in minutes that list Raj Patel as a field, ending the turn above it', () => {
      const fixture = analyseFixture(MINUTES);
      assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Helen Ward', 'Sue Kim']);
      const lines = fixture.text.split('\n');
      const suesTurn = fixture.analysis.turns[1]!;
      assert.equal(fixture.lines.rangeOf(suesTurn.span).end.line, lines.findIndex((l) => l.startsWith('Sue Kim:')));
    });

    it('keeps a label that speaks to a listed person, and one whose lines do not all name one', () => {
      const text = readFixture(MINUTES);
      // `Helen Ward: Raj Patel, …` twice would be the chair speaking to him; `Action:` opening once with other words stays.
      const addressed = text.replace('Action: Raj Patel to request', 'Action: Raj Patel, please request').replace('Action: Omar Farouk to report', 'Action: Omar Farouk, please report');
      assert.ok(speakersOf(addressed).includes('Action'));
      const mixed = text.replace('Action: Sue Kim to contact', 'Action: Contact');
      assert.ok(speakersOf(mixed).includes('Action'));
    });
  });

  it('keeps incremental edits equal to a full analysis', () => {
    const hamlet = readFixture(HAMLET);
    const play = readFixture(PLAY);
    const initials = readFixture(INITIALS);
    const minutes = readFixture(MINUTES);
    const bilingual = readFixture(BILINGUAL);
    assertReplacementsMatchAnalyze([
      [hamlet, 'HORATIO. Friends', 'HORATIO: Friends'],
      [hamlet, 'MARCELLUS. And', 'MARCELLUS. AND'],
      [hamlet, 'HORATIO. A piece', 'Horatio. A piece'],
      [play, 'PARKER.  It is', 'PARKER.  IT IS'],
      [play, 'MRS. HARTLEY.  By', 'MRS. J. HARTLEY.  By'],
      [initials, '梁：差多了', '差多了'],
      [initials, '曾：生意', '陈：生意'],
      [minutes, 'Action: Sue Kim to', 'Action: Sue, please'],
      [minutes, 'Action: Raj Patel to', 'Action: Raj Patel, to'],
      [minutes, 'Present: Helen Ward (Chair), Raj Patel,', 'Present: Helen Ward (Chair),'],
      [bilingual, 'Moderator 主持人: Is that', 'Moderator: Is that'],
      [bilingual, 'Ms. Carter 卡特女士:', 'Ms. Carter 卡特:'],
      [bilingual.replace('Moderator 主持人: Thank', 'Host: Thank'), 'Moderator 主持人: Will', 'Host: Will'],
    ], 'notes.txt');
  });

  it('keeps edits at every offset of the play\'s first exchange equal to a full analysis', () => {
    const hamlet = readFixture(HAMLET);
    assertEditsAcrossOffsetsMatchAnalyze(hamlet, 'play.txt', [['x', 0], ['\n', 0], ['.', 0], ['', 1]], hamlet.indexOf('BERNARDO. Who'), hamlet.indexOf('BERNARDO. He.'));
  });

  it('keeps edits at every offset of the interview in initials equal to a full analysis', () => {
    // `梁：1972年` → `梁：：1972年` moves where the label ends (a label the scheme alone reads).
    assertEditsAcrossOffsetsMatchAnalyze(readFixture(INITIALS), 'interview.txt', [['x', 0], ['\n', 0], ['：', 0], ['', 1]]);
  });

  it('keeps edits at every offset of the bilingual panel\'s one-off speaker equal to a full analysis', () => {
    const bilingual = readFixture(BILINGUAL);
    assertEditsAcrossOffsetsMatchAnalyze(bilingual, 'panel.txt', [['x', 0], [':', 0], ['', 1], [' ', 0]], bilingual.indexOf('Dr. Zhao 赵博士: Yes'), bilingual.indexOf('Moderator 主持人: Will'));
  });

  it('keeps edits at every offset of the minutes\' discussion and actions equal to a full analysis', () => {
    const minutes = readFixture(MINUTES);
    assertEditsAcrossOffsetsMatchAnalyze(minutes, 'minutes.txt', [['x', 0], [':', 0], ['', 1], [',', 0]], minutes.indexOf('Helen Ward:'), minutes.indexOf('3. Tree'));
  });
});
