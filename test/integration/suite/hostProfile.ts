// Where the extension host's thread spends each keystroke: a CPU profile of this thread (the tests run on
// it), split at the keystrokes' start and end times and attributed by script to Transcript Annotator's
// bundle, the test's own code, VS Code's built-in extensions, VS Code and Node, garbage collection and idle.
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { sep } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  /** Microseconds on the monotonic clock, as process.hrtime's. */
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const OWNERS = ['ours', 'test', 'extensions', 'vscode', 'program', 'gc', 'idle'] as const;
export type Owner = (typeof OWNERS)[number];

/** One stretch of time to attribute (a keystroke), in the profile's microseconds, and the thread's CPU time in it when known. */
export interface Span {
  start: number;
  end: number;
  cpuMs?: number;
}

export interface SpanTime {
  /** Milliseconds per owner within the span: CPU time when the span's is known, else sampled time. */
  byOwner: Record<Owner, number>;
  /** Everything but idle, in ms. */
  busy: number;
  /** Our time as sampled, before the span's CPU time is shared out (each sample at most MAX_SAMPLE_WEIGHT intervals). */
  oursSampled: number;
  /** Our samples in the span, and the factor the sampled times were scaled by to the span's CPU time (large when the sampler missed samples). */
  ourSamples: number;
  scale: number;
}

export interface Attribution {
  spans: SpanTime[];
  /** Our functions by self time summed over all spans, most first: `name (source file)` → ms. */
  ourFunctions: [string, number][];
  /** The same per span (the slowest keystrokes' own causes). */
  spanFunctions: [string, number][][];
  /** Our self time by source file over all spans, most first. */
  ourFiles: [string, number][];
  /** Our functions by inclusive time summed over all spans, most first. */
  ourInclusive: [string, number][];
  /** Per span, our functions by inclusive time (a sample counts for each of our functions on its stack), most first: where a slow keystroke's time went. */
  spanInclusive: [string, number][][];
}

/** Now on the profile's clock (µs): V8's profiler and process.hrtime both read the monotonic clock. */
export const profileNow = (): number => Number(process.hrtime.bigint() / 1000n);

/** Starts profiling this thread, sampling every `intervalUs`; `stop` returns the profile. */
export async function startProfile(intervalUs: number): Promise<{ stop(): Promise<CpuProfile> }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: intervalUs });
  await post('Profiler.start');
  return {
    async stop(): Promise<CpuProfile> {
      const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
      session.disconnect();
      return profile;
    },
  };
}

/** A sample's weight at most, in sampling intervals (see `attribute`). */
const MAX_SAMPLE_WEIGHT = 2;

const SPECIAL: Record<string, Owner> = { '(garbage collector)': 'gc', '(idle)': 'idle', '(program)': 'program', '(root)': 'program' };

/** Reads which source file each line of an unminified esbuild bundle came from (its `// src/…` comments). */
function sourceFilesOf(bundlePath: string): (line: number) => string {
  const starts: { line: number; file: string }[] = [];
  if (existsSync(bundlePath)) {
    readFileSync(bundlePath, 'utf8').split('\n').forEach((text, line) => {
      if (text.startsWith('// src/') || text.startsWith('// test/')) starts.push({ line, file: text.slice(3) });
    });
  }
  return (line) => {
    let found = '?';
    for (const start of starts) {
      if (start.line > line) break;
      found = start.file;
    }
    return found;
  };
}

interface Resolved {
  owner: Owner;
  /** Our function's name and source file. */
  ourName?: string;
  ourFile?: string;
}

const add = (totals: Map<string, number>, key: string, value: number): Map<string, number> => totals.set(key, (totals.get(key) ?? 0) + value);
const mostFirst = (totals: Map<string, number>): [string, number][] => [...totals].sort((a, b) => b[1] - a[1]);

const urlPath = (url: string): string => (url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url);

/**
 * Attributes the profile's samples that fall in each span to owners by the script of the frame they were
 * in (a built-in without a script, such as String.prototype.indexOf, counts for its caller), and sums our
 * functions' self time. `roots`: the folders our bundle and the test's were loaded from.
 *
 * A sample's gap to the next is wall time: on a loaded machine it includes the time the thread waited for a
 * core, which would all land on whatever function was preempted. So each sample weighs at most
 * MAX_SAMPLE_WEIGHT sampling intervals, and a span whose thread CPU time is known shares out that CPU time
 * in proportion to the weights of its busy samples.
 */
