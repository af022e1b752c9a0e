import { lineTableOf } from '../analysis/lineTable';
import { detached } from '../text/detached';
import { lineTextOrUndefined } from '../text/lineReaders';
import type { LineIndex } from '../text/positions';
import { StringTable } from '../text/stringTable';
import type { TextSource } from '../text/chunkedText';
import { countHan, isHan, LABEL_SCAN_LIMIT, simplified, skipSpaces } from './chars';
import { EN_TITLES, ZH_NON_NAME_STARTS, ZH_ROLES, ZH_TITLES } from './words';
import { CAPITALS_DASH, CAPITALS_STOP, DASH_STOP, hasCommaRole, QUESTION_LEAD_SHAPE, idStem, INITIAL_SHAPE, isInitialCandidate, isRecordLabel, isSurnameInitial, labelCandidate, plainHeadLength, type LabelCandidate } from './candidates';
import { recognizeLabel, type LabelContext, type LabelMatch } from './labels';
import { isFieldName } from './fieldNames';
import { isHandleName } from './handleNames';
import { addNickLabels, PLAIN_COLON_SHAPE } from './lowerCaseNicks';
import { addSingleSpaceRoleLabels } from './singleSpaceRoles';
import { addSpeakerKeyLabels } from './speakerKeys';
import { endsLikeAClauseOnly, hasWordSurnameOnly, opensLikeAClauseOnly, parseSpeakerName } from './speakerName';
import { listItemBelow } from './listFields';
import { splitMarkupCandidate } from './splitMarkupLabels';
import { bracketedName, speakerOfBracketedLabel } from './bracketedNames';
import { FirstPassReadings, NOT_KEPT, NOTHING_READ, type LabelReadContext } from './firstPassReadings';
import { addFrameLabels } from './learnedFrames';
import { FrameTally } from './frameTally';
import { chapterListLines } from './chapterLists';
import { holdsPageNumber, isNumberedRunningHead } from './runningHeads';

/**
 * The document's labelling scheme. Every line's label candidate is grouped by its shape (the wrappers
 * and separator around the name); a shape that recurs with a small set of repeating names is how this
 * document labels its speakers. The conventions recognizeLabel knows are priors: a line they accept is
 * a label unless it is weak (see isWeakKnownLabel), and a line no convention knows is a label only when
 * its shape is an accepted scheme.
 */
export interface LabelScheme {
  /** Label lines, by line number. */
  readonly labels: LabelLines;
  /** Shapes accepted as the document's schemes, for the documentation and tests. */
  readonly shapes: readonly string[];
  /**
   * The counts the scheme was decided from, as LabelSchemeTally.of would count them with the same
   * `skipLine`, from the lines this scan already read: the first call only (it releases them), then undefined.
   */
  readonly takeTally: () => LabelSchemeTally | undefined;
  /** The first pass's readings of the lines, for the analysis's later readers of them (see FirstPassReadings). */
  readonly readings: FirstPassReadings;
  /** The label frames as counted, for the incremental path (frameTally.ts); none where frames are not learned (subtitles). */
  readonly frames?: FrameTally;
}

/** The label of each line, or none: an array indexed by line, cheaper than a Map for 100,000 label lines. */
export class LabelLines {
  private readonly byLine: (LabelMatch | undefined)[];

  constructor(lineCount: number) {
    this.byLine = new Array<LabelMatch | undefined>(lineCount);
  }

  get(line: number): LabelMatch | undefined {
    return this.byLine[line];
  }

  has(line: number): boolean {
    return this.byLine[line] !== undefined;
  }

  set(line: number, label: LabelMatch): void {
    this.byLine[line] = label;
  }

  /** The outline reads the line otherwise (a section title whose colon looked like a label). */
  delete(line: number): void {
    this.byLine[line] = undefined;
  }
}

/** A shape needs this many lines, of which this share carries a name seen at least twice in it. */
const MIN_SCHEME_LINES = 2;
const MIN_REPEATED_SHARE = 0.5;
/** A long label that speaks only once is a lead-in sentence (`有幾個數據跟各位報告：`), not a speaker. */
const MAX_SINGLE_HAN = 5;
const MAX_SINGLE_LATIN_WORDS = 4;
const LATIN_WORDS = /\p{Script=Latin}+/gu;

/**
 * Finds the label lines of a document. `skipLine` leaves out lines that are never speech (code,
 * subtitle timings). Two passes over the lines' bounded prefixes: linear in the document's length. `learnFrames`
 * false leaves out frames learned from the document (subtitles: a cue's text is speech, never a frame's line).
 */
