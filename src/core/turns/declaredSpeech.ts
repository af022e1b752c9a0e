// A talk, a sermon or a witness's statement whose header names one speaker and whose body carries no
// label scheme of its own: the body is that speaker's. Headings, slides, code, bracketed notes and the
// header are not speech; a labelled paragraph of someone else (`Audience member: …`) is theirs, and the
// declared speaker takes the floor again at the next unlabelled paragraph.
import type { LineIndex } from '../text/positions';
import { LineFlag } from '../topics/outline';
import type { LabelLines } from './scheme';
import { declarationOf, labelNamesDeclared } from './declaredSpeakers';
import { isTimestampOnly } from './timestamps';
import { isDiarizedName } from './candidates';

/** Labels of other speakers may open at most this share of the body's paragraphs (interjections). */
const MAX_INTERJECTION_SHARE = 0.25;
/** How far a bracketed block (`[slide title: …` … `]`) may run before it is taken for prose. */
const BRACKET_BLOCK_REACH = 40;

export interface DeclaredSpeech {
  /** Whose the unlabelled body is; null when the header declares several speakers or the body labels its own. */
  readonly name: string | null;
  readonly bodyStart: number;
  /** Lines that are no one's speech: the header and bracketed blocks of several lines. */
  readonly silentLines: ReadonlySet<number>;
}

/**
 * What the header declares, for the turn scan; null when it declares no one. The declared speaker owns the
 * body unless the header declares several, a label in the body names the declared speaker (the body then
 * has a label scheme of its own) or another named person, or anonymous voices' labels open more than
 * MAX_INTERJECTION_SHARE of its paragraphs: then only the header's lines are set apart (`* **Speakers: A,
 * B**` is no label).
 */
export function declaredSpeech(lines: LineIndex, labels: LabelLines, lineFlags: Uint8Array): DeclaredSpeech | null {
  const declaration = declarationOf(lines);
  if (!declaration) return null;
  const headerOnly: DeclaredSpeech = { name: null, bodyStart: 0, silentLines: declaration.headerLines };
  if (declaration.names.length !== 1) return headerOnly;
  const name = declaration.names[0]!;
  let paragraphs = 0;
  let interjections = 0;
  let previousBlank = true;
  for (let line = declaration.bodyStart; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const blank = lines.source.slice(start, Math.min(lines.lineEnd(line), start + 64)).trim() === '';
    if (!blank && previousBlank && !(lineFlags[line]! & LineFlag.Code) && !declaration.headerLines.has(line)) {
      paragraphs++;
      const label = labels.get(line);
      // The body labels the declared speaker itself: its own labels say who speaks, as in any transcript.
      if (label && labelNamesDeclared(label.speaker, name)) return headerOnly;
      // Someone else named in a label (`Senator Roe:`, `Ellen:`) shows an exchange between people, not one
      // speaker with interjections from the floor (`Audience member:`, `Q:`): the labels decide there too.
      if (label && label.source !== 'qa' && !isDiarizedName(label.speaker)) return headerOnly;
      if (label) interjections++;
    }
    previousBlank = blank;
  }
  if (paragraphs === 0 || interjections > paragraphs * MAX_INTERJECTION_SHARE) return headerOnly;
  const silentLines = new Set(declaration.headerLines);
  addBracketBlocks(lines, declaration.bodyStart, silentLines);
  addCaptions(lines, declaration.bodyStart, silentLines);
  // An interview's answers start at its first question: what the writer puts above it introduces the guest.
  const bodyStart = declaration.interview ? firstQuestionLine(lines, declaration.bodyStart) : declaration.bodyStart;
  return { name, bodyStart, silentLines };
}

/**
 * The first question of an interview, from `from` on: the first heading, or line wholly in bold or italics, in
 * a style the document uses again (questions recur; an italic byline above bold questions does not); the first
 * line in any of these styles when none recurs.
 */
function firstQuestionLine(lines: LineIndex, from: number): number {
  let first = -1;
  const firstOfStyle = new Map<number, number>();
  for (let line = from; line < lines.lineCount; line++) {
    const style = questionStyle(declaredLineReading(lines.lineText(line)));
    if (style === 0) continue;
    if (first < 0) first = line;
    const earlier = firstOfStyle.get(style);
    if (earlier !== undefined) return earlier;
    firstOfStyle.set(style, line);
  }
  return first < 0 ? from : first;
}

