import type { TextSource } from '../text/chunkedText';
import { lineTableOf, type LineTable } from '../analysis/lineTable';
import type { TranscriptFormat } from '../analysis/model';
import type { LineIndex, Span } from '../text/positions';
import { frontMatterEnd } from '../text/frontMatter';
import {
  isCueTiming,
  isEnglishTitleLine,
  isHeadingOrDecoration,
  isBareLinkLine,
  isStageDirectionLine,
  isChatClientLine,
  isLegendLine,
  MAX_LEGEND_LINE,
  isSubtitleMachinery,
  isTitleLine,
  leadingMarkupLength,
  leadingTimestampLength,
  VTT_BLOCK_START,
  trailingMarkupLength,
} from './lineFilters';
import { endsWithTerminator, holdsAnyOf, isCjkScript, isWhitespace, sentenceSpans } from './sentenceBreaks';
import { leadingCueTags, withoutCueTags, type CaptionRepeats } from './captionLines';
import { isCaseless } from './caseless';
import { firstColonIn, isAsciiUpperLetter, isBlankLine, isDigit, skipSpaces } from '../turns/chars';
import { BRACKETED_TIMESTAMP_SOURCE, LONE_CLOCK_SOURCE, MAX_LONE_CLOCK_LINE } from '../turns/timestamps';
import { codesOf } from '../text/codesOf';
import { parseTime } from '../desk/timecodes';
import { splitAtPauses } from './pauseBreaks';
import { decodeHtmlEntities } from '../text/entities';

export interface Sentence {
  readonly text: string;
  /** UTF-16 offsets into the document, trimmed: `text === document.slice(span.start, span.end)`. */
  readonly span: Span;
}

export interface SentenceOptions {
  /** Speaker labels (`Turn.labelSpan`): never part of a sentence. */
  readonly labelSpans?: readonly Span[];
  /** Headings and stage directions found elsewhere: a line these cover holds no sentence. */
  readonly skipSpans?: readonly Span[];
  /** Subtitle formats turn off the title-line guess (cue text is often unpunctuated). */
  readonly format?: TranscriptFormat;
  /** Rolling captions: lines that only show again what the cue before said hold no sentence. */
  readonly captionRepeats?: CaptionRepeats;
  /**
   * A stenographic record's line-number gutter, blanked to spaces (lineNumberGutter.ts), indents every line: a
   * sentence then goes on into an indented line as into any other.
   */
  readonly indentIsLayout?: boolean;
}

/** Finds the first of `spans` (sorted by start, not overlapping) that overlaps [start, end). */
function firstOverlap(spans: readonly Span[], start: number, end: number): Span | undefined {
  if (!spans.length) return undefined;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.end <= start) low = mid + 1;
    else high = mid;
  }
  const span = spans[low];
  return span && span.start < end ? span : undefined;
}

function sortedByStart(spans: readonly Span[] | undefined): readonly Span[] {
  if (!spans) return [];
  // Turns' labels arrive sorted and non-empty: no copy of a list as long as the document's turns.
  if (isSortedNonEmpty(spans)) return spans;
  return spans.filter((s) => s.end > s.start).sort(byStartThenEnd);
}

function byStartThenEnd(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function isSortedNonEmpty(spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    if (spans[i]!.end <= spans[i]!.start || (i > 0 && byStartThenEnd(spans[i - 1]!, spans[i]!) > 0)) return false;
  }
  return true;
}

