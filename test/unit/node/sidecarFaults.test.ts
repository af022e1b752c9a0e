import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { decodeSidecarBytes } from '../../../src/core/sidecar/codec';
import type { SidecarDocument } from '../../../src/core/sidecar/model';
import { SidecarSession } from '../../../src/core/sidecar/session';
import { NodeSidecarFiles } from '../../../src/node/nodeSidecarFiles';
import { testChildEnv } from '../../support/testChild';
import { SAVE_LOOP_TEXT } from './saveLoopText';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const SAVE_LOOP = join(__dirname, 'saveLoop.child.js');
const SIDECAR = 'talk.txt.annotations.json';

/** The sidecar must parse; returns it. */
function readSidecar(path: string): SidecarDocument {
  const decoded = decodeSidecarBytes(readFileSync(path));
  assert.ok(decoded.ok, `the sidecar does not parse: ${decoded.ok ? '' : decoded.problem.reason}`);
  return decoded.document;
}

function ids(document: SidecarDocument): Set<string> {
  return new Set(document.annotations.map((a) => a.id));
}

/** Small LCG: the kill moments are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Runs the save loop, kills it with SIGKILL `ms` after its first acknowledged save (timing from spawn would
 * let a slow start on a busy machine end a round before any save), and returns the ids it reported saved.
 */
function saveUntilKilled(path: string, prefix: string, ms: number, noteLength: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SAVE_LOOP, path, prefix, String(noteLength)], { stdio: ['ignore', 'pipe', 'pipe'], env: testChildEnv('saveLoop') });
    let out = '';
    let err = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`save loop ended by itself (${code}): ${err}`));
      // A line without its newline was cut by the kill: its save is not acknowledged.
      resolve(out.split('\n').slice(0, -1).map((line) => line.replace(/^saved /, '')));
    });
  });
}

function runCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
}

