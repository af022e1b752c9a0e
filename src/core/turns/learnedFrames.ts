import type { LineIndex } from '../text/positions';
import type { LabelLines } from './scheme';
import { isColon, isDigit } from './chars';
import { isInterjectionNote } from './stageDirections';

/**
 * Label frames learned from the document: lines that share constant words around one short varying
 * name (`10:02:15 From Alice Wong to Everyone:`, `Mira Chen — Today at 9:41 AM`, `**u/quietfox** · 2y`,
 * `王强 说：`), recurring with a small set of names that each repeat, are the document's labels in that
 * frame, whatever its words. No client's words are known here: a frame is a line's tokens with one
 * name slot taken out, counted across the document. Each line gives a bounded number of frames, so
 * the search is linear in the document.
 */

/** One way of reading a line as a frame around a name. Offsets are relative to the line start. */
export interface FrameReading {
  /** The frame: the line's head with the name slot taken out, digits as `#`. */
  readonly key: string;
  readonly name: string;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly textStart: number;
}

/** A frame needs this many lines; the lines whose name it gives twice or more make this share of them. */
export const MIN_FRAME_LINES = 3;
const MIN_REPEATED_SHARE = 0.6;
/** The speech after frames on their lines must mostly differ: a log repeats its messages, a chat does not. */
const MIN_DISTINCT_SPEECH = 0.8;
/** A frame's lines make this share of the non-blank lines from its first to its last. */
const MIN_SPAN_SHARE = 0.2;
/** A label ending in a colon sits within this many characters; a line that is a label alone is this short. */
const MAX_HEAD = 80;
const MAX_WHOLE_LINE = 64;
const MAX_TOKENS = 16;
const MAX_HAN_NAME = 4;

