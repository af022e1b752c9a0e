import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import type { SidecarDocument } from '../../../src/core/sidecar/model';
import { builtCli, createTalkRepo, gitIn, tagTalk } from './tempGitRepo';

describe('git merge driver (in a temporary repository)', function () {
  this.timeout(60000);
  let cli: string;
  let repo: string;

  const git = (...args: string[]): string => gitIn(repo, ...args);
  const tagCli = (kind: string, quote: string, author: string): void => tagTalk(cli, repo, kind, quote, author);
  const sidecar = (): SidecarDocument => {
    const decoded = decodeSidecar(readFileSync(join(repo, 'talk.txt.annotations.json'), 'utf8'));
    if (!decoded.ok) assert.fail(JSON.stringify(decoded.problem));
    return decoded.document;
  };
  const setNote = (id: string, note: string, kind?: string): void => {
    const path = join(repo, 'talk.txt.annotations.json');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { annotations: { id: string; note?: string; kind: string; modified: string }[] };
    const annotation = json.annotations.find((a) => a.id === id)!;
    annotation.note = note;
    if (kind) annotation.kind = kind;
    annotation.modified = new Date().toISOString();
    writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
  };

  before(() => {
    cli = builtCli();
  });

  beforeEach(() => {
    repo = createTalkRepo('merge-driver-');
    git('config', 'merge.transcript-annotations.name', 'Transcript Annotator sidecar merge');
    git('config', 'merge.transcript-annotations.driver', `node "${cli}" merge-driver %O %A %B %P`);
    writeFileSync(join(repo, '.gitattributes'), '*.annotations.json merge=transcript-annotations\n');
    tagCli('fact', '我們去年營收達到420億元', 'Base');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('merges two branches tagging different statements and a third changing an existing tag, losing nothing', () => {
    const [baseTag] = sidecar().annotations;

    git('checkout', '-q', '-b', 'ann');
    tagCli('forecast', '我預計下半年的需求會更強', 'Ann');
    git('commit', '-q', '-am', 'Ann tags a forecast');

    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'bo');
    tagCli('opinion', '我認爲這種擔心是多餘的', 'Bo');
    git('commit', '-q', '-am', 'Bo tags an opinion');

    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'cy');
    setNote(baseTag!.id, 'source: annual report p. 3');
    git('commit', '-q', '-am', 'Cy annotates the fact');

    git('checkout', '-q', 'main');
    git('merge', '-q', '--no-edit', 'ann');
    git('merge', '-q', '--no-edit', 'bo'); // Ann's and Bo's tags sit next to each other: a textual merge would conflict.
    git('merge', '-q', '--no-edit', 'cy');

    const merged = sidecar();
    assert.deepEqual(merged.annotations.map((a) => `${a.kind}:${a.author}`), ['fact:Base', 'forecast:Ann', 'opinion:Bo']);
    assert.equal(merged.annotations[0]!.note, 'source: annual report p. 3');
    assert.equal(merged.annotations.some((a) => a.conflict), false);
    assert.equal(git('status', '--porcelain'), '');
  });

  it('keeps both versions, marked, when two branches change the same tag differently, and reports a conflict', () => {
    const [baseTag] = sidecar().annotations;
    git('checkout', '-q', '-b', 'ann');
    setNote(baseTag!.id, 'Ann: confirmed', 'fact');
    git('commit', '-q', '-am', 'Ann');
    git('checkout', '-q', 'main');
    setNote(baseTag!.id, 'Main: doubtful', 'opinion');
    git('commit', '-q', '-am', 'main');

    const merge = spawnSync('git', ['merge', '--no-edit', 'ann'], { cwd: repo, encoding: 'utf8' });
    assert.notEqual(merge.status, 0, 'git reports the conflict');
    assert.match(merge.stderr + merge.stdout, /changed differently on both sides/);
    const merged = sidecar(); // still valid JSON: no conflict markers
    const notes = merged.annotations.map((a) => a.note).sort();
    assert.deepEqual(notes, ['Ann: confirmed', 'Main: doubtful']);
    assert.ok(merged.annotations.every((a) => a.conflict));
  });
});
