import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkQueueFile } from '../../src/core/queue/anchors';
import { filterQueue, groupQueue, parseQueueFilter, QUEUE_GROUPINGS, queueItems, type QueueFile } from '../../src/core/queue/queue';
import { createAnnotation } from '../../src/core/sidecar/annotations';
import { decodeSidecarBytes, encodeSidecar } from '../../src/core/sidecar/codec';
import { emptySidecar, sidecarPathFor, type Annotation } from '../../src/core/sidecar/model';
import { decodeTranscript } from '../../src/core/text/decode';
import { caseResult, formatMs, median, type BenchSection } from './harness';
import { randomWords, seededRandom, syntheticTranscript } from './syntheticTranscript';

const TRANSCRIPTS = 500;
const TRANSCRIPT_BYTES = 40 * 1024;
const TAGS_PER_TRANSCRIPT = 20;
/** After the "git pull": this share of transcripts had words inserted, so their tags must be found again. */
const CHANGED_SHARE = 0.1;
const KINDS = ['fact', 'forecast', 'opinion'] as const;
const AUTHORS = ['ann', 'ben', 'chen', 'dana'];
const STATUSES = ['To check', 'Checking', 'Checked', 'Published'];

/** 500 transcripts with sidecars in a temporary folder; returns the folder and the transcripts' paths. */
function buildDesk(): { dir: string; paths: string[] } {
  const random = seededRandom(7);
  const dir = mkdtempSync(join(tmpdir(), 'ta-queue-bench-'));
  const paths: string[] = [];
  for (let f = 0; f < TRANSCRIPTS; f++) {
    const text = syntheticTranscript(TRANSCRIPT_BYTES, random);
    const annotations: Annotation[] = [];
    for (let t = 0; t < TAGS_PER_TRANSCRIPT; t++) {
      const start = Math.floor(((t + random()) / TAGS_PER_TRANSCRIPT) * (text.length - 60));
      const annotation = createAnnotation({ text, span: { start, end: start + 20 + Math.floor(random() * 40) }, kind: KINDS[t % 3]!, author: AUTHORS[t % 4]!, speaker: `Speaker ${t % 5}`, now: new Date(Date.UTC(2026, 0, 1)) });
      annotations.push({ ...annotation, status: { value: STATUSES[Math.floor(random() * 4)]!, by: 'ann', at: annotation.created } });
    }
    const path = join(dir, `interview-${String(f).padStart(3, '0')}.txt`);
    const edited = f < TRANSCRIPTS * CHANGED_SHARE ? insertWords(text, random) : text;
    writeFileSync(path, edited);
    writeFileSync(sidecarPathFor(path), encodeSidecar({ ...emptySidecar(), annotations }));
    paths.push(path);
  }
  return { dir, paths };
}

/** Twenty short insertions spread over the text: an edited interview pulled from a colleague. */
function insertWords(text: string, random: () => number): string {
  let out = text;
  for (let i = 0; i < 20; i++) {
    const at = Math.floor(random() * out.length);
    out = out.slice(0, at) + randomWords(random, 6) + out.slice(at);
  }
  return out;
}

interface Scan {
  readonly files: QueueFile[];
  readonly readMs: number;
  readonly checkMs: number;
  readonly problems: number;
}

/** What the extension does per file, minus VS Code: read and decode the sidecar, then re-anchor against the transcript. */
function scan(paths: readonly string[]): Scan {
  const files: QueueFile[] = [];
  let readMs = 0;
  let checkMs = 0;
  let problems = 0;
  for (const path of paths) {
    let started = performance.now();
    const decoded = decodeSidecarBytes(readFileSync(sidecarPathFor(path)));
    readMs += performance.now() - started;
    if (!decoded.ok) throw new Error(`${path}: ${decoded.problem.reason}`);
    started = performance.now();
    const text = decodeTranscript(readFileSync(path));
    if (!text.ok) throw new Error(`${path}: ${text.reason}`);
    const checked = checkQueueFile(text.text, decoded.document.annotations);
    checkMs += performance.now() - started;
    problems += checked.problems.length;
    files.push({ transcript: `file://${path}`, label: path.slice(path.lastIndexOf('/') + 1), document: decoded.document, anchors: checked.anchors });
  }
  return { files, readMs, checkMs, problems };
}

export const queueSection: BenchSection = {
  name: 'queue',
  cases: {
    desk: () => {
      const { dir, paths } = buildDesk();
      try {
        const runs: number[] = [];
        let last: Scan | undefined;
        for (let run = 0; run < 3; run++) {
          const started = performance.now();
          last = scan(paths);
          runs.push(performance.now() - started);
        }
        const { files, readMs, checkMs, problems } = last!;
        (globalThis as { gc?: () => void }).gc?.();
        const heapAfterScan = process.memoryUsage().heapUsed;
        const groupMs: Record<string, number> = {};
        let items = 0;
        for (const grouping of QUEUE_GROUPINGS) {
          const times: number[] = [];
          for (let i = 0; i < 5; i++) {
            const started = performance.now();
            const queued = queueItems(files);
            groupQueue(queued, grouping);
            times.push(performance.now() - started);
            items = queued.length;
          }
          groupMs[grouping] = median(times);
        }
        const filter = parseQueueFilter('kind:fact 的');
        const queued = queueItems(files);
        const filterTimes: number[] = [];
        let matched = 0;
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          matched = filterQueue(queued, filter).length;
          filterTimes.push(performance.now() - started);
        }
        return caseResult(runs, {
          readMs: Math.round(readMs),
          checkMs: Math.round(checkMs),
          problems,
          items,
          matched,
          heapMB: Math.round(heapAfterScan / (1024 * 1024)),
          groupMs: Object.entries(groupMs).map(([g, ms]) => `${g} ${formatMs(ms)}`).join(', '),
          filterMs: formatMs(median(filterTimes)),
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  report(context) {
    const result = context.runCase(queueSection, 'desk');
    const notes = result.notes ?? {};
    context.print(`${TRANSCRIPTS} transcripts of ${TRANSCRIPT_BYTES / 1024} KB, ${TAGS_PER_TRANSCRIPT} tags each, ${CHANGED_SHARE * 100}% of transcripts edited since tagging`);
    context.print(`full scan (read + decode sidecars, re-anchor against the transcripts): ${formatMs(result.medianMs)} median of 3 (sidecars ${notes['readMs']} ms, re-anchoring ${notes['checkMs']} ms in the last run)`);
    context.print(`tags needing review found: ${notes['problems']}; items in the queue: ${notes['items']}`);
    context.print(`items + grouping, per grouping: ${notes['groupMs']}`);
    context.print(`filter "kind:fact 的": ${notes['filterMs']} (${notes['matched']} items)`);
    context.print(`heap after the scan: ${notes['heapMB']} MB; peak RSS: ${Math.round(result.peakRssBytes / (1024 * 1024))} MB`);
  },
};
