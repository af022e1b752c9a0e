import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { delimitedTranscriptView, isDelimitedTranscript } from '../../../../src/core/text/delimitedTranscript';
import { LineIndex } from '../../../../src/core/text/positions';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';

/** A town-hall recording exported as CSV the way transcription services write it: every cell quoted. */
const QUOTED = [
  '"Speaker","Start Time","End Time","Text"',
  '"Ruth Okafor","00:00:04","00:00:14","Good evening and welcome. The library will open in March 2027."',
  '"Luis Diaz","00:00:15","00:00:20","Thank you. How much has the project cost so far?"',
  '"Ruth Okafor","00:00:21","00:00:32","About 14 million dollars, two million under the budget."',
  '"Resident","00:00:33","00:00:40","I think the ""parking plan"" is a mistake."',
  '"Ruth Okafor","00:00:41","00:00:47","We will add 120 spaces next year."',
  '',
].join('\n');

function lineSpeakerOf(text: string, fileName = 'hall.csv'): (string | null)[] {
  const analysis = analyze(text, {}, fileName);
  const lines = new LineIndex(text);
  const speakers: (string | null)[] = Array.from({ length: lines.lineCount }, () => null);
  for (const turn of analysis.turns) {
    for (let line = lines.lineAt(turn.span.start); line <= lines.lineAt(Math.max(turn.span.start, turn.span.end - 1)); line++) speakers[line] = turn.speaker;
  }
  return speakers;
}