/** How a line sets a question apart: as a heading, in bold or in italics; 0 for none. */
function questionStyle(reading: number): number {
  if (reading & LineReading.Heading) return LineReading.Heading;
  if (reading & LineReading.Emphasised) return reading & LineReading.Bold ? LineReading.Bold : LineReading.Emphasised;
  return 0;
}

/** A line wholly in italics or bold right under a picture is its caption (`_Emir meeting the president_`). */
function addCaptions(lines: LineIndex, from: number, into: Set<number>): void {
  for (let line = from + 1; line < lines.lineCount; line++) {
    if (!(declaredLineReading(lines.lineText(line)) & LineReading.Emphasised)) continue;
    if (declaredLineReading(lines.lineText(line - 1)) & LineReading.Image) into.add(line);
  }
}

/**
 * `[slide title: Plan` … `]`: a bracket opened at a line's start and closed at a later line's end. And a site
 * generator's tag over several lines (`{% include image.html` … `caption="…" %}`), a picture's markup.
 */
function addBracketBlocks(lines: LineIndex, from: number, into: Set<number>): void {
  for (let line = from; line < lines.lineCount; line++) {
    const text = lines.lineText(line).trim();
    const opener = text.startsWith('[') && !text.includes(']') ? '[' : text.startsWith('{%') && !text.includes('%}') ? '{%' : null;
    if (opener === null) continue;
    const close = opener === '[' ? ']' : '%}';
    for (let end = line + 1; end < lines.lineCount && end <= line + BRACKET_BLOCK_REACH; end++) {
      const closing = lines.lineText(end).trim();
      if (closing.startsWith(opener)) break;
      if (!closing.endsWith(close)) continue;
      for (let l = line; l <= end; l++) into.add(l);
      line = end;
      break;
    }
  }
}

const enum LineReading {
  Blank = 1,
  OpensBracket = 2,
  ClosesBracket = 4,
  Heading = 8,
  TimeAlone = 16,
  /** Wholly in bold or italics (`**Why Erlang?**`, `_a caption_`). */
  Emphasised = 32,
  /** A picture alone (`![alt](src){: .right}`, `<img …>`). */
  Image = 64,
  OpensTemplate = 128,
  ClosesTemplate = 256,
  /** Emphasised in bold (`**Why Erlang?**`), not italics: interviews set questions apart in one style. */
  Bold = 512,
}

const EMPHASISED = /^(?:\*\*[^*]+\*\*|__[^_]+__|_[^_]+_|\*[^*]+\*)$/;
const IMAGE_ALONE = /^(?:!\[[^\]]*\]\([^()]*\)(?:\{:[^{}]*\})?|<img\s[^<>]*>)$/;

/**
 * What of one line the declared-speech reading and the name headings look at, the line alone: blank or not,
 * a bracket opened with no close (`[slide title: …`), a closing bracket at its end, a `#` heading, a time
 * alone. An edit that keeps this (and the line count, the labels and the header) keeps who speaks.
 */
export function declaredLineReading(line: string): number {
  const text = line.trim();
  if (text === '') return LineReading.Blank;
  let reading = 0;
  if (text.startsWith('[') && !text.includes(']')) reading |= LineReading.OpensBracket;
  if (text.endsWith(']')) reading |= LineReading.ClosesBracket;
  if (text.startsWith('#')) reading |= LineReading.Heading;
  if (EMPHASISED.test(text)) reading |= text.startsWith('**') || text.startsWith('__') ? LineReading.Emphasised | LineReading.Bold : LineReading.Emphasised;
  if (IMAGE_ALONE.test(text)) reading |= LineReading.Image;
  if (text.startsWith('{%') && !text.includes('%}')) reading |= LineReading.OpensTemplate;
  if (text.endsWith('%}')) reading |= LineReading.ClosesTemplate;
  if (text.length <= 16 && isTimestampOnly(text)) reading |= LineReading.TimeAlone;
  return reading;
}
