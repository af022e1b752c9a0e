import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import { builtCli, createTalkRepo, gitIn, tagTalk } from './tempGitRepo';

describe('resolve: a sidecar git merged line by line (no merge driver)', function () {
  this.timeout(60000);
  let cli: string;
  let repo: string;
  const git = (...args: string[]): string => gitIn(repo, ...args);
  const tagCli = (kind: string, quote: string): void => tagTalk(cli, repo, kind, quote, 'T');
  const run = (...args: string[]) => spawnSync('node', [cli, ...args], { cwd: repo, encoding: 'utf8' });
  const sidecarText = (): string => readFileSync(join(repo, 'talk.txt.annotations.json'), 'utf8');

  before(() => {
    cli = builtCli();
  });
  beforeEach(() => {
    repo = createTalkRepo('resolve-');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  /** Two branches tag `ours` and `theirs`; the merge conflicts in the sidecar. */
  function conflictingMerge(first: [string, string][], ours: [string, string], theirs: [string, string]): void {
    for (const [kind, quote] of first) tagCli(kind, quote);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'other');
    tagCli(...theirs);
    git('add', '.');
    git('commit', '-q', '-m', 'theirs');
    git('checkout', '-q', 'main');
    tagCli(...ours);
    git('add', '.');
    git('commit', '-q', '-m', 'ours');
    const merge = spawnSync('git', ['merge', '--no-edit', 'other'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(merge.status, 0, 'the line merge was expected to conflict');
    assert.match(sidecarText(), /^<{7}/m);
    assert.equal(run('check', 'talk.txt').status, 2, 'check refuses a conflicted sidecar');
  }

  it('merges tags two people added between the same two tags, from git index, and the merge commits cleanly', () => {
    conflictingMerge([['fact', '我們去年營收達到420億元'], ['opinion', '市場還在成長']], ['forecast', '我預計下半年的需求會更強'], ['opinion', '我認爲這種擔心是多餘的']);
    const resolved = run('resolve', 'talk.txt');
    assert.equal(resolved.status, 0, resolved.stderr);
    assert.match(resolved.stderr, /from git's index: 4 tags/);
    const decoded = decodeSidecar(sidecarText());
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.annotations.map((a) => a.target.exact), ['我們去年營收達到420億元', '我預計下半年的需求會更強', '我認爲這種擔心是多餘的', '市場還在成長']);
    git('add', 'talk.txt.annotations.json');
    git('commit', '-q', '--no-edit');
    assert.equal(run('check', 'talk.txt').status, 0);
  });

  it('merges a sidecar both branches created, and works from the markers alone once the merge is no longer in progress', () => {
    conflictingMerge([], ['forecast', '我預計下半年的需求會更強'], ['opinion', '我認爲這種擔心是多餘的']);
    const markers = sidecarText();
    git('merge', '--abort');
    writeFileSync(join(repo, 'talk.txt.annotations.json'), markers);
    const resolved = run('resolve', 'talk.txt.annotations.json');
    assert.equal(resolved.status, 0, resolved.stderr);
    assert.match(resolved.stderr, /from the conflict markers/);
    const decoded = decodeSidecar(sidecarText());
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.annotations.map((a) => a.kind), ['forecast', 'opinion']);
  });

  it('leaves a sidecar without markers alone', () => {
    tagCli('fact', '市場還在成長');
    const before = sidecarText();
    const resolved = run('resolve', 'talk.txt');
    assert.equal(resolved.status, 1);
    assert.match(resolved.stderr, /nothing to resolve/);
    assert.equal(sidecarText(), before);
  });

  it('refuses a conflicted sidecar that is not UTF-8 and leaves its bytes as they were', () => {
    tagCli('fact', '市場還在成長');
    const path = join(repo, 'talk.txt.annotations.json');
    const side = sidecarText();
    const markers = Buffer.from(`<<<<<<< ours\n${side}=======\n${side}>>>>>>> theirs\n`, 'utf8');
    const broken = Buffer.concat([markers.subarray(0, 40), Buffer.from([0xff, 0xfe]), markers.subarray(40)]);
    writeFileSync(path, broken);
    const resolved = run('resolve', 'talk.txt');
    assert.equal(resolved.status, 2, resolved.stderr);
    assert.match(resolved.stderr, /not valid UTF-8 \(the file was left unchanged\)/);
    assert.deepEqual(readFileSync(path), broken);
  });
});
