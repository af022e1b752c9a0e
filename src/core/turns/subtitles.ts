import type { LineIndex } from '../text/positions';

/** What a line of an SRT or WebVTT file is. Only `Text` lines can hold speech. */
export const CueLine = { Blank: 0, Header: 1, Note: 2, Identifier: 3, Timing: 4, Text: 5 } as const;
export type CueLine = (typeof CueLine)[keyof typeof CueLine];

const PROBE = 120;
/** YouTube's SubViewer (`.sbv`) timing line, `0:00:00.900,0:00:05.400`: a whole line of two times and a comma. */
export const SBV_TIMING = /^\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*$/;
const VTT_BLOCKS = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)/;

/**
 * Classifies every line of a subtitle file: cue numbers and timing lines are never speech. With `from`
 * (the document's start or a line after a blank one) and `to`, lines `from` to `to` only, at `kinds[line - from]`:
 * a line's kind depends on its block alone (the lines between blank ones).
 */
export function classifySubtitleLines(lines: LineIndex, from = 0, to = lines.lineCount): Uint8Array {
  const kinds = new Uint8Array(to - from);
  const text = lines.source;
  let blockKind: CueLine | null = null; // kind forced for the whole block (header, note), else null
  let sawTiming = false;
  let blockStart = true;
  for (let line = from; line < to; line++) {
    const probe = text.slice(lines.lineStart(line), Math.min(lines.lineEnd(line), lines.lineStart(line) + PROBE));
    if (probe.trim() === '') {
      kinds[line - from] = CueLine.Blank;
      blockKind = null;
      sawTiming = false;
      blockStart = true;
      continue;
    }
    if (blockStart) {
      blockStart = false;
      const head = probe.replace(/^\uFEFF/, '');
      if (VTT_BLOCKS.test(head) && !head.includes('-->')) blockKind = head.startsWith('WEBVTT') ? CueLine.Header : CueLine.Note;
    }
    if (blockKind !== null) kinds[line - from] = blockKind;
    else if (isTimingProbe(probe)) {
      kinds[line - from] = CueLine.Timing;
      sawTiming = true;
    } else if (!sawTiming && line + 1 < lines.lineCount && nextIsTiming(lines, line + 1)) kinds[line - from] = CueLine.Identifier;
    else kinds[line - from] = CueLine.Text;
  }
  return kinds;
}

/** A blank line as classifySubtitleLines reads it (its first PROBE characters), which ends a cue's block. */
export function isBlankCueLine(lines: LineIndex, line: number): boolean {
  const start = lines.lineStart(line);
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + PROBE)).trim() === '';
}

function nextIsTiming(lines: LineIndex, line: number): boolean {
  const start = lines.lineStart(line);
  return isTimingProbe(lines.source.slice(start, Math.min(lines.lineEnd(line), start + PROBE)));
}

/** An SRT/WebVTT timing line (it holds `-->`) or an SBV one, from its first PROBE characters. */
function isTimingProbe(probe: string): boolean {
  return probe.includes('-->') || SBV_TIMING.test(probe);
}

/** A `<v Name>` / `<v.loud Name>` voice tag; the name is group 1. Global: use with matchAll or replace. */
export const VOICE_TAG = /<v(?:\.[^\s>]{0,40})?[ \t]+([^>]{1,60})>/g;