export function findLabelScheme(lines: LineIndex, context: LabelContext, skipLine: (line: number) => boolean, learnFrames = true): LabelScheme {
  const text = lines.source;
  // Parallel arrays rather than an object per line: a 10 MB transcript has 100,000 label lines.
  const readLines: number[] = [];
  const candidates: (LabelCandidate | null)[] = [];
  const knowns: (LabelMatch | null)[] = [];
  const { starts, ends } = lineTableOf(lines);
  const splitLines = new Set<number>();
  // Lines readLabelLine must read itself: skipped here, or split labels (which it does not read).
  const unread: number[] = [];
  const textOrUndefined = lineTextOrUndefined(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    if (skipLine(line)) {
      unread.push(line);
      continue;
    }
    const lineStart = starts[line]!;
    const lineLength = ends[line]! - lineStart;
    if (lineLength === 0) continue;
    const prefix = text.slice(lineStart, lineStart + Math.min(lineLength, LABEL_SCAN_LIMIT));
    const head = plainHeadLength(prefix);
    const known = knownUnlessField(cachedOrRecognized(prefix, head, lineLength, context), prefix);
    let candidate = candidateUnlessField(labelCandidate(prefix, lineLength, head), prefix);
    // `<span …>Mr MORRISON</span>` over `</a>` and `(…) (14:08): …`: a label markup broke over lines.
    if (!known && !candidate && prefix.trimStart().startsWith('<')) {
      candidate = candidateUnlessField(splitMarkupCandidate(textOrUndefined, line), null);
      if (candidate) {
        splitLines.add(line);
        unread.push(line);
      }
    }
    if (!known && !candidate) continue;
    readLines.push(line);
    candidates.push(candidate);
    knowns.push(known);
  }

  // Names per shape, and every name any label line gives (a name seen as a label elsewhere is evidence).
  const shapes = new Map<string, Map<string, number>>();
  const labelNames = new Map<string, number>();
  for (let i = 0; i < readLines.length; i++) {
    const candidate = candidates[i]!;
    countLine(shapes, labelNames, candidate, knowns[i]!, 1);
  }
  const accepted = new Set<string>();
  for (const [shape, names] of shapes) if (shape !== STAMPED_ALONE && isScheme(shape, names)) accepted.add(shape);
  const stampedArePhrases = isPhraseList(shapes.get(STAMPED_ALONE));
  // A name an accepted scheme repeats is this document's speaker in any other shape too: court records
  // write `[11:13] JUSTICE BLACK:` and then `JUSTICE BLACK:`, or change their markup mid-document.
  // Such a shape is judged by its lines with speech after the label: `<b>BEFORE:</b>` and
  // `<b>APPEARANCES:</b>` over a list are the record's headings, not its speakers.
  const schemeNames = new Set<string>();
  for (const shape of accepted) for (const [name, count] of shapes.get(shape)!) if (count >= 2) schemeNames.add(name);
  const borrowed = new Set<string>();
  if (schemeNames.size > 0) {
    const inlineShapes = new Map<string, Map<string, number>>();
    for (let i = 0; i < readLines.length; i++) {
      const candidate = candidates[i];
      if (candidate && !accepted.has(candidate.shape) && hasInlineSpeech(candidate, lines, readLines[i]!)) countName(inlineShapes, candidate);
    }
    for (const [shape, names] of inlineShapes) if (isScheme(shape, names, schemeNames)) borrowed.add(shape);
  }

  const labels = new LabelLines(lines.lineCount);
  const bareNames = new Set<string>();
  const withRole: [number, string][] = [];
  // Lines with one head share one candidate object; they share one label object too.
  const shared = new Map<LabelCandidate, LabelMatch>();
  const surnames: SurnameIndex = {};
  let chapters: ReadonlySet<number> | undefined;
  for (let i = 0; i < readLines.length; i++) {
    const line = readLines[i]!;
    const candidate = candidates[i]!;
    // A split label's speech follows its brackets and colon below (splitMarkupCandidate checked it).
    const speechless = candidate !== null && candidate.shape.startsWith('<') && !splitLines.has(line) && !hasInlineSpeech(candidate, lines, line);
    const formalWithSpeech = candidate !== null && hasCommaRole(candidate) && !splitLines.has(line) && hasInlineSpeech(candidate, lines, line);
    const titled = headsATitle(candidate, knowns[i]!, lines, line);
    let label = decide(candidate, knowns[i]!, accepted, shapes, labelNames, schemeNames, stampedArePhrases, speechless, formalWithSpeech, titled, surnames);
    // A borrowed shape's labels are judged like an accepted scheme's.
    if (!label && candidate && borrowed.has(candidate.shape)) label = decide(candidate, knowns[i]!, borrowed, shapes, labelNames, schemeNames, stampedArePhrases, speechless, formalWithSpeech, titled, surnames);
    if (!label) continue;
    if (isFieldLine(label, lines, line, labelNames, true)) continue;
    // `(00:00) 开场` over `(12:34) 第二部分`: a chapter list's line names no speaker (chapterLists.ts).
    if (label.timestamp && !label.fromUserPattern && (chapters ??= chapterListLines(lines)).has(line)) continue;
    if (candidate) {
      const same = shared.get(candidate);
      if (same && sameMatch(same, label)) label = same;
      else if (!same) shared.set(candidate, label);
    }
    labels.set(line, label);
    if (candidate && candidate.written !== candidate.name && candidate.name === label.speaker) withRole.push([line, candidate.written]);
    else bareNames.add(label.speaker);
  }
  // `Mr. Lee (Scarborough, Lib.):` keeps its bracket as written, unless the document also labels the
  // bare name (`John Smith (CEO):` then `John Smith:`), where both are one speaker, or labels the bracketed
  // name alone (`THE MINISTER OF RAILWAYS (SHRI ASHWINI VAISHNAW):` then `SHRI ASHWINI VAISHNAW:`), the person.
  for (const [line, written] of withRole) {
    const label = labels.get(line)!;
    const speaker = speakerOfBracketedLabel(written, label.speaker, bareNames);
    if (speaker !== label.speaker) labels.set(line, { ...label, speaker });
  }
  // `mnot: …` beside `Travis: …`: lower-case nicks the plain shape's scheme takes in (lowerCaseNicks.ts); not in cue text.
  if (learnFrames) addNickLabels(lines, labels, accepted.has(PLAIN_COLON_SHAPE) ? shapes.get(PLAIN_COLON_SHAPE)! : null, skipLine);
  // `Q So, …` taking turns with `A Yes, …` through the document: a record's questions and answers (singleSpaceRoles.ts).
  if (learnFrames) addSingleSpaceRoleLabels(lines, labels, skipLine);
  // `TAG        Thank you.` under a `Speaker key:` naming `TAG`: the document's own key of initials (speakerKeys.ts).
  if (learnFrames) addSpeakerKeyLabels(lines, labels, skipLine);
  // Lines no reader took that repeat one frame of the document's own words around changing names (learnedFrames.ts).
  const frames = learnFrames ? FrameTally.of(addFrameLabels(lines, labels, skipLine)) : undefined;
  // Kept for one tally (the worker's label state), then released: the outline cache holds the scheme.
  let read: ReadLines | undefined = { readLines, candidates, knowns };
  const takeTally = (): LabelSchemeTally | undefined => {
    const tally = read && LabelSchemeTally.ofReadLines(lines, context, read);
    read = undefined;
    return tally;
  };
  return { labels, shapes: [...accepted, ...borrowed], takeTally, readings: new FirstPassReadings(lines, context, readLines, candidates, knowns, unread), ...(frames ? { frames } : {}) };
}

/** Whether the words after `label` on its line hold a number (`Speaker 2: A Yeah.` repeated is speech). */
function numberedAfter(lines: LineIndex, line: number, label: LabelMatch): boolean {
  return holdsPageNumber(lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line)));
}

/** The lines findLabelScheme's first pass kept (a label candidate or a known label), with what it read from each. */
interface ReadLines {
  readonly readLines: readonly number[];
  readonly candidates: readonly (LabelCandidate | null)[];
  readonly knowns: readonly (LabelMatch | null)[];
}

/**
 * A field of minutes (`**決議**:`, `Date:`) or a question heading (isQuestionHeading) is no label, read from its line
 * alone (see fieldNames); a user pattern still wins. `prefix`: the line's text as read for labels, or null where the
 * label is not read from one line (split markup).
 */
function knownUnlessField(known: LabelMatch | null, prefix: string | null): LabelMatch | null {
  return known && !known.fromUserPattern && (isFieldName(known.speaker) || isQuestionHeading(prefix, known.speaker, known.textStart)) ? null : known;
}

function candidateUnlessField(candidate: LabelCandidate | null, prefix: string | null): LabelCandidate | null {
  return candidate && (isFieldName(candidate.name) || isQuestionHeading(prefix, candidate.name, candidate.textStart)) ? null : candidate;
}

/** The question's side of a Q/A exchange (words.ts QA_ROLES has both sides; a reporter's `记者` is a person). */
const QUESTION_SIDES = new Set(['q', '问', 'question']);
const MARKDOWN_HEADING_MARK = /^[ \t]{0,3}#{1,6}[ \t]/;

/**
 * `### Q: 台灣這裡收到什麼樣的訊息？`: notes of a talk's Q&A, and write-ups, title each section by the question asked,
 * its answer written below in the notes' own words. A heading that holds the question after `Q:` is that section's
 * title, no one's turn; read from the line alone. `### Q:` with nothing after it still labels the lines below.
 */
function isQuestionHeading(prefix: string | null, name: string, textStart: number): boolean {
  return prefix !== null && MARKDOWN_HEADING_MARK.test(prefix) && QUESTION_SIDES.has(simplified(name).toLowerCase()) && prefix.slice(textStart).trim() !== '';
}

/** A label line that is a field after all: it introduces a list (introducesList) or holds only a link (holdsOnlyALink). */
function isFieldLine(label: LabelMatch, lines: LineIndex, line: number, labelNames: ReadonlyMap<string, number>, wholeDocument: boolean): boolean {
  return !label.fromUserPattern && (holdsOnlyALink(label, lines, line) || holdsAField(label, lines, line) || introducesList(label, lines, line, labelNames) || isRunningHeadLabel(label, lines, line, wholeDocument));
}

/**
 * `立法會 ─ 2013年 1月 10日` at every page break: a running head is no label with a page's number or date after it
 * (runningHeads.ts). `wholeDocument`: read every line's head once (findLabelScheme); else search for this line's repeats.
 */
function isRunningHeadLabel(label: LabelMatch, lines: LineIndex, line: number, wholeDocument: boolean): boolean {
  return numberedAfter(lines, line, label) && isNumberedRunningHead(lines, line, wholeDocument);
}

/** `发布人: 谜语网 发布时间:2015-10-04`: a label whose value holds a known field is a field of the same line. */
function holdsAField(label: LabelMatch, lines: LineIndex, line: number): boolean {
  return holdsAnotherField(lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line)));
}

