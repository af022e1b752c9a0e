import * as OpenCC from 'opencc-js';
import { Reanchorer } from '../../src/core/anchoring/reanchor';
import { shiftThroughEdits, type TextEdit } from '../../src/core/anchoring/shift';
import { quoteTarget } from '../../src/core/anchoring/target';
import type { AnnotationTarget } from '../../src/core/sidecar/model';
import type { Span } from '../../src/core/text/positions';
import { hypothesisAnchor, hypothesisAnchorPositionFirst } from './hypothesisBaseline';
import { randomWords, seededRandom, syntheticTranscript } from './syntheticTranscript';

const TRANSCRIPT_BYTES = 1024 * 1024;
const ANNOTATIONS = 1000;
const MIN_QUOTE = 20;
const MAX_QUOTE = 80;
/** Each random edit inserts or deletes 1-8 UTF-16 units; the edit rate is the share of units touched. */
const MAX_EDIT_LENGTH = 8;

export interface Scenario {
  readonly name: string;
  readonly text: string;
  /** Where each annotation truly is now; null where its text was deleted entirely; undefined: not scored. */
  readonly truth: readonly (Span | null | undefined)[];
  /** The text is the original: compared with the position-first baseline too. */
  readonly unchanged?: boolean;
}

export interface Score {
  readonly ms: number;
  readonly exact: number;
  readonly overlapping: number;
  readonly orphans: number;
  /** Placed, but nowhere near the true span: the failure that must not happen. */
  readonly wrong: number;
}

/** Non-overlapping random edits, applied to the text in one pass; truth spans follow them exactly. */
function edited(text: string, targets: readonly AnnotationTarget[], rate: number, random: () => number): Scenario {
  const name = `${Math.round(rate * 100)}% edits`;
  const spans = targets.map((t) => ({ start: t.start, end: t.end }));
  if (rate === 0) return { name, text, truth: spans, unchanged: true };
  const count = Math.round((rate * text.length) / ((MAX_EDIT_LENGTH + 1) / 2));
  const positions = new Set<number>();
  while (positions.size < count) positions.add(Math.floor(random() * text.length));
  const edits: TextEdit[] = [];
  let previousEnd = 0;
  for (const at of [...positions].sort((a, b) => a - b)) {
    if (at < previousEnd) continue;
    const length = 1 + Math.floor(random() * MAX_EDIT_LENGTH);
    const edit = random() < 0.5 ? { rangeOffset: at, rangeLength: 0, text: randomWords(random, length) } : { rangeOffset: at, rangeLength: Math.min(length, text.length - at), text: '' };
    edits.push(edit);
    previousEnd = at + edit.rangeLength + 1;
  }
  const parts: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(text.slice(copied, edit.rangeOffset), edit.text);
    copied = edit.rangeOffset + edit.rangeLength;
  }
  parts.push(text.slice(copied));
  // Applied last to first, each edit's offsets hold against the text the earlier ones left.
  const truth = shiftThroughEdits(spans, [...edits].reverse()).map((s) => (s.start === s.end ? null : s));
  return { name, text: parts.join(''), truth };
}

/** Paragraph boundaries: offsets where a speaker's paragraph starts, plus the end of the text. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 1)) starts.push(at + 2);
  starts.push(text.length);
  return starts;
}

/** A share of whole paragraphs deleted: their annotations must come back orphaned, never placed elsewhere. */
function paragraphsDeleted(text: string, targets: readonly AnnotationTarget[], share: number, random: () => number): Scenario {
  const starts = paragraphStarts(text);
  const edits: TextEdit[] = [];
  for (let p = 0; p + 1 < starts.length; p++) {
    if (random() < share) edits.push({ rangeOffset: starts[p]!, rangeLength: starts[p + 1]! - starts[p]!, text: '' });
  }
  let changed = text;
  for (const edit of [...edits].reverse()) changed = changed.slice(0, edit.rangeOffset) + changed.slice(edit.rangeOffset + edit.rangeLength);
  const truth = shiftThroughEdits(targets, [...edits].reverse()).map((s) => (s.start === s.end ? null : s));
  return { name: `${Math.round(share * 100)}% of paragraphs deleted`, text: changed, truth };
}

