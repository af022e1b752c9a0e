// The latency test's attribution of a CPU profile to keystrokes and owners (test/integration/suite/hostProfile.ts).
import * as assert from 'node:assert/strict';
import { attribute, type CpuProfile } from '../../integration/suite/hostProfile';

const ROOTS = { extension: '/ext', test: '/ext/out/test' };
const frame = (functionName: string, url = '', lineNumber = 0): { functionName: string; url: string; lineNumber: number } => ({ functionName, url, lineNumber });

/** root → VS Code's dispatcher → our function → a built-in it calls; GC and idle beside. */
function profileOf(samples: number[], deltas: number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
      { id: 2, callFrame: frame('dispatch', 'file:///code/out/vs/workbench/api.js'), children: [3, 7] },
      { id: 3, callFrame: frame('render', 'file:///ext/dist/extension.js', 4), children: [4] },
      { id: 4, callFrame: frame('indexOf') },
      { id: 5, callFrame: frame('(garbage collector)') },
      { id: 6, callFrame: frame('(idle)') },
      { id: 7, callFrame: frame('scan', 'file:///code/extensions/merge-conflict/dist/main.js') },
    ],
    startTime: 1000,
    endTime: 1000 + deltas.reduce((sum, delta) => sum + delta, 0) + 100,
    samples,
    timeDeltas: deltas,
  };
}

/** Equal to within rounding (the times are sums of fractions of a millisecond). */
function near(actual: readonly number[], expected: readonly number[]): void {
  assert.equal(actual.length, expected.length);
  actual.forEach((value, i) => assert.ok(Math.abs(value - expected[i]!) < 1e-9, `${actual.join(', ')} is not ${expected.join(', ')}`));
}

describe('hostProfile.attribute', () => {
  it('splits samples at the spans and gives a built-in to its caller', () => {
    // Samples at 1100, 1200, ... 1800 µs, 100 µs apart.
    const profile = profileOf([3, 4, 2, 5, 6, 7, 3, 3], [100, 100, 100, 100, 100, 100, 100, 100]);
    const result = attribute(profile, [{ start: 1100, end: 1500 }, { start: 1600, end: 1900 }], ROOTS, 100);
    const [first, second] = result.spans;
    assert.ok(first && second);
    near([first.byOwner.ours, first.byOwner.vscode, first.byOwner.gc, first.busy], [0.2, 0.1, 0.1, 0.4]);
    // The idle sample at 1500 is between the spans; the second holds merge-conflict's scan and two of ours.
    assert.equal(first.byOwner.idle, 0);
    near([second.byOwner.extensions, second.byOwner.ours], [0.1, 0.2]);
    assert.deepEqual(result.spanFunctions[1]?.map(([name]) => name), ['render (?)']);
  });

  it('sums our functions by inclusive time per span and over all spans, each function once per sample', () => {
    // VS Code → our refresh → our update → a built-in; update recursing into itself counts once.
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('dispatch', 'file:///code/out/vs/workbench/api.js'), children: [3] },
        { id: 3, callFrame: frame('refresh', 'file:///ext/dist/extension.js', 2), children: [4] },
        { id: 4, callFrame: frame('update', 'file:///ext/dist/extension.js', 6), children: [5, 6] },
        { id: 5, callFrame: frame('indexOf') },
        { id: 6, callFrame: frame('update', 'file:///ext/dist/extension.js', 6) },
      ],
      startTime: 1000,
      endTime: 1900,
      samples: [3, 4, 5, 6, 2, 4],
      timeDeltas: [100, 100, 100, 100, 100, 100],
    };
    const result = attribute(profile, [{ start: 1100, end: 1500 }, { start: 1500, end: 1800 }], ROOTS, 100);
    const inclusive = (totals: readonly [string, number][] | undefined): Record<string, number> => Object.fromEntries((totals ?? []).map(([name, ms]) => [name, Math.round(ms * 10) / 10]));
    assert.deepEqual(inclusive(result.spanInclusive[0]), { 'refresh (?)': 0.4, 'update (?)': 0.3 });
    // The last sample weighs up to the profile's end, at most two intervals.
    assert.deepEqual(inclusive(result.spanInclusive[1]), { 'refresh (?)': 0.2, 'update (?)': 0.2 });
    assert.deepEqual(inclusive(result.ourInclusive), { 'refresh (?)': 0.6, 'update (?)': 0.5 });
    // Self time: the built-in's sample is update's.
    assert.deepEqual(inclusive(result.spanFunctions[0]), { 'update (?)': 0.3, 'refresh (?)': 0.1 });
  });

  it('caps a preempted sample and shares out a span’s known CPU time by the samples', () => {
    // Our sample at 1100 is followed by a 5 ms gap (the thread waited for a core), then VS Code's.
    const profile = profileOf([3, 2, 2], [100, 5000, 100]);
    const uncapped = attribute(profile, [{ start: 1000, end: 9000 }], ROOTS, 100).spans[0]!;
    near([uncapped.byOwner.ours], [0.2]);
    const scaled = attribute(profile, [{ start: 1000, end: 9000, cpuMs: 3 }], ROOTS, 100).spans[0]!;
    near([scaled.busy, scaled.byOwner.ours, scaled.byOwner.vscode], [3, 1.5, 1.5]);
    near([scaled.oursSampled, scaled.ourSamples, scaled.scale], [0.2, 1, 7.5]);
  });
});
