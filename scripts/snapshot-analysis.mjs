#!/usr/bin/env node
// Writes `analyze --json` and `analyze --ndjson` of every corpus file and sample (and any extra files given)
// into a directory, or compares them with an earlier snapshot, byte for byte. For hot-path changes that must
// not change results:  node scripts/snapshot-analysis.mjs write /tmp/before [extra files…]
//                      node scripts/snapshot-analysis.mjs compare /tmp/before [extra files…]
// Uses the built CLI (dist/cli.js): run `node scripts/build.mjs` first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

const [mode, dir, ...extra] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !dir) {
  console.error('usage: snapshot-analysis.mjs write|compare <dir> [files…]');
  process.exit(2);
}
const transcripts = ['test/corpus/en', 'test/corpus/zh-Hans', 'test/corpus/zh-Hant', 'samples']
  .flatMap((folder) => readdirSync(folder).filter((f) => !f.endsWith('.json') && !f.endsWith('SOURCES.md') && !f.endsWith('SOURCES-zh.md')).map((f) => join(folder, f)))
  .concat(extra);
mkdirSync(dir, { recursive: true });
let differences = 0;
for (const file of transcripts) {
  for (const flag of ['--json', '--ndjson']) {
    const output = execFileSync(process.execPath, ['dist/cli.js', 'analyze', flag, '--min-confidence', '0', file], { maxBuffer: 1 << 30 });
    const snapshot = join(dir, `${file.replaceAll('/', '__')}${flag.replace('--', '.')}`);
    if (mode === 'write') writeFileSync(snapshot, output);
    else if (!existsSync(snapshot) || !readFileSync(snapshot).equals(output)) {
      differences++;
      console.log(`DIFFERENT: ${basename(file)} ${flag}`);
    }
  }
}
console.log(`${transcripts.length} transcripts ${mode === 'write' ? `written to ${dir}` : `compared: ${differences} different`}`);
process.exit(differences ? 1 : 0);