describe('transcripts exported as delimited text (CSV, TSV)', () => {
  it('knows one by a header naming a speaker column and a later text column, with any of tab, comma or semicolon', () => {
    assert.ok(isDelimitedTranscript(QUOTED));
    assert.ok(isDelimitedTranscript('\uFEFFSpeaker;Start;Text\r\nAnn;0:01;Hello.\r\n'));
    assert.ok(isDelimitedTranscript('开始时间\t结束时间\t说话人\t内容\n00:00:01\t00:00:05\t王磊\t大家好。\n'));
    assert.ok(isDelimitedTranscript('\n\nName,Text\nAnn,Hello.\n'), 'blank lines before the header');
    assert.ok(!isDelimitedTranscript('Text,Speaker\nHello.,Ann\n'), 'the text before the name cannot read as a label');
    assert.ok(!isDelimitedTranscript('Region,Year,Exports\nNorth,2023,14\n'), 'a table of data');
    // The extension's own export of tags names a speaker column, and a line number, but no text column.
    assert.ok(!isDelimitedTranscript('kind,speaker,topic,quote,note,author,status,line,column,id\nfact,Ann,,Exports fell.,,,,3,1,a1\n'));
    assert.ok(!isDelimitedTranscript('Speaker: the name, text and all.\nAnn: Hello.\n'));
    assert.ok(!isDelimitedTranscript(`${'x'.repeat(600)},Speaker,Text\n`), 'a header is a short line');
  });

  it('keeps the names and the texts in a view of the same length and lines, every other cell and the quotes blanked', () => {
    const view = delimitedTranscriptView(new LineIndex(QUOTED))!;
    assert.equal(view.length, QUOTED.length);
    const lines = view.split('\n');
    assert.equal(lines.length, QUOTED.split('\n').length);
    assert.equal(lines[0]!.trim(), '', 'the header is no one\'s');
    assert.match(lines[1]!, /^ Ruth Okafor: +Good evening and welcome\. The library will open in March 2027\. $/);
    assert.equal(lines[1]!.indexOf('Ruth'), QUOTED.split('\n')[1]!.indexOf('Ruth'), 'the name stays where it is');
    assert.match(lines[4]!, /^ Resident: +I think the {2}"parking plan" {2}is a mistake\. $/, 'a doubled quote reads as one');
    assert.equal(delimitedTranscriptView(new LineIndex('Plain notes, nothing more.\n')), null);
  });

  it('credits each row to its speaker from the row\'s start, and finds claims in the text cells only', () => {
    const analysis = analyze(QUOTED, {}, 'hall.csv');
    assert.deepEqual(analysis.speakers.map((s) => [s.name, s.turns]), [['Ruth Okafor', 3], ['Luis Diaz', 1], ['Resident', 1]]);
    for (const turn of analysis.turns) assert.equal(QUOTED[turn.span.start - 1], '\n', 'a turn opens at its row\'s start');
    assert.deepEqual(lineSpeakerOf(QUOTED).slice(0, 6), [null, 'Ruth Okafor', 'Luis Diaz', 'Ruth Okafor', 'Resident', 'Ruth Okafor']);
    assert.ok(analysis.claims.length >= 3);
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /00:00|"Ruth|",|^"|"$/, claim.text);
    const figures = analysis.claims.find((c) => c.text.includes('14 million'));
    assert.equal(figures?.text, 'About 14 million dollars, two million under the budget.');
    assert.ok(analysis.claims.some((c) => c.text === 'I think the "parking plan" is a mistake.'), analysis.claims.map((c) => c.text).join(' | '));
    assert.deepEqual(analysis.topics, [], 'the header row is no topic');
  });

  it('reads unquoted cells, a semicolon export with CRLF, and a text cell with unquoted commas when the text is the last column', () => {
    const plain = 'Speaker,Start,Text\nRuth Okafor,00:00:04,Yes, the library cost 14 million dollars.\nLuis Diaz,00:00:10,Good.\n';
    const claim = analyze(plain, {}, 'hall.csv').claims.find((c) => c.text.includes('library'));
    assert.equal(claim?.text, 'Yes, the library cost 14 million dollars.');
    assert.deepEqual(lineSpeakerOf(plain).slice(1, 3), ['Ruth Okafor', 'Luis Diaz']);
    const semicolons = '\uFEFFSprecher;Speaker;Text\r\nx;Ann Lee;Exports fell by 3 percent in May.\r\ny;Tom Park;That is the lowest level since 2019.\r\n';
    const analysis = analyze(semicolons, {}, 'export.csv');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['Ann Lee', 'Tom Park']);
    assert.deepEqual(analysis.claims.map((c) => c.text), ['Exports fell by 3 percent in May.', 'That is the lowest level since 2019.']);
  });

  it('reads a quoted cell over several lines as one row: the lines after its first stay with its speaker', () => {
    const text = '"Speaker","Text"\n"Ann Lee","Exports fell by 3 percent in May.\nThat is the lowest level since 2019."\n"Tom Park","Thank you."\n';
    assert.deepEqual(lineSpeakerOf(text).slice(0, 4), [null, 'Ann Lee', 'Ann Lee', 'Tom Park']);
  });

  it('reads a TSV export with the name in its third column, as before, and its header row is no topic', () => {
    const text = '开始时间\t结束时间\t说话人\t内容\n00:00:01\t00:00:05\t王磊\t各位同事下午好。\n00:00:05\t00:00:16\t陈静\t新版本的测试已经完成了百分之八十。\n';
    const analysis = analyze(text, {}, 'meeting.tsv');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['王磊', '陈静']);
    assert.deepEqual(analysis.topics, []);
    assert.ok(analysis.claims.every((c) => !c.text.includes('00:00')));
  });

  it('leaves a CSV whose header names no speaker and text columns to the ordinary reading', () => {
    const data = 'Region,Year,Exports\nNorth,2023,14\n';
    assert.equal(delimitedTranscriptView(new LineIndex(data)), null);
    assert.deepEqual(analyze(data, {}, 'data.csv').turns, []);
  });

  it('re-analyses in full after any edit, so an edit of a row or of the header reads as analyze() does', () => {
    const edits: [string, string][] = [
      ['"Luis Diaz"', '"Ann Wu"'],
      ['"Speaker"', '"Region"'],
      ['"Text"\n', '"Text"\n"Ann Wu","00:00:01","00:00:02","Before we start."\n'],
      ['"Speaker","Start Time","End Time","Text"\n', ''],
      ['"Resident","00:00:33"', '"Resident,"00:00:33"'],
    ];
    for (const [from, to] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'hall.csv');
      analyzer.update(QUOTED);
      const after = QUOTED.replace(from, to);
      assert.notEqual(after, QUOTED);
      assert.deepEqual(analyzer.update(after), analyze(after, {}, 'hall.csv'), `${from} → ${to}`);
    }
    const analyzer = new IncrementalAnalyzer({}, 'hall.csv');
    analyzer.update(QUOTED.replace('"Speaker"', '"Region"'));
    assert.deepEqual(analyzer.update(QUOTED), analyze(QUOTED, {}, 'hall.csv'), 'a header edited into a transcript\'s');
    assertEditsAcrossOffsetsMatchAnalyze(QUOTED, 'hall.csv', [['x', 0], [',', 0], ['"', 0], ['\n', 0], ['', 1]], 0, 140);
  });
});