export function attribute(profile: CpuProfile, spans: readonly Span[], roots: { extension: string; test: string }, intervalUs: number): Attribution {
  const ours = `${roots.extension}${sep}dist${sep}`;
  const parents = new Map<number, ProfileNode>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parents.set(child, node);
  }
  const sourceFiles = new Map<string, (line: number) => string>();
  const resolved = new Map<number, Resolved>();
  const resolve = (node: ProfileNode): Resolved => {
    const known = resolved.get(node.id);
    if (known) return known;
    let frame: ProfileNode | undefined = node;
    while (frame && frame.callFrame.url === '' && !(frame.callFrame.functionName in SPECIAL)) frame = parents.get(frame.id);
    let result: Resolved;
    if (!frame) result = { owner: 'vscode' };
    else if (frame.callFrame.url === '') result = { owner: SPECIAL[frame.callFrame.functionName] ?? 'program' };
    else {
      const path = urlPath(frame.callFrame.url);
      if (path.startsWith(ours)) {
        let files = sourceFiles.get(path);
        if (!files) sourceFiles.set(path, (files = sourceFilesOf(path)));
        const name = frame.callFrame.functionName || '(anonymous)';
        const file = files(frame.callFrame.lineNumber);
        result = { owner: 'ours', ourName: `${name} (${file})`, ourFile: file };
      } else if (path.startsWith(roots.test)) result = { owner: 'test' };
      else if (/[\\/]extensions[\\/]/.test(path)) result = { owner: 'extensions' };
      else result = { owner: 'vscode' };
    }
    resolved.set(node.id, result);
    return result;
  };

  const spanTimes: SpanTime[] = spans.map(() => ({ byOwner: Object.fromEntries(OWNERS.map((owner) => [owner, 0])) as Record<Owner, number>, busy: 0, oursSampled: 0, ourSamples: 0, scale: 1 }));
  const spanFunctions = spans.map(() => new Map<string, number>());
  const spanInclusive = spans.map(() => new Map<string, number>());
  /** Our functions on a sample's stack, each once. */
  const ourStack = (node: ProfileNode): Set<string> => {
    const names = new Set<string>();
    for (let frame: ProfileNode | undefined = node; frame; frame = parents.get(frame.id)) {
      const name = frame.callFrame.url === '' ? undefined : resolve(frame).ourName;
      if (name) names.add(name);
    }
    return names;
  };
  const fileOf = new Map<string, string>();
  let at = profile.startTime;
  let span = 0;
  const times = profile.timeDeltas.map((delta) => (at += delta));
  for (let i = 0; i < profile.samples.length; i++) {
    const time = times[i]!;
    const duration = Math.min((times[i + 1] ?? profile.endTime) - time, MAX_SAMPLE_WEIGHT * intervalUs) / 1000;
    while (span < spans.length && spans[span]!.end <= time) span++;
    const current = spans[span];
    if (!current) break;
    if (time < current.start) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    const { owner, ourName, ourFile } = resolve(node);
    const spanTime = spanTimes[span]!;
    spanTime.byOwner[owner] += duration;
    if (owner !== 'idle') spanTime.busy += duration;
    if (owner === 'ours') {
      spanTime.oursSampled += duration;
      spanTime.ourSamples++;
    }
    if (ourName) add(spanFunctions[span]!, ourName, duration);
    if (owner === 'ours') for (const name of ourStack(node)) add(spanInclusive[span]!, name, duration);
    if (ourName && ourFile) fileOf.set(ourName, ourFile);
  }
  const scales = spans.map((span, i) => {
    const busy = spanTimes[i]!.busy;
    return span.cpuMs !== undefined && Number.isFinite(span.cpuMs) && busy > 0 ? span.cpuMs / busy : 1;
  });
  spanTimes.forEach((spanTime, i) => {
    for (const owner of OWNERS) if (owner !== 'idle') spanTime.byOwner[owner] *= scales[i]!;
    spanTime.busy *= scales[i]!;
    spanTime.scale = scales[i]!;
  });
  const scaledBy = (perSpan: Map<string, number>[]): Map<string, number>[] => perSpan.map((totals, i) => new Map([...totals].map(([name, time]) => [name, time * scales[i]!])));
  const scaled = scaledBy(spanFunctions);
  const scaledInclusive = scaledBy(spanInclusive);
  const summed = (byName: (name: string) => string): Map<string, number> => {
    const totals = new Map<string, number>();
    for (const span of scaled) for (const [name, time] of span) add(totals, byName(name), time);
    return totals;
  };
  return {
    spans: spanTimes,
    ourFunctions: mostFirst(summed((name) => name)),
    spanFunctions: scaled.map(mostFirst),
    ourFiles: mostFirst(summed((name) => fileOf.get(name) ?? '?')),
    spanInclusive: scaledInclusive.map(mostFirst),
    ourInclusive: mostFirst(scaledInclusive.reduce((totals, span) => {
      for (const [name, time] of span) add(totals, name, time);
      return totals;
    }, new Map<string, number>())),
  };
}