/** Line content as a span: without a speaker label or surrounding whitespace; null if empty. */
function contentOf(lines: LineIndex, line: number, labels: readonly Span[], table?: LineTable): Span | null {
  const text = lines.source;
  let start = table ? table.starts[line]! : lines.lineStart(line);
  let end = table ? table.ends[line]! : lines.lineEnd(line);
  const label = firstOverlap(labels, start, end);
  // A `[name=kiang]` signature ends the speech it labels.
  if (label && text.startsWith('[name=', label.start)) end = label.start;
  else if (label) {
    // Whatever precedes the label on its line (a timestamp, say) is markup, not speech; so is its colon.
    start = Math.max(start, label.end);
    while (start < end && (isWhitespace(text.charCodeAt(start)) || text.charAt(start) === ':' || text.charAt(start) === '：')) start++;
  }
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

const MARKUP_START = codesOf('-*+•·>[(<{0123456789#');

/** The content without list markers, timestamps and WebVTT tags around it. */
function withoutMarkup(text: TextSource, content: Span): Span | null {
  let start = content.start;
  let end = content.end;
  if (MARKUP_START.has(text.charCodeAt(start))) start += leadingMarkupLength(text.slice(start, end));
  const last = text.charCodeAt(end - 1);
  if (last === 62 /* > */ || last === 125 /* } */) end -= trailingMarkupLength(text.slice(start, end));
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  return start < end ? { start, end } : null;
}

// First characters by code: every content line's is tested, and charAt made a string of it (a CJK one uncached).
const DECORATION_START = codesOf('#-*_`~');
const BRACKET_START = codesOf('(（[［【');
/** A chat client's line opens with its mark or with the timestamp before it (isChatClientLine). */
const CHAT_CLIENT_START = codesOf('\u200e-*[0123456789');
const VTT_KEYWORD_START = codesOf('WNSR');
/** A legend (isLegendLine) ends in its closing bracket. */
const LEGEND_END = codesOf(')）');

/** A line a link line (isBareLinkLine) could be: short, opening like a link or with a colon after a short field name. */
function mayBeLinkLine(doc: TextSource, content: Span): boolean {
  if (content.end - content.start > MAX_LINK_LINE) return false;
  if (LINK_START.has(doc.charCodeAt(content.start))) return true;
  return firstColonIn(doc, content.start + 1, Math.min(content.end, content.start + MAX_LINK_FIELD_NAME + 1)) >= 0;
}
const LINK_START = codesOf('hHwW<([（@');
const MAX_LINK_LINE = 200;
const MAX_LINK_FIELD_NAME = 30;

/** An English title line (isEnglishTitleLine) is at most this long. */
const MAX_EN_TITLE_LINE = 120;

/** Blank lines (or the document's edges) above and below: a paragraph of one line. */
function standsAlone(lines: LineIndex, line: number): boolean {
  return (line === 0 || isBlankLine(lines, line - 1)) && (line + 1 >= lines.lineCount || isBlankLine(lines, line + 1));
}

/** Subtitle machinery once its cue tags are taken out (a timing line with `<v Ann>` or `<i>` in it). */
function isTaggedMachinery(content: string): boolean {
  const bare = withoutCueTags(content);
  return bare !== content && isSubtitleMachinery(bare.trim());
}

/** A subtitle cue identifier sits right above a timing line (in subtitles, one behind a tag too). */
function precedesCueTiming(lines: LineIndex, line: number, subtitles: boolean): boolean {
  if (line + 1 >= lines.lineCount) return false;
  const start = lines.lineStart(line + 1);
  const first = lines.source.charCodeAt(start);
  if (!isDigit(first) && !(subtitles && first === 60 /* < */)) return false;
  const next = lines.lineText(line + 1).trim();
  return isCueTiming(next) || (subtitles && isTaggedMachinery(next));
}

/**
 * True when a line's content should not be split at all. Each test runs only when the first character
 * allows it, so ordinary lines cost a few array reads.
 */
function isSkippedLine(lines: LineIndex, line: number, content: Span, labels: readonly Span[], skips: readonly Span[], subtitles: boolean): boolean {
  const doc = lines.source;
  const skip = firstOverlap(skips, content.start, content.end);
  // A summary item's span starts after its list marker, so compare with the content without markup.
  const bare = skip ? withoutMarkup(doc, content) : null;
  if (skip && bare && skip.start <= bare.start && skip.end >= bare.end) return true;
  const first = doc.charCodeAt(content.start);
  if ((isDigit(first) || VTT_KEYWORD_START.has(first)) && isSubtitleMachinery(doc.slice(content.start, content.end))) return true;
  // A timing line with a tag before or inside it (`<v Ann>00:00:01.000 --> …`) is a timing line too, as the turn
  // scan and isSubtitleSpeechLine read it: its times carried into the cue's speech are no part of a sentence.
  if (subtitles && (first === 60 /* < */ || isDigit(first)) && isTaggedMachinery(doc.slice(content.start, content.end))) return true;
  if (precedesCueTiming(lines, line, subtitles)) return true;
  if (DECORATION_START.has(first) && isHeadingOrDecoration(doc.slice(content.start, content.end))) return true;
  if (BRACKET_START.has(first) && isStageDirectionLine(doc.slice(content.start, content.end))) return true;
  if (CHAT_CLIENT_START.has(first) && isChatClientLine(doc.slice(content.start, content.end))) return true;
  if (LEGEND_END.has(doc.charCodeAt(content.end - 1)) && content.end - content.start <= MAX_LEGEND_LINE && isLegendLine(doc.slice(content.start, content.end))) return true;
  if (mayBeLinkLine(doc, content) && isBareLinkLine(doc.slice(content.start, content.end))) return true;
  if (!subtitles && isAsciiUpperLetter(doc.charCodeAt(content.start)) && content.end - content.start <= MAX_EN_TITLE_LINE && standsAlone(lines, line) && opensItsLine(doc, content.start) && isEnglishTitleLine(doc.slice(content.start, content.end))) return true;
  // A line ending on `in`, `of`, `the` goes on in the next: no title ends so.
  if (subtitles || content.end - content.start > 40 || endsWithFunctionWord(doc, content)) return false;
  const text = doc.slice(content.start, content.end);
  if (!isTitleLine(text, '。')) return false;
  const next = bodyAfterTitle(lines, line, labels);
  return isTitleLine(text, next ? doc.slice(next.start, next.end) : undefined);
}

/** The line a title would introduce: the next one, or past one blank line when the title stands alone in its block. */
function bodyAfterTitle(lines: LineIndex, line: number, labels: readonly Span[]): Span | null {
  if (line + 1 >= lines.lineCount) return null;
  const next = contentOf(lines, line + 1, labels);
  if (next || line + 2 >= lines.lineCount) return next;
  const standsAlone = line === 0 || !lines.lineText(line - 1).trim();
  return standsAlone ? contentOf(lines, line + 2, labels) : null;
}

/** Clause punctuation after which a Chinese sentence goes on: `「海外營收已經占四成，⏎明年將…」`. */
const CJK_CLAUSE_END = codesOf('，、；,;');
/** Chinese clause and sentence punctuation (full width): a line holding one is punctuated speech, not a line per phrase. */
const CJK_PUNCTUATION = codesOf('，、；。！？');
const CJK_OPENING_QUOTE = codesOf('「『“（《');
/** How far past a cue's end a subtitle sentence looks for its next cue: a blank line, the cue number, the timing. */
export const CUE_GAP_LINES = 4;
const ROLLING_GAP_LINES = 12;
/** Rolling captions: a sentence crosses at most this many line breaks (about 150 characters). */
const MAX_ROLLING_CARRIES = 3;
/**
 * Text that is not subtitles: a sentence crosses at most this many line breaks. Hard-wrapped prose ends its sentences long
 * before; unpunctuated captions pasted as text (`0:03⏎today we're going to talk about`) would otherwise run the
 * whole video into one sentence.
 */
const MAX_CARRIES = 12;
/**
 * Subtitles: a sentence with no punctuation at all after this many line breaks is automatic captions' (YouTube's
 * have neither full stops nor commas), and stops at the next cue rather than running the whole video into one.
 */
const MAX_UNPUNCTUATED_CARRIES = 3;

/** The next line holding speech after `line`: the next line, or in subtitles the first text line of the next cue. */
function nextSpeechLine(lines: LineIndex, line: number, subtitles: boolean, repeats: CaptionRepeats | undefined, indentIsLayout: boolean): number {
  const next = line + 1;
  if (next >= lines.lineCount) return next;
  // A stenographic record typed double-spaced: one blank line between two numbered lines is layout too.
  if (indentIsLayout && next + 1 < lines.lineCount && isBlankLine(lines, next) && !isBlankLine(lines, next + 1)) return next + 1;
  // `(00:30):` alone inside a turn (iHeart's and Rev's exports mark each minute so): the speech goes on below it.
  if (!subtitles) return next + 1 < lines.lineCount && isLoneTimestamp(lines.source, lines.lineStart(next), lines.lineEnd(next)) ? next + 1 : next;
  // Rolling captions put a cue of repeats (and blank-looking lines) between two lines of new speech.
  const gap = repeats ? ROLLING_GAP_LINES : CUE_GAP_LINES;
  for (let l = next; l < lines.lineCount && l <= line + gap; l++) if (isSubtitleSpeechLine(lines, l) && !repeats?.isRepeat(l)) return l;
  return lines.lineCount;
}

/** A subtitle line a sentence of an earlier cue may go on in: text that is no cue number, timing or identifier. */
export function isSubtitleSpeechLine(lines: LineIndex, line: number): boolean {
  // A line holding only cue markup (` </c>`) says nothing.
  const content = withoutCueTags(lines.lineText(line)).trim();
  return content !== '' && !isSubtitleMachinery(content) && !precedesCueTiming(lines, line, true);
}

/**
 * True when the sentence ending a line goes on in the next (hard-wrapped text, or the next subtitle cue):
 *  - English: no terminator at the end, and the next line carries on in lower case (or after a word no
 *    sentence ends with, or in the next line of the same subtitle cue, with a capital or a digit);
 *  - Chinese: no terminator, and the line ends on clause punctuation (，、；) or, in punctuated text, on a
 *    character, while the next line starts with a character. Unpunctuated Chinese (a line per phrase)
 *    is never joined: each line stays a sentence.
 */
function carriesOn(lines: LineIndex, piece: Span, next: number, labels: readonly Span[], cueLine: number, indentIsLayout: boolean): boolean {
  const text = lines.source;
  if (next >= lines.lineCount || endsWithTerminator(text, piece)) return false;
  const nextStart = lines.lineStart(next);
  const nextEnd = lines.lineEnd(next);
  let first = nextStart;
  while (first < nextEnd && isWhitespace(text.charCodeAt(first))) first++;
  if (first >= nextEnd) return false;
  const nextLabel = firstOverlap(labels, nextStart, nextEnd);
  if (nextLabel) {
    // `Dora Demszky: I think it's⏎⏎4⏎00:00:09 --> …⏎Dora Demszky: transcribing.`: Zoom's captions repeat the
    // speaker's label on every cue; the sentence goes on after a label that repeats the cue's own.
    if (cueLine < 0 || nextLabel.start !== first || !repeatsCueLabel(lines, labels, cueLine, nextLabel)) return false;
    first = nextLabel.end;
    while (first < nextEnd && isWhitespace(text.charCodeAt(first))) first++;
    if (first >= nextEnd) return false;
    return goesOnInto(text, piece, first, first, cueLine, lines, next);
  }
  // `<v Speaker 1>` on every cue of one voice (Omny's, Teams' exports): the next cue's speech starts after its tag,
  // and goes on with the sentence only when the same voice speaks it.
  if (cueLine >= 0 && text.charCodeAt(first) === 60 /* < */) {
    const tags = leadingCueTags(text.slice(first, nextEnd));
    if (tags.voice !== undefined && tags.voice !== voiceOfCue(lines, cueLine)) return false;
    first += tags.length;
    if (first >= nextEnd) return false;
    return goesOnInto(text, piece, first, first, cueLine, lines, next);
  }
  // A line per timestamped segment (`[01:26]  …of silence⏎[01:32]  to acknowledge…`): the speech goes on after the
  // next line's timestamp when this line opened with one too (cueLine < 0: not a subtitle file). A list of segments
  // (`- [00:02] Today, we're gonna dive into a really powerful⏎- [00:04] tool for…`) puts the same bullet before each.
  const bullet = cueLine < 0 ? segmentBulletLength(text, first, nextEnd) : 0;
  if (cueLine < 0 && (first === nextStart || bullet > 0) && STAMP_START.has(text.charCodeAt(first + bullet))) {
    const stamp = stampLength(text, first + bullet, nextEnd);
    const aboveStart = lines.lineStart(next - 1);
    const aboveBullet = bullet > 0 ? segmentBulletLength(text, aboveStart, lines.lineEnd(next - 1)) : 0;
    const aboveStamp = stamp > 0 && aboveBullet === bullet ? stampLength(text, aboveStart + aboveBullet, lines.lineEnd(next - 1)) : 0;
    if (aboveStamp > 0) {
      first += bullet;
      const segmented = isSegmentGap(text.slice(aboveStart + aboveBullet, aboveStart + aboveBullet + aboveStamp), text.slice(first, first + stamp));
      first += stamp;
      if (first >= nextEnd) return false;
      return goesOnInto(text, piece, first, first, -1, lines, next, segmented);
    }
  }
  // A line per timed element (`<p begin="00:00:04.160" end="…">talking about…</p>`: TTML/DFXP captions, a page's
  // timed spans): a cue, not a paragraph; the speech goes on after the next cue's opening tags, as across SRT cues.
  if (cueLine < 0 && text.charCodeAt(first) === 60 /* < */) {
    const tags = timedTagsLength(text.slice(first, Math.min(nextEnd, first + MAX_OPENING_TAGS)));
    const aboveFirst = skipSpaces(text, lines.lineStart(next - 1), lines.lineEnd(next - 1));
    if (tags > 0 && tagNameAt(text, aboveFirst) === tagNameAt(text, first)) {
      first += tags;
      if (first >= nextEnd) return false;
      return goesOnInto(text, piece, first, first, -1, lines, next, true);
    }
  }
  // A cue's text indented (Whisper's SRT writes a space before every segment) is layout too: a subtitle line opens no block.
  return goesOnInto(text, piece, first, indentIsLayout || cueLine >= 0 ? first : nextStart, cueLine, lines, next, false, indentIsLayout);
}

/** The voice (`<v Name>`) of the cue holding `line`: the last voice tag opening one of its lines up to `line`. */
function voiceOfCue(lines: LineIndex, line: number): string | undefined {
  for (let l = line; l >= 0 && l > line - MAX_CUE_TEXT_LINES; l--) {
    const content = lines.lineText(l).trimStart();
    if (!content || isCueTiming(content.trim())) return undefined;
    if (content.charCodeAt(0) === 60 /* < */) {
      const voice = leadingCueTags(content).voice;
      if (voice !== undefined) return voice;
    }
  }
  return undefined;
}
/** Whether `label` (opening a later cue's line) names the speaker the label opening the cue holding `line` names. */
function repeatsCueLabel(lines: LineIndex, labels: readonly Span[], line: number, label: Span): boolean {
  const text = lines.source;
  for (let l = line; l >= 0 && l > line - MAX_CUE_TEXT_LINES; l--) {
    const start = lines.lineStart(l);
    const content = lines.lineText(l).trim();
    if (!content || isCueTiming(content)) return false;
    const own = firstOverlap(labels, start, lines.lineEnd(l));
    if (own && own.start === start + lines.lineText(l).length - lines.lineText(l).trimStart().length) {
      return labelName(text.slice(own.start, own.end)) === labelName(text.slice(label.start, label.end));
    }
  }
  return false;
}

/** A label's name as written, without its separator and spaces (`Dora Demszky:` → `Dora Demszky`). */
function labelName(label: string): string {
  return label.replace(/[\s:：]+$/u, '');
}

/** A cue's text is at most this many lines (voiceOfCue looks no further up). */
const MAX_CUE_TEXT_LINES = 8;

/** A line holding nothing but a timestamp (`(00:30):`, `[01:02:03]`, `12:08`). */
const LONE_TIMESTAMP = new RegExp(`^${LONE_CLOCK_SOURCE}:?\\s*$`);

/** Whether text[start, end) is a line holding only a timestamp (cheap: such a line is short and opens with one). */
function isLoneTimestamp(text: TextSource, start: number, end: number): boolean {
  if (end - start > MAX_LONE_CLOCK_LINE) return false;
  let first = start;
  while (first < end && isWhitespace(text.charCodeAt(first))) first++;
  return first < end && STAMP_START.has(text.charCodeAt(first)) && LONE_TIMESTAMP.test(text.slice(start, end));
}

/** A bracketed timestamp and the space after it, at the start of a string. */
const BRACKETED_STAMP = new RegExp(String.raw`^${BRACKETED_TIMESTAMP_SOURCE}\s*`);
/** What opens a bracketed timestamp: `[`, `(`, `（`, `【`. */
const BRACKET_OPENERS = codesOf('[(（【');

/**
 * `…brought to you by pride and z.com. [00:00:05] My name is…`: a timestamp inside a line, between two
 * sentences, is no part of the sentence after it (the line's leading one is markup already, withoutMarkup).
 * Trims the sentences from index `from` in place; one that is only a timestamp goes.
 */
function trimLeadingStamps(text: TextSource, sentences: Span[], from: number): void {
  let kept = from;
  for (let i = from; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    let start = sentence.start;
    while (start < sentence.end && BRACKET_OPENERS.has(text.charCodeAt(start))) {
      const match = BRACKETED_STAMP.exec(text.slice(start, Math.min(sentence.end, start + MAX_STAMP)));
      if (!match) break;
      start += match[0].length;
    }
    if (start >= sentence.end) continue;
    sentences[kept++] = start === sentence.start ? sentence : { start, end: sentence.end };
  }
  sentences.length = kept;
}

/** What may open a timestamp: `[`, `(` or a digit. */
const STAMP_START = codesOf('[(0123456789');
/** Opening tags at a line's start (a caption element's timing attributes make them long). */
const OPENING_TAGS = /^(?:<[A-Za-z][^<>\n]{0,240}>\s*)+/;
/** A line's opening tags are read from at most this many characters. */
const MAX_OPENING_TAGS = 600;
const TAG_NAME = /^<([A-Za-z][\w:-]{0,30})/;
/** An attribute holding a time (`begin="00:00:04.160"`, `data-start="12.3"`, `t="1234"`): the element is a caption cue, not a paragraph. */
const TIMED_TAG = /\s[\w:-]+\s*=\s*["']\d[\d:.,]*m?s?["']/;

/** The length of the opening tags a line opens with (spaces before them too), if one holds a time; else 0. */
function timedTagsLength(line: string): number {
  let at = 0;
  while (at < line.length && isWhitespace(line.charCodeAt(at))) at++;
  if (line.charCodeAt(at) !== 60 /* < */) return 0;
  const tags = OPENING_TAGS.exec(line.slice(at, at + MAX_OPENING_TAGS));
  return tags && TIMED_TAG.test(tags[0]) ? at + tags[0].length : 0;
}

/** The name of the element whose opening tag starts at `at` (`p` of `<p begin="…">`); '' if none starts there. */
function tagNameAt(text: TextSource, at: number): string {
  if (text.charCodeAt(at) !== 60 /* < */) return '';
  return TAG_NAME.exec(text.slice(at, at + 32))?.[1]?.toLowerCase() ?? '';
}
/** A leading timestamp is read from at most this many characters (`[00:00:00.000 --> 00:00:07.000]  `). */
const MAX_STAMP = 48;

/** A `Name:` opening the line that holds `offset`, before it (`Jane Doe:`), or '' (see repeatsCueLabel). */
function leadingLabelOfLine(text: TextSource, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const match = LEADING_LABEL.exec(text.slice(start, offset));
  return match ? match[1]! : '';
}
const LEADING_LABEL = /^\s*([^:：\s][^:：\n]{0,59}[:：])/u;

/** Whether the line holding `offset` opens with a timestamp. */
function lineOpensWithStamp(text: TextSource, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return stampedHeadLength(text, start, Math.min(text.length, start + MAX_STAMP)) > 0;
}

/** Length of a timestamp opening text[start, end), with a list bullet before it (segmentBulletLength); 0 if no timestamp. */
function stampedHeadLength(text: TextSource, start: number, end: number): number {
  const bullet = segmentBulletLength(text, start, end);
  const stamp = stampLength(text, start + bullet, end);
  return stamp > 0 ? bullet + stamp : 0;
}

/**
 * Whether a sentence (not in a subtitle file) goes on from one timestamped segment's line into the next: it is
 * read, and classified, without the timestamps between (sentenceText).
 */
export function crossesStampedLines(text: TextSource, span: Span): boolean {
  const br = lineBreakWithin(text, span.start, span.end);
  if (br < 0) return false;
  const opensWithStamp = lineOpensWithStamp(text, span.start);
  for (let at = br; at >= 0; at = lineBreakWithin(text, at + 1, span.end)) {
    if (opensWithStamp && stampedHeadLength(text, at + 1, Math.min(span.end, at + 1 + MAX_STAMP)) > 0) return true;
    const lineEnd = lineBreakWithin(text, at + 1, span.end);
    if (timedTagsLength(text.slice(at + 1, lineEnd < 0 ? span.end : lineEnd)) > 0) return true;
    if (isLoneTimestamp(text, at + 1, lineEnd < 0 ? span.end : lineEnd)) return true;
  }
  return false;
}

/**
 * The first line break in text[from, to), or -1. Bounded: on a long line without one (a page saved as one line), an
 * unbounded indexOf from every sentence would read the rest of the text each time.
 */
function lineBreakWithin(text: TextSource, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/**
 * A transcription tool's timed segments follow each other within seconds (`[00:03:02] …⏎[00:03:08] …`); a podcast
 * page's chapter list (`00:00:11 女性主义作家会议：…⏎00:04:22 《呼吸秋千》…`) minutes apart. Longest gap between two
 * segments of one sentence, in seconds: Whisper's window.
 */
const MAX_SEGMENT_GAP = 30;

function isSegmentGap(aboveStamp: string, stamp: string): boolean {
  const above = parseTime(aboveStamp);
  const at = parseTime(stamp);
  return above !== null && at !== null && at >= above && at - above <= MAX_SEGMENT_GAP;
}

/** Length of a list bullet and the spaces after it (`- `, `* `, `• `) opening text[start, end), 0 if none. */
function segmentBulletLength(text: TextSource, start: number, end: number): number {
  if (start + 1 >= end || !SEGMENT_BULLETS.has(text.charCodeAt(start)) || !isWhitespace(text.charCodeAt(start + 1))) return 0;
  let at = start + 1;
  while (at < end && isWhitespace(text.charCodeAt(at))) at++;
  return at - start;
}
const SEGMENT_BULLETS = codesOf('-*•');

/** Length of the timestamp opening text[start, end), 0 if none. */
function stampLength(text: TextSource, start: number, end: number): number {
  return STAMP_START.has(text.charCodeAt(start)) ? leadingTimestampLength(text.slice(start, Math.min(end, start + MAX_STAMP))) : 0;
}

/**
 * carriesOn once the next line's speech is found at `first` (its line starting at `nextStart`). `segmented`: the
 * two lines are timed segments (a timestamp or a timed element opening each), cut by time, not by width.
 * `indentIsLayout`: the lines are a masked view's (SentenceOptions.indentIsLayout).
 */
function goesOnInto(text: TextSource, piece: Span, first: number, nextStart: number, cueLine: number, lines: LineIndex, next: number, segmented = false, indentIsLayout = false): boolean {
  const last = text.charCodeAt(piece.end - 1);
  const head = text.charCodeAt(first);
  // `[00:03:02] 但他花了数年时间研究这个问题， 最终，他弄明白了如何利用这些数据⏎[00:03:08] 来计算…`, `…已经解决了⏎[00:30:44]
  // 1100 多个…`: an ASR or caption export cuts its timed segments anywhere in a sentence, so a segment of punctuated
  // Chinese (its line holds 。，… somewhere) that stops without a terminator goes on in the next one, however wide.
  if (segmented && (isCjkScript(last) || CJK_PUNCTUATION.has(last))) return CJK_PUNCTUATION.has(last) || isPunctuatedLine(text, lines.lineStart(lines.lineAt(piece.end)), piece.end);
  if (isCjkScript(head) || CJK_OPENING_QUOTE.has(head)) {
    if (CJK_CLAUSE_END.has(last)) return true;
    if (!isCjkScript(last) || !hasClausePunctuation(text, piece.start, piece.end)) return false;
    return cueLine >= 0 || wrapsIntoNext(lines, lines.lineAt(piece.end), WRAP_LOOKAHEAD);
  }
  if (!((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || isDigit(last) || last === 44 || last === 59)) return false;
  if (first !== nextStart) return false;
  // `…Harris will travel to⏎Florida…`, `…revenue of⏎12 billion…`: a line ending on a word no sentence ends with goes on, a capital or a digit next.
  if (head >= 97 && head <= 122) return true;
  // Inside one subtitle cue a line break is only where the caption box wraps (`Seth is a Technical⏎Product
  // Owner at Uniform.`): an unfinished line of speech goes on there before a capital too (`cueLine`: the piece's
  // line in a subtitle file, else -1; a broken timing line read as text is no speech).
  if (!(isAsciiUpperLetter(head) || isDigit(head))) return false;
  // `…THE RULES FOR WITNESS TESTIMONY⏎ARE EACH SIDE…`: in captions published in upper case a capital says nothing
  // about a sentence's start, so an unfinished line goes on as before lower case.
  if (isCaseless(text, piece.start, piece.end) && isCaseless(text, first, lines.lineEnd(next))) return true;
  // `…among the remainder without cancer,⏎89 get false positives`: no sentence ends on a comma.
  if (last === 44) return true;
  if (endsWithFunctionWord(text, piece) || (cueLine >= 0 && next === cueLine + 1 && isSubtitleSpeechLine(lines, cueLine))) return true;
  // `…I support the revised Balance Sheet⏎Normalization Principles…`: prose wrapped at a steady width (a PDF's text,
  // a fixed-width record) breaks its lines before names and title-cased terms too. Not after a `;` (`Maryland.&nbsp;`
  // ends a sentence), nor where the width says nothing: cues and timed segments, a masked view (indentIsLayout: a
  // blanked gutter, a subtitle script's fields) whose indentation hides the width it was written at.
  if (last === 59 || cueLine >= 0 || segmented || indentIsLayout) return false;
  return isWidthWrap(lines, lines.lineAt(piece.end), next, first);
}

/**
 * Whether no sentence of a plain-text or Markdown scan goes on from `line` into the next: the line is blank or
 * ends (closing quotes aside) on a sentence terminator, which ends its last sentence whatever it is read as
 * (carriesOn). A `[name=…]` signature cuts a line's speech short of its end, so such a line never answers yes
 * unless blank. Lets an edit's window stop short of the paragraph's blank lines in files that have none.
 */
export function endsItsSentences(lines: LineIndex, line: number): boolean {
  const text = lines.source;
  const start = lines.lineStart(line);
  let end = lines.lineEnd(line);
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end === start) return true;
  return endsWithTerminator(text, { start, end }) && text.slice(start, end).indexOf('[name=') < 0;
}

/** How many unfinished lines ahead wrapsIntoNext looks for the paragraph's end before taking the wrap as real. */
const WRAP_LOOKAHEAD = 8;

/**
 * Whether an unfinished line of Chinese (no 。！？ at its end) was broken by hard wrapping rather than ended: a
 * wrapped line is as wide as the lines of its paragraph (at least ¾ of the next line's width), and the
 * paragraph it runs into ends in a sentence. A short line over a long one (`畅通社区工作人员成长渠道` above a
 * speaker's answer), or a line running into such a short line, is a line of its own: documents with a paragraph
 * per line and no blank lines put titles and field lines there.
 */
function wrapsIntoNext(lines: LineIndex, line: number, lookahead: number): boolean {
  const next = line + 1;
  if (next >= lines.lineCount || displayWidth(lines, line) * 4 < displayWidth(lines, next) * 3) return false;
  const text = lines.source;
  const start = lines.lineStart(next);
  let end = lines.lineEnd(next);
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  if (end === start || endsWithTerminator(text, { start, end })) return true;
  if (lookahead === 0 || !isCjkScript(text.charCodeAt(end - 1))) return true;
  return wrapsIntoNext(lines, next, lookahead - 1);
}

/**
 * Hard wrapping at a steady width: English lines this wide or wider (in columns) may be wrapped rather than ended;
 * a line per caption or per list item is narrower.
 */
const MIN_WRAP_WIDTH = 50;
/** A line wider than this was not wrapped by width: a paragraph a line (a page's text) runs on as long as it needs. */
const MAX_WRAP_WIDTH = 120;
/** A wrapped line fills at least this share of a neighbour's width (a PDF's proportional type leaves a ragged edge). */
const WRAP_WIDTH_SHARE = 0.8;
/** Spaces inside a line that set columns apart (a roster, an address block): a table's row, not wrapped prose. */
const COLUMN_GAP = '   ';

/**
 * Whether an unfinished English `line` (no terminator, no word that cannot end a sentence) was broken by hard
 * wrapping before the next line's capital or number at `head`: the line is about as wide as a neighbour in the
 * same layout (the line above or the line below), both within the widths text is wrapped at; a list item or a
 * title opening its block is never wrapped so. Reads only `line - 1` to `line + 2`, which the incremental claim window
 * (incremental.ts claimWindow) re-reads around an edit of any of them.
 */
function isWidthWrap(lines: LineIndex, line: number, next: number, head: number): boolean {
  // The next speech line right below, its words from its first character on (no timestamp or tag passed over).
  if (next !== line + 1 || head !== skipSpaces(lines.source, lines.lineStart(next), lines.lineEnd(next))) return false;
  if (!opensWrappedWords(lines.source, head, lines.lineEnd(next))) return false;
  const content = lines.lineText(line).trim();
  // A list item's lines wrap under its text, indented; a line after an item's own is the next block.
  if (leadingMarkupLength(content) > 0) return false;
  // A title-cased line opening its block is the title over the paragraph (`Balance Sheet Plans⏎The Committee…`).
  const opensBlock = line === 0 || isBlankLine(lines, line - 1);
  if (opensBlock && isEnglishTitleLine(content)) return false;
  const width = wrapLayoutWidth(lines, line);
  if (width < 0) return false;
  if (!opensBlock && isNearWidth(width, wrapLayoutWidth(lines, line - 1))) return true;
  // The line below shows the width only when the paragraph goes on past it: two wide lines closing a block are
  // as likely two notes of a line each (`…affecting clients⏎There will be an update…`).
  return next + 1 < lines.lineCount && !isBlankLine(lines, next + 1) && isNearWidth(width, wrapLayoutWidth(lines, next));
}

function isNearWidth(width: number, other: number): boolean {
  return other >= 0 && Math.min(width, other) >= WRAP_WIDTH_SHARE * Math.max(width, other);
}

/** A line's width when it may be a line of wrapped prose (within the wrap widths, no column gap inside); else -1. */
function wrapLayoutWidth(lines: LineIndex, line: number): number {
  // Every character takes a column at least: a longer line is no wrapped one, and is not copied to find out.
  if (lines.lineEnd(line) - lines.lineStart(line) > MAX_WRAP_WIDTH) return -1;
  const content = lines.lineText(line);
  const trimmed = content.trim();
  if (!trimmed || trimmed.includes(COLUMN_GAP)) return -1;
  const width = displayWidth(lines, line);
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width : -1;
}

/**
 * Whether the next line's first word, at `head`, may go on a wrapped sentence: a capitalised word not followed
 * by a colon (`Place:`, a field), or a number that is no list marker, timestamp or line number (`2016, we had`).
 */
function opensWrappedWords(text: TextSource, head: number, lineEnd: number): boolean {
  let end = head;
  while (end < lineEnd && !isWhitespace(text.charCodeAt(end))) end++;
  const word = text.slice(head, end);
  if (end >= lineEnd || word.endsWith(':') || word.endsWith('：')) return false;
  if (!isDigit(text.charCodeAt(head))) return true;
  return !word.includes(':') && !word.endsWith('.') && !word.endsWith(')') && !isWhitespace(text.charCodeAt(end + 1));
}

/** A line's width on screen: Chinese characters and full-width punctuation take two columns. */
function displayWidth(lines: LineIndex, line: number): number {
  const text = lines.source;
  const end = lines.lineEnd(line);
  let width = 0;
  for (let i = lines.lineStart(line); i < end; i++) width += isWide(text.charCodeAt(i)) ? 2 : 1;
  return width;
}

/** Prepositions, articles and conjunctions that never end an English sentence. */
const FUNCTION_WORDS = new Set(['to', 'the', 'a', 'an', 'of', 'and', 'or', 'in', 'for', 'with', 'by', 'at', 'from', 'on', 'that', 'as', 'into', 'between', 'about', 'than']);
const MAX_FUNCTION_WORD = 7;

function endsWithFunctionWord(text: TextSource, piece: Span): boolean {
  let start = piece.end;
  while (start > piece.start && piece.end - start <= MAX_FUNCTION_WORD) {
    const code = text.charCodeAt(start - 1);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) break;
    start--;
  }
  const before = start > piece.start ? text.charCodeAt(start - 1) : 32;
  return isWhitespace(before) && FUNCTION_WORDS.has(text.slice(start, piece.end).toLowerCase());
}

function hasClausePunctuation(text: TextSource, from: number, to: number): boolean {
  return holdsAnyOf(text, from, to, CJK_CLAUSE_END);
}

function isPunctuatedLine(text: TextSource, from: number, to: number): boolean {
  return holdsAnyOf(text, from, to, CJK_PUNCTUATION);
}


/**
 * Splits the document into sentences, line by line (never over the whole text at once, which is what makes
 * `Intl.Segmenter` quadratic), skipping speaker labels, subtitle cue numbers and timings, headings, stage
 * directions and title lines. Linear in the length of the text.
 */
export function splitSentences(lines: LineIndex, options: SentenceOptions = {}): Sentence[] {
  return sentenceSpansOf(lines, options).map((span) => ({ text: lines.source.slice(span.start, span.end), span }));
}

/**
 * splitSentences without copying the text of each sentence. `fromLine`/`toLine` (exclusive) limit the
 * scan to a run of lines; start it where no sentence carries in (after a blank line) for the same result.
 */
export function sentenceSpansOf(lines: LineIndex, options: SentenceOptions = {}, fromLine = 0, toLine = lines.lineCount): Span[] {
  const labels = sortedByStart(options.labelSpans);
  const text = lines.source;
  // A label inside a line (a collapsed page's hand-over) is cut from the sentence it opens, as an aside is.
  const inlineLabels = labels.filter((label) => !opensItsLine(text, label.start));
  const skips = sortedByStart(inlineLabels.length ? [...(options.skipSpans ?? []), ...inlineLabels] : options.skipSpans);
  const subtitles = options.format === 'srt' || options.format === 'vtt';
  const repeats = subtitles ? options.captionRepeats : undefined;
  const sentences: Span[] = [];
  let carriedStart = -1;
  /** How many line breaks the sentence being carried has crossed. */
  let carriedLines = 0;
  /** Subtitles: whether a line the carried sentence has crossed holds punctuation. */
  let carriedPunctuation = false;
  // The whole document's lines are read from the table; a run of them (the incremental analyzer's) from the index.
  const table = fromLine === 0 && toLine === lines.lineCount ? lineTableOf(lines) : undefined;
  // Front matter (`title: …`, `date: …`, see frontMatter.ts) is data, not speech.
  if (!subtitles) fromLine = Math.max(fromLine, frontMatterEnd(lines, options.format === 'markdown'));
  let resumeLine = -1;
  let inVttBlock = false;
  for (let line = fromLine; line < toLine; line++) {
    // A subtitle sentence carried over a cue boundary skips the blank line, cue number and timing between.
    if (carriedStart >= 0 && line < resumeLine) continue;
    const raw = contentOf(lines, line, labels, table);
    // The lines of the WebVTT header (`Kind: captions`, a style sheet) and of NOTE, STYLE and REGION blocks, up to the next blank line, are no speech.
    if (options.format === 'vtt' && (inVttBlock || (raw && VTT_BLOCK_START.test(text.slice(raw.start, Math.min(raw.end, raw.start + 7)))))) {
      inVttBlock = raw !== null;
      carriedStart = -1;
      continue;
    }
    if (carriedStart < 0 && raw && repeats?.isRepeat(line)) continue;
    // `0:03` on a line of its own (a video page's transcript: a timestamp line over each caption line) says nothing.
    if (!subtitles && raw && isLoneTimestamp(text, raw.start, raw.end)) continue;
    const content = raw && (carriedStart >= 0 || !isSkippedLine(lines, line, raw, labels, skips, subtitles)) ? withoutMarkup(text, raw) : null;
    if (!content) {
      carriedStart = -1;
      continue;
    }
    const from = carriedStart >= 0 ? carriedStart : content.start;
    carriedLines = carriedStart >= 0 ? carriedLines + 1 : 0;
    carriedStart = -1;
    const before = sentences.length;
    sentenceSpans(text, from, content.end, sentences);
    trimLeadingStamps(text, sentences, before);
    splitAtPauses(text, sentences, before);
    const last = sentences[sentences.length - 1];
    // The carried sentence ended in this line and another began: the count is the new sentence's.
    if (sentences.length - before > 1) carriedLines = 0;
    const next = nextSpeechLine(lines, line, subtitles, repeats, options.indentIsLayout === true);
    // Automatic captions have no full stops: a sentence there runs over a few lines, not the whole video.
    carriedPunctuation = (carriedLines > 0 && carriedPunctuation) || (subtitles && hasPunctuation(text, content));
    const mayCarry = repeats
      ? carriedLines < MAX_ROLLING_CARRIES
      : carriedLines < MAX_CARRIES && !(subtitles && carriedLines >= MAX_UNPUNCTUATED_CARRIES && !carriedPunctuation);
    if (sentences.length > before && last && mayCarry && carriesOn(lines, last, next, labels, subtitles ? line : -1, options.indentIsLayout === true)) {
      sentences.pop();
      carriedStart = last.start;
      resumeLine = next;
    }
  }
  return skips.length ? withoutAsides(text, sentences, skips) : sentences;
}

/** Sentence or clause punctuation anywhere in a line's speech. */
function hasPunctuation(text: TextSource, span: Span): boolean {
  return holdsAnyOf(text, span.start, span.end, PUNCTUATION);
}
const PUNCTUATION = codesOf(',.;:?!，。；：？！、…');

/** Only white space (or markup a label may carry, `**`, `[`) between the line's start and `offset`. */
function opensItsLine(text: TextSource, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (!isWhitespace(code) && code !== 42 && code !== 95 && code !== 91 && code !== 62 && code !== 35 && code !== 45) return false;
  }
  return true;
}

/** `（笑）说实话，我觉得…`: a stage direction at either end of a sentence is not part of it. */
/** Trims `sentences` (this pass's own list) in place: a second list as long would be garbage at the claims' peak. */
function withoutAsides(text: TextSource, sentences: Span[], skips: readonly Span[]): Span[] {
  let kept = 0;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    let { start, end } = sentence;
    for (let skip = firstOverlap(skips, start, start + 1); skip && skip.start <= start && skip.end < end; skip = firstOverlap(skips, start, start + 1)) {
      start = skip.end;
      while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    }
    for (let skip = firstOverlap(skips, end - 1, end); skip && skip.end >= end && skip.start > start; skip = firstOverlap(skips, end - 1, end)) {
      end = skip.start;
      while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    }
    if (start < end) sentences[kept++] = start === sentence.start && end === sentence.end ? sentence : { start, end };
  }
  sentences.length = kept;
  return sentences;
}

