import { analyze } from '../../src/core/analysis/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../src/core/analysis/incremental';
import { generateTranscript } from './generateTranscript';
import { caseResult, formatMb, formatMs, median, timeRuns, type BenchSection, type CaseResult } from './harness';

const MB = 1024 * 1024;
const EDITS = 400;
/** The editor's budget for work on the typing path: one frame at 60 Hz is 16 ms; the target is 5 ms. */
const TARGET_MS = 5;

/** Small LCG so the edit positions are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A flat copy, as VS Code's getText() returns, rather than a rope of slices. */
function flat(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

/**
 * One-character edits at random offsets of a 1 MB transcript (typing a letter or a CJK character, or
 * deleting one), each handed to the IncrementalAnalyzer with its change, as the extension would.
 */
function measureEdits(): CaseResult {
  let text = generateTranscript(MB);
  const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
  // Warm up: a few full analyses and local edits.
  for (let i = 0; i < 3; i++) {
    analyzer.update(text.slice(0, -1));
    analyzer.update(text);
  }
  const next = random(7);
  const local: number[] = [];
  const fallback: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(next() * text.length);
    const change: TextChange = i % 3 === 2 ? { rangeOffset: at, rangeLength: 1, text: '' } : { rangeOffset: at, rangeLength: 0, text: i % 3 ? '我' : 'a' };
    const edited = flat(text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength));
    const start = process.hrtime.bigint();
    analyzer.update(edited, [change]);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    (analyzer.lastMode === 'line' ? local : fallback).push(ms);
    text = edited;
  }
  const full = timeRuns(5, () => analyze(text, {}, 'bench.txt'), 2);
  return caseResult(local, {
    local: local.length,
    edits: EDITS,
    p90: percentile(local, 0.9),
    max: Math.max(...local),
    fallbackMedian: median(fallback),
    fullMedian: median(full),
  });
}

/** Typing a sentence at one spot inside a line of speech, character by character. */
function measureTyping(): CaseResult {
  let text = generateTranscript(MB);
  const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
  analyzer.update(text);
  let at = text.indexOf('我們的客戶', text.length >> 1);
  const typed = '而且我們也認為今年的訂單會繼續增加，this is what we expect';
  const times: number[] = [];
  let local = 0;
  for (const ch of typed) {
    const change: TextChange = { rangeOffset: at, rangeLength: 0, text: ch };
    text = flat(text.slice(0, at) + ch + text.slice(at));
    at += ch.length;
    const start = process.hrtime.bigint();
    analyzer.update(text, [change]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (analyzer.lastMode === 'line') local++;
  }
  return caseResult(times, { local, edits: typed.length, p90: percentile(times, 0.9), max: Math.max(...times) });
}

/**
 * Keystrokes in a 10 MB transcript, as the target reads them: typing in lines of speech at three
 * places, pressing Enter inside a line, and editing a speaker label; p99 per kind of keystroke.
 */
function measureLarge(): CaseResult {
  let text = generateTranscript(10 * MB);
  const analyzer = new IncrementalAnalyzer({}, 'bench.txt');
  analyzer.update(text);
  const speech: number[] = [];
  const speechLocal: number[] = [];
  const structural: number[] = [];
  let local = 0;
  let structuralLocal = 0;
  const type = (at: number, insert: string, into: number[]): void => {
    const change: TextChange = { rangeOffset: at, rangeLength: 0, text: insert };
    text = flat(text.slice(0, at) + insert + text.slice(at));
    const start = process.hrtime.bigint();
    analyzer.update(text, [change]);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    into.push(ms);
    if (analyzer.lastMode !== 'line') return;
    if (into === speech) {
      speechLocal.push(ms);
      local++;
    } else {
      structuralLocal++;
    }
  };
  for (const share of [0.1, 0.5, 0.9]) {
    let at = text.indexOf('我們的客戶', Math.floor(text.length * share));
    for (const ch of '而且我們也認為今年的訂單會繼續增加，this is what we expect') {
      type(at, ch, speech);
      at += ch.length;
    }
  }
  // Enter in the middle of a line of speech, and a letter typed into a speaker label.
  for (const share of [0.2, 0.6]) {
    const at = text.indexOf('我們的客戶', Math.floor(text.length * share));
    type(at, '\n', structural);
    const label = text.indexOf('：', at) - 1;
    type(label, '甲', structural);
  }
  return caseResult(speech, {
    speechP99: percentile(speech, 0.99),
    localP99: percentile(speechLocal, 0.99),
    speechMax: Math.max(...speech),
    speech: speech.length,
    local,
    structuralLocal,
    structuralMedian: median(structural),
    structural: structural.length,
  });
}

export const incrementalSection: BenchSection = {
  name: 'incremental',
  cases: { edits: () => measureEdits(), typing: () => measureTyping(), large: () => measureLarge() },
  report(context) {
    const edits = context.runCase(this, 'edits');
    const typing = context.runCase(this, 'typing');
    const n = edits.notes ?? {};
    const fullMs = Number(n['fullMedian']);
    context.print(`re-analysis after a one-character edit in 1 MB (${EDITS} random edits; full analyze() of the same text is the baseline)`);
    context.print(`  incremental, local path:  median ${formatMs(edits.medianMs)}, p90 ${formatMs(Number(n['p90']))}, max ${formatMs(Number(n['max']))}  (${String(n['local'])}/${String(n['edits'])} edits)`);
    context.print(`  incremental, fell back:   median ${formatMs(Number(n['fallbackMedian']))}  (${Number(n['edits']) - Number(n['local'])}/${String(n['edits'])} edits: line breaks, labels, titles, colons, quotes…)`);
    context.print(`  full analyze() baseline:  median ${formatMs(fullMs)}  → local path ${(fullMs / edits.medianMs).toFixed(0)}× faster; target < ${TARGET_MS} ms: ${edits.medianMs < TARGET_MS ? 'OK' : 'OVER TARGET'}`);
    const t = typing.notes ?? {};
    context.print(`  typing ${String(t['edits'])} characters into one line of speech: median ${formatMs(typing.medianMs)}, p90 ${formatMs(Number(t['p90']))}, max ${formatMs(Number(t['max']))}, ${String(t['local'])} local`);
    const large = context.runCase(this, 'large');
    const l = large.notes ?? {};
    const p99 = Number(l['speechP99']);
    context.print(`10 MB transcript (full analyze() of 10 MB is the baseline for what falls back)`);
    context.print(`  ${String(l['speech'])} keystrokes in speech: median ${formatMs(large.medianMs)}, p99 ${formatMs(p99)}, max ${formatMs(Number(l['speechMax']))}; p99 of the local ones ${formatMs(Number(l['localP99']))}; target p99 < ${TARGET_MS} ms: ${p99 < TARGET_MS ? 'OK' : 'OVER TARGET'}`);
    context.print(`  ${String(l['structural'])} Enter and label keystrokes: median ${formatMs(Number(l['structuralMedian']))} (${String(l['structuralLocal'])} of them local, the rest fall back to a full analysis); ${String(l['local'])}/${String(l['speech'])} speech keystrokes local; peak RSS ${formatMb(large.peakRssBytes)}`);
  },
};
