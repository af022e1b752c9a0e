// Scope snapshots, like VS Code's colorize-fixtures → colorize-results: every fixture in
// test/fixtures/grammar is tokenized with the grammar its extension selects, and the tokens
// are compared with the committed <fixture>.scopes.json. UPDATE_SNAPSHOTS=1 rewrites them.
import { AssertionError } from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, scopeNameForFile, tokenize, type ScopedToken } from './textmate';

const FIXTURE_EXTENSIONS = ['.transcript', '.srt', '.vtt'];
const fixtureDir = join(repoRoot(), 'test/fixtures/grammar');
const fixtures = readdirSync(fixtureDir).filter((name) => FIXTURE_EXTENSIONS.some((ext) => name.endsWith(ext))).sort();

/** One token per line, so a changed scope shows up as a one-line difference. */
function serialize(tokens: ScopedToken[]): string {
  return `[\n${tokens.map((t) => `  ${JSON.stringify({ line: t.line, text: t.text, scopes: t.scopes })}`).join(',\n')}\n]\n`;
}

/** A line diff (longest common subsequence), showing the first `limit` changed lines with their snapshot line numbers. */
function describeDifference(expected: string, actual: string, limit = 30): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  // common[i][j]: length of the longest common subsequence of want[i..] and got[j..].
  const common = Array.from({ length: want.length + 1 }, () => new Uint32Array(got.length + 1));
  for (let i = want.length - 1; i >= 0; i--) {
    for (let j = got.length - 1; j >= 0; j--) {
      common[i]![j] = want[i] === got[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while ((i < want.length || j < got.length) && lines.length < limit) {
    if (i < want.length && j < got.length && want[i] === got[j]) {
      i++;
      j++;
    } else if (i < want.length && (j === got.length || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      lines.push(`  ${String(i + 1).padStart(4)} - ${want[i++]}`);
    } else {
      lines.push(`  ${String(i + 1).padStart(4)} + ${got[j++]}`);
    }
  }
  return lines.join('\n');
}

describe('grammar scope snapshots', () => {
  it('has fixtures for Traditional, Simplified, English, SRT and VTT', () => {
    for (const part of ['zh-Hant', 'zh-Hans', 'en', '.srt', '.vtt']) {
      if (!fixtures.some((name) => name.includes(part))) throw new AssertionError({ message: `no grammar fixture for ${part}` });
    }
  });

  for (const fixture of fixtures) {
    it(`tokenizes ${fixture} as recorded in ${fixture}.scopes.json`, async () => {
      const text = readFileSync(join(fixtureDir, fixture), 'utf8');
      const actual = serialize(await tokenize(scopeNameForFile(fixture), text));
      const snapshotPath = join(fixtureDir, `${fixture}.scopes.json`);
      if (process.env.UPDATE_SNAPSHOTS === '1') {
        writeFileSync(snapshotPath, actual);
        return;
      }
      if (!existsSync(snapshotPath)) {
        throw new AssertionError({ message: `missing snapshot ${snapshotPath}; run UPDATE_SNAPSHOTS=1 npm run test:unit and review it` });
      }
      const expected = readFileSync(snapshotPath, 'utf8').replace(/\r\n/g, '\n');
      if (actual !== expected) {
        throw new AssertionError({
          message: `scopes of ${fixture} differ from its snapshot (- snapshot, + now):\n${describeDifference(expected, actual)}\n`
            + 'If the change is intended, run UPDATE_SNAPSHOTS=1 npm run test:unit and review the diff.',
        });
      }
    });
  }
});