/** `key:` after white space, `;` or `|`, its key a short word with no digit (a clock time `19:18` is none). */
const FIELD_IN_VALUE = /(?:^|[\s;；|｜])([^\s\d;；|｜:：]{1,8})\s*[:：]/gu;
/** How much of a value is read for another field: a page's field line is short. */
const FIELD_VALUE_SCAN = 120;

/**
 * Whether a label's value (the rest of its line) holds another field of minutes or a page (`发布时间:`, `Date:`,
 * see fieldNames) and no sentence end: fields come in rows, a speaker's line does not name one.
 */
/** `发布人: 谜语网 发布时间:…`: a line opening with a short key and a colon whose value holds another field. */
export function isFieldRow(line: string): boolean {
  const row = FIELD_ROW.exec(line);
  return row !== null && holdsAnotherField(row[1]!);
}

const FIELD_ROW = /^\s*[^\s:：]{1,8}\s*[:：](.*)$/u;

export function holdsAnotherField(value: string): boolean {
  const head = value.slice(0, FIELD_VALUE_SCAN);
  if (/[。！？!?]|\.(?:\s|$)/.test(head)) return false;
  for (const match of head.matchAll(FIELD_IN_VALUE)) if (isFieldName(match[1]!)) return true;
  return false;
}

/** A web address, an @handle or an e-mail address, alone. */
const LINK_VALUE = /^[<(]?(?:(?:https?:\/\/|www\.)\S+|@\w[\w.]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[>)]?$/i;

/** `YouTube Channel : https://…`, `Twitter : @name`: a page's links under a transcript's title; nobody says only an address. */
function holdsOnlyALink(label: LabelMatch, lines: LineIndex, line: number): boolean {
  return isOnlyALink(lines.source.slice(lines.lineStart(line) + label.textStart, lines.lineEnd(line)));
}

/** Whether a label's value (the rest of its line) is a link alone, which makes the label a field. */
export function isOnlyALink(value: string): boolean {
  const trimmed = value.trim();
  return trimmed.length > 0 && LINK_VALUE.test(trimmed);
}

/**
 * `受訪者登記：` over `1. kiang` / `2. isabel`, `**Links:**` over the episode's links past a blank line: a one-off label
 * with nothing after it on its line, above a list (listItemBelow), introduces the list; no one speaks a list of names.
 * A label that recurs so is a field too where its list opens with another name's label (`QA 交流环节：` over
 * `- [gglin001](…)：…`, `回饋：` over `- [name=leila] …`): its value is other people's turns, none of its own.
 */
function introducesList(label: LabelMatch, lines: LineIndex, line: number, labelNames: ReadonlyMap<string, number>): boolean {
  if (line + 1 >= lines.lineCount) return false;
  const start = lines.lineStart(line);
  if (start + label.textStart < lines.lineEnd(line) && /\S/.test(lines.source.slice(start + label.textStart, lines.lineEnd(line)))) return false;
  const item = listItemBelow(lines, line);
  if (item < 0) return false;
  return (labelNames.get(label.speaker) ?? 0) <= 1 || opensWithAnotherLabel(lines, item, label.speaker);
}

/** Whether list item `line` opens with a label (known or a candidate) naming someone other than `speaker`. */
function opensWithAnotherLabel(lines: LineIndex, line: number, speaker: string): boolean {
  const text = lines.lineText(line);
  const prefix = text.slice(0, LABEL_SCAN_LIMIT);
  const name = recognizeLabel(prefix, text.length)?.speaker ?? labelCandidate(prefix, text.length)?.name;
  return name !== undefined && name !== speaker;
}

function countStampedAlone(shapes: Map<string, Map<string, number>>, name: string, by: number): void {
  let names = shapes.get(STAMPED_ALONE);
  if (!names) shapes.set(STAMPED_ALONE, (names = new Map<string, number>()));
  addCount(names, name, by);
}

function countName(shapes: Map<string, Map<string, number>>, candidate: LabelCandidate, by = 1): void {
  let names = shapes.get(candidate.shape);
  if (!names) shapes.set(candidate.shape, (names = new Map<string, number>()));
  addCount(names, candidate.name, by);
}

/** A line's part in the counts the scheme decides from: its candidate by shape, and every name it gives. */
/** `Long Office (Miss Melanie Johnson):` where the document labels `Miss Melanie Johnson:` too: the office names that person. */
function personLabelledAlone(candidate: LabelCandidate, labelNames: ReadonlyMap<string, number>): boolean {
  if (candidate.written === candidate.name) return false;
  const inner = bracketedName(candidate.written);
  return inner !== null && inner !== candidate.name && (labelNames.get(inner) ?? 0) > 0;
}

function countLine(shapes: Map<string, Map<string, number>>, labelNames: Map<string, number>, candidate: LabelCandidate | null, known: LabelMatch | null, by: number): void {
  if (known) addCount(labelNames, known.speaker, by);
  if (!candidate) {
    if (known && isStampedAlone(known)) countStampedAlone(shapes, known.speaker, by);
    return;
  }
  countName(shapes, candidate, by);
  if (!known || known.speaker !== candidate.name) addCount(labelNames, candidate.name, by);
}

function addCount(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}

/** Speech follows the label on its own line (not only spaces or closing markup). */
function hasInlineSpeech(candidate: LabelCandidate, lines: LineIndex, line: number): boolean {
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (start + candidate.textStart >= end) return false;
  const rest = lines.source.slice(start + candidate.textStart, Math.min(end, start + candidate.textStart + 64));
  return /[\p{L}\p{N}]/u.test(rest.replace(/<[^<>]*>/g, ''));
}

/**
 * recognizeLabel for a line whose plain `Name:` head (see plainHeadLength; `plainHead` is its length) was
 * read before. With no user patterns, the known conventions read such a line from its head alone, except the
 * speech's start and `Name: (00:40)`, where a timestamp follows; those are checked before a result is reused.
 */
const knownByHead = new Map<string, LabelMatch | null>();
const KNOWN_CACHE_SIZE = 4096;

function cachedOrRecognized(prefix: string, plainHead: number, lineLength: number, context: LabelContext): LabelMatch | null {
  const head = context.extraLabelPatterns?.length ? 0 : plainHead;
  // `︰` and `∶` are no colon to recognizeLabel, and an icon before the name is read with its own rules.
  if (head === 0 || prefix.charCodeAt(head - 1) === 0xfe30 || prefix.charCodeAt(head - 1) === 0x2236 || !startsWithLetter(prefix)) return recognizeLabel(prefix, lineLength, context);
  const textStart = skipSpaces(prefix, head);
  if (textStart < prefix.length && '[(（【0123456789'.includes(prefix[textStart]!)) return recognizeLabel(prefix, lineLength, context);
  const key = prefix.slice(0, head);
  const cached = knownByHead.get(key);
  if (cached === undefined) {
    // Read from a copy, so nothing the cache keeps holds the document (see detached).
    const known = recognizeLabel(detached(prefix), lineLength, context);
    if (!known || (known.labelEnd === head && known.textStart === textStart && !known.afterQuestionOnly)) {
      if (knownByHead.size >= KNOWN_CACHE_SIZE) knownByHead.clear();
      knownByHead.set(detached(key), known);
    }
    return known;
  }
  return !cached || cached.textStart === textStart ? cached : { ...cached, textStart };
}

/** An ASCII letter or digit, or an ideograph: no icon or symbol the known conventions would skip. */
function startsWithLetter(prefix: string): boolean {
  const code = prefix.charCodeAt(0);
  const lower = code | 32;
  return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122) || isHan(code);
}

function sameMatch(a: LabelMatch, b: LabelMatch): boolean {
  return a.speaker === b.speaker && a.labelStart === b.labelStart && a.labelEnd === b.labelEnd && a.textStart === b.textStart && a.source === b.source &&
    a.timestamp === b.timestamp && a.verb === b.verb && a.afterQuestionOnly === b.afterQuestionOnly && a.fromUserPattern === b.fromUserPattern;
}

