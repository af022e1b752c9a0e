import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `vscode.l10n.t('…')` message in the extension, as written (single-quoted literals). */
function messages(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(join(root, 'src/vscode'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/gu)) found.add(match[1]!.replace(/\\(.)/gu, '$1'));
  }
  return found;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\d+\}/gu)].map((m) => m[0]).sort();
}

describe('UI string translations', () => {
  const all = messages();

  it('finds the messages', () => {
    assert.ok(all.size > 50, `only ${all.size} messages found`);
  });

  for (const locale of ['zh-cn', 'zh-tw']) {
    it(`translates every message into ${locale}, keeping placeholders`, () => {
      const bundle = JSON.parse(readFileSync(join(root, `l10n/bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
      const missing = [...all].filter((message) => !(message in bundle));
      assert.deepEqual(missing, []);
      for (const message of all) assert.deepEqual(placeholders(bundle[message]!), placeholders(message), message);
    });
  }

  it('has the same keys in every package.nls file', () => {
    const keys = (name: string): string[] => Object.keys(JSON.parse(readFileSync(join(root, name), 'utf8')) as object).sort();
    const english = keys('package.nls.json');
    assert.deepEqual(keys('package.nls.zh-cn.json'), english);
    assert.deepEqual(keys('package.nls.zh-tw.json'), english);
  });

  it('defines every %key% that package.json uses', () => {
    const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const used = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/gu)].map((m) => m[1]!);
    assert.deepEqual(used.filter((key) => !(key in nls)), []);
  });
});
