import { analyze } from '../../src/core/analysis/analyze';
import { checkAnnotations } from '../../src/core/anchoring/checkAnnotations';
import { quoteTarget } from '../../src/core/anchoring/target';
import { decodeSidecarBytes, encodeSidecar } from '../../src/core/sidecar/codec';
import type { Annotation, SidecarDocument } from '../../src/core/sidecar/model';
import { compileLabelPatterns } from '../../src/core/turns/safePattern';
import { generateTranscript } from './generateTranscript';
import { caseResult, formatMb, formatMs, timeRuns, type BenchSection } from './harness';
import { seededRandom } from './syntheticTranscript';

const MB = 1024 * 1024;
const SIDECAR_ANNOTATIONS = 100_000;

/** One line of `bytes` UTF-8 bytes: the transcript's sentences with their line breaks turned into spaces. */
function oneLine(bytes: number): string {
  return generateTranscript(bytes).replace(/\r?\n/g, ' ');
}

/** A sidecar of `count` annotations of 20-80 units on a transcript of about `count` × 100 bytes. */
export function bigSidecar(count: number): { text: string; document: SidecarDocument } {
  const text = generateTranscript(count * 100);
  const random = seededRandom(11);
  const annotations: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const length = 20 + Math.floor(random() * 61);
    const start = Math.floor(random() * (text.length - length));
    annotations.push({
      id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      kind: (['fact', 'forecast', 'opinion'] as const)[i % 3]!,
      author: 'bench',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      speaker: null,
      topic: null,
      target: quoteTarget(text, { start, end: start + length }),
    });
  }
  return { text, document: { version: 1, speakerAliases: {}, annotations } };
}

/** The speaker-label patterns that hung the editor on a backtracking engine, and one near the compiled-size limit. */
const HOSTILE_LABEL_PATTERNS = ['^#(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)=', '^Q:(\\w+\\s?){8}$', '^Q(\\w*)(\\w*)(\\w*)(\\w*)(\\w*):', '^(a+)+$', '(\\p{L}{1,95}){2}:'];

/** Lines of one repeated character, the worst case for ambiguous repetitions, mixed with the transcript's. */
function hostileLines(bytes: number): string {
  const runs = ['#', 'Q', 'Q:', 'a', '中'].map((start) => start + 'a'.repeat(120));
  return generateTranscript(bytes).split('\n').flatMap((line, i) => [line, runs[i % runs.length]!]).join('\n');
}

/** Hostile but valid inputs: each must finish in bounded time and memory. */
export const hostileSection: BenchSection = {
  name: 'hostile',
  cases: {
    longLine: (args) => {
      const text = oneLine(Number(args[0] ?? '5') * MB);
      let note = '';
      const runs = timeRuns(3, () => {
        const a = analyze(text, {}, 'line.txt');
        note = `${text.length} UTF-16 units on one line: ${a.turns.length} turns, ${a.claims.length} claims`;
      }, 1);
      return caseResult(runs, { note });
    },
    labelPatterns: (args) => {
      const text = hostileLines(Number(args[0] ?? '1') * MB);
      const sources = args[1] === 'none' ? [] : HOSTILE_LABEL_PATTERNS;
      const compiled = compileLabelPatterns(sources);
      if (compiled.refused.length) throw new Error(`refused: ${compiled.refused.map((r) => r.reason).join('; ')}`);
      const lines = text.split('\n').length;
      const runs = timeRuns(3, () => analyze(text, { extraLabelPatterns: compiled.patterns }, 'patterns.txt'), 1);
      return caseResult(runs, { lines });
    },
    sidecar: () => {
      const { text, document } = bigSidecar(SIDECAR_ANNOTATIONS);
      const bytes = new TextEncoder().encode(encodeSidecar(document));
      let decoded: SidecarDocument | undefined;
      const decode = timeRuns(3, () => {
        const result = decodeSidecarBytes(bytes);
        if (!result.ok) throw new Error(result.problem.reason);
        decoded = result.document;
      }, 1);
      const encode = timeRuns(3, () => encodeSidecar(decoded!), 1);
      let orphans = 0;
      const anchor = timeRuns(1, () => (orphans = checkAnnotations(text, decoded!.annotations).filter((c) => c.result.status === 'orphaned').length), 0);
      return caseResult(decode, { bytes: bytes.length, encodeMs: encode[0]!, anchorMs: anchor[0]!, orphans, textBytes: text.length });
    },
    /** One mistake near the end of the big sidecar: what reporting it with its line costs. */
    sidecarProblem: (args) => {
      const { document } = bigSidecar(SIDECAR_ANNOTATIONS);
      const valid = encodeSidecar(document);
      const last = valid.lastIndexOf('"kind": "');
      const broken = args[0] === 'typo' ? valid.slice(0, last) + valid.slice(last + 1) : valid.slice(0, last) + '"kind": "rumour", "was": "' + valid.slice(last + 9);
      const bytes = new TextEncoder().encode(broken);
      let reported = '';
      const runs = timeRuns(3, () => {
        const result = decodeSidecarBytes(bytes);
        if (result.ok) throw new Error('the broken sidecar decoded');
        reported = `line ${result.problem.line}: ${result.problem.reason}`;
      }, 1);
      return caseResult(runs, { reported });
    },
  },
  report(context) {
    const line = context.runCase(this, 'longLine', ['5']);
    const reference = context.runCase(this, 'longLine', ['1']);
    context.print(`one line of 5 MB: analyze() ${formatMs(line.medianMs)} (${(line.medianMs / 5).toFixed(0)} ms/MB; one line of 1 MB: ${formatMs(reference.medianMs)}), peak RSS ${formatMb(line.peakRssBytes)}; ${String(line.notes?.['note'])}`);
    const patterns = context.runCase(this, 'labelPatterns', ['1']);
    const plain = context.runCase(this, 'labelPatterns', ['1', 'none']);
    const lines = Number(patterns.notes?.['lines']);
    context.print(
      `${HOSTILE_LABEL_PATTERNS.length} hostile speaker-label patterns (re2js) on 1 MB, ${lines.toLocaleString('en')} lines, half of them runs of one character: ` +
        `analyze() ${formatMs(patterns.medianMs)} vs ${formatMs(plain.medianMs)} without them (${(((patterns.medianMs - plain.medianMs) * 1000) / lines / HOSTILE_LABEL_PATTERNS.length).toFixed(1)} µs per line per pattern)`,
    );
    const sidecar = context.runCase(this, 'sidecar');
    const n = sidecar.notes ?? {};
    context.print(
      `sidecar of ${SIDECAR_ANNOTATIONS.toLocaleString('en')} annotations (${formatMb(Number(n['bytes']))}): decode+validate ${formatMs(sidecar.medianMs)}, encode ${formatMs(Number(n['encodeMs']))}, ` +
        `re-anchor all on unchanged text ${formatMs(Number(n['anchorMs']))} (${String(n['orphans'])} orphans), peak RSS ${formatMb(sidecar.peakRssBytes)}`,
    );
    for (const kind of ['typo', 'schema']) {
      const problem = context.runCase(this, 'sidecarProblem', [kind]);
      context.print(`  the same with one ${kind === 'typo' ? 'syntax error' : 'schema error'} near the end: reported in ${formatMs(problem.medianMs)}, peak RSS ${formatMb(problem.peakRssBytes)} (${String(problem.notes?.['reported'])})`);
    }
  },
};