function isScheme(shape: string, names: ReadonlyMap<string, number>, schemeNames?: ReadonlySet<string>): boolean {
  // A heading needs a colon or a timestamp to be a label (`### 姓名：`), or every repeated `## Summary` would speak.
  if (shape.startsWith('#') && !shape.includes(':') && !shape.includes('T')) return false;
  let total = 0;
  let repeated = 0;
  for (const [name, count] of names) {
    // Ids (`spk05`) are judged by their siblings alone (hasNumberedSibling), and surname initials (`柯`) by the
    // scheme the other names make, not as the shape's names.
    if (idStem(name) !== null || (shape === INITIAL_SHAPE && isSurnameInitial(name))) continue;
    total += count;
    if (count >= 2 || (count === 1 && schemeNames?.has(name))) repeated += count;
  }
  if (shape.endsWith(CAPITALS_STOP) && distinctRepeated(names) < 2 && !isTitledRoster(names)) return false;
  // `JONES — …` taking turns with `SMITH — …`; a dateline (`BEIJING — China's…`) heads one story, once.
  if (shape.endsWith(CAPITALS_DASH) && distinctRepeated(names) < 2) return false;
  // `HON. A. SUDHAKAR.-`: a separator prose never writes after a name in capitals; the shape recurring is the scheme,
  // however often each member speaks in the excerpt.
  if (shape.endsWith(DASH_STOP)) return total >= MIN_SCHEME_LINES;
  if (shape === INITIAL_SHAPE && initialsConverse(names, total)) return true;
  return total >= MIN_SCHEME_LINES && repeated >= MIN_SCHEME_LINES && repeated >= total * MIN_REPEATED_SHARE;
}

/**
 * `曾：…` / `梁：…` and no other label: an interview that writes each side by a surname's one character. Initials
 * alone make the scheme where two or more of them each label two lines or more and outnumber the shape's other
 * lines (`访谈：…` once, a field): the document's own repetition, not a list of surnames. `注：` once is no dialogue.
 */
function initialsConverse(names: ReadonlyMap<string, number>, others: number): boolean {
  let speakers = 0;
  let lines = 0;
  for (const [name, count] of names) {
    if (count < 2 || !isSurnameInitial(name)) continue;
    speakers++;
    lines += count;
  }
  return speakers >= 2 && lines >= 2 * MIN_SCHEME_LINES && lines > others;
}

/** A title in capitals opening a record's label: `MR. QUARLES`, `CHAIR POWELL`, `VICE CHAIR CLARIDA`. */
const CAPITALS_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'miss']);

/**
 * `CHAIR POWELL.` calling on `MR. QUARLES.`, `MS. GEORGE.`, …: a meeting record's go-round, where the chair repeats and
 * each member speaks once. Every name a title and a surname, two names or more: a roster, not prose opening `NASA.`.
 */
function isTitledRoster(names: ReadonlyMap<string, number>): boolean {
  if (names.size < 2) return false;
  for (const name of names.keys()) {
    const space = name.indexOf(' ');
    if (space < 0) return false;
    const title = name.slice(0, space).toLowerCase();
    if (!CAPITALS_HONORIFICS.has(title) && !EN_TITLES.has(title)) return false;
  }
  return true;
}

/** How many names label two lines or more: a play has several characters, a line of prose opening `NASA.` repeats one. */
function distinctRepeated(names: ReadonlyMap<string, number>): number {
  let repeated = 0;
  for (const count of names.values()) if (count >= 2) repeated++;
  return repeated;
}

function decide(
  candidate: LabelCandidate | null, known: LabelMatch | null, accepted: ReadonlySet<string>,
  shapes: ReadonlyMap<string, ReadonlyMap<string, number>>, labelNames: ReadonlyMap<string, number>, schemeNames: ReadonlySet<string>,
  stampedArePhrases: boolean, speechless: boolean, commaRoleWithSpeech: boolean, titled: boolean, surnames: SurnameIndex = {},
): LabelMatch | null {
  if (known?.fromUserPattern) return known;
  // A role after a comma is the document's full label for a speaker it labels again, whatever its shape's scheme,
  // or, once, a record's formal label: a titled name, its office, and speech after the colon (isTitledName).
  if (candidate && hasCommaRole(candidate)) {
    if (labelledAgain(candidate.name, labelNames, surnames) || (commaRoleWithSpeech && isTitledName(candidate.name)) || isBroadcastCredit(candidate)) return fromCandidate(candidate);
    candidate = null;
  }
  if (candidate && idStem(candidate.name) !== null) {
    if (hasNumberedSibling(candidate.name, shapes.get(candidate.shape)!) || repeatsInScheme(candidate, accepted, shapes)) return fromCandidate(candidate);
    candidate = null;
  }
  // `> *eorgeK:*`: a handle is no name on its own; it is a speaker where the document repeats it as a label. So is
  // `被告：`, refused only for opening like a clause, and `Devon Price:`, refused for its surname's being a word.
  if (candidate && isNameOnlyByRepetition(candidate.name)) {
    if (repeatsInScheme(candidate, accepted, shapes) && (!hasWordSurnameOnly(candidate.name) || amongNames(candidate.name, shapes.get(candidate.shape)!))) return fromCandidate(candidate);
    candidate = null;
  }
  // `柯:` beside `記者:`: a one-character name is a speaker where it repeats in a shape the other names made a scheme.
  if (candidate && isInitialCandidate(candidate)) {
    if (accepted.has(candidate.shape) && (shapes.get(candidate.shape)!.get(candidate.name) ?? 0) >= 2) return fromCandidate(candidate);
    candidate = null;
  }
  if (candidate && accepted.has(candidate.shape)) {
    const repeats = (shapes.get(candidate.shape)!.get(candidate.name) ?? 0) >= 2 || schemeNames.has(candidate.name);
    // A name that occurs once in the scheme needs more evidence: a wrapper, a Q/A or timestamp convention, or a name-like length.
    // Two spaces after a short phrase are common in prose, so that shape takes no name on its length alone.
    const spacedOnly = candidate.shape.endsWith('|_') && !candidate.wrapped;
    // `【專訪】半導體業的下一步` over `【記者】…` lines: a bracketed word once, over a title, tags a headline.
    const wrapEvidence = candidate.wrapped && !(titled && tagsAHeadline(candidate));
    const evidence = repeats || wrapEvidence || (!spacedOnly && !titled && isShortName(candidate.name)) || (known !== null && known.source !== 'label')
      || personLabelledAlone(candidate, labelNames) || pairedLikeTheOthers(candidate.name, shapes.get(candidate.shape)!)
      || candidate.shape.endsWith(DASH_STOP);
    if (!evidence) return null;
    // `<p><b>BEFORE:</b></p>` over the bench's list: a one-off name in markup with no speech after it heads a section.
    if (!repeats && !candidate.wrapped && candidate.shape.startsWith('<') && speechless) return null;
    return known && known.speaker === candidate.name ? known : fromCandidate(candidate);
  }
  // `- ipa> …`: a list item that opens with a name the document's scheme already uses is that speaker's.
  if (candidate && candidate.shape.startsWith(LIST_ITEM_SHAPE)) {
    const unlisted = candidate.shape.slice(LIST_ITEM_SHAPE.length);
    if (accepted.has(unlisted) && (shapes.get(unlisted)!.get(candidate.name) ?? 0) >= 2) return known && known.speaker === candidate.name ? known : fromCandidate(candidate);
  }
  // `Mr. RUDMAN.` is a convention of its own, however rarely the document's speaker speaks; so is a numbered
  // question's lead, `6. JANE ROE (Eastfield) to the Minister of Transport: …`.
  if (candidate && (isRecordLabel(candidate) || candidate.shape === QUESTION_LEAD_SHAPE)) return fromCandidate(candidate);
  if (!known) return null;
  if (known.source === 'label' && (isWeakKnownLabel(known, labelNames) || (titled && (labelNames.get(known.speaker) ?? 0) < 2))) return null;
  // `[00:00] 美国加息⏎[00:01] 日本加息`: a caption's phrase per timed line, whose "names" make no scheme.
  if (!candidate && stampedArePhrases && isStampedAlone(known)) return null;
  return known;
}

