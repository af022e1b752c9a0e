import * as assert from 'node:assert/strict';
import { looselyNames } from '../../../../src/core/topics/summaryLists';

/** The rule with string sets: the share of the title's distinct character pairs found in the item. */
function referenceLooselyNames(itemKey: string, titleKey: string): boolean {
  if (titleKey.length < 2) return false;
  if (itemKey.startsWith(titleKey) || (itemKey.length >= 4 && titleKey.startsWith(itemKey))) return true;
  const pairsOf = (key: string): Set<string> => new Set(Array.from({ length: Math.max(0, key.length - 1) }, (_, i) => key.slice(i, i + 2)));
  const titlePairs = pairsOf(titleKey);
  if (titlePairs.size < 3) return false;
  const itemPairs = pairsOf(itemKey);
  return [...titlePairs].filter((pair) => itemPairs.has(pair)).length >= titlePairs.size * 0.6;
}

describe('looselyNames', () => {
  it('names a title by prefix or by most of its character pairs', () => {
    assert.equal(looselyNames('出口管制是国家安全的支柱之一', '出口管制'), true);
    assert.equal(looselyNames('新款rtx pro gpu光追能力超强', '新款rtx pro的关键是光追'), true);
    assert.equal(looselyNames('供应链的压力', '人才与教育'), false);
  });

  it('agrees with the rule computed over string sets, repeated pairs and surrogate pairs included', () => {
    const alphabet = ['出', '口', '管', '制', 'a', 'b', '𠀋', ' ', '管制', 'ab'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = (): string => Array.from({ length: random(9) }, () => alphabet[random(alphabet.length)]).join('');
    let matches = 0;
    for (let round = 0; round < 3000; round++) {
      const item = word();
      const title = word();
      const expected = referenceLooselyNames(item, title);
      assert.equal(looselyNames(item, title), expected, `${JSON.stringify(item)} ~ ${JSON.stringify(title)}`);
      if (expected) matches++;
    }
    assert.ok(matches > 100 && matches < 2900, `both answers occur: ${matches}`);
  });
});
