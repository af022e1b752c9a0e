import { setFlagsFromString } from 'node:v8';

/**
 * V8 heap settings for a short batch run, applied at the CLI's start (issue 13: memory under 10× the input).
 *
 * By default V8 doubles its young generation as survivors pile up, to 2 × 16 MB, and lets the old generation
 * grow to a few times its live size before a full collection: for `analyze` of 10 MB that is 40-50 MB of
 * garbage on top of the input and the result. A young generation that never grows past its initial size
 * (`--semi-space-growth-factor=1`) and a full collection when the old generation has grown by a quarter
 * (`--heap-growing-percent=25`) bring the peak down to what is live.
 *
 * `--max-semi-space-size` is read only when the heap is set up, so setting it here would do nothing; these
 * two are read at each collection, so they take effect now (the bench and test/unit/cli/heap.test.ts
 * check it). They must be set here, at run time: on Node's command line a growth factor below 2 does nothing,
 * as V8 raises it to 2 when it sets up the heap. Flags the user gave Node (on its command line or in
 * NODE_OPTIONS) win.
 */
const LEAN_HEAP_FLAGS: readonly { readonly flag: string; readonly unlessGiven: readonly string[] }[] = [
  { flag: '--semi-space-growth-factor=1', unlessGiven: ['--semi-space-growth-factor', '--max-semi-space-size', '--min-semi-space-size'] },
  { flag: '--heap-growing-percent=25', unlessGiven: ['--heap-growing-percent'] },
];

/** The flags above that the user did not choose otherwise, given Node's arguments and NODE_OPTIONS. */
export function leanHeapFlags(execArgv: readonly string[], nodeOptions: string): string[] {
  const given = new Set([...execArgv, ...nodeOptions.split(/\s+/)].map(flagName));
  return LEAN_HEAP_FLAGS.filter((lean) => !lean.unlessGiven.some((name) => given.has(name))).map((lean) => lean.flag);
}

export function useLeanHeap(): void {
  for (const flag of leanHeapFlags(process.execArgv, process.env['NODE_OPTIONS'] ?? '')) setFlagsFromString(flag);
}

/** `--heap-growing-percent` of `--heap_growing_percent=25` (V8 takes `_` and `-` alike). */
function flagName(arg: string): string {
  return arg.split('=')[0]!.replace(/_/g, '-');
}