/**
 * `【專訪】`, `[獨家]`: a word in brackets (no timestamp) that names no role or title. Over a title (headsATitle) and
 * labelling no other line, it tags the headline's section (an interview, an exclusive); `【主持人】` still speaks once.
 */
function tagsAHeadline(candidate: LabelCandidate): boolean {
  const nameAt = candidate.shape.indexOf('|N|');
  const wrappers = candidate.shape.slice(0, Math.max(0, nameAt));
  return wrappers.includes('[') && !wrappers.includes('T') && !candidate.isRole && !endsInChineseRole(candidate.name);
}

/** Longest title read after a one-off name (headsATitle), in characters. */
const MAX_TITLE_AFTER_NAME = 16;
/** Fewer ideographs are a name or a word (`主持人：王小明`, `狀態：完成`), a field's value. */
const MIN_TITLE_HAN = 5;
/** What a Chinese title holds: ideographs, spaces and the marks that quote or join words in it (no figures: a date is a field's). */
const CHINESE_TITLE = /^[\p{Script=Han}\s「」『』《》〈〉“”‘’·・、—-]+$/u;

/**
 * `陳景祥:脆弱的大和解`, a column's title after its writer's name, `S2E2 詹慶齡:「那時真是好傻好天真」` an episode's: what
 * follows the colon is a short run of ideographs with no punctuation to end or join clauses, where speech says
 * something (`行政長官:大家早晨。`). A name the document labels once is no speaker there (decide); one it labels again is.
 */
function headsATitle(candidate: LabelCandidate | null, known: LabelMatch | null, lines: LineIndex, line: number): boolean {
  const textStart = candidate?.textStart ?? known?.textStart;
  if (textStart === undefined) return false;
  const lineStart = lines.lineStart(line);
  return valueHeadsATitle(lines.source, lineStart + textStart, lines.lineEnd(line));
}

/**
 * Whether the text from `start` (a label's text start) to `end` (its line's end) reads as a title (headsATitle). The
 * incremental paths that keep a label while its speech is edited ask it of the line before and after the edit.
 */
export function valueHeadsATitle(source: TextSource, start: number, end: number): boolean {
  return start < end && end - start <= MAX_TITLE_AFTER_NAME * 2 && isTitleAfterName(source.slice(start, end));
}

function isTitleAfterName(value: string): boolean {
  const text = value.trim();
  return text.length <= MAX_TITLE_AFTER_NAME && countHan(text) >= MIN_TITLE_HAN && CHINESE_TITLE.test(text);
}

/**
 * The names the timestamp convention reads alone on their lines (`[00:01:23] Jane Doe` over her speech) with no
 * candidate of the scheme's own, counted as a shape of their own: the scheme never accepts it, it only tells a
 * caption's phrases (isPhraseList) from a transcript's speakers.
 */
const STAMPED_ALONE = '\u0001stamped';

function isStampedAlone(known: LabelMatch): boolean {
  return known.source === 'timestamp' && !known.fromUserPattern;
}

/** A shape written on this many lines whose names do not make a scheme holds phrases, not names (isPhraseList). */
const MIN_PHRASE_LINES = 3;

/**
 * `[00:00] 美国加息`, `[00:01] 日本加息`, `[00:02] 人民币却上涨了`: an unpunctuated caption's phrases behind their times, over
 * MIN_PHRASE_LINES lines or more, whose "names" do not repeat as a scheme's do (isScheme). Where the document's
 * stamped names are such a list, none of them is a speaker (decide).
 */
function isPhraseList(names: ReadonlyMap<string, number> | undefined): boolean {
  if (!names) return false;
  let total = 0;
  for (const count of names.values()) total += count;
  return total >= MIN_PHRASE_LINES && !isScheme(STAMPED_ALONE, names);
}

/**
 * `Devon Price` among two or more other names of its shape that each label two lines or more and are names on their
 * words alone: a table repeating `Unit Price:` beside `Quantity:` has one such name, a meeting has its speakers.
 */
function amongNames(name: string, names: ReadonlyMap<string, number>): boolean {
  let others = 0;
  for (const [other, count] of names) if (other !== name && count >= 2 && parseSpeakerName(other)?.name === other) others++;
  return others >= 2;
}

/** `eorgeK`, `被告`, `Devon Price`: names the name rules refuse on their words alone, labels only where the document repeats them. */
function isNameOnlyByRepetition(name: string): boolean {
  return isHandleName(name) || opensLikeAClauseOnly(name) || endsLikeAClauseOnly(name) || hasWordSurnameOnly(name);
}

/**
 * An id (`gglin001`) or a handle (`eorgeK`) written twice or more in a shape the scheme accepted: the document
 * labels with it, as it does with the other names of that shape (an id does not count towards its acceptance).
 */
function repeatsInScheme(candidate: LabelCandidate, accepted: ReadonlySet<string>, shapes: ReadonlyMap<string, ReadonlyMap<string, number>>): boolean {
  return accepted.has(candidate.shape) && (shapes.get(candidate.shape)!.get(candidate.name) ?? 0) >= 2;
}

/** Label names counted by their last word, built once per decision pass when a role after a comma needs it. */
interface SurnameIndex {
  counts?: Map<string, number>;
}

/** The last word of a name, for comparing `Mr. Richard Maurel` with `Mr. Maurel`. */
function surnameOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1]!;
}

/**
 * `Mr. Richard Maurel, the Clerk of the Committee:` names its speaker in full once, then `Mr. Maurel:`: the document
 * labels the name again, or another name with its last word.
 */
function labelledAgain(name: string, labelNames: ReadonlyMap<string, number>, surnames: SurnameIndex): boolean {
  if ((labelNames.get(name) ?? 0) >= 2) return true;
  if (!surnames.counts) {
    surnames.counts = new Map();
    for (const other of labelNames.keys()) addCount(surnames.counts, surnameOf(other), 1);
  }
  return (surnames.counts.get(surnameOf(name)) ?? 0) >= 2;
}

/**
 * `Mr DAVID BLUNT, Clerk of the Parliaments:`, `Mr. Richard Maurel, the Clerk of the Committee:`: a record's formal label
 * names a person by an honorific and their name before the office, even where the person speaks once. The honorific
 * and one to four capitalised words tell the person from a clause (`In short, the plan:`).
 */
