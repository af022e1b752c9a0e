import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { LineIndex } from '../../../../src/core/text/positions';
import { findHeadFields, hasSentence, HEAD_FIELD_LINES, headFieldKey } from '../../../../src/core/turns/headFields';

// A hearing record's cover: who presided and who testified, in lists under fields written like labels.
const HEARING = [
  'PUBLIC HEARING ON REGIONAL CENTERS', '', 'PRESIDING:', '', '   Senator David Carlucci', '   Senate Committee on Mental Health', '',
  '   Assemblywoman Aileen M. Gunther', '', 'SPEAKERS:                        PAGE', '', '   Andrea Smyth   11', '   Executive Director',
  '   Karen Richmond   11', '   Pakkam Rajasekaran, M.D.', '   (Impromptu.  Not on list of speakers)', '',
  'SENATOR CARLUCCI:  Good morning. I would like to welcome everyone here today.', '',
  'ASSEMBLYWOMAN GUNTHER:  Thank you, Senator. We are glad to be here.', '',
  'SENATOR CARLUCCI:  Our first speaker is Andrea Smyth.', '',
].join('\n');

function speakerOfLine(text: string, needle: string, fileName = 'hearing.txt'): string | null {
  const at = text.indexOf(needle);
  return analyze(text, {}, fileName).turns.find((turn) => turn.span.start <= at && at < turn.span.end)?.speaker ?? null;
}

