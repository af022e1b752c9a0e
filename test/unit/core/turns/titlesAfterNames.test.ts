import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { analyze } from '../../../../src/core/analysis/analyze';
import { LineIndex } from '../../../../src/core/text/positions';
import { checkLabelTallyData, LabelSchemeTally, readLabelLine } from '../../../../src/core/turns/scheme';
import { analyseFixture, analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers, readFixture } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';
import { generateTranscript } from '../../../bench/generateTranscript';

// A column's title after its writer's name (`何子明:脆弱的和解`), an episode's after its guest's: a short run of
// ideographs with no punctuation, where a one-off label's speech says something (session 43, titles44). Texts of
// our own in test/fixtures/transcripts/shapes45-titles.

describe('a title after a one-off name (`何子明:脆弱的和解`, titles44)', () => {
  it('reads a column’s writer and title as no speaker label', () => {
    const { analysis } = analyseFixture('shapes45-titles/column-titles.txt');
    assert.deepEqual(analysis.speakers, []);
  });

  it('reads an episode’s guest and title as no label, and the dialogue under it as before', () => {
    const fixture = analyseFixture('shapes45-titles/episode-page.txt');
    assert.deepEqual(fixture.analysis.speakers.map((s) => s.name), ['曾', '林']);
    assert.equal(speakerAt(fixture.text, fixture.analysis, 'S1E3 林美玲'), null);
    assert.equal(speakerAt(fixture.text, fixture.analysis, '謝謝邀請'), '林');
  });

  it('still reads a one-off label whose speech says something, a field, and a name the document labels again', () => {
    const { text, analysis } = analyseFixture('shapes45-titles/one-off-speech.txt');
    assert.equal(speakerAt(text, analysis, '各位早晨'), '行政首長');
    assert.equal(speakerAt(text, analysis, '請問措施'), '記者');
    const columns = readFixture('shapes45-titles/column-titles.txt');
    const again = `${columns}\n林美玲:好的。\n\n何子明:我們下次再談。\n`;
    assert.equal(speakerAt(again, analyze(again, {}, 'columns.txt'), '脆弱的和解'), '何子明');
  });

  it('counts the title lines’ names in the tally’s data', () => {
    const columns = readFixture('shapes45-titles/column-titles.txt');
    const tally = LabelSchemeTally.of(new LineIndex(columns), {}, () => false);
    const data = tally.toData();
    assert.doesNotThrow(() => checkLabelTallyData(data));
    assert.ok(data.strings.includes('何子明'));
    assert.throws(() => checkLabelTallyData({ strings: data.strings, counts: Int32Array.from([6, -1, 0, 1]) }), RangeError);
  });

  it('keeps edits that make or unmake a title, or label its name again elsewhere, equal to a full analysis', () => {
    const columns = readFixture('shapes45-titles/column-titles.txt');
    const episode = readFixture('shapes45-titles/episode-page.txt');
    const labelledAgain = `${columns}\n曾:大家好。\n\n林美玲:好的。\n\n曾:再見。\n`;
    assertReplacementsMatchAnalyze([
      [columns, '脆弱的和解', '脆弱的和解。'],
      [columns, '脆弱的和解', '大家好,今天談和解,議會開局順利'],
      [columns, '城市的另一種節奏', '城市的另一種節奏吧,對不對'],
      [`${columns}\n何子明:大家早晨。\n`, '大家早晨。', '大家早晨'],
      [`${columns}\n何子明:我們的和解都很脆弱\n`, '何子明:我們的和解都很脆弱', '何子明:我們的和解,都很脆弱'],
      // The name labelled a second time (the tally's count crosses two) makes the title line a label.
      [labelledAgain, '林美玲:好的。', '何子明:好的。'],
      [labelledAgain.replace('林美玲', '何子明'), '何子明:好的。', '林美玲:好的。'],
      [episode, '「那時真是太天真」\n\n———\n\n曾', '那時真是太天真。\n\n———\n\n曾'],
      [episode, '林:謝謝邀請。', '林美玲:謝謝邀請。'],
    ], 'columns.txt');
    assertEditsAcrossOffsetsMatchAnalyze(columns, 'columns.txt', [['。', 0], ['\n', 0], ['', 1]], 0, columns.indexOf('新一屆'));
  });

  it('re-reads a title an edit makes in a document whose labels are already counted', () => {
    const labelled = `曾:今天的來賓是何子明。\n\n何子明:謝謝邀請。\n\n林美玲:大家好,今天談和解\n\n曾:好的。\n`;
    const analyzer = new IncrementalAnalyzer({}, 'episode.txt');
    let text = labelled;
    analyzer.update(text);
    for (const [from, to] of [['大家好,今天談和解', '今天談談脆弱的和解'], ['今天談談脆弱的和解', '今天談談脆弱的和解。'], ['何子明:謝謝邀請', '林美玲:謝謝邀請']] as const) {
      const at = text.indexOf(from);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(text, {}, 'episode.txt'), to);
    }
    assert.deepEqual(lineSpeakers(analyseText(text, 'episode.txt')), ['曾', '林美玲', '林美玲', '曾']);
  });

  it('asks the title reading only of a line whose label hangs on it: a one-off name, not a name labelled again', () => {
    const text = '曾:今天的來賓是林美玲。\n\n林美玲:大家好,今天談和解\n\n何子明:脆弱的和解\n\n曾:好的。\n\n林美玲:謝謝。\n';
    const lines = new LineIndex(text);
    const tally = LabelSchemeTally.of(lines, {}, () => false);
    const reading = (line: number) => readLabelLine(lines, line, tally.labelContext)!;
    assert.equal(reading(4).titled, true);
    assert.equal(tally.hangsOnTitle(reading(4)), true, 'a one-off name over a title');
    const again = new LineIndex(text.replace('大家好,今天談和解', '今天談談脆弱和解'));
    assert.equal(readLabelLine(again, 2, tally.labelContext)!.titled, true);
    assert.equal(tally.hangsOnTitle(readLabelLine(again, 2, tally.labelContext)!), false, 'a name the document labels again');
  });

  it('keeps an Enter local that leaves a title-shaped piece after a name labelled again, and re-reads a one-off name’s', () => {
    // The latency test's transcript: `陳立文：我們在上個⏎月的會議上…` splits a speech line of a name that speaks throughout.
    const text = generateTranscript(6 * 1024);
    const enterAfter = (source: string, label: string): { mode: string; equal: boolean; edited: string; at: number; analyzer: IncrementalAnalyzer } => {
      const at = source.indexOf(label) + label.length + 5;
      const analyzer = new IncrementalAnalyzer({}, 'latency.txt');
      analyzer.update(source);
      const edited = `${source.slice(0, at)}\n${source.slice(at)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '\n' }]);
      return { mode: analyzer.lastMode, equal: isDeepStrictEqual(result, analyze(edited, {}, 'latency.txt')), edited, at, analyzer };
    };
    const labelled = text.match(/\n(李明|王芳|陳立文)：[\p{Script=Han}]{5}[^\n]{8,}/u)!;
    const label = `\n${labelled[1]!}：`;
    const split = enterAfter(text, label);
    assert.deepEqual([split.mode, split.equal], ['line', true]);
    // Typing on after it (a comma ends the title reading) stays local too.
    const typed = `${split.edited.slice(0, split.at)}，${split.edited.slice(split.at)}`;
    assert.ok(isDeepStrictEqual(split.analyzer.update(typed, [{ rangeOffset: split.at, rangeLength: 0, text: '，' }]), analyze(typed, {}, 'latency.txt')));
    assert.equal(split.analyzer.lastMode, 'line');
    // The same line under a name labelled once: the piece is a title, the label goes (a full analysis says so).
    const at = text.indexOf(label);
    const once = `${text.slice(0, at)}\n何子明：${text.slice(at + label.length)}`;
    const oneOff = enterAfter(once, '\n何子明：');
    assert.equal(oneOff.equal, true);
    assert.ok(!analyze(oneOff.edited, {}, 'latency.txt').speakers.some((s) => s.name === '何子明'));
  });
});

