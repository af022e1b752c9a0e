// Scores one analysed transcript against its gold labels. Pure: no file access.
import type { Analysis, Claim, Topic, Turn } from '../../src/core/analysis/model';
import type { LineIndex, Span } from '../../src/core/text/positions';
import { leadingTimestampLength } from '../../src/core/claims/lineFilters';
import { classifySubtitleLines, CueLine } from '../../src/core/turns/subtitles';
import { LabelsError, SENTENCE_LABELS, type CorpusLabels, type GoldClaim, type GoldWindow, type SentenceLabel } from './labels';

/** Raw counts; figures are derived from them so that groups of files add up exactly (micro-averages). */
export interface Counts {
  readonly speakers: { correct: number; total: number };
  readonly topics: { tp: number; fp: number; fn: number };
  /** Sentences of the all-sentence windows: "is a claim" against label ≠ none. */
  readonly windows: { tp: number; fp: number; fn: number; tn: number; kindCorrect: number };
  /** The `claims` list. */
  readonly claimList: { found: number; total: number; kindCorrect: number };
  /** Window sentences by gold label × predicted kind (`none` = no claim covers it), keyed `gold>predicted`. */
  readonly confusion: Record<string, number>;
}

export const confusionKey = (gold: SentenceLabel, predicted: SentenceLabel): string => `${gold}>${predicted}`;

function emptyConfusion(): Record<string, number> {
  const matrix: Record<string, number> = {};
  for (const gold of SENTENCE_LABELS) for (const predicted of SENTENCE_LABELS) matrix[confusionKey(gold, predicted)] = 0;
  return matrix;
}

export const FIGURE_NAMES = [
  'speakerAccuracy',
  'topicPrecision',
  'topicRecall',
  'topicF1',
  'claimPrecision',
  'claimRecall',
  'claimF1',
  'kindAccuracy',
  'claimListRecall',
  'claimListKindAccuracy',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
/** `null` where a figure has nothing to measure (no labelled lines, no true positives). */
export type Figures = Record<FigureName, number | null>;

export function emptyCounts(): Counts {
  return {
    speakers: { correct: 0, total: 0 },
    topics: { tp: 0, fp: 0, fn: 0 },
    windows: { tp: 0, fp: 0, fn: 0, tn: 0, kindCorrect: 0 },
    claimList: { found: 0, total: 0, kindCorrect: 0 },
    confusion: emptyConfusion(),
  };
}

export function addCounts(into: Counts, more: Counts): void {
  for (const group of Object.keys(into) as (keyof Counts)[]) {
    const target = into[group] as unknown as Record<string, number>;
    const source = more[group] as unknown as Record<string, number>;
    for (const key of Object.keys(target)) target[key]! += source[key]!;
  }
}

/** Precision with nothing predicted is 1 (no false alarm); recall with nothing to find is 1. */
export function precisionRecallF1(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function figuresOf(counts: Counts): Figures {
  const topics = precisionRecallF1(counts.topics.tp, counts.topics.fp, counts.topics.fn);
  const windows = precisionRecallF1(counts.windows.tp, counts.windows.fp, counts.windows.fn);
  const hasWindows = counts.windows.tp + counts.windows.fp + counts.windows.fn + counts.windows.tn > 0;
  return {
    speakerAccuracy: ratio(counts.speakers.correct, counts.speakers.total),
    topicPrecision: topics.precision,
    topicRecall: topics.recall,
    topicF1: topics.f1,
    claimPrecision: hasWindows ? windows.precision : null,
    claimRecall: hasWindows ? windows.recall : null,
    claimF1: hasWindows ? windows.f1 : null,
    kindAccuracy: ratio(counts.windows.kindCorrect, counts.windows.tp),
    claimListRecall: ratio(counts.claimList.found, counts.claimList.total),
    claimListKindAccuracy: ratio(counts.claimList.kindCorrect, counts.claimList.found),
  };
}

/** Speaker names compare after NFKC, case-folding, and removing spaces and punctuation: `Ms. Jones` = `MS JONES`. */
export function speakerKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{Z}\s]/gu, '');
}

