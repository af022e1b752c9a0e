import { spawnSync } from 'node:child_process';

/** What one measured case reports from its child process. */
export interface CaseResult {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  /** Peak resident set size of the child process, which ran only this case. */
  readonly peakRssBytes: number;
  readonly notes?: Readonly<Record<string, string | number>>;
}

/** A case that runs alone in a child process, so its peak memory is its own. */
export type ChildCase = (args: readonly string[]) => CaseResult | Promise<CaseResult>;

export interface BenchContext {
  /** Runs `section`'s case `id` in a fresh Node process (with extra `nodeFlags`, if any) and returns what it measured. */
  runCase(section: BenchSection, id: string, args?: readonly string[], nodeFlags?: readonly string[]): CaseResult;
  print(line?: string): void;
}

/**
 * One part of `npm run bench`. Add a section in its own file and list it in bench.ts; measure inside
 * `cases` (each runs in its own process) and print the comparison in `report`.
 */
export interface BenchSection {
  readonly name: string;
  readonly cases: Readonly<Record<string, ChildCase>>;
  report(context: BenchContext): void | Promise<void>;
}

/** Calls `fn` `runs` times after `warmUps` calls that let the JIT settle; returns each run's milliseconds. */
export function timeRuns(runs: number, fn: () => unknown, warmUps = 3): number[] {
  for (let i = 0; i < warmUps; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Peak RSS of this process so far. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

export function caseResult(runsMs: readonly number[], notes?: Record<string, string | number>): CaseResult {
  return { medianMs: median(runsMs), runsMs, peakRssBytes: peakRssBytes(), ...(notes ? { notes } : {}) };
}

const CHILD_FLAG = '--bench-case';

/** The parent side: spawns this same script with the case to run. */
export function runCaseInChild(script: string, section: BenchSection, id: string, args: readonly string[] = [], nodeFlags: readonly string[] = []): CaseResult {
  const child = spawnSync(process.execPath, ['--expose-gc', ...nodeFlags, script, CHILD_FLAG, section.name, id, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`bench case ${section.name}/${id} failed:\n${child.stderr}`);
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as CaseResult;
}

/** The child side: when this process was started for one case, runs it, prints its JSON and returns true. */
export async function runChildIfAsked(argv: readonly string[], sections: readonly BenchSection[]): Promise<boolean> {
  const at = argv.indexOf(CHILD_FLAG);
  if (at < 0) return false;
  const [sectionName, id, ...args] = argv.slice(at + 1);
  const section = sections.find((s) => s.name === sectionName);
  const run = section?.cases[id ?? ''];
  if (!run) throw new Error(`unknown bench case ${sectionName}/${id}`);
  process.stdout.write(`${JSON.stringify(await run(args))}\n`);
  return true;
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
