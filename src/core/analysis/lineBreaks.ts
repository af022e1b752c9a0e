import type { TextSource } from '../text/chunkedText';
import { LineIndex } from '../text/positions';
import { isListItemShapedLine, isPlainTextShaped, isTitleShapedLine } from '../topics/lineScan';
import { isFence, isRule, listItemContentStart, parseAtxHeading } from '../topics/lineShapes';
import { INTRODUCTION_LOOKBACK, INTRODUCTION_REACH, INTRODUCTION_SCAN, MAX_BODYLESS_LENGTH } from '../topics/outline';
import { boldMarkReading, endsSentenceAt, isTitleShaped, MAX_TITLE_LENGTH } from '../topics/titles';
import { MAX_SUMMARY_TARGET_LENGTH } from '../topics/summaryLinking';
import { labelCandidate, type LabelCandidate } from '../turns/candidates';
import { CLOSING_QUOTES, isBlankLine, isColon, LABEL_SCAN_LIMIT, OPENING_QUOTES, skipSpaces, trimEnd } from '../turns/chars';
import { isPageMarkup } from '../turns/findTurns';
import { speechIntroductionReading } from '../turns/speechLeads';
import { recognizeLabel, type LabelContext, type LabelMatch } from '../turns/labels';
import { CLOSING_LINE_SCAN, isClosingLine, isCreditLine } from '../turns/leadIns';
import { signatureAtEnd } from '../turns/signatures';
import { valueHeadsATitle } from '../turns/scheme';
import { parseSpeakerName } from '../turns/speakerName';
import { findStageDirections } from '../turns/stageDirections';
import { NARRATION_SCAN, narrationReading } from '../turns/thirdPerson';
import type { StageDirection, Turn } from './model';

/**
 * An edit that adds or removes line breaks, as lines: old lines `first`..`oldLast` became new lines
 * `first`..`newLast` (the first line keeps its start).
 */
export interface LineBreakEdit {
  readonly first: number;
  readonly oldLast: number;
  readonly newLast: number;
  /** The new text's index, derived from the old one without rescanning the text outside the edited lines. */
  readonly lines: LineIndex;
}

/**
 * The edit [editStart, editEnd) of `old.source` (replaced so that `text` results, changing its length by
 * `delta`) as lines; null where it would split or join a `\r\n` (the line structure around it changes).
 */