export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return speakerKey(gold) === speakerKey(predicted);
}

/**
 * The predicted speaker of each line (0-based): the speaker of the turn covering the line's first
 * non-blank character, `null` when no turn covers it (narration before a mid-line hand-over included)
 * or when the whole line is a stage direction. In a subtitle file (`format` `srt` or `vtt`), a cue's number
 * and timing line are no one's either: the analysis reads them as never speech (classifySubtitleLines), and
 * a turn running over consecutive cues covers them only because they sit between its cues.
 */
export function predictedSpeakers(analysis: Analysis, lines: LineIndex, format?: string): (string | null)[] {
  const text = lines.text;
  const result: (string | null)[] = [];
  const cueLines = format === 'srt' || format === 'vtt' ? classifySubtitleLines(lines) : undefined;
  const turns = [...analysis.turns].sort((a, b) => a.span.start - b.span.start);
  const directions = analysis.stageDirections.map((d) => d.span);
  let turn = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    let first = start;
    while (first < end && /\s/.test(text[first]!)) first++;
    let last = end;
    while (last > first && /\s/.test(text[last - 1]!)) last--;
    if (first === last) {
      result.push(null);
      continue;
    }
    while (turn < turns.length && turns[turn]!.span.end <= first) turn++;
    let covering: Turn | undefined;
    for (let t = turn; t < turns.length && turns[t]!.span.start <= first; t++) {
      if (first < turns[t]!.span.end) {
        covering = turns[t];
        break;
      }
    }
    const isDirection = directions.some((d) => d.start <= first && last <= d.end);
    const isCueFrame = cueLines !== undefined && cueLines[line] !== CueLine.Text;
    result.push(covering && !isDirection && !isCueFrame ? covering.speaker : null);
  }
  return result;
}

export function scoreSpeakers(gold: ReadonlyMap<number, string | null>, predicted: readonly (string | null)[]): Counts['speakers'] {
  let correct = 0;
  for (const [line, name] of gold) if (sameSpeaker(name, predicted[line - 1] ?? null)) correct++;
  return { correct, total: gold.size };
}

/** 1-based lines of every topic heading, nested ones included. */
export function predictedHeadingLines(topics: readonly Topic[], lines: LineIndex): number[] {
  const found = new Set<number>();
  const walk = (list: readonly Topic[]): void => {
    for (const topic of list) {
      found.add(lines.lineAt(topic.headingSpan.start) + 1);
      walk(topic.children);
    }
  };
  walk(topics);
  return [...found].sort((a, b) => a - b);
}

export function scoreHeadings(gold: readonly number[], predicted: readonly number[]): Counts['topics'] {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  let tp = 0;
  for (const line of predictedSet) if (goldSet.has(line)) tp++;
  return { tp, fp: predictedSet.size - tp, fn: goldSet.size - tp };
}

/** A gold heading the analysis did not find (`missed`), or a heading it found that the gold does not list (`false`). */
export interface HeadingMistake {
  /** 1-based, as in the labels. */
  readonly line: number;
  readonly outcome: 'missed' | 'false';
  readonly text: string;
}

/** The headings scoreHeadings counts as fn and fp, in line order, with their line's trimmed text. */
export function headingMistakes(gold: readonly number[], predicted: readonly number[], lines: LineIndex): HeadingMistake[] {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  const wrong = [...new Set([...goldSet, ...predictedSet])].filter((line) => goldSet.has(line) !== predictedSet.has(line)).sort((a, b) => a - b);
  return wrong.map((line) => ({ line, outcome: goldSet.has(line) ? 'missed' : 'false', text: line >= 1 && line <= lines.lineCount ? lines.lineText(line - 1).trim() : '' }));
}

/** A gold sentence located in the document: the offsets of its non-blank characters. */
export interface LocatedSentence {
  readonly label: SentenceLabel;
  readonly offsets: readonly number[];
}

