import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot';

/** An entry of STPhrases that no smaller dictionary has, as written and as esbuild escapes it (ASCII output). */
const PHRASE_ENTRY = '一丝不挂 一絲不掛';
const ESCAPED_PHRASE_ENTRY = [...PHRASE_ENTRY].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0).toString(16).toUpperCase()}`)).join('');

function built(file: string): string {
  const path = join(repoRoot(), 'dist', file);
  assert.ok(existsSync(path), `${file} is built (node scripts/build.mjs)`);
  return readFileSync(path, 'utf8');
}

describe('Simplified→Traditional dictionaries in the web build', () => {
  it('are not in dist/browser.js', () => {
    const bundle = built('browser.js');
    assert.ok(!bundle.includes(PHRASE_ENTRY) && !bundle.includes(ESCAPED_PHRASE_ENTRY), 'the phrase dictionary is not inlined');
    assert.ok(bundle.includes('opencc-st-dictionaries.json'), 'the bundle names the file it reads them from');
  });

  it('are in dist/opencc-st-dictionaries.json, whole (so the check above can fail)', async () => {
    const { STPhrases, STPhrasesRegional } = await import('../../../src/core/convert/simplifiedToTraditionalDictionaries');
    const web = JSON.parse(built('opencc-st-dictionaries.json')) as Record<string, unknown>;
    assert.ok(STPhrases.includes(PHRASE_ENTRY));
    assert.equal(web['STPhrases'], STPhrases);
    assert.equal(web['STPhrasesRegional'], STPhrasesRegional);
    // The node chunk, for comparison: esbuild escapes it, which is why both forms are checked above.
    assert.ok(built('opencc-st-dictionaries.js').includes(ESCAPED_PHRASE_ENTRY));
  });
});
