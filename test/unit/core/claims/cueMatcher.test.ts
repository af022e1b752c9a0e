import * as assert from 'node:assert/strict';
import { CueMatcher, type CueHit } from '../../../../src/core/claims/cueMatcher';

/** Cue words whose leading letters end at an apostrophe, a space, a digit, a CJK character or the word's end. */
const WORDS = ['i', "i'm sure", 'we', "we'll", 'will', 'gpt4', 'ai时代', 'according to', 'per cent', 'percent', 'x', '会', '会议', '认为', '我认为', 'to be honest', 'the fact that', 'co-founder', 'co2'];
/** Words read as cues that decide nothing (role `none`): found by the scan, not reported. */
const NOT_CUES = new Set(['会议']);

function matcherOf(words: readonly string[]): CueMatcher {
  const matcher = new CueMatcher();
  for (const word of words) matcher.add(word, NOT_CUES.has(word) ? { role: 'none', category: '' } : { role: 'fact', category: 'test' });
  return matcher;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/** Leftmost-longest by brute force: every word tried at every offset, with the scan's word-boundary rules. */
function referenceScan(words: readonly string[], text: string): { start: number; end: number }[] {
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const wordStart = i === 0 || !(isWordChar(text[i - 1]) || text[i - 1] === "'");
    let best = '';
    for (const word of words) {
      if (word.length <= best.length || !text.startsWith(word, i)) continue;
      if (isLetter(word[0]) && !wordStart) continue;
      if (isLetter(word[word.length - 1]) && isWordChar(text[i + word.length])) continue;
      best = word;
    }
    if (!best) continue;
    if (!NOT_CUES.has(best)) hits.push({ start: i, end: i + best.length });
    i += best.length - 1;
  }
  return hits;
}

const spans = (hits: readonly CueHit[]): { start: number; end: number }[] => hits.map(({ start, end }) => ({ start, end }));

describe('CueMatcher.scan', () => {
  it('finds cues whose leading letters end at an apostrophe, a space, a digit or a CJK character', () => {
    const matcher = matcherOf(WORDS);
    const text = "i'm sure we'll see gpt4 in the ai时代, according to them, 5 per cent";
    assert.deepEqual(spans(matcher.scan(text)), referenceScan(WORDS, text));
    assert.deepEqual(
      matcher.scan(text).map((hit) => text.slice(hit.start, hit.end)),
      ["i'm sure", "we'll", 'gpt4', 'ai时代', 'according to', 'per cent'],
    );
  });

  it('skips words that only start like a cue (went, willing, gpt5, xylophone)', () => {
    const matcher = matcherOf(WORDS);
    assert.deepEqual(matcher.scan('went willing gpt5 xylophone accord'), []);
  });

  it('agrees with a brute-force leftmost-longest scan on random text', () => {
    const pieces = [...WORDS, 'i', 'we', 'wil', 'acc', 'ording', 'to', "'", ' ', ', ', '4', 'gpt', 'ai', '时代', '议', 'a', 'per', 'cents', 'x2', 'ix', 'be', 'bee', 'honest', 'the', 'fact', 'facts', 'that', 'co', '-', 'founder', '2', 'm'];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const matcher = matcherOf(WORDS);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      for (let k = 0, n = 1 + random(12); k < n; k++) text += pieces[random(pieces.length)];
      assert.deepEqual(spans(matcher.scan(text)), referenceScan(WORDS, text), JSON.stringify(text));
      // A range inside the text: the range's end is a word end for the scan.
      const from = random(text.length + 1);
      const to = from + random(text.length - from + 1);
      const inRange = referenceScan(WORDS, text.slice(from, to)).map(({ start, end }) => ({ start: start + from, end: end + from }));
      assert.deepEqual(spans(matcher.scan(text, from, to)), inRange, `${JSON.stringify(text)} [${from}, ${to})`);
    }
  });
});
