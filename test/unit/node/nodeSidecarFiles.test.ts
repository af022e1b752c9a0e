import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { SidecarSession } from '../../../src/core/sidecar/session';
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
});