/** `<v Name>` / `<v.loud Name>` voice tags in a cue text line, relative to the line start. */
export function findVoiceTags(line: string): { speaker: string; start: number; end: number }[] {
  const found: { speaker: string; start: number; end: number }[] = [];
  if (!line.includes('<v')) return found;
  for (const match of line.matchAll(VOICE_TAG)) {
    const speaker = match[1]!.trim();
    if (speaker) found.push({ speaker, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Marks that end a sentence (`Yes.`, `Go!`), and the closing quotes and brackets that may follow them. */
const SENTENCE_END_MARKS = new Set(['.', '?', '!', '…', '。', '？', '！']);
const AFTER_SENTENCE_END = new Set(['"', "'", '”', '’', ')', ']']);
/** A cue text opening with a lower-case letter goes on with a sentence (`of the Virtual Coffee podcast.`). */
const LOWER_CASE_START = /^\p{Ll}/u;

/** Whether `text[start, end)` (a cue text line without its surrounding spaces) ends its sentence. */
export function endsSentenceAt(text: string, start: number, end: number): boolean {
  let at = end - 1;
  while (at >= start && AFTER_SENTENCE_END.has(text[at]!)) at--;
  return at >= start && SENTENCE_END_MARKS.has(text[at]!);
}

/** Whether a cue text line ends its sentence (its last non-space characters). */
export function endsSentence(line: string): boolean {
  const text = line.trimEnd();
  return endsSentenceAt(text, 0, text.length);
}

/** Whether a cue text line opens with a lower-case letter, going on with a sentence the cue before left open. */
export function opensInSentence(line: string): boolean {
  return LOWER_CASE_START.test(line.trimStart());
}

/**
 * What an edit of a cue's block must keep for the turns where labels name their own cue only: whether its
 * first text line opens inside a sentence and whether its last one ends a sentence (a cue that goes on with
 * the labelled cue's open sentence stays that speaker's). `kinds[i]` is the kind of line `from + i`.
 */
export function cueEdgeReading(lines: LineIndex, kinds: Uint8Array, from: number): string {
  let first = -1;
  let last = -1;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== CueLine.Text) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return '';
  return `${opensInSentence(lines.lineText(from + first)) ? 'o' : '-'}${endsSentence(lines.lineText(from + last)) ? 'e' : '-'}`;
}

/** Labels on fewer than this share of speech cues name one cue each (SDH); on more, they run on. */
export const RUNNING_LABEL_SHARE = 0.5;

/**
 * Captions whose cues go on with a sentence the cue before left open at least this often are cut by time, not
 * by utterance: a cue is no unit of speech there, and a label runs on over the cues after it.
 */
export const TIME_CUT_SHARE = 1 / 3;

/** Cues with speech, those of them holding a label or voice tag, and those going on with an open sentence (see labelsOwnTheirCueOnly). */
export interface LabelledCueCounts {
  readonly speechCues: number;
  readonly labelledCues: number;
  /**
   * Unlabelled cues with speech that open inside the sentence the text line before them left open; counted only
   * where labels are few (labelsAreFew), 0 elsewhere.
   */
  readonly goingOnCues: number;
}

/** Whether labels or voice tags mark some cues with speech but fewer than half. */
export function labelsAreFew({ speechCues, labelledCues }: LabelledCueCounts): boolean {
  return labelledCues > 0 && labelledCues < speechCues * RUNNING_LABEL_SHARE;
}

/**
 * Whether a label or voice tag names the speaker of its own cue only. SDH subtitles label a few off-screen
 * speakers and leave the rest unnamed, so a cue without a label is nobody's; a document that labels most
 * cues leaves a label off where the same speaker goes on. Captions that name a speaker only where the speaker
 * changes label few cues too, but they cut their cues by time, mid-sentence (TIME_CUT_SHARE): there the label
 * runs on. Cues holding only sound descriptions do not count.
 */
export function labelsOwnTheirCueOnly(counts: LabelledCueCounts): boolean {
  return labelsAreFew(counts) && counts.goingOnCues < counts.speechCues * TIME_CUT_SHARE;
}

/**
 * The cues (runs of text lines) with speech, those of them with a labelled line and, where labels are few, the
 * unlabelled ones going on with an open sentence. `lineText(line)` is the line's text.
 */
export function countLabelledCues(kinds: Uint8Array, isLabelled: (line: number) => boolean, isSpeech: (line: number) => boolean, lineText: (line: number) => string): LabelledCueCounts {
  let speechCues = 0;
  let labelledCues = 0;
  forEachCue(kinds, isLabelled, isSpeech, (cue) => {
    if (cue.speaks) speechCues++;
    if (cue.speaks && cue.labelled) labelledCues++;
  });
  const counts = { speechCues, labelledCues, goingOnCues: 0 };
  // A second pass, reading the cues' edges, only where it decides something.
  if (!labelsAreFew(counts)) return counts;
  let goingOnCues = 0;
  let lastTextEndsSentence = true;
  forEachCue(kinds, isLabelled, isSpeech, (cue) => {
    if (cue.speaks && !cue.labelled && !lastTextEndsSentence && opensInSentence(lineText(cue.first))) goingOnCues++;
    lastTextEndsSentence = endsSentence(lineText(cue.last));
  });
  return { ...counts, goingOnCues };
}

interface CueReading {
  readonly first: number;
  readonly last: number;
  readonly speaks: boolean;
  readonly labelled: boolean;
}

function forEachCue(kinds: Uint8Array, isLabelled: (line: number) => boolean, isSpeech: (line: number) => boolean, visit: (cue: CueReading) => void): void {
  let first = -1;
  let speaks = false;
  let labelled = false;
  for (let line = 0; line <= kinds.length; line++) {
    if (line < kinds.length && kinds[line] === CueLine.Text) {
      if (first < 0) first = line;
      if (isSpeech(line)) speaks = true;
      if (isLabelled(line)) labelled = true;
      continue;
    }
    if (first >= 0) visit({ first, last: line - 1, speaks, labelled });
    first = -1;
    speaks = labelled = false;
  }
}
