import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { SidecarSession } from '../../../src/core/sidecar/session';
import { NodeSidecarFiles } from '../../../src/node/nodeSidecarFiles';
import { lockFileContent, LockTimeoutError, lockPathFor, type LockTiming } from '../../../src/node/sidecarLock';
import { leaveKilledWritersLock } from '../../support/concurrentWriters';
import { SAVE_LOOP_TEXT } from './saveLoopText';

/**
 * With no wait at all and a lock that would take ten minutes to age, a save succeeds only if the lock in its
 * way is recognised as abandoned at once, not by waiting or by age.
 */
const NO_WAIT: LockTiming = { waitMs: 0, staleMs: 600_000 };

describe('sidecar lock', function () {
  this.timeout(30_000);
  let dir: string;
  let sidecar: string;
  let lock: string;
  let warnings: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidecar-lock-'));
    sidecar = join(dir, 'talk.txt.annotations.json');
    lock = lockPathFor(sidecar);
    warnings = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const files = (lockTiming: LockTiming) => new NodeSidecarFiles({ lockTiming, warn: (message) => warnings.push(message) });

  /** Adds one tag through a session and saves it; returns the ids in the file afterwards. */
  async function tagAndSave(store: NodeSidecarFiles, id: string): Promise<string[]> {
    const opened = await SidecarSession.open(store, sidecar);
    assert.ok(opened.ok);
    opened.session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 2, end: 8 }, kind: 'fact', author: 't', id })));
    await opened.session.save();
    const reread = await SidecarSession.open(store, sidecar);
    assert.ok(reread.ok);
    return reread.session.document.annotations.map((a) => a.id);
  }

  const namesIn = () => readdirSync(dir).sort();

  it('a lock that is a dangling symbolic link is removed, with a message, and the save goes ahead', async () => {
    symlinkSync(join(dir, 'nowhere'), lock);
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /removed an abandoned lock \(it is a symbolic link, not a lock file\)/);
  });

  it('a lock that is a symbolic link to another file removes only the link, never the file it points to', async () => {
    const elsewhere = join(dir, 'precious.txt');
    writeFileSync(elsewhere, `${process.pid}\n`);
    symlinkSync(elsewhere, lock);
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.equal(readFileSync(elsewhere, 'utf8'), `${process.pid}\n`);
    assert.deepEqual(namesIn(), ['precious.txt', 'talk.txt.annotations.json']);
  });

  it('a lock that is a symbolic link to a FIFO is not read (which would block) but removed', async () => {
    const fifo = join(dir, 'fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return;
    symlinkSync(fifo, lock);
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.deepEqual(namesIn(), ['fifo', 'talk.txt.annotations.json']);
  });

  it('a lock that is an empty directory is removed, with a message', async () => {
    mkdirSync(lock);
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
    assert.match(warnings.join('\n'), /it is a directory, not a lock file/);
  });

  it('a lock that is a directory with content is moved aside, not deleted, and the message says where', async () => {
    mkdirSync(lock);
    writeFileSync(join(lock, 'inside.txt'), 'keep me');
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    const aside = namesIn().find((name) => name.endsWith('.stale'));
    assert.ok(aside, `moved aside: ${namesIn().join(', ')}`);
    assert.equal(readFileSync(join(dir, aside, 'inside.txt'), 'utf8'), 'keep me');
    assert.ok(!existsSync(lock));
    assert.match(warnings.join('\n'), new RegExp(`moved an abandoned lock aside to .*${aside.replace(/\./g, '\\.')}`));
  });

  it('a lock naming a live process that is not saving is cleared once it has not been touched for the stale time', async () => {
    const bystander = spawn('sleep', ['30']);
    try {
      writeFileSync(lock, lockFileContent(bystander.pid!, 'planted'));
      assert.deepEqual(await tagAndSave(files({ waitMs: 20_000, staleMs: 300 }), 'a'), ['a']);
      assert.match(warnings.join('\n'), new RegExp(`process ${bystander.pid} has not touched it for \\d+ s, so it is not saving`));
      assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
    } finally {
      bystander.kill();
    }
  });

  it('a lock naming a live process is not taken from it before the stale time: the save gives up with a message', async () => {
    const bystander = spawn('sleep', ['30']);
    try {
      const content = `${bystander.pid}\n`;
      writeFileSync(lock, content);
      const opened = await SidecarSession.open(files({ waitMs: 200, staleMs: 600_000 }), sidecar);
      assert.ok(opened.ok);
      opened.session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 2, end: 8 }, kind: 'fact', author: 't', id: 'a' })));
      await assert.rejects(opened.session.save(), (error: Error) => error instanceof LockTimeoutError && new RegExp(`process ${bystander.pid} has been saving`).test(error.message));
      assert.equal(readFileSync(lock, 'utf8'), content);
      assert.ok(!existsSync(sidecar));
    } finally {
      bystander.kill();
    }
  });

  it('a lock naming this process but none of its saves (a reused pid) is cleared at once', async () => {
    writeFileSync(lock, lockFileContent(process.pid, 'from-a-previous-life'));
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.match(warnings.join('\n'), /names this process \(\d+\) but none of its saves/);
  });

  it('a lock whose pid belongs to another pid namespace or boot (a container, WSL) is not judged by that pid', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const content = lockFileContent(gone, 'in-a-container', 'another-boot/pid:[1]');
    writeFileSync(lock, content);
    const opened = await SidecarSession.open(files({ waitMs: 200, staleMs: 600_000 }), sidecar);
    assert.ok(opened.ok);
    opened.session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 2, end: 8 }, kind: 'fact', author: 't', id: 'a' })));
    await assert.rejects(opened.session.save(), LockTimeoutError);
    assert.equal(readFileSync(lock, 'utf8'), content);
    // Only its age tells: once it is older than the stale time, it goes.
    assert.deepEqual(await tagAndSave(files({ waitMs: 20_000, staleMs: 300 }), 'a'), ['a']);
    assert.match(warnings.join('\n'), /has not touched it/);
  });

  it('a lock left by a writer killed with SIGKILL is cleared at once, without waiting for it to age', async () => {
    await leaveKilledWritersLock(__dirname, sidecar);
    assert.ok(existsSync(lock));
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.match(warnings.join('\n'), /process \d+ that took it is no longer running/);
    assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
  });

  it('a marker left by a writer killed while it cleared an abandoned lock is cleared too', async () => {
    await leaveKilledWritersLock(__dirname, sidecar);
    // The marker a remover of exactly this lock takes (named for its inode and content), left by a dead process.
    const info = statSync(lock);
    const identity = `file:${info.dev}:${info.ino}:${createHash('sha256').update(readFileSync(lock)).digest('hex')}`;
    const marker = `${lock}.break-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}`;
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(marker, lockFileContent(gone, 'killed-remover'));
    assert.deepEqual(await tagAndSave(files(NO_WAIT), 'a'), ['a']);
    assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
  });

  it('saves running at once in one process wait for each other and lose nothing', async () => {
    const store = files({ waitMs: 20_000, staleMs: 10_000 });
    const sessions = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const opened = await SidecarSession.open(store, sidecar);
        assert.ok(opened.ok);
        return opened.session;
      }),
    );
    sessions.forEach((session, i) => session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: i, end: i + 4 }, kind: 'fact', author: 't', id: `s${i}` }))));
    await Promise.all(sessions.map((session) => session.save()));
    const reread = await SidecarSession.open(store, sidecar);
    assert.ok(reread.ok);
    assert.deepEqual(reread.session.document.annotations.map((a) => a.id).sort(), sessions.map((_, i) => `s${i}`).sort());
    assert.deepEqual(warnings, []);
    assert.deepEqual(namesIn(), ['talk.txt.annotations.json']);
  });
});
