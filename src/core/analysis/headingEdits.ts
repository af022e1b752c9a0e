import { flatText, type TextSource } from '../text/chunkedText';
import type { LineIndex, Span } from '../text/positions';
import { HEADING_PROBE_LENGTH } from '../topics/lineScan';
import { parseAtxHeading } from '../topics/lineShapes';
import { MAX_BODYLESS_LENGTH, mayChangeCaptionBeside, namesASection } from '../topics/outline';
import { boldMarkReading, endsSentenceAt } from '../topics/titles';
import { isColon, LABEL_SCAN_LIMIT, skipSpaces } from '../turns/chars';
import { labelCandidate } from '../turns/candidates';
import { recognizeLabel } from '../turns/labels';
import { CLOSING_LINE_SCAN, isClosingLine } from '../turns/leadIns';
import { signatureReading } from '../turns/signatures';
import { fullTextLeadBelow, speechIntroductionReading } from '../turns/speechLeads';
import { mayBeTitleAbove, mayBeTitleBelow, mentionsNameLineBelow, sameStageDirections } from './lineBreaks';
import type { LineEdit } from './lineEdit';
import type { AnalysisOptions, Topic } from './model';

/**
 * Typing in a Markdown `#` heading's text: the line stays a heading of the same level that names a
 * section, and no other reader of lines reads it differently. The topic's title and heading span are
 * read again from the new line; the outline (levels, nesting, sections) is unchanged.
 */

/** The heading topic's new reading, and how to carry it into the topics around the line. */
export interface RetitledHeading {
  /** The old heading span's start (unchanged: the edit lies in the title). */
  readonly headingStart: number;
  readonly oldHeadingEnd: number;
  readonly headingSpan: Span;
  readonly title: string;
}

interface AtxReading {
  readonly level: number;
  readonly span: Span;
  readonly title: string;
}

/** `## title` as lineScan reads it, for a line short enough that its probe is the whole trimmed line. */
function atxReading(text: string, start: number, trimmedEnd: number): AtxReading | null {
  if (text.charCodeAt(start) !== 35 /* # */ || trimmedEnd - start > HEADING_PROBE_LENGTH) return null;
  const probe = text.slice(start, trimmedEnd);
  const atx = parseAtxHeading(probe);
  if (!atx || atx.titleEnd <= atx.titleStart) return null;
  return { level: atx.level, span: { start, end: trimmedEnd }, title: probe.slice(atx.titleStart, atx.titleEnd) };
}

