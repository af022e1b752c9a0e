import * as assert from 'node:assert/strict';
import { analyze, analyzeIndexed } from '../../../../src/core/analysis/analyze';
import { findFigures } from '../../../../src/core/claims/figures';
import { registerCounts } from '../../../../src/core/claims/register';
import type { TextSource } from '../../../../src/core/text/chunkedText';
import { matchingKey } from '../../../../src/core/text/charFold';
import { LineIndex } from '../../../../src/core/text/positions';

/** A string as a TextSource that counts the characters its reads pass over (a search counts what it scans). */
class CountingText implements TextSource {
  read = 0;
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  charCodeAt(index: number): number {
    this.read++;
    return this.text.charCodeAt(index);
  }
  charAt(index: number): string {
    this.read++;
    return this.text.charAt(index);
  }
  slice(start?: number, end?: number): string {
    const part = this.text.slice(start, end);
    this.read += part.length;
    return part;
  }
  indexOf(search: string, from = 0): number {
    const at = this.text.indexOf(search, from);
    this.read += (at < 0 ? this.text.length : at) - from;
    return at;
  }
  lastIndexOf(search: string, from = this.text.length): number {
    const at = this.text.lastIndexOf(search, from);
    this.read += from - Math.max(0, at);
    return at;
  }
  startsWith(search: string, position = 0): boolean {
    this.read += search.length;
    return this.text.startsWith(search, position);
  }
  endsWith(search: string, endPosition?: number): boolean {
    this.read += search.length;
    return this.text.endsWith(search, endPosition);
  }
  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) >= 0;
  }
  toString(): string {
    this.read += this.text.length;
    return this.text;
  }
}

/** Cues of a subtitle file, numbered and timed. */
function srt(texts: readonly string[]): string {
  return texts.map((text, i) => `${i + 1}\n00:00:${String(i % 60).padStart(2, '0')},000 --> 00:00:${String(i % 60).padStart(2, '0')},900\n${text}\n`).join('\n');
}

describe('searches bounded by their line or their limit', () => {
  it('reads an unclosed 《 only as far as a title reaches, sentence by sentence (the editor passes the whole key)', () => {
    // 50,000 sentences, each opening a 《 that nothing closes: each once searched on to the key's end.
    const key = matchingKey('《节目第3期，'.repeat(50_000));
    const started = Date.now();
    let figures = 0;
    for (let from = 0; from < key.length; from += 7) figures += findFigures(key, from, from + 7).length;
    assert.equal(figures, 50_000);
    // About 30 ms unloaded; the unbounded search took 11 s.
    assert.ok(Date.now() - started < 3_000, `took ${Date.now() - started} ms`);
  });

  it('still reads a 《title》 closed within its length, and a number after a 》 beyond it as a figure', () => {
    assert.deepStrictEqual(findFigures(matchingKey('《十三邀第3期》')), []);
    const far = matchingKey(`《${'节'.repeat(45)}3期》`);
    assert.equal(findFigures(far).length, 1);
    // A 》 beyond the sentence's end does not close it.
    assert.equal(findFigures(matchingKey('《第3期》'), 0, 4).length, 1);
  });

  it('gives the editor\'s whole-key analysis and analyze() the same claims around unclosed 《', () => {
    const text = Array.from({ length: 300 }, (_, i) => (i % 3 === 0 ? `据《年报称，2023年利润增长了${i}%。` : i % 3 === 1 ? `《新闻联播》报道，去年出口增加了${i}亿元。` : `他说《明年会增长${i}%。`)).join('\n');
    const lines = new LineIndex(text);
    const whole = analyzeIndexed(lines, {}, 'x.txt', matchingKey(text));
    assert.ok(whole.claims.length >= 100);
    assert.deepStrictEqual(whole, analyze(text, {}, 'x.txt'));
  });

  it('reads a cue line\'s tags and timing arrow within the line, not on to the file\'s end', () => {
    // Lines ending in `>` with no `<` in the file, opening a `{` that nothing closes, opening with a digit and no arrow.
    const cues = Array.from({ length: 3_000 }, (_, i) => ['Go on >', '{\\an8 - and more', '3 cats and no arrow', 'What now?', '- Who? - Me.'][i % 5]!);
    const text = new CountingText(srt(cues));
    // The index splits a string; its reads then go through the counting source, as they go through a ChunkedText's.
    const lines = new LineIndex(text.toString());
    Object.defineProperty(lines, 'source', { value: text });
    text.read = 0;
    const counts = registerCounts(lines);
    assert.deepStrictEqual(counts, { cueLines: 3_000, questionsOrExclamations: 600, short: 2_400, dialogueDashes: 600 });
    // Each line read a few times over; the unbounded searches read on to the file's end from most of them.
    assert.ok(text.read < 20 * text.length, `read ${text.read} characters of ${text.length}`);
  });
});