export function lineBreakEdit(old: LineIndex, text: TextSource, editStart: number, editEnd: number, delta: number): LineBreakEdit | null {
  const first = old.lineAt(editStart);
  const oldLast = old.lineAt(editEnd);
  const oldEnd = old.lineEnd(oldLast);
  // Between a `\r` and its `\n`.
  if (editStart > old.lineEnd(first) || editEnd > oldEnd) return null;
  const regionStart = old.lineStart(first);
  const newEnd = oldEnd + delta;
  if (regionStart > 0 && text.charCodeAt(regionStart - 1) === 13 && text.charCodeAt(regionStart) === 10) return null;
  if (text.charCodeAt(newEnd - 1) === 13 && text.charCodeAt(newEnd) === 10) return null;
  const starts: number[] = [];
  for (let i = regionStart; i < newEnd; i++) {
    const code = text.charCodeAt(i);
    if (code !== 13 && code !== 10) continue;
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  return { first, oldLast, newLast: first + starts.length, lines: old.withLinesReplaced(text, first, oldLast, starts, delta) };
}

/** What the check reads from the analysis before the edit. */
export interface LineBreakContext {
  readonly summaryItemTexts: ReadonlySet<string>;
  readonly labelContext: LabelContext;
  readonly markdown: boolean;
  /** Turns around the first edited line (a superset, in order). */
  readonly turnsNear: (start: number, end: number) => readonly Turn[];
  /** Whether the old text may hold a `[name=…]` signature anywhere (false: none at all). */
  readonly maySign: () => boolean;
  /**
   * Whether line `line` of `lines` (the old text's or the new) is a label or not by whether its value reads as a title
   * (LabelSchemeTally.hangsOnTitle): true for a one-off name, false for a name the document labels again.
   */
  readonly titleMayMatter: (lines: LineIndex, line: number) => boolean;
}

/** Lines around an edit that must play no part in the outline (titles and names read their neighbours this far). */
export const NEIGHBOURHOOD = INTRODUCTION_REACH;
/** YAML front matter (up to 200 lines, after up to two blank lines) may enclose the first lines of a Markdown file. */
export const FRONT_MATTER_REACH = 202;
/** How many lines after the edit are read for what depends on the edited turn's length. */
export const TURN_SCAN = 64;

/**
 * True when an edit that adds or removes line breaks inside speech leaves every line's part in turns,
 * topics and stage directions as it was, so that the results only move and the claims of the paragraphs
 * around it are all that change: the first edited line keeps its label (or its lack of one), its head
 * and its ending; every other edited line (before and after) is a plain line of speech that continues
 * the turn (no label or label candidate, colon, quote, title shape, list, heading, signature, hand-over,
 * closing line); no blank line appears or disappears; and no line near the edit is shaped like a title,
 * heading, list or rule (whose reading looks at its neighbours). `titleShapedLine`: a new line that may be
 * only title-shaped (an Enter that leaves a short line; the caller shows the outline reads it as none), or -1.
 */
export function isLocalLineBreakEdit(old: LineIndex, edit: LineBreakEdit, editStart: number, editEnd: number, delta: number, context: LineBreakContext, titleShapedLine = -1): boolean {
  const { first, oldLast, newLast, lines } = edit;
  if (context.markdown && first < FRONT_MATTER_REACH && opensFrontMatter(old)) return false;
  const lineStart = old.lineStart(first);
  const oldEnd = old.lineEnd(oldLast);
  const newEnd = lines.lineEnd(newLast);
  const oldTrimEnd = trimEnd(old.source, old.lineStart(oldLast), oldEnd);
  const newTrimEnd = trimEnd(lines.source, lines.lineStart(newLast), newEnd);
  if (oldEnd - oldTrimEnd !== newEnd - newTrimEnd) return false;
  // A quote may end a turn that narration handed over (TurnBuilder counts them per line): none at all here.
  if (hasQuote(old.source, lineStart, oldEnd) || hasQuote(lines.source, lineStart, newEnd)) return false;
  for (let line = first; line <= oldLast; line++) if (!isQuietLine(old, line, line > first, context)) return false;
  for (let line = first; line <= newLast; line++) if (!isQuietLine(lines, line, line > first, context, line === titleShapedLine)) return false;

  // The first line plays the same part before and after.
  const oldHead = lineHead(old, first, context.labelContext);
  const newHead = lineHead(lines, first, context.labelContext);
  if (!sameLabel(oldHead.label, newHead.label) || !sameCandidate(oldHead.candidate, newHead.candidate)) return false;
  if (oldHead.closing !== newHead.closing || oldHead.markup !== newHead.markup || oldHead.chevrons !== newHead.chevrons || oldHead.narration !== newHead.narration) return false;
  if (!sameTitleReading(old, first, oldHead, lines, first, newHead, context)) return false;
  const label = oldHead.label;
  if (label && newHead.label) {
    if (editStart < lineStart + label.labelEnd) return false;
    // Speech on the label line or not (`Name:` alone opens a 'block' turn), and a reporter's credit line.
    if (oldHead.speechOnLine !== newHead.speechOnLine || oldHead.credit !== newHead.credit) return false;
  }
  // The same for the labels of any reading, the document's own scheme's included, which recognizeLabel does not know.
  if (labelledSpeechMoves(old, lines, first, editStart, context.turnsNear)) return false;

  // Stage directions of the edited lines: the same ones, moved by the edit.
  if (!sameStageDirections(old.source.slice(lineStart, oldEnd), lines.source.slice(lineStart, newEnd), editStart - lineStart, editEnd - lineStart, delta)) return false;

  // The document's first content line may be a headline (`Agency: headline`): keep away from it.
  if (!hasContentAbove(old, first)) return false;
  if (!sameForTitlesAround(old, lines, edit, oldHead, newHead, context)) return false;
  // A signature below signs the paragraph up to its first line: where that starts may move.
  // A file without blank lines (a line per timestamped segment) has one paragraph: past the scan, whether it has any signature.
  for (let line = oldLast + 1; line < old.lineCount && !isBlankLine(old, line); line++) {
    if (line > oldLast + TURN_SCAN) {
      if (context.maySign()) return false;
      break;
    }
    if (signatureAtEnd(old.lineText(line))) return false;
  }
  // A turn opened by the first line has speech below it or not: a later `…question:` line reads that.
  if (label && (oldLast === first) !== (newLast === first) && !colonFreeRestOfTurn(old, first, oldLast, lineStart + label.labelStart, context)) return false;
  return true;
}

/** How many blank lines a title looks past for its body text, and for the line it follows (see isStandaloneTitle). */
const TITLE_LOOKAHEAD = 4;

/**
 * A title line (or a heading, list or rule) reads the lines next to it: the first non-blank line below a
 * title reads as body text or not (its length, its last character, a label), the line right above one ends
 * a sentence or not, and a name line on its own is introduced by the lines above it. Those readings of the
 * edited lines must not change, and no name-shaped line may sit within reach below them.
 */
function sameForTitlesAround(old: LineIndex, lines: LineIndex, edit: LineBreakEdit, oldHead: LineHead, newHead: LineHead, context: LineBreakContext): boolean {
  const { first, oldLast, newLast } = edit;
  // Above: a title whose first non-blank line below is the first edited line.
  if (mayBeTitleAbove(old, first, context.summaryItemTexts) && !(sameLength(old, first, lines, first) && endsSentenceSame(old, first, lines, first))) return false;
  // Below: a title right under the last edited line reads it as the line it follows.
  if (mayBeTitleBelow(old, oldLast, context.summaryItemTexts)) {
    if (context.markdown && isRuleLine(old, oldLast + 1)) return false;
    const before = oldLast === first ? oldHead : lineHead(old, oldLast, context.labelContext);
    const after = newLast === first ? newHead : lineHead(lines, newLast, context.labelContext);
    if (!sameLabel(before.label, after.label) || !sameCandidate(before.candidate, after.candidate) || !endsSentenceSame(old, oldLast, lines, newLast)) return false;
    if (!sameTitleReading(old, oldLast, before, lines, newLast, after, context)) return false;
  }
  // A name on a line of its own may be introduced by the few lines above it, which the edit regroups.
  for (let line = oldLast + 1; line < old.lineCount && line <= oldLast + INTRODUCTION_REACH; line++) {
    if (!nameLineStaysUnintroduced(old, lines, line, newLast - oldLast, context)) return false;
  }
  return true;
}

/**
 * A name on a line of its own (title-shaped, reading as a name) speaks when one of the few lines of text
 * above it mentions it (outline.ts, isIntroducedAbove); an edit above it may add, remove or rewrite those.
 * True when old line `line` (`line + moved` in `lines`, the new text) is no such line, or may be read as
 * introduced in neither text: then the outline reads it alike.
 */
export function nameLineStaysUnintroduced(old: LineIndex, lines: LineIndex, line: number, moved: number, context: Pick<LineBreakContext, 'summaryItemTexts'>): boolean {
  if (!mayBeTitle(old, line, context) || parseSpeakerName(old.lineText(line).trim()) === null) return true;
  return !mayBeIntroducedAbove(old, line) && !mayBeIntroducedAbove(lines, line + moved);
}

/**
 * isIntroducedAbove's search, erring towards true: up to INTRODUCTION_LOOKBACK lines of text within
 * INTRODUCTION_REACH lines above `line` are read for its text, and the search ends at a line the scan never
 * files as text (a title-shaped line or a list item); other lines count as text.
 */
function mayBeIntroducedAbove(lines: LineIndex, line: number): boolean {
  const text = lines.text;
  const name = lines.lineText(line).trim();
  let seen = 0;
  for (let l = line - 1; l >= 0 && l >= line - INTRODUCTION_REACH && seen < INTRODUCTION_LOOKBACK; l--) {
    const lineStart = lines.lineStart(l);
    const lineEnd = lines.lineEnd(l);
    const start = skipSpaces(text, lineStart, lineEnd);
    if (start === lineEnd) continue;
    if (isTitleShapedLine(text, start, trimEnd(text, start, lineEnd)) || isListItemShapedLine(text, start, lineEnd)) return false;
    seen++;
    if (text.slice(lineStart, Math.min(lineEnd, lineStart + INTRODUCTION_SCAN)).includes(name)) return true;
  }
  return false;
}

/** Whether the first non-blank line above `line`, if close enough for a title to read `line` as its body, may be a title. */
export function mayBeTitleAbove(lines: LineIndex, line: number, summaryItemTexts: ReadonlySet<string>): boolean {
  for (let l = line - 1; l >= 0 && l >= line - TITLE_LOOKAHEAD; l--) if (!isBlankLine(lines, l)) return mayBeTitle(lines, l, { summaryItemTexts });
  return false;
}

/** Whether the line right below `line` may be a title (which reads whether `line` ends a sentence, and its label). */
export function mayBeTitleBelow(lines: LineIndex, line: number, summaryItemTexts: ReadonlySet<string>): boolean {
  return line + 1 < lines.lineCount && mayBeTitle(lines, line + 1, { summaryItemTexts });
}

/** A line the outline may read as a title or heading (or a rule, list or fence): not plain text, or the text of a summary item. */
function mayBeTitle(lines: LineIndex, line: number, context: Pick<LineBreakContext, 'summaryItemTexts'>): boolean {
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(lines.source, lines.lineStart(line), lineEnd);
  if (start === lineEnd) return false;
  if (!isPlainTextShaped(lines.source, start, lineEnd)) return true;
  const end = trimEnd(lines.source, start, lineEnd);
  return end - start <= MAX_SUMMARY_TARGET_LENGTH && context.summaryItemTexts.has(lines.source.slice(start, end));
}

/** A line no summary item can match, by text or as a title (see summaryHorizon.ts). */
export function isInertForSummaries(lines: LineIndex, line: number, summaryItemTexts: ReadonlySet<string>): boolean {
  return !mayBeTitle(lines, line, { summaryItemTexts });
}

function isRuleLine(lines: LineIndex, line: number): boolean {
  return isRule(lines.lineText(line).trim());
}

/** Whether both lines are longer than an unpunctuated title's body may be, or both not. */
function sameLength(a: LineIndex, lineA: number, b: LineIndex, lineB: number): boolean {
  return trimmedLength(a, lineA) > MAX_BODYLESS_LENGTH === trimmedLength(b, lineB) > MAX_BODYLESS_LENGTH;
}

function trimmedLength(lines: LineIndex, line: number): number {
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(lines.source, lines.lineStart(line), lineEnd);
  return trimEnd(lines.source, start, lineEnd) - start;
}

function endsSentenceSame(a: LineIndex, lineA: number, b: LineIndex, lineB: number): boolean {
  const endsA = endsSentenceAt(a.source, a.lineStart(lineA), trimEnd(a.source, a.lineStart(lineA), a.lineEnd(lineA)));
  return endsA === endsSentenceAt(b.source, b.lineStart(lineB), trimEnd(b.source, b.lineStart(lineB), b.lineEnd(lineB)));
}

/** A line that isPlainTextShaped refuses for its title shape alone: no list, heading, rule, fence, markup, bold or picture. */
export function onlyTitleShaped(text: TextSource, start: number, lineEnd: number): boolean {
  if (STYLED_OR_CODE_START.has(text.charAt(start))) return false;
  return isTitleShapedBlockless(text, start, trimEnd(text, start, lineEnd));
}

/** The trimmed line [start, end) is title-shaped and no rule, list item or `#` heading. */
function isTitleShapedBlockless(text: TextSource, start: number, end: number): boolean {
  const probe = text.slice(start, end);
  if (isRule(probe) || listItemContentStart(probe) >= 0 || parseAtxHeading(probe)) return false;
  return isTitleShapedLine(text, start, end);
}

/**
 * Whether the line below `line` may be filed as a plain title (Kind.TitleShaped: a title-shaped line or a markup
 * paragraph's), the upper line of a stack isOverStandingTitle reads; no heading, list item or rule is.
 */
export function mayBePlainTitleBelow(lines: LineIndex, line: number): boolean {
  return line + 1 < lines.lineCount && mayBePlainTitle(lines, line + 1);
}

/** Most lines from a stack's upper title to its lower one: a picture and the blank lines around it (outline.ts). */
const STACK_REACH = 8;

/**
 * Whether a plain title stands below `line` over another within reach (the next non-blank line, or the one after a
 * picture): the only stack isOverStandingTitle reads. A name line over its speech is no such stack.
 */
export function mayBePlainTitleStackBelow(lines: LineIndex, line: number): boolean {
  if (!mayBePlainTitleBelow(lines, line)) return false;
  let seen = 0;
  for (let next = line + 2; next < lines.lineCount && next <= line + 1 + STACK_REACH && seen < 2; next++) {
    if (isBlankLine(lines, next)) continue;
    if (mayBePlainTitle(lines, next)) return true;
    seen++;
  }
  return false;
}

function mayBePlainTitle(lines: LineIndex, line: number): boolean {
  const text = lines.source;
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(text, lines.lineStart(line), lineEnd);
  const end = trimEnd(text, start, lineEnd);
  if (start === end) return false;
  // Markup may wrap a paragraph over the lines around it (lineScan.ts, readWrappedLines): any such line may be one.
  if (text.charAt(start) === '<') return true;
  return isTitleShapedBlockless(text, start, end);
}

/** First characters of lines the outline may read as styled paragraphs, pictures or code. */
const STYLED_OR_CODE_START = new Set(['*', '_', '<', '#', '!', '`', '~']);

/**
 * A non-blank line that takes no part in the outline; a line after the first one (`continuation`) also
 * continues the turn above it as plain speech. `titleShapeAllowed`: a line that is only title-shaped passes
 * (the caller shows that the outline reads it as no title).
 */
export function isQuietLine(lines: LineIndex, line: number, continuation: boolean, context: LineBreakContext, titleShapeAllowed = false): boolean {
  const text = lines.source;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(text, lineStart, lineEnd);
  const end = trimEnd(text, start, lineEnd);
  if (start >= end || !(isPlainTextShaped(text, start, lineEnd) || (titleShapeAllowed && onlyTitleShaped(text, start, lineEnd)))) return false;
  // Bold marks make a paragraph a question title when the document has several (see boldMarkReading).
  if (boldMarkReading(text, start, end) !== '') return false;
  if (end - start <= MAX_SUMMARY_TARGET_LENGTH && context.summaryItemTexts.has(text.slice(start, end))) return false;
  // A line ending in a colon may hand over to a quote or name a narration subject anywhere in the document.
  if (isColon(text.charCodeAt(end - 1))) return false;
  if (signatureAtEnd(text.slice(lineStart, lineEnd))) return false;
  // A speech lead-in, byline, sign-off or figure decides who speaks below it.
  if (speechIntroductionReading(text.slice(lineStart, lineEnd)) !== '') return false;
  if (!continuation) return true;
  const head = lineHead(lines, line, context.labelContext);
  return !head.label && !head.candidate && !head.closing && !head.markup && !head.chevrons;
}

interface LineHead {
  readonly label: LabelMatch | null;
  readonly candidate: LabelCandidate | null;
  readonly closing: boolean;
  readonly markup: boolean;
  readonly chevrons: boolean;
  readonly narration: string;
  readonly speechOnLine: boolean;
  readonly credit: boolean;
  /** The text after the label or candidate reads as a title (scheme.ts headsATitle), per head: a one-off name's line is then no label. */
  readonly titled: string;
}

/**
 * Whether a line's label reads the same whether its value reads as a title or not: the title reading is the same
 * before and after the edit, or the line's label does not hang on it (an Enter that leaves `陳立文：我們在上個` under a
 * name the document labels again keeps the label).
 */
function sameTitleReading(old: LineIndex, oldLine: number, before: LineHead, lines: LineIndex, newLine: number, after: LineHead, context: LineBreakContext): boolean {
  return before.titled === after.titled || (!context.titleMayMatter(old, oldLine) && !context.titleMayMatter(lines, newLine));
}

/** What the turn scan and the label scheme read from a line (see findTurns and findLabelScheme). */
function lineHead(lines: LineIndex, line: number, labelContext: LabelContext): LineHead {
  const text = lines.source;
  const lineStart = lines.lineStart(line);
  const lineEnd = lines.lineEnd(line);
  const start = skipSpaces(text, lineStart, lineEnd);
  const end = trimEnd(text, start, lineEnd);
  const prefix = text.slice(lineStart, Math.min(lineEnd, lineStart + LABEL_SCAN_LIMIT));
  const label = recognizeLabel(prefix, lineEnd - lineStart, labelContext);
  const candidate = labelCandidate(prefix, lineEnd - lineStart);
  return {
    label,
    candidate,
    closing: isClosingLine(text.slice(start, Math.min(end, start + CLOSING_LINE_SCAN))),
    markup: isPageMarkup(text, start),
    chevrons: text.startsWith('>>', start),
    narration: narrationReading(text.slice(start, Math.min(end, start + NARRATION_SCAN))),
    speechOnLine: label !== null && hasSpeechAfter(lines, line, lineStart + label.textStart),
    credit: label !== null && isCreditLine(label, text.slice(lineStart + label.textStart, end)),
    titled: [label, candidate].map((head) => head !== null && valueHeadsATitle(text, lineStart + head.textStart, lineEnd)).join(),
  };
}

/** Whether line `line` holds more than spaces after offset `at` (a label's end or its text's start): speech on the label's line. */
function hasSpeechAfter(lines: LineIndex, line: number, at: number): boolean {
  return at < trimEnd(lines.source, lines.lineStart(line), lines.lineEnd(line));
}

/**
 * Whether a turn labelled on `line` (by any reading, the document's own label scheme included) has speech on its
 * line before the edit and none after it, or the reverse: that makes a `label` turn a `block` one, or back.
 * lineHead's speechOnLine asks the same of the labels recognizeLabel knows.
 */
function labelledSpeechMoves(old: LineIndex, lines: LineIndex, line: number, editStart: number, turnsNear: LineBreakContext['turnsNear']): boolean {
  const lineStart = old.lineStart(line);
  const oldEnd = trimEnd(old.source, lineStart, old.lineEnd(line));
  return turnsNear(lineStart, oldEnd).some((t) => {
    const label = t.labelSpan;
    return label != null && label.start >= lineStart && label.end <= oldEnd && editStart >= label.end && hasSpeechAfter(old, line, label.end) !== hasSpeechAfter(lines, line, label.end);
  });
}

/** A Markdown file whose first lines hold a `---` (YAML front matter opens with one). */
export function opensFrontMatter(lines: LineIndex): boolean {
  for (let line = 0; line < 3 && line < lines.lineCount; line++) if (lines.lineText(line).trim() === '---') return true;
  return false;
}

function hasQuote(text: TextSource, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    if (OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) return true;
  }
  return false;
}

