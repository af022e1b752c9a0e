import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from '../repoRoot';

interface LazyDictionariesModule {
  readonly LAZY_DICTIONARIES_FILE: string;
  readonly lazyDictionaries: import('esbuild').Plugin;
  readonly lazyDictionariesOptions: import('esbuild').BuildOptions;
}

/** An entry of STPhrases (Simplified→Traditional phrases) that no smaller dictionary has. */
const PHRASE_ENTRY = '一丝不挂 一絲不掛';

describe('Simplified→Traditional dictionaries in node bundles', function () {
  this.timeout(60000);

  for (const entry of ['src/cli/main.ts', 'src/vscode/extension.node.ts']) {
    it(`stay out of ${entry}'s bundle and load from their own file`, async function () {
      const root = repoRoot();
      if (!existsSync(join(root, entry))) this.skip();
      const { lazyDictionaries, lazyDictionariesOptions, LAZY_DICTIONARIES_FILE } = (await import(pathToFileURL(join(root, 'scripts/lazyDictionaries.mjs')).href)) as LazyDictionariesModule;
      const result = await build({
        absWorkingDir: root,
        entryPoints: [entry],
        bundle: true,
        write: false,
        platform: 'node',
        format: 'cjs',
        external: ['vscode'],
        ...lazyDictionariesOptions,
        plugins: [lazyDictionaries],
        logLevel: 'silent',
      });
      const code = result.outputFiles?.[0]?.text ?? '';
      assert.ok(code.length > 0, 'esbuild returned the bundle');
      assert.ok(!code.includes(PHRASE_ENTRY), 'the phrase dictionary is not inlined');
      if (entry.startsWith('src/cli')) assert.ok(code.includes(`require("./${LAZY_DICTIONARIES_FILE}")`), 'it is required from its own file');
    });
  }

  it('are really in STPhrases (so the check above can fail)', async () => {
    const { STPhrases } = await import('../../../src/core/convert/simplifiedToTraditionalDictionaries');
    assert.ok(STPhrases.includes(PHRASE_ENTRY));
  });
});