/** A share of whole paragraphs moved elsewhere; annotations that cross a moved paragraph's edge are not scored. */
function paragraphsMoved(text: string, targets: readonly AnnotationTarget[], share: number, random: () => number): Scenario {
  const starts = paragraphStarts(text);
  const paragraphs = starts.slice(0, -1).map((start, p) => ({ start, end: starts[p + 1]!, moved: random() < share }));
  const order = paragraphs.filter((p) => !p.moved);
  for (const p of paragraphs.filter((q) => q.moved)) order.splice(Math.floor(random() * (order.length + 1)), 0, p);
  const newStart = new Map<number, number>();
  let length = 0;
  for (const p of order) {
    newStart.set(p.start, length);
    length += p.end - p.start;
  }
  const paragraphAt = (offset: number) => paragraphs[Math.max(0, starts.findIndex((s) => s > offset) - 1)]!;
  const truth = targets.map((t) => {
    const first = paragraphAt(t.start);
    const last = paragraphAt(t.end - 1);
    if (first !== last) return first.moved || last.moved ? undefined : null;
    const delta = newStart.get(first.start)! - first.start;
    return { start: t.start + delta, end: t.end + delta };
  });
  // Annotations across two unmoved paragraphs that are no longer adjacent cannot be placed whole: unscored.
  const fixed = truth.map((span, i) => {
    if (span !== null) return span;
    const t = targets[i]!;
    const a = paragraphAt(t.start);
    const b = paragraphAt(t.end - 1);
    return newStart.get(b.start)! - newStart.get(a.start)! === b.start - a.start ? { start: newStart.get(a.start)! + (t.start - a.start), end: newStart.get(a.start)! + (t.end - a.start) } : undefined;
  });
  return { name: `${Math.round(share * 100)}% of paragraphs moved`, text: order.map((p) => text.slice(p.start, p.end)).join(''), truth: fixed };
}

/** The whole text converted Traditional→Simplified, converted piece by piece between annotation boundaries so the true spans are known. */
function converted(text: string, targets: readonly AnnotationTarget[], from: 'tw' | 't'): Scenario {
  const convert = OpenCC.Converter({ from, to: 'cn' });
  const cuts = [...new Set([0, text.length, ...targets.flatMap((t) => [t.start, t.end])])].sort((a, b) => a - b);
  const newOffset = new Map<number, number>();
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < cuts.length; i++) {
    newOffset.set(cuts[i]!, length);
    if (i + 1 < cuts.length) {
      const piece = convert(text.slice(cuts[i], cuts[i + 1]));
      parts.push(piece);
      length += piece.length;
    }
  }
  const truth = targets.map((t) => ({ start: newOffset.get(t.start)!, end: newOffset.get(t.end)! }));
  return { name: `T→S (opencc ${from}→cn)`, text: parts.join(''), truth };
}

export function score(truth: readonly (Span | null | undefined)[], found: readonly (Span | null)[], ms: number): Score {
  let exact = 0;
  let overlapping = 0;
  let orphans = 0;
  let wrong = 0;
  found.forEach((span, i) => {
    const want = truth[i];
    if (want === undefined) return;
    if (!span) {
      orphans++;
      return;
    }
    if (!want) {
      wrong++;
      return;
    }
    if (span.start === want.start && span.end === want.end) exact++;
    if (span.start < want.end && want.start < span.end) overlapping++;
    else wrong++;
  });
  return { ms, exact, overlapping, orphans, wrong };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const UNCHANGED_RUNS = 51;

function medianMs(run: () => unknown): number {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < UNCHANGED_RUNS; i++) times.push(timed(run).ms);
  return times.sort((a, b) => a - b)[UNCHANGED_RUNS >> 1]!;
}

function percent(n: number, of: number): string {
  return `${((100 * n) / of).toFixed(1)}%`.padStart(6);
}

function row(label: string, s: Score, of: number): string {
  return `  ${label.padEnd(10)} ${`${s.ms.toFixed(0)} ms`.padStart(9)}  exact ${percent(s.exact, of)}  overlapping ${percent(s.overlapping, of)}  orphans ${String(s.orphans).padStart(4)}  wrong ${String(s.wrong).padStart(4)}`;
}

export interface ReanchorBenchOptions {
  readonly transcriptBytes?: number;
  readonly annotations?: number;
  /** Skip the (slow) baseline. */
  readonly withoutBaseline?: boolean;
}