/** A non-blank line within NEIGHBOURHOOD lines above `line`. */
export function hasContentAbove(lines: LineIndex, line: number): boolean {
  for (let l = line - 1; l >= 0 && l >= line - NEIGHBOURHOOD; l--) if (!isBlankLine(lines, l)) return true;
  return false;
}

/** No line ends in a colon from below the edited lines to the end of the turn the first one opens (old text). */
function colonFreeRestOfTurn(old: LineIndex, first: number, oldLast: number, labelStart: number, context: LineBreakContext): boolean {
  const turn = context.turnsNear(labelStart, old.lineEnd(first)).find((t) => t.labelSpan?.start === labelStart);
  if (!turn) return false;
  const lastLine = old.lineAt(turn.span.end);
  if (lastLine - oldLast > TURN_SCAN) return false;
  for (let line = oldLast + 1; line <= lastLine; line++) {
    const end = trimEnd(old.source, old.lineStart(line), old.lineEnd(line));
    if (end > old.lineStart(line) && isColon(old.source.charCodeAt(end - 1))) return false;
  }
  // The `…question:` line that closed the turn (it had content) is the first one after it.
  return !questionLeadInMayFollow(old, lastLine, context.turnsNear, context.markdown);
}

/**
 * Whether the first line the turn scan reads after `line` may ask whether the open turn has content: a line
 * ending in a colon (`…question:` closes a turn with content) that opens no turn of its own (a label or a
 * hand-over is read before that). Blank lines and whole-line stage directions (asides after a blank line)
 * are passed over; in Markdown a fence may hide code lines the scan skips, so it may.
 */