describe('fields over lists at the head of a record', () => {
  it('reads a sentence from an end mark or a full stop after a lower-case word, not from initials or asides', () => {
    const reads = (line: string): boolean => hasSentence(line, 0, line.length);
    assert.equal(reads('Good morning.'), true);
    assert.equal(reads('您怎麼看？'), true);
    assert.equal(reads('Pakkam Rajasekaran, M.D.'), false);
    assert.equal(reads('12:30 p.m. EST'), false);
    assert.equal(reads('(Impromptu.  Not on list of speakers)'), false);
    assert.equal(reads('-- Lifting of the Passport Ban/Sanctions'), false);
  });

  it('takes `PRESIDING:` and `SPEAKERS:` over lists of names for fields, before the first label that speaks', () => {
    const fields = findHeadFields(new LineIndex(HEARING), {});
    assert.deepStrictEqual(fields.map((field) => HEARING.split('\n')[field.line]!.split(':')[0]), ['PRESIDING', 'SPEAKERS']);
    const analysis = analyze(HEARING, {}, 'hearing.txt');
    assert.deepStrictEqual(analysis.speakers.map((s) => s.name), ['SENATOR CARLUCCI', 'ASSEMBLYWOMAN GUNTHER']);
    assert.equal(speakerOfLine(HEARING, 'Andrea Smyth   11'), null);
    assert.equal(speakerOfLine(HEARING, 'Our first speaker'), 'SENATOR CARLUCCI');
  });

  it('keeps a label over lines that speak, and reads nothing where no label speaks on its line', () => {
    const spoken = HEARING.replace('   Senate Committee on Mental Health', '   I chair the committee today.');
    assert.deepStrictEqual(findHeadFields(new LineIndex(spoken), {}).map((field) => spoken.split('\n')[field.line]!.split(':')[0]), ['SPEAKERS']);
    assert.deepStrictEqual(analyze(spoken, {}, 'hearing.txt').speakers.map((s) => s.name), ['PRESIDING', 'SENATOR CARLUCCI', 'ASSEMBLYWOMAN GUNTHER']);
    // `**Host**` over paragraphs: no label speaks on its own line, so nothing shows a field.
    const paragraphs = ['**Host:**', '', 'Welcome', 'to the show', 'with our guest', '', '**Guest:**', '', 'Thanks for having me', 'it is good', 'to be here', ''].join('\n');
    assert.deepStrictEqual(findHeadFields(new LineIndex(paragraphs), {}), []);
  });

  it('reads no section title in a field\'s list: names between blank lines are the field\'s value', () => {
    const record = ['立法會會議', '', '會議名單：', '', '何俊仁議員', '', '李卓人議員', '', '涂謹申議員', '', '陳鑑林議員', '',
      '主席：早晨，現在恢復會議。', '', '陳志全議員：主席，我要求點算人數。', '', '主席：秘書，請響鐘。', ''].join('\n');
    const lines = record.split('\n');
    assert.deepStrictEqual(findHeadFields(new LineIndex(record), {}).map((field) => lines[field.line]), ['會議名單：']);
    const titles = analyze(record, {}, 'record.txt').topics.map((topic) => topic.title);
    assert.ok(!titles.some((title) => title.endsWith('議員')), titles.join(', '));
    // Without the field above them the names are still a stack of short lines, one block whose lines title nothing
    // (cardLines.test.ts); the field's list is what makes them its value.
    const unlisted = record.replace('會議名單：', '立法會');
    assert.deepStrictEqual(findHeadFields(new LineIndex(unlisted), {}), []);
    assert.ok(!analyze(unlisted, {}, 'record.txt').topics.some((topic) => topic.title.endsWith('議員')));
  });

  it('does not take a note\'s bulleted `- 舉例：…？` for the start of the dialogue', () => {
    const notes = ['venev> 可能需要一些基礎名詞解釋', '- 開放源始碼精神', '- 協作 how and why', '- 聚合零碎時間', '- 舉例：google 文件最有知名度？', '', 'venev> 社群參與數據很重要。', ''].join('\n');
    assert.deepStrictEqual(findHeadFields(new LineIndex(notes), {}), []);
  });

  it('falls back to a full analysis when an edit gives a listed line a sentence, and equals analyze()', () => {
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    analyzer.update(HEARING);
    // `Executive? Director`: a question mark inside the line, which nothing else reads.
    const at = HEARING.indexOf('Executive Director') + 'Executive'.length;
    const edited = `${HEARING.slice(0, at)}?${HEARING.slice(at)}`;
    assert.notEqual(headFieldKey(edited, {}, false), headFieldKey(HEARING, {}, false));
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '?' }]);
    assert.equal(analyzer.lastMode, 'full');
    assert.deepStrictEqual(result, analyze(edited, {}, 'hearing.txt'));
  });

  it('stays local for an edit inside speech, and past the head reads nothing', () => {
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    analyzer.update(HEARING);
    const at = HEARING.indexOf('glad to be');
    const edited = `${HEARING.slice(0, at)}very ${HEARING.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'very ' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited, {}, 'hearing.txt'));
    // A field below the head's lines is not read.
    const late = `${'\n'.repeat(HEAD_FIELD_LINES)}${HEARING}`;
    assert.deepStrictEqual(findHeadFields(new LineIndex(late), {}), []);
  });

  it('a byline field over the date titles nothing, but a heading below it opens the document\'s own sections', () => {
    // The bundled sample's head: `記者：林雅婷` and a date, then `## 摘要` listing the section titles that follow.
    const text = [
      '# 晶片與人工智能：專訪陳立文', '', '記者：林雅婷', '2025年7月16日', '', '## 摘要', '- 供應鏈的壓力', '- 人才與教育', '',
      '供應鏈的壓力', '', '林雅婷：', '您好，感謝接受我們的訪問。今年的出貨情況如何？', '', '陳立文：', '出貨比去年多了兩成。', '',
      '人才與教育', '', '林雅婷：', '人才夠嗎？', '', '陳立文：我們今年招了三百人，明年還要再招。', '',
    ].join('\n');
    assert.ok(findHeadFields(new LineIndex(text), {}).length > 0, 'the byline is a head field over a list');
    const titles = analyze(text, {}, 'interview.md').topics.flatMap((topic) => [topic, ...topic.children]).map((topic) => topic.title);
    assert.ok(titles.includes('供應鏈的壓力'), `the section under the list is a topic: ${titles.join(' | ')}`);
    assert.ok(titles.includes('人才與教育'), titles.join(' | '));
  });
});