/** The sentence containing `offset` (or ending right at it), splitting only that line; for "tag the sentence under the cursor". */
export function sentenceAt(lines: LineIndex, offset: number, options: SentenceOptions = {}): Sentence | null {
  const labels = sortedByStart(options.labelSpans);
  const line = lines.lineAt(offset);
  const raw = contentOf(lines, line, labels);
  const content = raw && withoutMarkup(lines.source, raw);
  if (!content) return null;
  for (const span of sentenceSpans(lines.source, content.start, content.end)) {
    if (span.start <= offset && offset <= span.end) return { text: lines.source.slice(span.start, span.end), span };
  }
  return null;
}

/** CJK characters and full-width punctuation: no space between two of them when cues are joined. */
function isWide(code: number): boolean {
  return isCjkScript(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);
}

/**
 * The text of a sentence span as a claim shows it: as read (sentenceReading), and outside subtitles without what
 * a web page left in it (asShown).
 */
export function sentenceText(text: TextSource, span: Span, format: TranscriptFormat | undefined, repeats?: CaptionRepeats): string {
  return asShown(sentenceReading(text, span, format, repeats), format);
}

/**
 * The text of a sentence span as read: on one line, the span's text; over several lines (hard-wrapped text,
 * subtitle cues), the lines trimmed and joined with a space, or with nothing between two Chinese
 * characters. In subtitles the blank lines, cue numbers and timings between cues are left out.
 */
