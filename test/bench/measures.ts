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
 * core, and unlike process.cpuUsage() the compiler's and the collector's background threads.
 */
export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
