import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { gutterNumberEnd, readLineNumberGutter, withoutLineNumberGutter } from '../../../../src/core/text/lineNumberGutter';
import { LineIndex } from '../../../../src/core/text/positions';

/** Pages of a stenographic record: a page number, then lines 1…`perPage`, each behind its number in a gutter. */
function stenographicPages(pages: number, perPage: number, line: (page: number, n: number) => string): string {
  const out: string[] = [];
  for (let page = 1; page <= pages; page++) {
    out.push(`${' '.repeat(50)}${page + 5}`, '');
    for (let n = 1; n <= perPage; n++) out.push(`${String(n).padStart(2)}   ${line(page, n)}`, '');
  }
  return out.join('\n');
}

const SPEECH = (page: number, n: number): string =>
  n === 1 && page % 2 === 1 ? '      CHAIRWOMAN WEINSTEIN:   Good morning.' : n === 1 ? '      SENATOR STAVISKY:   Thank you.' : n === 12 ? 'pursuant to the New York State' : 'we heard the testimony on the budget today.';

describe('line-number gutter of a stenographic record', () => {
  it('finds a number that opens a line before two spaces or alone, within a small indent', () => {
    const end = (line: string) => gutterNumberEnd(line, 0, line.length);
    assert.equal(end(' 12   pursuant to'), 3);
    assert.equal(end('      14'), 8);
    assert.equal(end('1\tFirst'), 1);
    assert.equal(end('12 percent of them'), -1, 'one space: a number in a sentence');
    assert.equal(end('2020   budget'), -1, 'a year is not a line number');
    assert.equal(end('1. Introduction'), -1);
    assert.equal(end(`${' '.repeat(40)}7`), -1, 'a page number stands far right');
  });

  it('reads a gutter only where numbered lines are most lines and run in sequence, restarting on each page', () => {
    const record = stenographicPages(3, 24, SPEECH);
    assert.equal(readLineNumberGutter(new LineIndex(record)).hasGutter, true);
    const shuffled = record.replace(/^ ?(\d{1,2}) {3}/gm, (_, n: string) => `${String((Number(n) * 7) % 24).padStart(2)}   `);
    assert.equal(readLineNumberGutter(new LineIndex(shuffled)).hasGutter, false, 'numbers out of sequence are data, not a gutter');
    const list = Array.from({ length: 10 }, (_, i) => `${i + 1}  item ${i}`).join('\n');
    assert.equal(readLineNumberGutter(new LineIndex(list)).hasGutter, false, 'a short numbered list');
    // A quoted excerpt: most of one page, pasted alone, still reads behind its gutter (claims without the numbers).
    const excerpt = stenographicPages(1, 15, SPEECH).replace(/^ +\d+$/m, '');
    assert.equal(readLineNumberGutter(new LineIndex(excerpt)).hasGutter, true, 'fifteen numbered lines of one page');
    assert.ok(analyze(excerpt).claims.every((claim) => !/^\d/.test(claim.text)), 'no claim opens with a line number');
    const prose = `${list}\n${'Plain prose line.\n'.repeat(20)}`;
    assert.equal(readLineNumberGutter(new LineIndex(`${prose}${list}`)).hasGutter, false);
  });

  it('masks the numbers before text with spaces, keeping every offset, and leaves a lone number', () => {
    const record = stenographicPages(2, 24, SPEECH);
    const masked = withoutLineNumberGutter(new LineIndex(record))!;
    assert.equal(masked.length, record.length);
    assert.ok(masked.includes('     pursuant to the New York State'));
    assert.ok(masked.includes(`${' '.repeat(50)}6`), 'the page number stays');
    assert.equal(withoutLineNumberGutter(new LineIndex('1  item\n2  item')), null);
  });

  it('analysis reads the lines behind the gutter: labels, no title from a numbered line, turns from the line number', () => {
    const record = stenographicPages(2, 24, SPEECH);
    const analysis = analyze(record, {}, 'hearing.txt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['CHAIRWOMAN WEINSTEIN', 'SENATOR STAVISKY']);
    assert.deepEqual(analysis.topics, []);
    const first = analysis.turns[0]!;
    assert.match(record.slice(first.span.start), /^1 {9}CHAIRWOMAN WEINSTEIN:/);
    for (const turn of analysis.turns) assert.equal(turn.span.start, record.lastIndexOf('\n', turn.span.start) + 1 + 1, 'each turn starts at its line number');
    assert.ok(!analysis.claims.some((c) => /^\d+$/.test(record.slice(c.span.start, c.span.end).trim())));
  });

  it('reads a sentence on over the gutter\'s numbered lines, single- or double-spaced, without their numbers', () => {
    // A deposition's ASCII export: `Q.`/`A.` behind the number, the answer wrapped onto the next numbered lines.
    const lines = (n: number): string =>
      n === 5 ? '     A.   I had about' : n === 6 ? 'forty people under me on the night shift.' : n % 2 ? '     Q.   Where were you employed?' : '     A.   At the Newark warehouse.';
    for (const spacing of ['single', 'double']) {
      const pages = stenographicPages(1, 24, (_, n) => lines(n));
      const record = spacing === 'single' ? pages.replace(/\n\n(?= ?\d)/g, '\n') : pages;
      const claim = analyze(record, {}, 'deposition.txt').claims.find((c) => c.text.includes('forty'));
      assert.equal(claim?.text, 'I had about forty people under me on the night shift.', spacing);
      assert.match(record.slice(claim.span.start, claim.span.end), /^I had about\n+ 6 {3}forty/, `${spacing}: the span runs over the number it leaves out`);
    }
  });

  it('incremental analysis equals a full one when an edit makes, keeps or breaks the gutter', () => {
    const record = stenographicPages(2, 24, SPEECH);
    const almost = record.replace(/^ ?(\d{1,2}) {3}/m, 'Preface   ').replace(/\n\n 2 {3}/, '\n\nPreface two   ');
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    let text = almost;
    analyzer.update(text);
    // Typing inside prose that has no numbered line, then giving a line its number back, then typing in the gutter.
    const edits: ((t: string) => string)[] = [
      (t) => t.replace('Preface   ', 'Preface  x '),
      (t) => t.replace('Preface  x ', ' 1   '),
      (t) => t.replace(' 5   we heard', ' 5   so we heard'),
      (t) => t.replace(' 6   we heard', '16   we heard'),
      (t) => t.replace('Preface two   ', ' 2   '),
    ];
    for (const edit of edits) {
      const next = edit(text);
      assert.notEqual(next, text);
      text = next;
      assert.deepStrictEqual(analyzer.update(text), analyze(text, {}, 'hearing.txt'));
    }
  });

  it('an edit that touches no numbered line of a document without a gutter stays local; one that numbers a line does not', () => {
    const prose = Array.from({ length: 30 }, (_, i) => `SPEAKER ${i % 2 ? 'A' : 'B'}: We heard the testimony on line ${i}.`).join('\n\n');
    const analyzer = new IncrementalAnalyzer({}, 'talk.txt');
    analyzer.update(prose);
    const typed = prose.replace('testimony on line 3.', 'testimony on line 3 again.');
    assert.deepStrictEqual(analyzer.update(typed), analyze(typed, {}, 'talk.txt'));
    assert.equal(analyzer.lastMode, 'line');
    const numbered = typed.replace('SPEAKER A: We heard the testimony on line 5.', ' 5   We heard the testimony on line 5.');
    assert.deepStrictEqual(analyzer.update(numbered), analyze(numbered, {}, 'talk.txt'));
    assert.equal(analyzer.lastMode, 'full');
  });

  it('a document whose numbered lines run in sequence but are not yet most lines is analysed in full after each edit', () => {
    const numbered = Array.from({ length: 24 }, (_, i) => `${String(i + 1).padStart(2)}   we heard the testimony.`).join('\n');
    const prose = Array.from({ length: 10 }, () => 'Plain prose line here.').join('\n');
    const text = `${numbered}\n${prose}`;
    assert.equal(readLineNumberGutter(new LineIndex(text)).hasGutter, true);
    const diluted = `${text}\n${Array.from({ length: 20 }, () => 'Another prose line.').join('\n')}`;
    const reading = readLineNumberGutter(new LineIndex(diluted));
    assert.equal(reading.hasGutter, false);
    assert.equal(reading.stableWithoutNumberedLines, false);
    const analyzer = new IncrementalAnalyzer({}, 'record.txt');
    analyzer.update(diluted);
    // Joining prose lines raises the share of numbered lines past the threshold.
    let joined = diluted;
    for (let i = 0; i < 16; i++) {
      const at = joined.lastIndexOf('\nAnother');
      joined = `${joined.slice(0, at)} ${joined.slice(at + 1)}`;
      assert.deepStrictEqual(analyzer.update(joined), analyze(joined, {}, 'record.txt'));
    }
    assert.equal(readLineNumberGutter(new LineIndex(joined)).hasGutter, true);
  });
});

