// `node scripts/build.mjs --robust && node out/robust/robust-edits.js FOLDER [--edits N] [--seed S]`: real texts
// checked as a user would type in them. For each file: analyze() must finish, keep every span inside the text, and
// N random local edits (a character typed or deleted, Enter, Backspace) through IncrementalAnalyzer must give what
// analyze() gives on the edited text. Prints one line per file and a failure's edit; --dump writes its text to replay.
import { isDeepStrictEqual } from 'node:util';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../src/core/analysis/incremental';
import type { Analysis } from '../src/core/analysis/model';
import { decodeTranscript } from '../src/core/text/decode';
import { splitsSurrogatePair } from '../src/core/text/positions';
import { seededRandom } from '../test/bench/syntheticTranscript';
import { spansOf } from '../test/support/analysisSpans';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const folder = process.argv[2];
if (!folder) throw new Error('usage: robust-edits.js FOLDER [--edits N] [--seed S] [--only NAME] [--dump FILE]');
const editsPerFile = Number(option('edits') ?? 40);
const only = option('only');
/** `--dump FILE`: a failure's text before the edit and the edit, as JSON, to replay it alone. */
const dump = option('dump');

function badSpan(text: string, analysis: Analysis): string | undefined {
  for (const [what, span] of spansOf(analysis)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) return `${what} [${span.start}, ${span.end}) outside 0..${text.length}`;
    if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end)) return `${what} [${span.start}, ${span.end}) splits a surrogate pair`;
  }
  return undefined;
}

const TYPED = ['a', 'e', ' ', ':', '：', '。', '.', '?', '中', '我', '1', '-', '#', '>', '😀'];

interface Change { rangeOffset: number; rangeLength: number; text: string }

/** One user-like edit at a random offset (never inside a surrogate pair). */
function randomChange(text: string, next: () => number, lineBreak: string): Change {
  let at = Math.floor(next() * (text.length + 1));
  if (splitsSurrogatePair(text, at)) at--;
  const kind = Math.floor(next() * 4);
  const width = (from: number) => (from < text.length && splitsSurrogatePair(text, from + 1) ? 2 : 1);
  if (kind === 0) return { rangeOffset: at, rangeLength: 0, text: TYPED[Math.floor(next() * TYPED.length)]! };
  if (kind === 1) return { rangeOffset: at, rangeLength: 0, text: lineBreak };
  if (kind === 2 && at < text.length) return { rangeOffset: at, rangeLength: Math.min(width(at), text.length - at), text: '' }; // Delete
  if (at === 0) return { rangeOffset: 0, rangeLength: 0, text: 'x' };
  const back = at >= 2 && splitsSurrogatePair(text, at - 1) ? 2 : at >= 2 && text.slice(at - 2, at) === '\r\n' ? 2 : 1;
  return { rangeOffset: at - back, rangeLength: back, text: '' }; // Backspace
}

const seed = Number(option('seed') ?? 33);
let failures = 0;
for (const name of readdirSync(folder).sort()) {
  if (only && !name.includes(only)) continue;
  const path = join(folder, name);
  if (!statSync(path).isFile()) continue;
  const decoded = decodeTranscript(readFileSync(path), 50 * 1024 * 1024);
  if (!decoded.ok) {
    process.stdout.write(`skip  ${name}: ${decoded.reason}\n`);
    continue;
  }
  let text = decoded.text;
  const started = Date.now();
  const full = analyze(text, {}, name);
  const fullMs = Date.now() - started;
  const problem = badSpan(text, full);
  if (problem) {
    failures++;
    process.stdout.write(`FAIL  ${name}: ${problem}\n`);
    continue;
  }
  const lineBreak = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const analyzer = new IncrementalAnalyzer({}, name);
  analyzer.update(text);
  const next = seededRandom(seed ^ name.length);
  let local = 0;
  let failed = false;
  for (let i = 0; i < editsPerFile; i++) {
    const change = randomChange(text, next, lineBreak);
    const before = text;
    text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
    const incremental = analyzer.update(text, [change]);
    if (analyzer.lastMode !== 'full') local++;
    const expected = analyze(text, {}, name);
    const spanProblem = badSpan(text, expected);
    if (spanProblem || !isDeepStrictEqual(incremental, expected)) {
      failures++;
      failed = true;
      if (dump) writeFileSync(dump, JSON.stringify({ name, before, change }));
      const context = JSON.stringify(before.slice(Math.max(0, change.rangeOffset - 60), change.rangeOffset + 60));
      process.stdout.write(`FAIL  ${name}: edit ${i} ${JSON.stringify(change)} (${analyzer.lastMode}) ${spanProblem ?? 'incremental differs from analyze()'}\n      around: ${context}\n`);
      break;
    }
  }
  if (!failed) {
    const topics = full.topics.length;
    const speakers = new Set(full.turns.map((t) => t.speaker).filter((s) => s !== null)).size;
    process.stdout.write(`ok    ${name}: ${text.length} chars, analyze ${fullMs} ms, ${full.turns.length} turns / ${speakers} speakers / ${topics} topics / ${full.claims.length} claims, ${local}/${editsPerFile} edits local\n`);
  }
}
process.stdout.write(`robust-edits: ${failures} failures\n`);
process.exitCode = failures ? 1 : 0;