const TITLED_NAME = /^(?:(?:The )?(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Hon|Rev|Sir|Dame|Senator)\.?)(?: \p{Lu}[\p{L}.'’-]*){1,4}$/u;

function isTitledName(name: string): boolean {
  return TITLED_NAME.test(name);
}

/**
 * `STEVE INSKEEP, HOST:`, `AILSA CHANG, BYLINE:`: a broadcast transcript credits a person's first turn with their part
 * in the programme, then labels them by surname (`INSKEEP:`), or not again. A person's name (two to four capitalised
 * words) and one of these parts is a label even once, alone on its line or before speech.
 */
const BROADCAST_PARTS = new Set(['host', 'co-host', 'anchor', 'byline', 'correspondent', 'reporter', 'moderator', 'interviewer', 'guest', 'narrator']);
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

function isBroadcastCredit(candidate: LabelCandidate): boolean {
  const part = candidate.written.slice(candidate.name.length + 1).trim().toLowerCase();
  return BROADCAST_PARTS.has(part) && PERSON_NAME.test(candidate.name);
}

/**
 * An identifier-like name (`spk05`, see idStem) is a speaker when its shape numbers another speaker with the
 * same letters (`spk03`), as diarised transcripts do: another name in `names` with the same id letters.
 */
function hasNumberedSibling(name: string, names: ReadonlyMap<string, number>): boolean {
  const stem = idStem(name);
  for (const other of names.keys()) if (other !== name && idStem(other) === stem) return true;
  return false;
}

/** The shape prefix of a list bullet or dialogue dash before the name. */
export const LIST_ITEM_SHAPE = '-|';

/** A plain `Name:` label that appears once and reads like a clause rather than a name. */
function isWeakKnownLabel(known: LabelMatch, labelNames: ReadonlyMap<string, number>): boolean {
  if ((labelNames.get(known.speaker) ?? 0) >= 2) return false;
  return !isShortName(known.speaker);
}

/** Short enough to be a name, or a longer one that ends in a role (`人民日报记者`) or holds a title (`Deputy Secretary …`). */
function isShortName(name: string): boolean {
  const han = countHan(name);
  if (han > 0) {
    // `AGI 有两个层面`: a Latin word counts as one unit beside the ideographs (`CEO 张三` is still short).
    if (han + (name.match(LATIN_WORDS) ?? []).length <= MAX_SINGLE_HAN) return true;
    if (endsInChineseRole(name)) return true;
    const folded = simplified(name);
    // A title and then a two- or three-character name (`社区党委书记姚艳洪`, `市委书记丁爱谱`), as Chinese reports name people,
    // and records add the member's or officer's honorific (`立法會主席梁君彥議員`, `政務司司長林瑞麟先生`).
    if (han !== folded.length) return false;
    const bare = folded.replace(OFFICE_HONORIFIC, '');
    return ZH_TITLES.some((title) => endsWithTitleThenName(folded, title) || (bare !== folded && endsWithTitleThenName(bare, title)));
  }
  const words = name.split(/\s+/);
  return words.length <= MAX_SINGLE_LATIN_WORDS || words.some((word) => EN_TITLES.has(word.toLowerCase()));
}

/** `人民日报记者`, `主持人`, `林董事長`: a Chinese name that ends in a title or a role. */
function endsInChineseRole(name: string): boolean {
  const folded = simplified(name);
  return ZH_TITLES.some((title) => folded.endsWith(title)) || [...ZH_ROLES].some((role) => folded.endsWith(role));
}

/** An honorific after a person's name in a legislature's or government's record (simplified, as isShortName folds it). */
const OFFICE_HONORIFIC = /(?:议员|先生|女士|博士|教授)$/;

/**
 * `Ms. Carter 卡特女士`, `Moderator 主持人`: a bilingual label, a name in capitalised Latin words and the same name in
 * ideographs (`AGI 有两个层面` has the shape too, which is why the document's other labels must share it).
 */
const BILINGUAL_PAIR = /^[A-Z][\p{Script=Latin}.'’-]*(?: [A-Z][\p{Script=Latin}.'’-]*){0,3} (\p{Script=Han}{2,5})$/u;

/**
 * `Ms. Carter 卡特女士:` once, where two or more names of its shape, each labelling two lines or more, are bilingual
 * pairs too (`Moderator 主持人:`, `Dr. Zhao 赵博士:`): the document writes its speakers' names in both scripts.
 */
function pairedLikeTheOthers(name: string, names: ReadonlyMap<string, number>): boolean {
  if (!isBilingualPair(name)) return false;
  let paired = 0;
  for (const [other, count] of names) if (count >= 2 && other !== name && isBilingualPair(other)) paired++;
  return paired >= 2;
}

function isBilingualPair(name: string): boolean {
  const pair = BILINGUAL_PAIR.exec(name);
  if (!pair) return false;
  const folded = simplified(pair[1]!);
  return !ZH_NON_NAME_STARTS.some((start) => folded.startsWith(start));
}

function endsWithTitleThenName(name: string, title: string): boolean {
  const at = name.lastIndexOf(title);
  return at > 0 && (name.length - at - title.length === 2 || name.length - at - title.length === 3);
}

function fromCandidate(candidate: LabelCandidate): LabelMatch {
  const source = candidate.timestamp ? 'timestamp' : candidate.isRole ? 'qa' : 'label';
  return {
    speaker: candidate.name, labelStart: candidate.labelStart, labelEnd: candidate.labelEnd, textStart: candidate.textStart,
    source, timestamp: candidate.timestamp, verb: candidate.verb,
  };
}

/** One line's inputs to the scheme, as findLabelScheme reads them. */
export interface LabelLineReading {
  readonly candidate: LabelCandidate | null;
  readonly known: LabelMatch | null;
  /** Speech follows the candidate on its line: borrowed shapes and markup labels read it. */
  readonly inlineSpeech: boolean;
  /** A list item follows on the next line, or past blank lines under a label alone (introducesList reads it). */
  readonly overList: boolean;
  /** The value after the label reads as a title (headsATitle): the line's label needs its name labelled again. */
  readonly titled: boolean;
}

/**
 * The scheme's inputs from `line`, or null when it has neither a label candidate nor a known label. Taken from
 * the context's first-pass readings where they are these lines' (see FirstPassReadings).
 */
export function readLabelLine(lines: LineIndex, line: number, context: LabelReadContext): LabelLineReading | null {
  const readings = context.readings?.serves(lines, context) ? context.readings : undefined;
  const kept = readings ? readings.find(line) : NOT_KEPT;
  if (kept === NOTHING_READ) return null;
  let known: LabelMatch | null;
  let candidate: LabelCandidate | null;
  if (kept !== NOT_KEPT) {
    known = readings!.knownAt(kept);
    candidate = readings!.candidateAt(kept);
  } else {
    const lineStart = lines.lineStart(line);
    const lineLength = lines.lineEnd(line) - lineStart;
    if (lineLength === 0) {
      readings?.keep(line, null, null);
      return null;
    }
    const prefix = lines.source.slice(lineStart, lineStart + Math.min(lineLength, LABEL_SCAN_LIMIT));
    const head = plainHeadLength(prefix);
    known = knownUnlessField(cachedOrRecognized(prefix, head, lineLength, context), prefix);
    candidate = candidateUnlessField(labelCandidate(prefix, lineLength, head), prefix);
    readings?.keep(line, known, candidate);
    if (!known && !candidate) return null;
  }
  const overList = listItemBelow(lines, line) >= 0;
  return { candidate, known, inlineSpeech: candidate !== null && hasInlineSpeech(candidate, lines, line), overList, titled: headsATitle(candidate, known, lines, line) };
}

const NO_NAMES: ReadonlyMap<string, number> = new Map();

/** What a reading adds to the counts (see LabelSchemeTally.count): readings with the same key cancel out. */
function contributionKey(reading: LabelLineReading): string {
  const { candidate, known } = reading;
  return JSON.stringify([known?.speaker ?? null, candidate?.shape ?? null, candidate?.name ?? null, candidate?.written ?? null, reading.inlineSpeech, reading.overList, reading.titled]);
}

/**
 * A LabelSchemeTally's counts as plain data: TALLY_FIELDS numbers per count, namely its table (SHAPES,
 * INLINE_SHAPES, LABEL_NAMES, ROLE_NAMES, LIST_NAMES, TITLED_NAMES), its shape (an index into `strings`; -1 in the tables
 * by name alone), its name (an index into `strings`) and the count.
 */
export interface LabelTallyData {
  readonly strings: readonly string[];
  readonly counts: Int32Array;
}

const TALLY_FIELDS = 4;
const SHAPES = 0;
const INLINE_SHAPES = 1;
const LABEL_NAMES = 2;
const ROLE_NAMES = 3;
const LIST_NAMES = 4;
const TITLED_NAMES = 5;

/** Throws a RangeError unless `data` is a tally's counts as toData() writes them (it came from another thread). */
export function checkLabelTallyData(data: LabelTallyData): void {
  const fail = (what: string): never => {
    throw new RangeError(`label tally: ${what}`);
  };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.strings) || !(data.counts instanceof Int32Array)) fail('not a tally');
  const { strings, counts } = data;
  if (!strings.every((value) => typeof value === 'string')) fail('a string table entry is not a string');
  if (counts.length % TALLY_FIELDS !== 0) fail('truncated counts');
  const isString = (index: number): boolean => index >= 0 && index < strings.length;
  // Types and ranges only, as for the rest of a packed analysis: a wrong count misjudges, it cannot throw.
  for (let at = 0; at < counts.length; at += TALLY_FIELDS) {
    const table = counts[at]!;
    const shape = counts[at + 1]!;
    const byShape = table === SHAPES || table === INLINE_SHAPES;
    if (table < SHAPES || table > TITLED_NAMES || (byShape ? !isString(shape) : shape !== -1) || !isString(counts[at + 2]!) || counts[at + 3]! <= 0) fail(`malformed count ${at / TALLY_FIELDS}`);
  }
}