export function questionLeadInMayFollow(lines: LineIndex, line: number, turnsNear: LineBreakContext['turnsNear'], markdown: boolean): boolean {
  for (let l = line + 1; l < lines.lineCount; l++) {
    if (l > line + TURN_SCAN) return true;
    if (isBlankLine(lines, l) || fillsLineWithDirection(lines, l)) continue;
    if (markdown && isFence(lines.lineText(l).trimStart())) return true;
    const lineStart = lines.lineStart(l);
    const end = trimEnd(lines.text, lineStart, lines.lineEnd(l));
    return isColon(lines.text.charCodeAt(end - 1)) && !turnsNear(lineStart, end).some((t) => t.span.start >= lineStart && t.span.start < end);
  }
  return false;
}

/** Whether one stage direction fills the line (findTurns' wholeLineDirections), read from the line alone. */
export function fillsLineWithDirection(lines: LineIndex, line: number): boolean {
  const lineText = lines.lineText(line);
  const start = skipSpaces(lineText, 0);
  const end = trimEnd(lineText, start, lineText.length);
  return findStageDirections(new LineIndex(lineText)).some((d) => d.span.start === start && d.span.end === end);
}

/** The stage directions of one line's text read alone (sameStageDirections' reading, numberLines true). */
export function stageDirectionsOfLine(text: string): StageDirection[] {
  return findStageDirections(new LineIndex(text));
}

