import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckJson } from '../../../src/cli/commands/check';
import type { ListJson } from '../../../src/cli/commands/list';
import { listCommand } from '../../../src/cli/commands/list';
import { retagCommand, untagCommand } from '../../../src/cli/commands/retag';
import { tagCommand } from '../../../src/cli/commands/tag';
import { decodeSidecar } from '../../../src/core/sidecar/codec';
import { sidecarPathFor, type SidecarDocument } from '../../../src/core/sidecar/model';
import { runCommand, useTempDir } from '../../support/cliHarness';
import { annotationsOn, writeTranscriptWithSidecar } from '../../support/sidecarFixtures';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const TEXT = '林雅婷：\n今年的出貨情況如何？好的。\n\n陳立文：\n我們去年營收達到420億元。\n我預計下半年的需求會更強。\n好的。好的。\n';

function spawnCli(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('CLI tag, retag, untag and list', function () {
  this.timeout(30_000);
  const dir = useTempDir();
  let file: string;
  const ID = '00000000-0000-4000-8000-';
  beforeEach(() => {
    file = join(dir(), 'talk.txt');
    writeTranscriptWithSidecar(
      file,
      TEXT,
      annotationsOn(TEXT, [
        { quote: '我們去年營收達到420億元。', kind: 'fact', note: '年報' },
        { quote: '我預計下半年的需求會更強。', kind: 'forecast' },
      ]),
    );
  });
  const stored = (): SidecarDocument => {
    const decoded = decodeSidecar(readFileSync(sidecarPathFor(file), 'utf8'));
    assert.ok(decoded.ok);
    return decoded.document;
  };

  it('refuses to tag a quote that occurs more than once without --occurrence, listing the lines', async () => {
    const before = readFileSync(sidecarPathFor(file), 'utf8');
    const result = await runCommand(tagCommand, [file, '--kind', 'opinion', '--quote', '好的', '--author', 'x']);
    assert.equal(result.code, 2);
    assert.match(result.error!, /occurs 3 times \(lines 2, 7, 7\); choose one with --occurrence N \(1–3\)/);
    assert.equal(readFileSync(sidecarPathFor(file), 'utf8'), before);
    const picked = await runCommand(tagCommand, [file, '--kind', 'opinion', '--quote', '好的', '--occurrence', '3', '--author', 'x']);
    assert.equal(picked.code, 0, picked.error);
    assert.ok(stored().annotations.some((a) => a.kind === 'opinion' && a.target.start === TEXT.lastIndexOf('好的')));
  });

  it('refuses an --occurrence that is not a whole number from 1', async () => {
    for (const value of ['0', '-1', '1.5', 'two']) {
      const result = await runCommand(tagCommand, [file, '--kind', 'fact', `--occurrence=${value}`, '--quote', '好的']);
      assert.equal(result.code, 2, value);
      assert.match(result.error!, /--occurrence must be a whole number from 1/);
    }
  });

  it('untags by id (a unique prefix is enough)', async () => {
    const result = await runCommand(untagCommand, [file, '--id', `${ID}000000000002`.slice(0, 36)]);
    assert.equal(result.code, 0, result.error);
    assert.deepEqual(stored().annotations.map((a) => a.kind), ['fact']);
    const byPrefix = await runCommand(untagCommand, [file, '--id', ID.slice(0, 8)]);
    assert.equal(byPrefix.code, 0, byPrefix.error);
    assert.deepEqual(stored().annotations, []);
  });

  it('untags by quote, also by part of the tagged text', async () => {
    const result = await runCommand(untagCommand, [file, '--quote', '420億元']);
    assert.equal(result.code, 0, result.error);
    assert.match(result.stdout, /removed fact tag 0{8}-0000-4000-8000-0{11}1 \(line 5\)/);
    assert.deepEqual(stored().annotations.map((a) => a.kind), ['forecast']);
  });

  it('refuses an untag by quote that matches several tags, listing their ids, until --id or --occurrence decides', async () => {
    await runCommand(tagCommand, [file, '--kind', 'opinion', '--quote', '好的', '--occurrence', '1', '--author', 'x']);
    await runCommand(tagCommand, [file, '--kind', 'fact', '--quote', '好的', '--occurrence', '2', '--author', 'x']);
    const count = stored().annotations.length;
    const result = await runCommand(untagCommand, [file, '--quote', '好的']);
    assert.equal(result.code, 2);
    assert.match(result.error!, /several tags match.*\(opinion, line 2\).*\(fact, line 7\)/);
    assert.equal(stored().annotations.length, count);
    const second = await runCommand(untagCommand, [file, '--quote', '好的', '--occurrence', '2']);
    assert.equal(second.code, 0, second.error);
    assert.ok(!stored().annotations.some((a) => a.kind === 'fact' && a.target.exact === '好的'));
    assert.equal(stored().annotations.length, count - 1);
  });

  it('exits 1 when no tag matches, and 2 when neither or both of --id and --quote are given', async () => {
    assert.equal((await runCommand(untagCommand, [file, '--quote', '林雅婷'])).code, 1);
    assert.equal((await runCommand(untagCommand, [file, '--id', 'ffff'])).code, 1);
    assert.equal((await runCommand(untagCommand, [file])).code, 2);
    assert.equal((await runCommand(untagCommand, [file, '--id', 'x', '--quote', 'y'])).code, 2);
  });

  it('retags kind and note, and removes a note with --note ""', async () => {
    const result = await runCommand(retagCommand, [file, '--quote', '需求會更強', '--kind', 'opinion', '--note', '存疑']);
    assert.equal(result.code, 0, result.error);
    const changed = stored().annotations.find((a) => a.id.endsWith('2'))!;
    assert.equal(changed.kind, 'opinion');
    assert.equal(changed.note, '存疑');
    assert.notEqual(changed.modified, changed.created);
    await runCommand(retagCommand, [file, '--id', `${ID}000000000001`, '--note', '']);
    assert.equal(stored().annotations.find((a) => a.id.endsWith('1'))!.note, undefined);
    assert.equal((await runCommand(retagCommand, [file, '--id', `${ID}000000000001`])).code, 2);
    assert.equal((await runCommand(retagCommand, [file, '--id', `${ID}000000000001`, '--kind', 'rumour'])).code, 2);
  });

  it('records who retagged as modifiedBy, keeping the author', async () => {
    const author = stored().annotations.find((a) => a.id.endsWith('2'))!.author;
    const result = await runCommand(retagCommand, [file, '--quote', '需求會更強', '--kind', 'fact', '--author', 'Reviewer']);
    assert.equal(result.code, 0, result.error);
    const changed = stored().annotations.find((a) => a.id.endsWith('2'))!;
    assert.equal(changed.modifiedBy, 'Reviewer');
    assert.equal(changed.author, author);
    assert.notEqual(author, 'Reviewer');
  });

  it('lists the tags in text order with where they are now, as text and JSON', async () => {
    writeFileSync(file, '（前言）\n' + TEXT);
    const json = JSON.parse((await runCommand(listCommand, [file, '--json'])).stdout) as ListJson;
    assert.deepEqual(
      json.annotations.map((a) => [a.kind, a.status, a.range?.start.line, a.note, a.author]),
      [['fact', 'anchored', 5, '年報', 'lin'], ['forecast', 'anchored', 6, null, 'lin']],
    );
    const text = await runCommand(listCommand, [file]);
    assert.match(text.stdout, /^00000000 +6:1 +fact +anchored +我們去年營收達到420億元。$/m);
    assert.match(text.stdout, /by lin; note: 年報/);
    assert.match(text.stdout, /^2 tags$/m);
  });

  it('check shows the text there now beside the stored quote of a fuzzy tag', async () => {
    writeFileSync(file, TEXT.replace('我們去年營收達到420億元。', '我們去年的營收達到了420億元。'));
    const result = spawnCli('check', file);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /fuzzy +fact +我們去年營收達到420億元。\n +now: +我們去年的營收達到了420億元。/);
    const json = JSON.parse(spawnCli('check', file, '--json').stdout) as CheckJson;
    const fuzzy = json.annotations.find((a) => a.status === 'fuzzy')!;
    assert.equal(fuzzy.exact, '我們去年營收達到420億元。');
    assert.equal(fuzzy.current, '我們去年的營收達到了420億元。');
    assert.equal(json.annotations.find((a) => a.status === 'anchored')!.current, undefined);
  });

  it('check exits 1 on a transcript without a sidecar, and export says so', () => {
    const bare = join(dir(), 'bare.txt');
    writeFileSync(bare, TEXT);
    const check = spawnCli('check', bare);
    assert.equal(check.status, 1);
    assert.match(check.stderr, /bare\.txt has no sidecar \(bare\.txt\.annotations\.json\): it has no tags yet/);
    const exported = spawnCli('export', bare, '--format', 'csv');
    assert.equal(exported.status, 0);
    assert.match(exported.stderr, /has no sidecar/);
    assert.equal(existsSync(sidecarPathFor(bare)), false);
  });

  it('after a rename, names the orphaned sidecar beside the transcript and the mv that joins them again', () => {
    const renamed = join(dir(), 'talk-2026.txt');
    renameSync(file, renamed);
    const check = spawnCli('check', renamed);
    assert.equal(check.status, 1);
    assert.match(check.stderr, /talk-2026\.txt has no sidecar .*talk\.txt\.annotations\.json belongs to a transcript that is gone \(2 of its 2 tag\(s\) are found in this file\)/);
    assert.match(check.stderr, /mv \S*talk\.txt\.annotations\.json \S*talk-2026\.txt\.annotations\.json/);
    assert.equal(spawnCli('untag', renamed, '--quote', '420億元').status, 1);
  });
});