describe('sidecar store under faults', function () {
  this.timeout(120_000);
  let dir: string;
  let transcript: string;
  let sidecar: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sidecar-faults-'));
    transcript = join(dir, 'talk.txt');
    sidecar = join(dir, SIDECAR);
    writeFileSync(transcript, SAVE_LOOP_TEXT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a process killed in the middle of saves leaves a sidecar that parses and holds every acknowledged annotation', async () => {
    const next = random(6);
    const acknowledged: string[] = [];
    for (let round = 0; round < 12; round++) {
      // Large notes make each write take long enough for kills to land inside it.
      const saved = await saveUntilKilled(sidecar, `r${round}`, 150 + Math.floor(next() * 250), round % 2 ? 200_000 : 2_000);
      acknowledged.push(...saved);
      const present = ids(readSidecar(sidecar));
      for (const id of acknowledged) assert.ok(present.has(id), `annotation ${id} was acknowledged as saved but is missing after a kill in round ${round}`);
      // Stray temporary files may remain after a kill, but are never taken for the sidecar.
      for (const name of readdirSync(dir)) {
        if (name === 'talk.txt' || name === SIDECAR) continue;
        // (and the lock of a writer killed while holding it, which the next writer finds abandoned, or the
        // pieces of one being taken or cleared: its temporary copy, a marker, a lock set aside).
        assert.match(name, /^\.talk\.txt\.annotations\.json(?:\.\d+\.[0-9a-f]+\.tmp|\.lock(?:\.break-[0-9a-f]{16})?(?:\.[0-9a-f]{18}\.(?:tmp|stale))?)$/, `unexpected file ${name}`);
      }
    }
    assert.ok(acknowledged.length >= 12, `only ${acknowledged.length} saves were acknowledged: the test did not exercise the store`);
    // The next save still works and keeps everything.
    const opened = await SidecarSession.open(new NodeSidecarFiles(), sidecar);
    assert.ok(opened.ok);
    opened.session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 0, end: 4 }, kind: 'opinion', author: 't', id: 'after' })));
    await opened.session.save();
    const final = ids(readSidecar(sidecar));
    for (const id of [...acknowledged, 'after']) assert.ok(final.has(id), id);
  });

  it('a disk that refuses the write (file size limit, EFBIG) leaves the sidecar as it was, with a clear message', () => {
    assert.equal(runCli(['tag', transcript, '--kind', 'fact', '--quote', '420億元', '--author', 'A']).status, 0, 'first tag');
    const before = readFileSync(sidecar);
    // `ulimit -f 1`: the kernel refuses to grow any file past 1 KB, which the next save needs.
    const result = spawnSync('bash', ['-c', `ulimit -f 1 && exec "${process.execPath}" "${CLI}" tag "${transcript}" --kind opinion --quote 明天會下雨 --author B --note "${'x'.repeat(2000)}"`], { encoding: 'utf8' });
    assert.notEqual(result.status, 0, 'the refused save must not report success');
    assert.match(result.stderr, /could not save \(EFBIG: the file would be larger than the system allows\); the file on disk was left unchanged/);
    assert.equal(result.status, 2);
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line on stderr: ${result.stderr}`);
    assert.deepEqual(readFileSync(sidecar), before);
    assert.deepEqual(readdirSync(dir).sort(), ['talk.txt', SIDECAR], 'the temporary file is removed');
  });

  it('a read-only sidecar is left as it was, with a one-line message', () => {
    assert.equal(runCli(['tag', transcript, '--kind', 'fact', '--quote', '420億元', '--author', 'A']).status, 0, 'first tag');
    chmodSync(sidecar, 0o444);
    const before = readFileSync(sidecar);
    const result = runCli(['tag', transcript, '--kind', 'opinion', '--quote', '明天會下雨', '--author', 'B']);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /talk\.txt\.annotations\.json is read-only, so it was left unchanged; make it writable to save/);
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.deepEqual(readFileSync(sidecar), before);
    assert.equal(statSync(sidecar).mode & 0o777, 0o444);
  });

  it('a lock file no one may read (planted, mode 000) does not block saves: it is cleared with a message', function () {
    const lock = join(dir, `.${SIDECAR}.lock`);
    writeFileSync(lock, 'not a lock');
    chmodSync(lock, 0o000);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lock, anHourAgo, anHourAgo);
    // Root reads anything: run the CLI as nobody then, in a folder nobody may write.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777);
    const args = [CLI, 'tag', transcript, '--kind', 'fact', '--quote', '420億元', '--author', 'A'];
    const result = asRoot
      ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.error) this.skip(); // no setpriv
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /\.talk\.txt\.annotations\.json\.lock: removed an abandoned lock \(its content names no writer\)/);
    assert.deepEqual(readdirSync(dir).sort(), ['talk.txt', SIDECAR]);
    assert.equal(readSidecar(sidecar).annotations.length, 1);
  });

  it('a full disk (ENOSPC on a small tmpfs) leaves the sidecar as it was, with a clear message', function () {
    const mountPoint = join(dir, 'small');
    execFileSync('mkdir', [mountPoint]);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', mountPoint]);
    if (mounted.status !== 0) this.skip(); // needs mount privileges; the EFBIG test covers the same path
    try {
      const small = join(mountPoint, 'talk.txt');
      writeFileSync(small, SAVE_LOOP_TEXT);
      assert.equal(runCli(['tag', small, '--kind', 'fact', '--quote', '420億元', '--author', 'A']).status, 0, 'first tag');
      const before = readFileSync(`${small}.annotations.json`);
      const result = runCli(['tag', small, '--kind', 'opinion', '--quote', '明天會下雨', '--author', 'B', '--note', 'x'.repeat(20_000)]);
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /could not save \(ENOSPC: no space left on the device\); the file on disk was left unchanged/);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.deepEqual(readFileSync(`${small}.annotations.json`), before);
      assert.deepEqual(readdirSync(mountPoint).sort(), ['talk.txt', 'talk.txt.annotations.json']);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });

  it('two CLI processes tagging at once: every tag reported saved is in the file', async () => {
    const quotes = ['今天天氣很好', '我們去年營收', '420億元', '明天會下雨', '我預計下半年', '需求會更強'];
    for (let round = 0; round < 6; round++) {
      const runs = await Promise.all(
        [0, 1, 2].map(
          (writer) =>
            new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
              const quote = quotes[(round + writer * 2) % quotes.length]!;
              const child = spawn(process.execPath, [CLI, 'tag', transcript, '--kind', 'fact', '--quote', quote, '--author', `w${writer}`, '--note', `round ${round} writer ${writer}`]);
              let stdout = '';
              let stderr = '';
              child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
              child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
              child.on('exit', (code) => resolve({ code, stdout, stderr }));
            }),
        ),
      );
      const notes = new Set(readSidecar(sidecar).annotations.map((a) => a.note));
      runs.forEach((run, writer) => {
        if (run.code === 0) assert.ok(notes.has(`round ${round} writer ${writer}`), `writer ${writer} in round ${round} reported success but its tag is lost\n${run.stdout}${run.stderr}`);
        else assert.match(run.stderr, /\S/, 'a writer that failed says why');
      });
    }
  });

  it('a sidecar replaced underneath by git checkout is merged with, not clobbered', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git('init', '-q', '-b', 'main');
    assert.equal(runCli(['tag', transcript, '--kind', 'fact', '--quote', '420億元', '--author', 'A']).status, 0);
    git('add', '.');
    git('commit', '-qm', 'A');
    git('checkout', '-qb', 'other');
    assert.equal(runCli(['tag', transcript, '--kind', 'forecast', '--quote', '明天會下雨', '--author', 'B']).status, 0);
    git('commit', '-qam', 'B');
    git('checkout', '-q', 'main');

    // An editor session holds main's sidecar (A) and adds C; meanwhile the branch is switched underneath.
    const opened = await SidecarSession.open(new NodeSidecarFiles(), sidecar);
    assert.ok(opened.ok);
    const session = opened.session;
    session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 2, end: 8 }, kind: 'opinion', author: 'C', id: 'from-editor' })));
    git('checkout', '-q', 'other');
    const result = await session.save();
    assert.equal(result.outcome, 'merged');
    const authors = readSidecar(sidecar).annotations.map((a) => a.author).sort();
    assert.deepEqual(authors, ['A', 'B', 'C']);

    // And a reload after another checkout brings the file's state in without losing unsaved work.
    session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 10, end: 14 }, kind: 'fact', author: 'D', id: 'unsaved' })));
    git('checkout', '-q', '--', '.');
    await session.reload();
    assert.deepEqual(session.document.annotations.map((a) => a.author).sort(), ['A', 'B', 'D']);
  });
});
