// Small measuring helpers shared by the benchmarks and the real-host latency tests.
import { readFileSync } from 'node:fs';

/** The value at fraction `p` (0.5 median, 0.99 p99) of the values by size; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * CPU time of the calling thread so far, in ms (Linux: /proc/thread-self/schedstat, in nanoseconds), or
 * NaN elsewhere. Unlike wall time it leaves out the time other processes on a loaded machine held the
 * core, and unlike process.cpuUsage() the compiler's and the collector's background threads. But the kernel
 * adds a running thread's time to that figure only at a scheduler tick or when the thread stops running (every
 * 4 ms on this machine, HZ=250): a stretch of a few ms reads as 0, 4 or 8 ms. Good for totals and long stretches;
 * for one keystroke use processCpuMs.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/**
 * CPU time of the whole process so far, in ms, to the microsecond (getrusage brings the running thread's time up
 * to date, unlike schedstat), with every thread's in it: V8's compiler and collector helpers (at 10 MB the
 * concurrent marking of a large heap costs more than the measured thread) and any worker.
 */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

