import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, parseCsv, toCsv } from '../../../../src/core/export/csv';
import { interviewInput } from '../../../support/exportFixtures';

describe('toCsv', () => {
  const csv = toCsv(interviewInput());
  const rows = parseCsv(csv);

  it('starts with a UTF-8 BOM and ends records with CRLF', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.endsWith('\r\n'));
    assert.match(csv, /^\uFEFFkind,speaker,topic,quote,note,author,status,line,column,id,time,verdict,rating,checkStatus,checkStatusBy,sources\r\n/);
  });

  it('has a header and one row per annotation, in document order, orphans last', () => {
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 1 + 6);
    assert.deepEqual(
      rows.slice(1).map((r) => r[0]),
      ['fact', 'forecast', 'opinion', 'fact', 'forecast', 'fact'],
    );
    assert.deepEqual(rows[6]!.slice(6, 9), ['orphaned', '', '']);
  });

  it('gives 1-based line and column and the Chinese text unchanged', () => {
    const first = rows[1]!;
    assert.equal(first[1], '黄仁勋');
    assert.equal(first[3], '我们去年在中国的收入是170亿美元，占总收入的13%。');
    assert.equal(first[7], '4');
    assert.equal(first[8], '5', 'after "黄仁勋：" (four characters)');
  });

  it('quotes commas, quotes and newlines as RFC 4180 says, and reads back the same', () => {
    assert.equal(csvField('plain 中文'), 'plain 中文');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rlf'), '"cr\rlf"');
    const opinion = rows[3]!;
    assert.equal(opinion[4], 'quote, with "comma", and\nnewline');
    assert.ok(csv.includes('"quote, with ""comma"", and\nnewline"'));
    assert.equal(rows[4]![2], 'Software, "memory" & 𠵾 characters');
    assert.equal(rows[2]![3], '我预计明年的需求会翻倍，"H20" 很快就会批下来。');
  });

  it('neutralises every field a spreadsheet would run as a formula (OWASP): a leading quote, and quoted', () => {
    for (const trigger of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const field = csvField(trigger);
      assert.equal(field, `"'${trigger.replace(/"/g, '""')}"`, JSON.stringify(trigger));
      assert.deepEqual(parseCsv(field + '\r\n'), [[`'${trigger}`]]);
    }
    assert.equal(csvField('a = b'), 'a = b', 'only a leading trigger counts');
    assert.equal(csvField("'already text"), "'already text");
  });

  it('neutralises hostile notes, authors, speakers, topics and an orphan\'s stored quote', () => {
    const input = interviewInput();
    const hostile = '=cmd|\' /C calc\'!A0';
    const annotations = input.annotations.map((placed) => ({
      ...placed,
      annotation: { ...placed.annotation, note: hostile, author: '@author', speaker: '+speaker', topic: '-topic', target: { ...placed.annotation.target, exact: placed.span ? placed.annotation.target.exact : '=orphan' } },
    }));
    const hostileRows = parseCsv(toCsv({ ...input, annotations })).slice(1);
    assert.equal(hostileRows.length, annotations.length);
    for (const row of hostileRows) {
      for (const field of row) assert.doesNotMatch(field, /^[=+\-@\t\r]/, `row ${row.join('|')}`);
      assert.equal(row[4], `'${hostile}`);
      assert.deepEqual([row[1], row[2], row[5]], ["'+speaker", "'-topic", "'@author"]);
    }
    assert.equal(hostileRows[hostileRows.length - 1]![3], "'=orphan");
  });

  it('gives just the header for a transcript without annotations', () => {
    assert.equal(toCsv({ text: 'x', source: 'x.txt', annotations: [] }), '\uFEFFkind,speaker,topic,quote,note,author,status,line,column,id,time,verdict,rating,checkStatus,checkStatusBy,sources\r\n');
  });
});