export function sentenceReading(text: TextSource, span: Span, format: TranscriptFormat | undefined, repeats?: CaptionRepeats): string {
  const raw = text.slice(span.start, span.end);
  const subtitles = format === 'srt' || format === 'vtt';
  // Cue markup (`<c>`, word timestamps, `<i>`) is no part of what was said.
  // Any line break VS Code counts (LF, CRLF, a lone CR): a lone-CR file's cue timings are lines too.
  if (!raw.includes('\n') && !raw.includes('\r')) return subtitles ? withoutCueTags(raw) : raw;
  let joined = '';
  let line = repeats ? repeats.lineAt(span.start) : 0;
  // Timestamped segments: a piece's timestamp is left out when the line before opened with one too (carriesOn).
  let stamped = !subtitles && lineOpensWithStamp(text, span.start);
  // Subtitles: a sentence carried over cues that repeat the label of its first cue (carriesOn) reads without them.
  const cueLabel = subtitles ? leadingLabelOfLine(text, span.start) : '';
  let first = true;
  for (const rawPiece of raw.split(/\r\n|\r|\n/)) {
    const repeated = repeats?.isRepeat(line++) ?? false;
    let piece = rawPiece;
    if (!subtitles && !first) {
      if (LONE_TIMESTAMP.test(piece)) continue;
      const stamp = stampedHeadLength(piece, 0, piece.length);
      if (stamp > 0 && stamped) piece = piece.slice(stamp);
      stamped = stamp > 0;
      // A timed element's line (carriesOn): its tags are no part of what was said.
      const tags = timedTagsLength(piece);
      if (tags > 0) piece = piece.slice(tags);
    }
    // Nor is the element's closing tag (`</p>`) at the line's end.
    if (!subtitles && piece.includes('</')) piece = piece.slice(0, piece.length - trailingMarkupLength(piece));
    first = false;
    let content = subtitles ? withoutCueTags(piece).trim() : piece.trim();
    if (!content || repeated || (subtitles && isSubtitleMachinery(content))) continue;
    if (cueLabel && joined && content.startsWith(cueLabel)) content = content.slice(cueLabel.length).trimStart();
    if (joined && !(isWide(joined.charCodeAt(joined.length - 1)) && isWide(content.charCodeAt(0)))) joined += ' ';
    joined += content;
  }
  return joined;
}