/**
 * Whether the stage directions of `newText` are those of `oldText` moved by an edit of [editStart, editEnd)
 * that changed the length by `delta` (offsets relative to the texts); none may touch the edit. `read`: the texts'
 * directions as stageDirectionsOfLine found them (numberLines true), when the caller has them.
 */
export function sameStageDirections(oldText: string, newText: string, editStart: number, editEnd: number, delta: number, numberLines = true, read?: { readonly before: readonly StageDirection[]; readonly after: readonly StageDirection[] }): boolean {
  const oldLines = new LineIndex(oldText);
  const newLines = new LineIndex(newText);
  const before = read?.before ?? findStageDirections(oldLines, undefined, numberLines);
  const after = read?.after ?? findStageDirections(newLines, undefined, numberLines);
  if (before.length !== after.length) return false;
  return before.every((d, i) => {
    const moved = after[i]!.span;
    // One filling its line is an aside after a blank line, which the turn skips (findTurns' wholeLineDirections).
    if (fillsItsLine(oldLines, d.span) !== fillsItsLine(newLines, moved)) return false;
    if (d.span.end <= editStart) return moved.start === d.span.start && moved.end === d.span.end;
    if (d.span.start >= editEnd) return moved.start === d.span.start + delta && moved.end === d.span.end + delta;
    return false;
  });
}