/** The original text, its annotations, and the changed texts with where each annotation truly is now. */
export function benchScenarios(options: ReanchorBenchOptions = {}): { text: string; targets: AnnotationTarget[]; scenarios: Scenario[] } {
  const random = seededRandom(20251129);
  const text = syntheticTranscript(options.transcriptBytes ?? TRANSCRIPT_BYTES, random);
  const count = options.annotations ?? ANNOTATIONS;
  const targets: AnnotationTarget[] = [];
  for (let i = 0; i < count; i++) {
    const length = MIN_QUOTE + Math.floor(random() * (MAX_QUOTE - MIN_QUOTE + 1));
    const start = Math.floor(random() * (text.length - length));
    targets.push(quoteTarget(text, { start, end: start + length }));
  }
  const scenarios = [
    edited(text, targets, 0, random),
    edited(text, targets, 0.01, random),
    edited(text, targets, 0.05, random),
    converted(text, targets, 'tw'),
    converted(text, targets, 't'),
    paragraphsDeleted(text, targets, 0.1, random),
    paragraphsMoved(text, targets, 0.05, random),
  ];
  return { text, targets, scenarios };
}

/**
 * The re-anchoring benchmark of issue 3: a synthetic ~1 MB transcript with 1,000 annotations of 20-80
 * characters, re-anchored after 0%, 1% and 5% random insertions and deletions and after converting the
 * whole text Traditional→Simplified; our re-anchoring beside the Hypothesis-style baseline.
 */
export function runReanchorBench(write: (line: string) => void = (line) => console.log(line), options: ReanchorBenchOptions = {}): void {
  const { text, targets, scenarios } = benchScenarios(options);
  const count = targets.length;
  write(`Re-anchoring: ${(new TextEncoder().encode(text).length / 1024 / 1024).toFixed(2)} MB transcript (${text.length} UTF-16 units), ${count} annotations of ${MIN_QUOTE}-${MAX_QUOTE} characters`);
  // Warm-up, untimed: JIT and the folding dictionaries, for both contenders.
  const warm = targets.slice(0, 20);
  new Reanchorer(scenarios[2]!.text).anchorAll(warm);
  if (!options.withoutBaseline) for (const t of warm.slice(0, 3)) hypothesisAnchor(scenarios[2]!.text, t);
  for (const scenario of scenarios) {
    const gone = scenario.truth.filter((t) => t === null).length;
    const unscored = scenario.truth.filter((t) => t === undefined).length;
    write(`${scenario.name}${gone ? ` (${gone} annotations deleted entirely)` : ''}${unscored ? ` (${unscored} not scored)` : ''}`);
    const ours = timed(() => new Reanchorer(scenario.text).anchorAll(targets));
    const oursScore = score(scenario.truth, ours.value.map((r) => r.span), ours.ms);
    const statuses = { anchored: 0, fuzzy: 0, orphaned: 0 };
    for (const r of ours.value) statuses[r.status]++;
    write(`${row('ours', oursScore, count)}  (anchored ${statuses.anchored}, fuzzy ${statuses.fuzzy}, orphaned ${statuses.orphaned})`);
    if (!options.withoutBaseline) {
      const baseline = timed(() => targets.map((t) => hypothesisAnchor(scenario.text, t)));
      const baselineScore = score(scenario.truth, baseline.value, baseline.ms);
      write(`${row('baseline', baselineScore, count)}  (ours ${(baseline.ms / Math.max(ours.ms, 0.001)).toFixed(1)}× faster)`);
    }
    if (scenario.unchanged) {
      // Sub-millisecond: the median of many runs, each contender on a fresh Reanchorer / the bare text.
      const oursMs = medianMs(() => new Reanchorer(scenario.text).anchorAll(targets));
      const positionMs = medianMs(() => targets.map((t) => hypothesisAnchorPositionFirst(scenario.text, t)));
      write(`  stored position checked first, median of ${UNCHANGED_RUNS} runs: ours ${oursMs.toFixed(3)} ms, Hypothesis-style ${positionMs.toFixed(3)} ms (ours ${(oursMs / Math.max(positionMs, 0.0001)).toFixed(1)}× its time)`);
    }
  }
}