/** A character reference (`&#39;`, `&rsquo;`, `&nbsp;`): what a page saved as text or Markdown keeps of its markup. */
const PAGE_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/;
/** A tag that lays out or styles a page's text; WebVTT's own (`<v …>`, `<c>`, timestamps) are captionLines.ts'. */
const PAGE_TAG = /<\/?(?:br|p|div|span|font|i|b|u|s|em|strong|li|ul|ol|td|tr|th|h[1-6]|blockquote|center|small|big|sup|sub|tt|nobr)(?:\s[^<>\n]{0,200})?\s*\/?>/gi;
/** Tags after which a page starts a new line or block: taken out, they leave a space. */
const BREAKING_TAG = /^<\/?(?:br|p|div|li|ul|ol|td|tr|th|h[1-6]|blockquote|center)\b/i;
/** Runs of spaces, tabs, no-break spaces and control characters: one space in what is shown. */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_SPACE_RUN = /[\u0000-\u0020\u007f-\u00a0]+/g;
/** `** ` opening what is shown: the closing mark of a bold label (`**CHUCK:&nbsp;** That was…`), never an opening one. */
const LEADING_CLOSING_EMPHASIS = /^(?:\*\*|__)\s+/;

/**
 * A sentence read from a web page saved as text or Markdown, as the page shows it: `It&#39;s known as article
 * 27.&nbsp;` shows `It's known as article 27.`, `<i>Steiner, Crum &amp; Baker</i>` shows `Steiner, Crum & Baker`.
 * Display only: the sentence is still classified and located as written. Subtitles, and text without references
 * or page tags, are returned as they are.
 */
export function asShown(sentence: string, format: TranscriptFormat | undefined): string {
  if (format === 'srt' || format === 'vtt') return sentence;
  const hasReference = sentence.includes('&') && PAGE_REFERENCE.test(sentence);
  PAGE_TAG.lastIndex = 0;
  const hasTag = sentence.includes('<') && PAGE_TAG.test(sentence);
  if (!hasReference && !hasTag) return sentence;
  const untagged = hasTag ? sentence.replace(PAGE_TAG, (tag) => (BREAKING_TAG.test(tag) ? ' ' : '')) : sentence;
  // A reference may name a control character (`&#27;`): shown text holds none.
  const shown = decodeHtmlEntities(untagged).text.replace(CONTROL_OR_SPACE_RUN, ' ').trim();
  return shown.replace(LEADING_CLOSING_EMPHASIS, '') || sentence;
}