/** The heading topic whose heading span starts at `start`, among `topics` and their children. */
function headingTopicAt(topics: readonly Topic[], start: number): Topic | undefined {
  for (const topic of topics) {
    if (topic.headingSpan.start === start) return topic;
    if (topic.span.start <= start && topic.span.end >= start) {
      const found = headingTopicAt(topic.children, start);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The retitled heading when the edited line is a `#` heading topic before and after the edit with the
 * same level and reading; `undefined` when the line holds no such topic (the usual checks apply); `null`
 * when it does but the edit may change the outline or another line's reading (the caller falls back).
 */
export function retitledHeading(old: LineIndex, newSource: TextSource, edit: LineEdit, topicsNear: readonly Topic[], summaryItemTexts: ReadonlySet<string>, options: AnalysisOptions): RetitledHeading | null | undefined {
  const { lineStart, oldLineEnd, newLineEnd } = edit;
  const oldStart = skipSpaces(old.source, lineStart, oldLineEnd);
  if (old.source.charCodeAt(oldStart) !== 35) return undefined;
  // A `#` line: the checks below read whole strings (built once, for this rarer edit).
  const oldText = old.text;
  const newText = flatText(newSource);
  const before = atxReading(oldText, oldStart, edit.oldTrimEnd);
  const topic = before && headingTopicAt(topicsNear, oldStart);
  if (!before || !topic) return undefined;
  // The heading's title is what changes: the marks, the level and the line's leading space stay.
  if (topic.level !== before.level || topic.headingSpan.end !== before.span.end || topic.title !== before.title) return null;
  if (edit.editStart < oldStart + parseAtxHeading(oldText.slice(oldStart, edit.oldTrimEnd))!.titleStart) return null;
  const newStart = skipSpaces(newText, lineStart, newLineEnd);
  if (newStart !== oldStart) return null;
  const after = atxReading(newText, newStart, edit.newTrimEnd);
  if (!after || after.level !== before.level) return null;
  // Summary lists link to headings by their titles, loosely: a document with list items falls back.
  if (summaryItemTexts.size > 0 || topic.summaryLinks.length > 0) return null;
  const oldLine = oldText.slice(lineStart, oldLineEnd);
  const newLine = newText.slice(lineStart, newLineEnd);
  const lastOf = (text: string, end: number): string => text[end - 1]!;
  if (!namesASection(after.title, lastOf(newText, edit.newTrimEnd), after.span.end - after.span.start)) return null;
  if (!namesASection(before.title, lastOf(oldText, edit.oldTrimEnd), before.span.end - before.span.start)) return null;
  // A heading that reads as a label (`### 主持人：`) is a turn: the label scheme reads every line.
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  for (const [text, lineEnd] of [[oldText, oldLineEnd], [newText, newLineEnd]] as const) {
    const prefix = text.slice(lineStart, Math.min(lineEnd, lineStart + LABEL_SCAN_LIMIT));
    if (recognizeLabel(prefix, lineEnd - lineStart, context) || labelCandidate(prefix, lineEnd - lineStart)) return null;
  }
  // The readings of the line that other lines' rules consult, as checkLineRole compares them.
  if (isColon(oldText.charCodeAt(edit.oldTrimEnd - 1)) || isColon(newText.charCodeAt(edit.newTrimEnd - 1))) return null;
  const lengthChanged = edit.oldTrimEnd - oldStart > MAX_BODYLESS_LENGTH !== edit.newTrimEnd - newStart > MAX_BODYLESS_LENGTH;
  if (lengthChanged && mayBeTitleAbove(old, edit.line, summaryItemTexts)) return null;
  if (endsSentenceAt(oldText, lineStart, edit.oldTrimEnd) !== endsSentenceAt(newText, lineStart, edit.newTrimEnd) && mayBeTitleBelow(old, edit.line, summaryItemTexts)) return null;
  if (boldMarkReading(oldText, oldStart, edit.oldTrimEnd) !== boldMarkReading(newText, newStart, edit.newTrimEnd)) return null;
  if (isClosingLine(oldText.slice(oldStart, Math.min(edit.oldTrimEnd, oldStart + CLOSING_LINE_SCAN))) !== isClosingLine(newText.slice(newStart, Math.min(edit.newTrimEnd, newStart + CLOSING_LINE_SCAN)))) return null;
  if (speechIntroductionReading(oldLine) !== speechIntroductionReading(newLine)) return null;
  if (fullTextLeadBelow(old, edit.line)) return null;
  if (signatureReading(oldLine) !== signatureReading(newLine)) return null;
  if (mayChangeCaptionBeside(old, edit.line, oldLine, newLine)) return null;
  if (!sameStageDirections(oldLine, newLine, edit.editStart - lineStart, edit.editEnd - lineStart, edit.delta)) return null;
  if (mentionsNameLineBelow(old, edit.line, oldLine, newLine)) return null;
  return { headingStart: oldStart, oldHeadingEnd: before.span.end, headingSpan: after.span, title: after.title };
}

/** Offsets of the old text to the new one, as incremental.ts's Shift gives them. */
export interface TopicShift {
  start(offset: number): number;
  lineTextEnd(offset: number): number;
  span(span: Span): Span;
  topic(topic: Topic): Topic;
}

/**
 * `topic` after the edit, with the retitled heading's title and span; every other offset as `shift`
 * moves it. A section that ends on the heading (no body) ends where the new heading does.
 */
export function retitleTopic(topic: Topic, heading: RetitledHeading, shift: TopicShift, lineStart: number): Topic {
  if (topic.span.end < lineStart) return topic;
  if (topic.span.start > heading.oldHeadingEnd || topic.span.end < heading.headingStart) return shift.topic(topic);
  const end = topic.span.end === heading.oldHeadingEnd ? heading.headingSpan.end : shift.lineTextEnd(topic.span.end);
  if (topic.headingSpan.start === heading.headingStart) {
    return { ...topic, title: heading.title, span: { start: topic.span.start, end }, headingSpan: heading.headingSpan, children: topic.children.map((c) => shift.topic(c)) };
  }
  return {
    ...topic,
    span: { start: shift.start(topic.span.start), end },
    headingSpan: shift.span(topic.headingSpan),
    summaryLinks: topic.summaryLinks.map((s) => shift.span(s)),
    children: topic.children.map((c) => retitleTopic(c, heading, shift, lineStart)),
  };
}