/**
 * The counts findLabelScheme decides from (names per shape, every name a label line gives), kept with an
 * analysis so that an edit of one line is re-decided from counts: when the decision for every shape and
 * every name an edit touches is unchanged, so is every other line's label (see relabel).
 */
export class LabelSchemeTally {
  private readonly shapes = new Map<string, Map<string, number>>();
  /** Candidates with speech after them on their line, by shape: a borrowed shape is judged by these. */
  private readonly inlineShapes = new Map<string, Map<string, number>>();
  private readonly labelNames = new Map<string, number>();
  /** Candidates written with a role (`Mr. Lee (Scarborough, Lib.):`), by name. */
  private readonly roleNames = new Map<string, number>();
  /** Names of lines right above a list item, which introducesList reads with the name's count. */
  private readonly listNames = new Map<string, number>();
  /** Names of lines whose value reads as a title (headsATitle): such a line is a label only where its name repeats. */
  private readonly titledNames = new Map<string, number>();
  private readonly accepted = new Set<string>();
  /** Whether the names the timestamp convention reads alone are a caption's phrases (isPhraseList). */
  private stampedArePhrases = false;
  private readonly schemeNames = new Set<string>();
  private readonly borrowed = new Set<string>();

  private constructor(private readonly context: LabelContext) {}

  /** The tally of a whole document; `skipLine` as for findLabelScheme. */
  static of(lines: LineIndex, context: LabelContext, skipLine: (line: number) => boolean): LabelSchemeTally {
    const tally = new LabelSchemeTally(context);
    for (let line = 0; line < lines.lineCount; line++) {
      if (skipLine(line)) continue;
      const reading = readLabelLine(lines, line, context);
      if (reading) tally.count(reading, 1);
    }
    tally.decideShapes();
    return tally;
  }

  /** The tally of a whole document from the lines findLabelScheme read: the same counts as of() with its `skipLine`. */
  static ofReadLines(lines: LineIndex, context: LabelContext, { readLines, candidates, knowns }: ReadLines): LabelSchemeTally {
    const tally = new LabelSchemeTally(context);
    for (let i = 0; i < readLines.length; i++) {
      const line = readLines[i]!;
      const candidate = candidates[i]!;
      // What readLabelLine adds to the first pass's reading, for the lines that pass kept.
      const overList = listItemBelow(lines, line) >= 0;
      const known = knowns[i]!;
      tally.count({ candidate, known, inlineSpeech: candidate !== null && hasInlineSpeech(candidate, lines, line), overList, titled: headsATitle(candidate, known, lines, line) }, 1);
    }
    tally.decideShapes();
    return tally;
  }

  /**
   * The tally whose counts are `data` (from toData(), on another thread, checked by checkLabelTallyData),
   * read with `context`; the decisions are made again here from the counts.
   */
  static fromData(data: LabelTallyData, context: LabelContext): LabelSchemeTally {
    const tally = new LabelSchemeTally(context);
    const { strings, counts } = data;
    for (let at = 0; at < counts.length; at += TALLY_FIELDS) {
      const table = counts[at]!;
      const name = strings[counts[at + 2]!]!;
      const count = counts[at + 3]!;
      if (table === SHAPES || table === INLINE_SHAPES) {
        const byShape = table === SHAPES ? tally.shapes : tally.inlineShapes;
        const shape = strings[counts[at + 1]!]!;
        let names = byShape.get(shape);
        if (!names) byShape.set(shape, (names = new Map<string, number>()));
        names.set(name, count);
      } else {
        tally.namesTable(table).set(name, count);
      }
    }
    tally.decideShapes();
    return tally;
  }

  /** The counts as plain data (strings once, numbers in a typed array), to send to another thread. */
  toData(): LabelTallyData {
    const table = new StringTable();
    const intern = (value: string): number => table.intern(value);
    const counts: number[] = [];
    for (const table of [SHAPES, INLINE_SHAPES]) {
      for (const [shape, names] of table === SHAPES ? this.shapes : this.inlineShapes) {
        for (const [name, count] of names) counts.push(table, intern(shape), intern(name), count);
      }
    }
    for (const table of [LABEL_NAMES, ROLE_NAMES, LIST_NAMES, TITLED_NAMES]) {
      for (const [name, count] of this.namesTable(table)) counts.push(table, -1, intern(name), count);
    }
    return { strings: table.strings, counts: Int32Array.from(counts) };
  }

  private namesTable(table: number): Map<string, number> {
    return table === LABEL_NAMES ? this.labelNames : table === ROLE_NAMES ? this.roleNames : table === LIST_NAMES ? this.listNames : this.titledNames;
  }

  /** The same decisions as findLabelScheme's, from the same counts. */
  private decideShapes(): void {
    for (const [shape, names] of this.shapes) if (shape !== STAMPED_ALONE && isScheme(shape, names)) this.accepted.add(shape);
    this.stampedArePhrases = isPhraseList(this.shapes.get(STAMPED_ALONE));
    for (const shape of this.accepted) for (const [name, count] of this.shapes.get(shape)!) if (count >= 2) this.schemeNames.add(name);
    if (this.schemeNames.size > 0) {
      for (const [shape, names] of this.inlineShapes) if (!this.accepted.has(shape) && isScheme(shape, names, this.schemeNames)) this.borrowed.add(shape);
    }
  }

  /**
   * The counts with line `line`'s reading `before` (in `oldLines`) replaced by `after` (in `newLines`, the same line
   * after an edit inside it), and the line's label before and after as findLabelScheme decides them; or
   * `undefined` when the edit may change another line's label: a shape accepted or borrowed or not, a name
   * crossing the scheme's repeat threshold, a name written with a role elsewhere. These counts stay as they are.
   */
  relabel(before: LabelLineReading | null, after: LabelLineReading | null, oldLines: LineIndex, newLines: LineIndex, line: number): { before: LabelMatch | null; after: LabelMatch | null; tally: LabelSchemeTally } | undefined {
    const oldLabel = before && this.decideLine(before, oldLines, line);
    const tally = this.copy();
    if (!tally.recount(before ? [before] : [], after ? [after] : [])) return undefined;
    return { before: oldLabel, after: after && tally.decideLine(after, newLines, line), tally };
  }

  /**
   * relabel's counting alone, for an edit whose labels the caller does not need: the counts with `before` taken out
   * and `after` put in (these when the line's reading is unchanged), or undefined as relabel's.
   */
  recountLine(before: LabelLineReading | null, after: LabelLineReading | null): LabelSchemeTally | undefined {
    return this.replaceLines(before ? [before] : [], after ? [after] : [], true);
  }

