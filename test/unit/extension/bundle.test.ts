import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

/** Loads a bundle with a `vscode` module that fails on any use, proving the import itself has no side effects. */
function loadWithUntouchableVscode(bundle: string): Record<string, unknown> {
  const touched: string[] = [];
  const untouchable = new Proxy({}, { get: (_target, key) => void touched.push(String(key)) });
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? untouchable : original.call(this, request, ...rest);
  };
  try {
    const path = join(root, bundle);
    delete require.cache[path];
    // A runtime require of the built bundle, through the patched Module._load.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path) as Record<string, unknown>;
    assert.deepEqual(touched.filter((key) => key !== '__esModule' && key !== 'default'), [], `${bundle} used vscode at import time`);
    return exports;
  } finally {
    loader._load = original;
  }
}

describe('the extension bundles', () => {
  for (const bundle of ['dist/extension.js', 'dist/browser.js']) {
    it(`${bundle} has no side effects at import and exports activate`, () => {
      const exports = loadWithUntouchableVscode(bundle);
      assert.equal(typeof exports.activate, 'function');
      assert.equal(typeof exports.deactivate, 'function');
    });
  }

  it('keeps the browser bundle free of Node built-ins', () => {
    const source = readFileSync(join(root, 'dist/browser.js'), 'utf8');
    const required = [...source.matchAll(/require\("([^"]+)"\)/gu)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
  });
});
