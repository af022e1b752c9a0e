import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTurns } from '../../../../src/core/turns/findTurns';
import { findClaims } from '../../../../src/core/claims/findClaims';
import { matchingKey } from '../../../../src/core/text/charFold';
import { LineIndex } from '../../../../src/core/text/positions';
import { repoRoot } from '../../repoRoot';

/** findClaims folding the text a window at a time, against the same with the whole document's key given. */
function assertSameAsWholeKey(text: string): number {
  const lines = new LineIndex(text);
  const { turns } = findTurns(lines, 'plain', {});
  const windowed = findClaims(lines, turns, {}, { format: 'plain' });
  const whole = findClaims(lines, turns, {}, { format: 'plain', key: matchingKey(text) });
  assert.equal(windowed.length, whole.length);
  for (let i = 0; i < whole.length; i++) assert.deepEqual(windowed[i], whole[i], `claim ${i} at ${whole[i]!.span.start}`);
  return whole.length;
}

describe('findClaims folds a long document a window at a time', function () {
  this.timeout(60_000);

  it('finds the same claims as with the whole document folded at once (the corpus as one document, several windows)', () => {
    const corpus = join(repoRoot(), 'test/corpus');
    const text = ['en', 'zh-Hant', 'zh-Hans']
      .flatMap((language) => readdirSync(join(corpus, language)).filter((name) => !name.endsWith('.json')).map((name) => readFileSync(join(corpus, language, name), 'utf8')))
      .join('\n');
    assert.ok(text.length > 4 * 64 * 1024, `long enough for several windows: ${text.length} characters`);
    assert.ok(assertSameAsWholeKey(text) > 1000);
  });

  it('does the same in a document full of surrogate pairs (emoji, rare ideographs), which no window edge may split', () => {
    // Sentences of varying length, so that window edges fall at every offset of the pairs over the document.
    const sentences: string[] = [];
    for (let i = 0; sentences.join('').length < 300_000; i++) {
      sentences.push(`陳立文：我認為明年營收會增長${i % 97}%😀，${'𠀋'.repeat(i % 7)}據報道去年虧損${i}億元。`, `Dr. Amy Chen: I think revenue will grow ${i} percent 🚀${'𝒳'.repeat(i % 5)} next year.\n`);
    }
    assert.ok(assertSameAsWholeKey(sentences.join('')) > 1000);
  });
});