function fillsItsLine(lines: LineIndex, span: { readonly start: number; readonly end: number }): boolean {
  const line = lines.lineAt(span.start);
  return skipSpaces(lines.text, lines.lineStart(line), span.start) === span.start && trimEnd(lines.text, span.end, lines.lineEnd(line)) === span.end;
}

export function sameCandidate(a: LabelCandidate | null, b: LabelCandidate | null): boolean {
  if (!a || !b) return a === b;
  return a.name === b.name && a.written === b.written && a.shape === b.shape && a.labelStart === b.labelStart && a.labelEnd === b.labelEnd && a.textStart === b.textStart &&
    a.timestamp === b.timestamp && a.verb === b.verb && a.isRole === b.isRole && a.wrapped === b.wrapped;
}

export function sameLabel(a: LabelMatch | null, b: LabelMatch | null): boolean {
  if (!a || !b) return a === b;
  return a.speaker === b.speaker && a.labelStart === b.labelStart && a.labelEnd === b.labelEnd && a.textStart === b.textStart &&
    a.source === b.source && a.timestamp === b.timestamp && a.verb === b.verb && a.afterQuestionOnly === b.afterQuestionOnly && a.fromUserPattern === b.fromUserPattern;
}

/** `…comes from John Doe with…`: the old or new text of line `line` names a title-shaped name line below it, which it introduces as a speaker. */
export function mentionsNameLineBelow(lines: LineIndex, line: number, oldLine: string, newLine: string): boolean {
  for (let l = line + 1; l < lines.lineCount && l <= line + INTRODUCTION_REACH; l++) {
    const name = lines.lineText(l).trim();
    if (name.length >= 2 && name.length <= MAX_TITLE_LENGTH && isTitleShaped(name) && (oldLine.includes(name) || newLine.includes(name))) return true;
  }
  return false;
}
