import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readLineNumberGutter } from '../../../../src/core/text/lineNumberGutter';
import { LineIndex } from '../../../../src/core/text/positions';
import { speakerAt } from './turnAssertions';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';

// Texts written in the layouts of document formats around a transcript nobody listed (session 38, robust40):
// test/fixtures/transcripts/shapes40.
const SPACED_NAMES = 'shapes40/fullwidth-spaces-zh-Hant.txt';
const RTL_NAMES = 'shapes40/rtl-names.txt';
const PAGE_LINE = 'shapes40/legal-page-line.txt';
const WIKI = 'shapes40/mediawiki-interview.txt';

function speakersOf(text: string, fileName = 'text.txt'): string[] {
  return [...new Set(analyze(text, {}, fileName).turns.map((t) => t.speaker))];
}

/** The speaker of each non-blank line of `text` that starts with `opening` (after its indent). */
function speakersOfLines(text: string, opening: string, fileName = 'text.txt'): string[] {
  const fixture = analyseText(text, fileName);
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const speakers = lineSpeakers(fixture);
  return lines.flatMap((line, i) => (line.trimStart().startsWith(opening) ? [speakers[i]!] : []));
}

describe('document formats around a transcript nobody listed (session 38, robust40)', () => {
  describe('a name letter-spaced by ideographic spaces', () => {
    it('reads `林　美　玲：` and `吳　志　豪 ：` as the speakers they name', () => {
      const text = readFixture(SPACED_NAMES);
      assert.deepEqual(new Set(speakersOf(text)), new Set(['主持人', '林美玲', '吳志豪']));
      assert.deepEqual(new Set(speakersOfLines(text, '林　美　玲')), new Set(['林美玲']));
      assert.deepEqual(new Set(speakersOfLines(text, '吳　志　豪')), new Set(['吳志豪']));
    });

    it('reads `主　席：` in a record as the same speaker as `主席：`', () => {
      const text = ['主　席：現在開會，請陳委員發言。', '陳委員：謝謝主席。預算什麼時候送到？', '王部長：下個月。', '主席：請陳委員繼續。', '陳委員：好。', '主　席：謝謝。'].join('\n');
      assert.deepEqual(speakersOfLines(text, '主'), ['主席', '主席', '主席']);
      assert.deepEqual(speakersOf(text), ['主席', '陳委員', '王部長']);
    });

    it('keeps a phrase spaced between words, and a name spaced by half-width spaces, as before', () => {
      // Words of two characters between the spaces are a clause, not a name spaced out.
      const phrase = ['王明：我先說。', '林美玲：好的。', '我　覺得：這樣不好。', '王明：為什麼？', '林美玲：因為太貴。'].join('\n');
      assert.equal(speakersOfLines(phrase, '我　覺得')[0], '林美玲');
      const halfWidth = ['王明：我先說。', '林美玲：好的。', '我 们：这样不好。', '王明：为什么？'].join('\n');
      assert.equal(speakersOfLines(halfWidth, '我 们')[0], '林美玲');
    });
  });

  describe('direction marks around a name', () => {
    it('reads `\u200fيوسف حداد\u200f:` as the name without its marks', () => {
      const fixture = analyseFixture(RTL_NAMES);
      const names = new Set(fixture.analysis.turns.map((t) => t.speaker));
      assert.deepEqual(names, new Set(['Host', 'يوسف حداد', 'נועה לוי']));
    });

    it('reads a name with a mark and without it as one speaker', () => {
      const text = ['\u200eAnna Lee: Hello there.', 'Tom Park: Hi.', 'Anna Lee\u200e: How are you?', 'Tom Park: Fine.', 'Anna Lee: Good.'].join('\n');
      assert.deepEqual(speakersOf(text), ['Anna Lee', 'Tom Park']);
    });
  });

  describe('a deposition whose gutter gives the page and the line (`00002:03`)', () => {
    it('reads Q., A. and counsel through the page:line gutter', () => {
      const text = readFixture(PAGE_LINE);
      assert.deepEqual(new Set(speakersOfLines(text, '0000', 'depo.txt').filter((s) => s !== '-')), new Set(['Q.', 'A.', 'MS. LANE', 'MR. PRATT']));
      const fixture = analyseText(text, 'depo.txt');
      const lines = text.split('\n');
      const speakers = lineSpeakers(fixture);
      assert.equal(speakers[lines.findIndex((l) => l.includes('Q.   Please state'))], 'Q.');
      assert.equal(speakers[lines.findIndex((l) => l.includes('A.   Karen Mills'))], 'A.');
      // The answer's wrapped line stays in the answer.
      assert.equal(speakers[lines.findIndex((l) => l.includes('office in Corbin'))], 'A.');
      // A turn opens on its line's page:line number, as it does on a bare line number.
      const question = fixture.analysis.turns.find((t) => t.speaker === 'Q.')!;
      assert.equal(text.slice(question.span.start, question.span.start + 8), '00002:03');
      for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /\d{5}:\d{2}/, claim.text);
    });

    it('reads a page on its first line only, the other lines numbered alone', () => {
      const body = ['Q.   Where do you work?', 'A.   At the depot.', 'Q.   Since when?', 'A.   Since 2019.', 'Q.   Who hired you?', 'A.   The manager.'];
      const pages: string[] = [];
      for (let page = 1; page <= 4; page++) {
        body.forEach((line, i) => pages.push(`${i === 0 ? `000${page}:01` : ` ${String(i + 1).padStart(2, '0')}    `}   ${line}`));
      }
      const text = pages.join('\n');
      assert.deepEqual(speakersOf(text), ['Q.', 'A.']);
      assert.deepEqual(new Set(speakersOfLines(text, '0003:01')), new Set(['Q.']));
    });

    it('takes no clock time for a page', () => {
      // `00:05  text` (minutes and seconds) in sequence: two digits before the colon are no page, so no gutter.
      const clocks = Array.from({ length: 24 }, (_, i) => `00:${String(i + 1).padStart(2, '0')}  Speaker ${i % 2 ? 'two' : 'one'} says line ${i}.`).join('\n');
      assert.equal(readLineNumberGutter(new LineIndex(clocks)).hasGutter, false);
      assert.equal(readLineNumberGutter(new LineIndex(clocks.replace(/^00:/gm, '00100:'))).hasGutter, true);
    });
  });

  describe('a wiki\'s bold or italic quotes around a name', () => {
    it('reads `\'\'\'Interviewer:\'\'\'` and `\'\'\'Reyes:\'\'\'` without the quotes', () => {
      const fixture = analyseFixture(WIKI);
      assert.deepEqual(new Set(fixture.analysis.turns.map((t) => t.speaker)), new Set(['Interviewer', 'Reyes']));
      // What a speaker says starts after the closing quotes.
      for (const claim of fixture.analysis.claims.filter((c) => c.speaker !== null)) assert.doesNotMatch(claim.text, /'''/, claim.text);
    });

    it('reads a wiki transcript\'s `\'\'\'S\'\'\':` and `\'\'Name:\'\'`', () => {
      const bold = ["'''S''': Hello and welcome.<br />", "'''B''': Hey everybody.<br />", "'''S''': Bob, what is new?<br />", "'''B''': The rover found ice.<br />", "'''J''': That is old news.<br />"].join('\n');
      assert.deepEqual(speakersOf(bold), ['S', 'B', 'J']);
      const italic = ["''Anna Lee:'' Welcome.", "''Tom Park:'' Thanks.", "''Anna Lee:'' Shall we start?", "''Tom Park:'' Yes."].join('\n');
      assert.deepEqual(speakersOf(italic), ['Anna Lee', 'Tom Park']);
    });

    it('leaves a title in the quotes, with no label\'s colon, in the turn above', () => {
      const text = ["''Anna Lee:'' Welcome.", "''Tom Park:'' Thanks.", "''Hamlet'' opened last night, and the reviews were kind.", "''Anna Lee:'' Indeed."].join('\n');
      assert.deepEqual(speakersOf(text), ['Anna Lee', 'Tom Park']);
      assert.equal(speakerAt(text, analyze(text, {}, 'text.txt'), "''Hamlet''"), 'Tom Park');
    });
  });

  it('keeps incremental edits equal to a full analysis', () => {
    const spaced = readFixture(SPACED_NAMES);
    const rtl = readFixture(RTL_NAMES);
    const depo = readFixture(PAGE_LINE);
    assertReplacementsMatchAnalyze([
      [spaced, '林　美　玲：大家好', '林美　玲：大家好'],
      [spaced, '吳　志　豪 ：我補充', '吳 志　豪 ：我補充'],
      [spaced, '主持人　：市政府', '主　持　人　：市政府'],
      [rtl, '\u200fيوسف حداد\u200f: Eight', 'يوسف حداد: Eight'],
      [rtl, 'Host: Let', '\u200eHost\u200e: Let'],
    ], 'text.txt');
    const wiki = readFixture(WIKI);
    assertReplacementsMatchAnalyze([
      [wiki, "'''Reyes:''' In 2017", "'''Reyes:'' In 2017"],
      [wiki, "'''Interviewer:''' What", "''Interviewer:''' What"],
      [wiki, "'''Reyes:''' The town", "Reyes: The town"],
    ], 'wiki.txt');
    assertReplacementsMatchAnalyze([
      [depo, '00002:03', '00002:3'],
      [depo, '00002:04', '0002:04'],
      [depo, '00002:05', '00002:05:'],
      [depo, '00003:01', '000030:01'],
      [depo, '00002:10', ''],
    ], 'depo.txt');
  });

  it('keeps edits at every offset of the page:line gutter equal to a full analysis', () => {
    const depo = readFixture(PAGE_LINE);
    assertEditsAcrossOffsetsMatchAnalyze(depo, 'depo.txt', [['x', 0], ['\n', 0], ['', 1], ['0', 0], [':', 0]], depo.indexOf('00002:01'), depo.indexOf('00002:06'));
  });
});

