import * as assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { SidecarSession } from '../../../src/core/sidecar/session';
import { ReadOnlySidecarError } from '../../../src/core/sidecar/port';
import { NodeSidecarFiles } from '../../../src/node/nodeSidecarFiles';

describe('NodeSidecarFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidecar-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('writes atomically and leaves no temporary file behind', async () => {
    const files = new NodeSidecarFiles();
    const path = join(dir, 'a.txt.annotations.json');
    assert.deepEqual(await files.writeAtomic(path, bytes('one'), null), { written: true });
    assert.deepEqual(await files.writeAtomic(path, bytes('two'), bytes('one')), { written: true });
    assert.equal(readFileSync(path, 'utf8'), 'two');
    assert.deepEqual(readdirSync(dir), ['a.txt.annotations.json']);
  });

  it('refuses to replace a file whose content is not what the caller read, and says what it is', async () => {
    const files = new NodeSidecarFiles();
    const path = join(dir, 'a.txt.annotations.json');
    writeFileSync(path, 'changed by someone else');
    const outcome = await files.writeAtomic(path, bytes('mine'), bytes('what I read'));
    assert.equal(outcome.written, false);
    assert.equal(!outcome.written && new TextDecoder().decode(outcome.current), 'changed by someone else');
    assert.equal(readFileSync(path, 'utf8'), 'changed by someone else');
    assert.equal((await files.writeAtomic(path, bytes('mine'), null)).written, false);
    assert.deepEqual(readdirSync(dir), ['a.txt.annotations.json']);
  });

  it('reads a missing file as undefined', async () => {
    assert.equal(await new NodeSidecarFiles().read(join(dir, 'none.json')), undefined);
  });

  it('leaves a sidecar that does not parse byte for byte, through a session', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    const broken = Buffer.from('\uFEFF{ "version": 1, "annotations": [ { "id": "x" ] }\r\n', 'utf8');
    writeFileSync(path, broken);
    const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
    assert.equal(opened.ok, false);
    assert.deepEqual(readFileSync(path), broken);
  });

  it('saves through a session, merging with a change made on disk meanwhile', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    const text = '甲：今天天氣很好。\n乙：明天會下雨。\n';
    const tag = (quote: string, id: string) =>
      createAnnotation({ text, span: { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }, kind: 'fact', author: 'x', id });
    const open = async () => {
      const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
      assert.ok(opened.ok);
      return opened.session;
    };
    const mine = await open();
    const theirs = await open();
    mine.update((d) => putAnnotation(d, tag('今天天氣很好', 'mine')));
    theirs.update((d) => putAnnotation(d, tag('明天會下雨', 'theirs')));
    assert.equal((await theirs.save()).outcome, 'written');
    assert.equal((await mine.save()).outcome, 'merged');
    const reread = await open();
    assert.deepEqual(reread.document.annotations.map((a) => a.id), ['mine', 'theirs']);
    assert.deepEqual(readdirSync(dir), ['a.txt.annotations.json']);
  });

  const text = '甲：今天天氣很好。\n乙：明天會下雨。\n';
  const tagged = (id: string) => (d: Parameters<typeof putAnnotation>[0]) =>
    putAnnotation(d, createAnnotation({ text, span: { start: 2, end: 8 }, kind: 'fact', author: 'x', id }));

  it('refuses to replace a read-only sidecar, says so, and leaves its bytes and mode as they were', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    const files = new NodeSidecarFiles();
    const first = await SidecarSession.open(files, path);
    assert.ok(first.ok);
    first.session.update(tagged('one'));
    await first.session.save();
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    const opened = await SidecarSession.open(files, path);
    assert.ok(opened.ok);
    opened.session.update(tagged('two'));
    await assert.rejects(opened.session.save(), (error: Error) => error instanceof ReadOnlySidecarError && /a\.txt\.annotations\.json is read-only, so it was left unchanged/.test(error.message));
    assert.deepEqual(readFileSync(path), before);
    assert.equal(statSync(path).mode & 0o7777, 0o444);
    assert.deepEqual(readdirSync(dir), ['a.txt.annotations.json']);
  });

  it('a save keeps the mode of the file it replaces', async () => {
    const path = join(dir, 'a.txt.annotations.json');
    writeFileSync(path, '{ "version": 1, "annotations": [] }\n');
    chmodSync(path, 0o640);
    const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
    assert.ok(opened.ok);
    opened.session.update(tagged('one'));
    assert.equal((await opened.session.save()).outcome, 'written');
    assert.equal(statSync(path).mode & 0o7777, 0o640);
  });

  it('a save keeps the owner and group of the file it replaces (as root, who may set them)', async function () {
    const path = join(dir, 'a.txt.annotations.json');
    writeFileSync(path, '{ "version": 1, "annotations": [] }\n');
    if (process.getuid?.() !== 0) this.skip();
    chownSync(path, 4242, 4343);
    chmodSync(path, 0o664);
    const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
    assert.ok(opened.ok);
    opened.session.update(tagged('one'));
    assert.equal((await opened.session.save()).outcome, 'written');
    const after = statSync(path);
    assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [4242, 4343, 0o664]);
    assert.match(readFileSync(path, 'utf8'), /"one"/);
  });
});
