import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation, putAnnotation } from '../../src/core/sidecar/annotations';
import { decodeSidecarBytes, encodeSidecar } from '../../src/core/sidecar/codec';
import { emptySidecar } from '../../src/core/sidecar/model';
import { SAVE_LOOP_TEXT } from '../unit/node/saveLoopText';
import { testChildEnv } from './testChild';

export interface WriterRoundsOptions {
  readonly writers: number;
  readonly rounds: number;
  /** The folder holding the built `writer.child.js`. */
  readonly childDir: string;
  /** Runs once every writer is loaded and waiting, just before they all start (e.g. to leave a killed writer's lock). */
  readonly beforeStart?: (sidecar: string, round: number) => Promise<void>;
  readonly onRound?: (round: RoundOutcome) => void;
}

export interface RoundOutcome {
  readonly round: number;
  /** Writers that reported their tag saved. */
  readonly acknowledged: number;
  /** Why each writer that did not report success failed (its stderr). */
  readonly failures: readonly string[];
  /** Tags reported saved that are not in the file afterwards (the seed tag counts too). */
  readonly lost: readonly string[];
}

export interface WriterRoundsResult {
  readonly rounds: number;
  readonly acknowledged: number;
  readonly failures: readonly string[];
  readonly lost: readonly string[];
  /** Rounds that lost at least one tag. */
  readonly roundsWithLoss: number;
}

const SEED_ID = 'seed';

interface WriterRun {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly done: Promise<{ saved: boolean; stderr: string }>;
}

function startWriter(childDir: string, sidecar: string, id: string): WriterRun {
  const child = spawn(process.execPath, [join(childDir, 'writer.child.js'), sidecar, id], { stdio: ['pipe', 'pipe', 'pipe'], env: testChildEnv('writer') });
  let stdout = '';
  let stderr = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith('ready\n')) signalReady();
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin!.on('error', () => undefined);
  const done = new Promise<{ saved: boolean; stderr: string }>((resolve) => {
    // `close`, not `exit`: only then has all of the child's output been read.
    child.on('close', (code) => {
      signalReady();
      resolve({ saved: code === 0 && stdout.includes('saved\n'), stderr: stderr.trim() || `exit ${code}` });
    });
  });
  return { child, ready, done };
}

/** A sidecar holding one tag, so every round also checks that a tag saved before the round survives it. */
function seedSidecar(path: string): void {
  const seed = createAnnotation({ text: SAVE_LOOP_TEXT, span: { start: 0, end: 4 }, kind: 'opinion', author: 'seed', id: SEED_ID });
  writeFileSync(path, encodeSidecar(putAnnotation(emptySidecar(), seed)));
}

function idsIn(path: string): Set<string> {
  const decoded = decodeSidecarBytes(readFileSync(path));
  if (!decoded.ok) throw new Error(`the sidecar does not parse after the round: ${decoded.problem.reason}`);
  return new Set(decoded.document.annotations.map((a) => a.id));
}

/**
 * Rounds of `writers` processes that each add one tag to the same sidecar at the same moment (each loads,
 * waits, then all are released together), then checks that every tag reported saved is in the file.
 */
export async function runWriterRounds(options: WriterRoundsOptions): Promise<WriterRoundsResult> {
  let acknowledged = 0;
  let roundsWithLoss = 0;
  const failures: string[] = [];
  const lost: string[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'writers-'));
    try {
      const sidecar = join(dir, 'talk.txt.annotations.json');
      seedSidecar(sidecar);
      const ids = Array.from({ length: options.writers }, (_, writer) => `r${round}-w${writer}`);
      const runs = ids.map((id) => startWriter(options.childDir, sidecar, id));
      await Promise.all(runs.map((run) => run.ready));
      await options.beforeStart?.(sidecar, round);
      for (const run of runs) run.child.stdin!.end('go\n');
      const results = await Promise.all(runs.map((run) => run.done));
      const present = idsIn(sidecar);
      const roundLost = [SEED_ID, ...ids.filter((_, writer) => results[writer]!.saved)].filter((id) => !present.has(id));
      const roundFailures = results.filter((result) => !result.saved).map((result) => result.stderr);
      const roundAcknowledged = results.filter((result) => result.saved).length;
      acknowledged += roundAcknowledged;
      failures.push(...roundFailures);
      lost.push(...roundLost.map((id) => `round ${round}: ${id}`));
      if (roundLost.length) roundsWithLoss++;
      options.onRound?.({ round, acknowledged: roundAcknowledged, failures: roundFailures, lost: roundLost });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rounds: options.rounds, acknowledged, failures, lost, roundsWithLoss };
}

/**
 * Leaves the lock of a writer killed while holding it: a child takes the lock like a writer, then is
 * killed with SIGKILL, so nothing of it runs to clean up.
 */
export function leaveKilledWritersLock(childDir: string, sidecar: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(childDir, 'lockHolder.child.js'), sidecar], { stdio: ['ignore', 'pipe', 'pipe'], env: testChildEnv('lockHolder') });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the lock holder ended by itself: ${stderr}`))));
  });
}
