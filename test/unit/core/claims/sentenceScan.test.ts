import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cueMatcherFor, type CueHit } from '../../../../src/core/claims/cueMatcher';
import { findFigures, type Figure } from '../../../../src/core/claims/figures';
import { contentUnits, readSentence, type SentenceReading } from '../../../../src/core/claims/sentenceScan';
import { matchingKey } from '../../../../src/core/text/charFold';

// readSentence reads a sentence once for what three passes found: it must find what each of them finds alone.

/** Cue words, figures and their near misses, run together or apart: word starts and ends are where the scans differ. */
const PIECES = [
  'I think', "I'm sure", 'we will', 'According to', 'per cent', 'percent', 'probably', 'GPT-4', '5G', 'v1.2', 'H20',
  'twenty percent', 'ten', 'Tens of thousands', 'last year', 'this week', 'Jan. 5, 2010', '10:30am', '10:30amazing', '3 p.m.',
  '$5m', 'US$1,200', '&#39;', '&amp;#39;', "don't", "rock'n'roll", 'the', 'them', 'abc', 'Xten',
  '我认为', '認為', '会', '會議', '将', '將H20解禁', '，将在明年', '预计', '据报道', '2024年7月16日', '3.5万', '第三次', '百分之五',
  '去年', '上个月', '一些', '二十届', '《十三邀》', '《未闭合', '420亿元', '😀', '𠀀', '。', '，', ' ', ' ', '-', "'", '.', '5', '42',
];
const sentence = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(''));

function separately(key: string, from: number, to: number): { hits: CueHit[]; figures: Figure[]; units: number; cjk: number } {
  let cjk = 0;
  for (let i = from; i < to; i++) {
    const code = key.charCodeAt(i);
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) cjk++;
  }
  return { hits: cueMatcherFor(undefined).scan(key, from, to), figures: findFigures(key, from, to), units: contentUnits(key, from, to), cjk };
}

function together(key: string, from: number, to: number): SentenceReading {
  const reading: SentenceReading = { hits: [], figures: [], units: 0, cjk: 0 };
  readSentence(cueMatcherFor(undefined), key, from, to, reading);
  return reading;
}

describe('readSentence', () => {
  it('finds the cue words, figures, content units and CJK characters of the separate passes', () => {
    fc.assert(
      fc.property(sentence, fc.nat(), fc.nat(), (text, a, b) => {
        const key = matchingKey(text);
        // A range inside the key too: what comes before `from` must not make a word start.
        const from = a % (key.length + 1);
        const to = from + (b % (key.length - from + 1));
        assert.deepEqual({ ...together(key, from, to) }, separately(key, from, to));
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it('reads a figure that ends inside a word and a cue at the next word', () => {
    const key = matchingKey('At 10:30amazing results, I think twenty percent.');
    const reading = together(key, 0, key.length);
    assert.deepEqual(reading.figures, findFigures(key));
    assert.ok(reading.figures.length >= 2, 'the time and the percentage');
    assert.deepEqual(reading.hits, cueMatcherFor(undefined).scan(key));
    assert.ok(reading.hits.length >= 1, 'I think');
    // at, 10, 30amazing, results, i, think, twenty, percent
    assert.equal(reading.units, 8);
  });
});