const TOKEN = /\p{Script=Han}|[\p{L}\p{N}_'’.-]+|\S/gu;
const HAN = /^\p{Script=Han}$/u;
const WORD = /\p{L}/u;
const DIGITS = /\d+/g;
const STARTS_UPPER = /^\p{Lu}[\p{L}'’.-]*$/u;
const STARTS_DIGIT = /^\d/;
const MARKUP = /[<>={}]|\]\(|:\/\//;
const HEADING = /^[#!|]/;
/** A line ending in one is a sentence, not a label alone. */
const SENTENCE_END = /[.。!！?？…;；,，]$/u;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly spaced: boolean;
  readonly han: boolean;
}

/** A label's colon, the vertical-form `︰` too. */
function isFrameColon(code: number): boolean {
  return isColon(code) || code === 0xfe30;
}

/** The ways `line` reads as a name in a frame, or none. */
export function frameReadings(line: string): FrameReading[] {
  // `Members interjecting:` / `Mr Tarzia interjecting:`: a Hansard's note around changing names, no label (an aside).
  if (isInterjectionNote(line)) return [];
  let first = 0;
  while (first < line.length && /\s/.test(line[first]!)) first++;
  let end = line.length;
  while (end > first && /\s/.test(line[end - 1]!)) end--;
  if (first === end) return [];
  // The head ends at the first colon that is no time's (`9:41`); with none, a short line is a label alone.
  let headEnd = -1;
  let labelEnd = -1;
  let textStart = line.length;
  const scan = Math.min(end, first + MAX_HEAD);
  for (let i = first + 1; i < scan; i++) {
    if (!isFrameColon(line.charCodeAt(i)) || (isDigit(line.charCodeAt(i - 1)) && isDigit(line.charCodeAt(i + 1)))) continue;
    headEnd = i;
    labelEnd = i + 1;
    textStart = labelEnd;
    while (textStart < line.length && /\s/.test(line[textStart]!)) textStart++;
    break;
  }
  if (headEnd < 0) {
    if (end - first > MAX_WHOLE_LINE || SENTENCE_END.test(line.slice(end - 1, end))) return [];
    headEnd = end;
    labelEnd = end;
  }
  // Markup, links and headings are the page's, not a chat's frame (`<p class=…>`, `![Image](…)`, `- [name](url)：`, `# 外交部：`).
  const head = line.slice(first, headEnd);
  if (MARKUP.test(head) || HEADING.test(head)) return [];
  const tokens = tokensOf(line, first, headEnd);
  if (tokens.length < 2 || tokens.length > MAX_TOKENS) return [];
  const pieces = tokens.map((token, i) => (i > 0 && token.spaced ? ' ' : '') + (token.han ? token.text : token.text.replace(DIGITS, '#')));
  const readings: FrameReading[] = [];
  const kind = labelEnd === end ? 'W' : 'C';
  const add = (from: number, to: number): void => {
    // The frame keeps a word of its own besides the name: a time or brackets alone are the known shapes' business.
    // A bracketed note after a name (`JONAS (O.S.)`, `(V.O.)`) is the name's, not a name of its own.
    if (from > 0 && to < tokens.length && '([（【'.includes(tokens[from - 1]!.text) && ')]）】'.includes(tokens[to]!.text)) return;
    let word = false;
    for (let i = 0; i < tokens.length && !word; i++) if ((i < from || i >= to) && (tokens[i]!.han || WORD.test(tokens[i]!.text))) word = true;
    if (!word) return;
    const name = line.slice(tokens[from]!.start, tokens[to - 1]!.end);
    const before = `${kind}${pieces.slice(0, from).join('')}\u0001`;
    readings.push({ key: before + pieces.slice(to).join(''), name, labelStart: first, labelEnd, textStart });
    // The frame up to its first word after the name too, where a number follows: `commented 3 days ago` and `commented 1 day ago` are one frame.
    let cut = to;
    while (cut < tokens.length && !tokens[cut]!.han && !WORD.test(tokens[cut]!.text)) cut++;
    if (cut + 1 < tokens.length && tokens.slice(cut + 1).some((t) => STARTS_DIGIT.test(t.text))) readings.push({ key: `${before}${pieces.slice(to, cut + 1).join('')}\u0002`, name, labelStart: first, labelEnd, textStart });
  };
  for (let from = 0; from < tokens.length; from++) {
    const token = tokens[from]!;
    if (token.han) {
      // A name of two to four ideographs, a run of its own (`王强` in `王强 说`): within a run, a surname and a title
      // (`陳院長冲`) would read as frames.
      if (from > 0 && tokens[from - 1]!.han && !token.spaced) continue;
      let runEnd = from + 1;
      while (runEnd < tokens.length && tokens[runEnd]!.han && !tokens[runEnd]!.spaced) runEnd++;
      if (runEnd - from >= 2 && runEnd - from <= MAX_HAN_NAME) add(from, runEnd);
      continue;
    }
    if (!WORD.test(token.text) || STARTS_DIGIT.test(token.text)) continue;
    // A handle alone, or up to three capitalised words one space apart.
    add(from, from + 1);
    if (!STARTS_UPPER.test(token.text)) continue;
    for (let to = from + 2; to <= Math.min(tokens.length, from + 3); to++) {
      const next = tokens[to - 1]!;
      if (next.han || !next.spaced || !STARTS_UPPER.test(next.text) || line.slice(tokens[to - 2]!.end, next.start) !== ' ') break;
      add(from, to);
    }
  }
  return readings;
}

function tokensOf(line: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const head = line.slice(0, end);
  TOKEN.lastIndex = start;
  let previousEnd = start;
  for (let match = TOKEN.exec(head); match; match = TOKEN.exec(head)) {
    const text = match[0];
    tokens.push({ text, start: match.index, end: match.index + text.length, spaced: match.index > previousEnd, han: HAN.test(text) });
    previousEnd = match.index + text.length;
    if (tokens.length > MAX_TOKENS) break;
  }
  return tokens;
}

export interface FrameCount {
  lines: number;
  readonly names: Map<string, number>;
  /** Each speech after the frame's lines, with how many of them say it (an edit takes one out). */
  readonly speeches: Map<string, number>;
  spoken: number;
  readonly firstLine: number;
  lastLine: number;
}

/**
 * Labels the lines that sit in a frame the document repeats: lines (not skipped) are counted per frame; a
 * frame is accepted with MIN_FRAME_LINES lines, two names or more, MIN_REPEATED_SHARE of its lines giving a
 * name it gives again, and MIN_SPAN_SHARE of the non-blank lines from its first line to its last (the
 * document's scheme, not a few lines that happen to match). A line in several accepted frames takes the one
 * with the most lines (then the longer name). A label another reader found on a frame's line stands, unless
 * that reader gave every line of the frame one name the frame tells apart (`成员` in `[成员] 张伟`).
 */
export function addFrameLabels(lines: LineIndex, labels: LabelLines, skipLine: (line: number) => boolean): DocumentFrames {
  let skipped = false;
  const byLine: (FrameReading[] | undefined)[] = new Array<FrameReading[] | undefined>(lines.lineCount);
  const counts = new Map<string, FrameCount>();
  // Non-blank lines before each line, for a frame's share of its span.
  const filledBefore = new Int32Array(lines.lineCount + 1);
  for (let line = 0; line < lines.lineCount; line++) {
    const skip = skipLine(line);
    if (skip) skipped = true;
    const text = skip ? '' : lines.lineText(line);
    filledBefore[line + 1] = filledBefore[line]! + (text.trim() === '' ? 0 : 1);
    const readings = frameReadings(text);
    if (readings.length === 0) continue;
    byLine[line] = readings;
    for (const reading of readings) {
      let count = counts.get(reading.key);
      if (!count) counts.set(reading.key, (count = { lines: 0, names: new Map(), speeches: new Map(), spoken: 0, firstLine: line, lastLine: line }));
      count.lines++;
      count.lastLine = line;
      count.names.set(reading.name, (count.names.get(reading.name) ?? 0) + 1);
      if (reading.textStart < text.length) {
        count.spoken++;
        const speech = text.slice(reading.textStart).trim();
        count.speeches.set(speech, (count.speeches.get(speech) ?? 0) + 1);
      }
    }
  }
  const accepted = new Set<string>();
  // The non-blank lines of each span, for the incremental path's tally (frameTally.ts).
  const spans = new Map<string, number>();
  for (const [key, count] of counts) {
    if (count.lines < MIN_FRAME_LINES - 1) continue;
    const filled = filledBefore[count.lastLine + 1]! - filledBefore[count.firstLine]!;
    spans.set(key, filled);
    if (isFrame(count.lines, count.names, count.spoken, count.speeches.size) && spansEnough(count.lines, filled)) accepted.add(key);
  }
  const tally: DocumentFrames = { counts, spans, exact: !skipped };
  if (accepted.size === 0) return tally;
  // A frame whose own words hold a name a larger frame gives is a part of that frame (`Owen — … at` beside `… — Today at`
  // would read `Today` and `Yesterday` as names).
  const framedNames = new Map<string, number>();
  for (const key of accepted) for (const name of counts.get(key)!.names.keys()) framedNames.set(name, Math.max(framedNames.get(name) ?? 0, counts.get(key)!.lines));
  for (const key of [...accepted]) {
    const size = counts.get(key)!.lines;
    for (const [name, lines] of framedNames) {
      if (lines > size && name.length >= 2 && key.includes(name)) {
        accepted.delete(key);
        break;
      }
    }
  }
  const chosen: [number, FrameReading][] = [];
  // The other readers' speakers on each frame's lines: one name for all of them is the frame's word, not a speaker.
  const others = new Map<string, Set<string>>();
  for (let line = 0; line < lines.lineCount; line++) {
    const readings = byLine[line];
    if (!readings) continue;
    let best: FrameReading | null = null;
    for (const reading of readings) {
      if (!accepted.has(reading.key)) continue;
      if (!best || counts.get(reading.key)!.lines > counts.get(best.key)!.lines || (counts.get(reading.key)!.lines === counts.get(best.key)!.lines && reading.name.length > best.name.length)) best = reading;
    }
    if (!best) continue;
    chosen.push([line, best]);
    const known = labels.get(line);
    let speakers = others.get(best.key);
    if (!speakers) others.set(best.key, (speakers = new Set()));
    speakers.add(known ? (known.fromUserPattern ? '\u0000' : known.speaker) : '');
  }
  for (const [line, best] of chosen) {
    const speakers = others.get(best.key)!;
    const known = labels.get(line);
    if (known && !(speakers.size === 1 && !counts.get(best.key)!.names.has(known.speaker) && !known.fromUserPattern)) continue;
    labels.set(line, { speaker: best.name, labelStart: best.labelStart, labelEnd: best.labelEnd, textStart: best.textStart, source: 'label', timestamp: null, verb: null, fromFrame: true });
  }
  return tally;
}

/**
 * What addFrameLabels counted, for the incremental path's tally (frameTally.ts): each frame's lines, names and
 * speeches; of those on MIN_FRAME_LINES - 1 lines or more, the non-blank lines of their span; `exact`: no line was skipped.
 */
export interface DocumentFrames {
  readonly counts: ReadonlyMap<string, FrameCount>;
  readonly spans: ReadonlyMap<string, number>;
  readonly exact: boolean;
}

/** Whether a frame of `lines` lines makes its share of the `filled` non-blank lines of its span. */
export function spansEnough(lines: number, filled: number): boolean {
  return lines >= MIN_SPAN_SHARE * filled;
}

/** Whether a frame read on `lines` lines with these names, `spoken` speeches after it of which `distinct` differ, is one (its span aside). */
export function isFrame(lines: number, counted: ReadonlyMap<string, number>, spoken: number, distinct: number): boolean {
  if (lines < MIN_FRAME_LINES || counted.size < 2) return false;
  let repeated = 0;
  for (const n of counted.values()) if (n >= 2) repeated += n;
  if (repeated < MIN_REPEATED_SHARE * lines) return false;
  // A word every name starts or ends with is the frame's (`From` in `From Alice Wong`, `说` in `张伟说`), not the name's.
  const names = [...counted.keys()];
  if (sharedEdge(names, firstWord) || sharedEdge(names, lastWord)) return false;
  return spoken === 0 || distinct >= MIN_DISTINCT_SPEECH * spoken;
}

function sharedEdge(names: readonly string[], edge: (name: string) => string | null): boolean {
  const first = edge(names[0]!);
  return first !== null && names.every((name) => edge(name) === first);
}

/** A Latin name's first word when it has two or more; a name in ideographs has none (a shared surname is common). */
function firstWord(name: string): string | null {
  const space = name.indexOf(' ');
  return space > 0 ? name.slice(0, space) : null;
}

function lastWord(name: string): string | null {
  const space = name.lastIndexOf(' ');
  if (space > 0) return name.slice(space + 1);
  return HAN.test(name.slice(-1)) ? name.slice(-1) : null;
}
