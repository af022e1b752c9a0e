// Keystrokes in a generated SRT or WebVTT file (issue 13): which stay local, and what they cost.

import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/analysis/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../src/core/analysis/incremental';
import { caseResult, formatMb, formatMs, median, timeRuns, type BenchSection, type CaseResult } from './harness';
import { percentile, threadCpuMs } from './measures';

const MB = 1024 * 1024;

const ZH_LINES = ['我們去年營收達到420億元', '比前年增長了18%。', '我認為這種擔心是多餘的，', '我們的客戶非常優秀。', '明年很可能會再擴建兩座工廠', '你確定嗎？'];
const EN_LINES = ['According to the ministry, 42 percent of graduates', 'chose engineering in 2024.', 'We expect revenue to grow 12 percent next year.', 'Are you sure?', 'I think that is likely', 'and the meeting starts at noon.'];
const LABELS = ['李明：', 'MS. JONES: ', '- '];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `00:01:02,345` (SRT) or `00:01:02.345` (WebVTT) for a time in ms. */
function timeOf(ms: number, vtt: boolean): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${vtt ? '.' : ','}${pad(ms % 1000, 3)}`;
}

/** About `bytes` of subtitles: numbered cues of one or two lines, Chinese and English, a few labelled or with a dialogue dash. */
export function generateSubtitles(bytes: number, vtt: boolean, seed = 42): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const parts: string[] = vtt ? ['WEBVTT', ''] : [];
  let size = 0;
  for (let cue = 1; size < bytes; cue++) {
    const start = cue * 2500;
    const lines = next() < 0.5 ? ZH_LINES : EN_LINES;
    const first = (next() < 0.1 ? pick(LABELS) : '') + pick(lines);
    const block = [String(cue), `${timeOf(start, vtt)} --> ${timeOf(start + 2000, vtt)}`, first, ...(next() < 0.5 ? [pick(lines)] : []), ''];
    for (const line of block) size += Buffer.byteLength(line) + 1;
    parts.push(...block);
  }
  return parts.join('\n');
}

/** The kinds of keystroke timed, in the order they are typed. */
const KINDS = ["typing in a cue's text", 'editing a timestamp', "Enter in a cue's text", 'Backspace joining cue lines', 'deleting a cue', 'pasting a cue', 'deleting a labelled cue', 'pasting it back'] as const;
type Kind = (typeof KINDS)[number];

function flat(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * Keystrokes of each kind at three places of a generated subtitle file of `megabytes` MB, handed to the
 * analyzer with their change; one that falls back runs the full analysis (as update() does). Before issue
 * 13's subtitle path every one of them fell back: the full analyze() of the same text is the baseline.
 */
export function measureSubtitleKeystrokes(megabytes: number, vtt: boolean): CaseResult {
  const fileName = vtt ? 'bench.vtt' : 'bench.srt';
  let text = generateSubtitles(megabytes * MB, vtt);
  const analyzer = new IncrementalAnalyzer({}, fileName);
  analyzer.update(text);
  const keystrokes: { kind: Kind; ms: number; cpuMs: number; local: boolean }[] = [];
  const edit = (kind: Kind, change: TextChange): void => {
    text = flat(text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength));
    const cpu = threadCpuMs();
    const start = performance.now();
    analyzer.update(text, [change]);
    keystrokes.push({ kind, ms: performance.now() - start, cpuMs: threadCpuMs() - cpu, local: analyzer.lastMode === 'line' });
  };
  for (const share of [0.2, 0.5, 0.8]) {
    // Inside a cue's text: before the full stop of a line.
    let at = text.indexOf('工廠\n', Math.floor(text.length * share));
    for (const ch of '，而且今年的訂單會繼續增加 and more') edit("typing in a cue's text", { rangeOffset: at++, rangeLength: 0, text: ch });
    // A digit of a timing line's start, changed and changed back.
    const timing = text.indexOf(' --> ', at) - 5;
    for (const digit of ['9', '0', '1', '2']) edit('editing a timestamp', { rangeOffset: timing, rangeLength: 1, text: digit });
    // Enter in the middle of a cue's line, then Backspace joining the two lines again.
    for (let i = 0; i < 3; i++) {
      const split = text.indexOf('營收', timing) + 1;
      edit("Enter in a cue's text", { rangeOffset: split, rangeLength: 0, text: '\n' });
      edit('Backspace joining cue lines', { rangeOffset: split, rangeLength: 1, text: '' });
    }
    // A whole cue (number, timing, text, blank line) deleted, then pasted back.
    const cueStart = text.indexOf('\n\n', timing) + 2;
    const cueEnd = text.indexOf('\n\n', cueStart) + 2;
    const cue = text.slice(cueStart, cueEnd);
    edit('deleting a cue', { rangeOffset: cueStart, rangeLength: cue.length, text: '' });
    edit('pasting a cue', { rangeOffset: cueStart, rangeLength: 0, text: cue });
    // The next cue whose text opens with a speaker label (`李明：`, `MS. JONES: `), deleted, then pasted back.
    const label = Math.min(...['\n李明：', '\nMS. JONES: '].map((head) => text.indexOf(head, cueEnd)));
    const labelledStart = text.lastIndexOf('\n\n', label) + 2;
    const labelledEnd = text.indexOf('\n\n', label) + 2;
    const labelled = text.slice(labelledStart, labelledEnd);
    edit('deleting a labelled cue', { rangeOffset: labelledStart, rangeLength: labelled.length, text: '' });
    edit('pasting it back', { rangeOffset: labelledStart, rangeLength: 0, text: labelled });
  }
  const full = timeRuns(3, () => analyze(text, {}, fileName), 1);
  const notes: Record<string, number> = { fullMedian: median(full) };
  for (const kind of KINDS) {
    const ofKind = keystrokes.filter((k) => k.kind === kind);
    const locals = ofKind.filter((k) => k.local);
    notes[`${kind}|count`] = ofKind.length;
    notes[`${kind}|local`] = locals.length;
    notes[`${kind}|median`] = median(ofKind.map((k) => k.ms));
    notes[`${kind}|localCpuMedian`] = median(locals.map((k) => k.cpuMs));
    notes[`${kind}|localCpuP99`] = percentile(locals.map((k) => k.cpuMs), 0.99);
    notes[`${kind}|localWallMax`] = Math.max(...locals.map((k) => k.ms));
  }
  return caseResult(keystrokes.filter((k) => k.local).map((k) => k.ms), notes);
}

export function reportSubtitleKeystrokes(context: Parameters<BenchSection['report']>[0], result: CaseResult, megabytes: number, vtt: boolean): void {
  const n = result.notes ?? {};
  const at = (key: string): number => Number(n[key]);
  context.print(`${megabytes} MB ${vtt ? 'WebVTT' : 'SRT'} file, keystrokes by kind (before: all of them a full analyze(), here median ${formatMs(at('fullMedian'))}; peak RSS ${formatMb(result.peakRssBytes)})`);
  for (const kind of KINDS) {
    const of = (key: string): number => at(`${kind}|${key}`);
    const locals = of('local') ? `; local ones: main-thread CPU median ${formatMs(of('localCpuMedian'))}, p99 ${formatMs(of('localCpuP99'))}, wall max ${formatMs(of('localWallMax'))}` : '';
    context.print(`  ${kind.padEnd(28)} ${of('local')}/${of('count')} local, wall median ${formatMs(of('median'))}${locals}`);
  }
}