  /**
   * The counts with the readings of the lines an edit removed (`before`) replaced by those of the lines it put in
   * their place (`after`: Enter, joined lines, a paste): these when readings found on both sides cancel out; or
   * undefined when that may change a line's label, as for relabel. `mayRecount` false allows only the first
   * (in Markdown the tally leaves out code lines, which the caller cannot tell).
   */
  replaceLines(before: readonly (LabelLineReading | null)[], after: readonly (LabelLineReading | null)[], mayRecount: boolean): LabelSchemeTally | undefined {
    const removed = new Map<string, LabelLineReading[]>();
    for (const reading of before) {
      if (!reading) continue;
      const key = contributionKey(reading);
      const same = removed.get(key);
      if (same) same.push(reading);
      else removed.set(key, [reading]);
    }
    const added: LabelLineReading[] = [];
    for (const reading of after) {
      if (!reading) continue;
      const same = removed.get(contributionKey(reading));
      if (!same?.pop()) added.push(reading);
    }
    const left = [...removed.values()].flat();
    if (left.length === 0 && added.length === 0) return this;
    if (!mayRecount) return undefined;
    const tally = this.copy();
    return tally.recount(left, added) ? tally : undefined;
  }

  /**
   * A tally of the same counts and decisions that an edit may change: a baseline keeps its own counts whatever the
   * edits made from it do (IncrementalAnalyzer.rehearse drops an edit's result and goes on from the text before it).
   */
  private copy(): LabelSchemeTally {
    const copy = new LabelSchemeTally(this.context);
    for (const [shape, names] of this.shapes) copy.shapes.set(shape, new Map(names));
    for (const [shape, names] of this.inlineShapes) copy.inlineShapes.set(shape, new Map(names));
    for (const table of [LABEL_NAMES, ROLE_NAMES, LIST_NAMES, TITLED_NAMES]) {
      const names = copy.namesTable(table);
      for (const [name, count] of this.namesTable(table)) names.set(name, count);
    }
    for (const shape of this.accepted) copy.accepted.add(shape);
    for (const name of this.schemeNames) copy.schemeNames.add(name);
    for (const shape of this.borrowed) copy.borrowed.add(shape);
    copy.stampedArePhrases = this.stampedArePhrases;
    return copy;
  }

  /**
   * Takes `before` out of the counts and puts `after` in, and whether no shape or name decision could change (see
   * relabel): in place, so only on a copy no baseline holds, dropped when false.
   */
  private recount(before: readonly LabelLineReading[], after: readonly LabelLineReading[]): boolean {
    const touched = [...before, ...after];
    if (touched.some((r) => r.candidate && r.candidate.written !== r.candidate.name)) return false;
    // An id's label depends on the other ids of its stem (numberedSpeaker): an edit to one re-reads the document.
    // So does a handle's (`eorgeK`), `被告`'s or `Devon Price`'s, which is a label only where it repeats in an accepted shape.
    if (touched.some((r) => r.candidate && (idStem(r.candidate.name) !== null || isInitialCandidate(r.candidate) || isNameOnlyByRepetition(r.candidate.name)))) return false;
    const names = touched.flatMap((r) => [...(r.known ? [r.known.speaker] : []), ...(r.candidate ? [r.candidate.name] : [])]);
    if (names.some((name) => this.roleNames.has(name))) return false;
    // A role after a comma is a label when another label shares its name's last word (labelledAgain).
    if (this.roleNames.size > 0 && names.length > 0) {
      const lastWords = new Set(names.map(surnameOf));
      for (const role of this.roleNames.keys()) if (lastWords.has(surnameOf(role))) return false;
    }
    const pairs = touched.flatMap((r) => (r.candidate ? [r.candidate] : []));
    const repeatedBefore = pairs.map((c) => (this.shapes.get(c.shape)?.get(c.name) ?? 0) >= 2);
    const namedBefore = names.map((name) => (this.labelNames.get(name) ?? 0) >= 2);
    const titledBefore = names.map((name) => this.titledNames.has(name));
    for (const reading of before) this.count(reading, -1);
    for (const reading of after) this.count(reading, 1);
    const overList = touched.some((r) => r.overList);
    // A name's count across 2 matters to a weak known label (a long name), to a label over a list and to one over a title.
    return pairs.every((c, i) => (this.shapes.get(c.shape)?.get(c.name) ?? 0) >= 2 === repeatedBefore[i]) &&
      names.every((name, i) => (this.labelNames.get(name) ?? 0) >= 2 === namedBefore[i] || (isShortName(name) && !this.listNames.has(name) && !overList && !titledBefore[i] && !this.titledNames.has(name))) &&
      pairs.every((c) => this.sameShapeDecision(c.shape)) &&
      (!touched.some((r) => !r.candidate && r.known && isStampedAlone(r.known)) || isPhraseList(this.shapes.get(STAMPED_ALONE)) === this.stampedArePhrases);
  }

  private sameShapeDecision(shape: string): boolean {
    if (isScheme(shape, this.shapes.get(shape) ?? NO_NAMES) !== this.accepted.has(shape)) return false;
    if (this.schemeNames.size === 0 || this.accepted.has(shape)) return true;
    return isScheme(shape, this.inlineShapes.get(shape) ?? NO_NAMES, this.schemeNames) === this.borrowed.has(shape);
  }

  /** Line `line`'s label, read as `reading`, as findLabelScheme decides it from these counts (null: none). */
  labelOf(reading: LabelLineReading, lines: LineIndex, line: number): LabelMatch | null {
    return this.decideLine(reading, lines, line);
  }

  /**
   * Whether the line read as `reading` is a label or not by its title reading (headsATitle): a one-off name's line
   * is, a line whose name the document labels again is not (decide). The incremental paths that keep a line's
   * label while its speech is edited re-decide the document only where an edit flips the title reading of such a line.
   */
  hangsOnTitle(reading: LabelLineReading): boolean {
    return (this.decision(reading, true) === null) !== (this.decision(reading, false) === null);
  }

  /** The line's label as findLabelScheme's last pass decides it (role lines are refused before this). */
  private decideLine(reading: LabelLineReading, lines: LineIndex, line: number): LabelMatch | null {
    const label = this.decision(reading, headsATitle(reading.candidate, reading.known, lines, line));
    return label && !isFieldLine(label, lines, line, this.labelNames, false) ? label : null;
  }

  /** decide's reading of the line from these counts, for a value read as a title or not. */
  private decision(reading: LabelLineReading, titled: boolean): LabelMatch | null {
    const { candidate, known } = reading;
    const speechless = candidate !== null && candidate.shape.startsWith('<') && !reading.inlineSpeech;
    const formalWithSpeech = candidate !== null && hasCommaRole(candidate) && reading.inlineSpeech;
    const label = decide(candidate, known, this.accepted, this.shapes, this.labelNames, this.schemeNames, this.stampedArePhrases, speechless, formalWithSpeech, titled);
    if (label || !candidate || !this.borrowed.has(candidate.shape)) return label;
    return decide(candidate, known, this.borrowed, this.shapes, this.labelNames, this.schemeNames, this.stampedArePhrases, speechless, formalWithSpeech, titled);
  }

  private count(reading: LabelLineReading, by: number): void {
    const { candidate } = reading;
    countLine(this.shapes, this.labelNames, candidate, reading.known, by);
    if (reading.overList && reading.known) addCount(this.listNames, reading.known.speaker, by);
    if (reading.titled && reading.known) addCount(this.titledNames, reading.known.speaker, by);
    if (reading.titled && candidate) addCount(this.titledNames, candidate.name, by);
    if (!candidate) return;
    if (reading.overList) addCount(this.listNames, candidate.name, by);
    if (reading.inlineSpeech) countName(this.inlineShapes, candidate, by);
    if (candidate.written !== candidate.name) {
      addCount(this.roleNames, candidate.name, by);
      // The bracketed name is the speaker where the document labels it alone: an edit to such a label re-reads all.
      const inner = bracketedName(candidate.written);
      if (inner !== null && inner !== candidate.name) addCount(this.roleNames, inner, by);
    }
  }

  /** The context the tally was read with. */
  get labelContext(): LabelContext {
    return this.context;
  }
}