/** Length of the timestamp opening `line` (`[01:32]  `, `[00:55.000 --> 01:16.000]  `), 0 if none. */
function openingStampLength(lines: LineIndex, line: number): number {
  const start = lines.lineStart(line);
  return leadingTimestampLength(lines.text.slice(start, Math.min(lines.lineEnd(line), start + 64)));
}

/**
 * Finds each window sentence in the window's lines, in order, comparing with all white space removed
 * (a sentence may run over a line break). A line of timestamped segments that follows another is read
 * without its timestamp, as the analysis reads a sentence going on over such lines (sentenceText), so
 * `…of silence⏎[01:32]  to acknowledge…` matches the sentence `…of silence to acknowledge…`. A sentence
 * that is not there is an error naming `file`.
 */
export function locateSentences(window: GoldWindow, lines: LineIndex, file: string): LocatedSentence[] {
  const text = lines.text;
  const offsets: number[] = [];
  let squeezed = '';
  let previousStamped = window.startLine >= 2 && openingStampLength(lines, window.startLine - 2) > 0;
  for (let line = window.startLine - 1; line < window.endLine; line++) {
    const stamp = openingStampLength(lines, line);
    const from = lines.lineStart(line) + (previousStamped ? stamp : 0);
    previousStamped = stamp > 0;
    const to = line === window.endLine - 1 ? lines.lineEnd(line) : lines.lineStart(line + 1);
    for (let i = from; i < to; i++) {
      if (/\s/.test(text[i]!)) continue;
      squeezed += text[i];
      offsets.push(i);
    }
  }
  const located: LocatedSentence[] = [];
  let cursor = 0;
  for (const sentence of window.sentences) {
    const wanted = sentence.text.replace(/\s+/g, '');
    const at = squeezed.indexOf(wanted, cursor);
    if (at < 0) {
      const anywhere = squeezed.indexOf(wanted) >= 0 ? ' (it is there, but before the previous sentence: keep the file order)' : '';
      throw new LabelsError(`${file}: window lines ${window.startLine}-${window.endLine}: sentence ${JSON.stringify(sentence.text)} not found${anywhere}`);
    }
    located.push({ label: sentence.label, offsets: offsets.slice(at, at + wanted.length) });
    cursor = at + wanted.length;
  }
  return located;
}

/** Fraction of `offsets` inside `span`. */
function coverage(offsets: readonly number[], span: Span): number {
  if (offsets.length === 0) return 0;
  let inside = 0;
  for (const offset of offsets) if (span.start <= offset && offset < span.end) inside++;
  return inside / offsets.length;
}

/** The claim that covers most of `offsets`, if it covers at least half of them. */
export function coveringClaim(offsets: readonly number[], claims: readonly Claim[]): Claim | null {
  if (offsets.length === 0) return null;
  const first = offsets[0]!;
  const last = offsets[offsets.length - 1]!;
  let best: Claim | null = null;
  let bestCoverage = 0;
  for (const claim of claims) {
    if (claim.span.end <= first || claim.span.start > last) continue;
    const covered = coverage(offsets, claim.span);
    if (covered > bestCoverage) {
      best = claim;
      bestCoverage = covered;
    }
  }
  return bestCoverage >= 0.5 ? best : null;
}

