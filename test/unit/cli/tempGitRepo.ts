import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../repoRoot';

/** A short press interview, `talk.txt` in each temporary repository. */
export const TALK_TRANSCRIPT = [
  '林雅婷：今年的出貨情況如何？',
  '陳立文：我們去年營收達到420億元，比前年增長了18%。',
  '陳立文：我預計下半年的需求會更強。',
  '林雅婷：有人擔心產能過剩。',
  '陳立文：我認爲這種擔心是多餘的。',
  '陳立文：市場還在成長。',
  '',
].join('\n');

/** The built CLI, failing the test run with a hint when it was not built. */
export function builtCli(): string {
  const cli = join(repoRoot(), 'dist/cli.js');
  if (!existsSync(cli)) assert.fail(`${cli} is missing: build first (npm test does)`);
  return cli;
}

export function gitIn(repo: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new git repository (branch `main`, a committer set) holding `talk.txt`, not yet committed. */
export function createTalkRepo(prefix: string): string {
  const repo = mkdtempSync(join(tmpdir(), prefix));
  gitIn(repo, 'init', '-q', '-b', 'main');
  gitIn(repo, 'config', 'user.name', 'Test');
  gitIn(repo, 'config', 'user.email', 'test@example.com');
  writeFileSync(join(repo, 'talk.txt'), TALK_TRANSCRIPT);
  return repo;
}

/** Tags `quote` in talk.txt through the CLI, as a person on that branch would. */
export function tagTalk(cli: string, repo: string, kind: string, quote: string, author: string): void {
  execFileSync('node', [cli, 'tag', 'talk.txt', '--kind', kind, '--quote', quote, '--author', author], { cwd: repo, stdio: 'pipe' });
}