export function scoreWindowSentences(sentences: readonly LocatedSentence[], claims: readonly Claim[]): Counts['windows'] {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0, kindCorrect: 0 };
  for (const sentence of sentences) {
    const claim = coveringClaim(sentence.offsets, claims);
    const isClaim = sentence.label !== 'none';
    if (claim && isClaim) {
      counts.tp++;
      if (claim.kind === sentence.label) counts.kindCorrect++;
    } else if (claim) counts.fp++;
    else if (isClaim) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

/** Gold label × predicted kind of every window sentence (`none` when no claim covers it). */
export function confusionOf(sentences: readonly LocatedSentence[], claims: readonly Claim[]): Record<string, number> {
  const matrix = emptyConfusion();
  for (const sentence of sentences) matrix[confusionKey(sentence.label, coveringClaim(sentence.offsets, claims)?.kind ?? 'none')]!++;
  return matrix;
}

export function scoreClaimList(gold: readonly GoldClaim[], claims: readonly Claim[], lines: LineIndex): Counts['claimList'] {
  const counts = { found: 0, total: gold.length, kindCorrect: 0 };
  for (const goldClaim of gold) {
    const lineStart = lines.lineStart(goldClaim.line - 1);
    const at = lineStart + lines.lineText(goldClaim.line - 1).indexOf(goldClaim.quote);
    const offsets: number[] = [];
    for (let i = at; i < at + goldClaim.quote.length; i++) if (!/\s/.test(lines.text[i]!)) offsets.push(i);
    const claim = coveringClaim(offsets, claims);
    if (!claim) continue;
    counts.found++;
    if (claim.kind === goldClaim.kind) counts.kindCorrect++;
  }
  return counts;
}

/** One window sentence as the analysis saw it: for reading the mistakes of the dev half. */
export interface SentenceOutcome {
  readonly text: string;
  readonly label: SentenceLabel;
  readonly predicted: SentenceLabel;
  readonly cues: readonly string[];
  readonly confidence: number | null;
  /** Who the analysis says said it: the speaker of the turn its first character is in, null outside turns. */
  readonly speaker: string | null;
  /** The labelled speaker of the line it starts on (null: nobody speaks there). */
  readonly goldSpeaker: string | null;
}

/** The speaker of the innermost turn covering `offset`, or null. `turns` sorted by start. */
export function speakerAt(turns: readonly Turn[], offset: number): string | null {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (turns[middle]!.span.start <= offset) low = middle + 1;
    else high = middle;
  }
  for (let t = low - 1; t >= 0; t--) if (offset < turns[t]!.span.end) return turns[t]!.speaker;
  return null;
}

/** Who said the sentence by the analysis (— for nobody), and the labelled speaker after `≠` where they differ. */
export function speakerColumn(sentence: SentenceOutcome): string {
  const name = (speaker: string | null): string => (speaker === null ? '—' : speaker.replace(/\s+/g, ' '));
  return sameSpeaker(sentence.goldSpeaker, sentence.speaker) ? name(sentence.speaker) : `${name(sentence.speaker)} ≠ ${name(sentence.goldSpeaker)}`;
}

export function windowOutcomes(labels: CorpusLabels, analysis: Analysis, lines: LineIndex, file: string): SentenceOutcome[] {
  const outcomes: SentenceOutcome[] = [];
  const turns = [...analysis.turns].sort((a, b) => a.span.start - b.span.start);
  for (const window of labels.windows) {
    locateSentences(window, lines, file).forEach((sentence, i) => {
      const claim = coveringClaim(sentence.offsets, analysis.claims);
      const first = sentence.offsets[0];
      outcomes.push({
        text: window.sentences[i]!.text, label: sentence.label, predicted: claim?.kind ?? 'none', cues: claim?.cues ?? [], confidence: claim?.confidence ?? null,
        speaker: first === undefined ? null : speakerAt(turns, first),
        goldSpeaker: first === undefined ? null : labels.speakers.get(lines.lineAt(first) + 1) ?? null,
      });
    });
  }
  return outcomes;
}

/** All counts for one transcript. Throws LabelsError when a window sentence is not in the text. */
export function scoreTranscript(labels: CorpusLabels, analysis: Analysis, lines: LineIndex, file: string): Counts {
  const windowCounts = emptyCounts();
  for (const window of labels.windows) {
    const sentences = locateSentences(window, lines, file);
    addCounts(windowCounts, { ...emptyCounts(), windows: scoreWindowSentences(sentences, analysis.claims), confusion: confusionOf(sentences, analysis.claims) });
  }
  return {
    speakers: scoreSpeakers(labels.speakers, predictedSpeakers(analysis, lines, labels.format)),
    topics: scoreHeadings(labels.headings, predictedHeadingLines(analysis.topics, lines)),
    windows: windowCounts.windows,
    claimList: scoreClaimList(labels.claims, analysis.claims, lines),
    confusion: windowCounts.confusion,
  };
}
