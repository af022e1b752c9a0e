// Whether an edit may change what the document's head decides (declared speakers, a host's introduction, head fields,
// field blocks, the attendee list), and the head's keys a local edit carries to the next baseline (incremental.ts).
import { readLineNumberGutter } from '../text/lineNumberGutter';
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import type { LabelContext } from '../turns/labels';
import type { LabelReadContext } from '../turns/firstPassReadings';
import { DECLARATION_LINES, declarationHead, declarationKeyOf } from '../turns/declaredSpeakers';
import { ReadReach } from '../text/readReach';
import { holdsIntroduction, INTRODUCTION_LINES, introductionScan, isIntroducedOpening } from '../turns/selfIntroductions';
import { FIELD_BLOCK_LINES, fieldRunKeyOf, fieldRunReading } from '../turns/fieldBlocks';
import { ATTENDEE_LINES, attendeeFieldLines, attendeeKeyOf, attendeeLineMatters, mentionsAttendee, namesAttendee, opensWithAttendee } from '../turns/attendees';
import { HEAD_FIELD_LINES, headFieldKeyOf, headFieldReading } from '../turns/headFields';
import { EditedHead } from './editedHead';
import { declaredLineReading } from '../turns/declaredSpeech';
import { holdsAnotherField, isOnlyALink, readLabelLine, type LabelLineReading } from '../turns/scheme';
import type { AnalysisOptions } from './model';
import { lineHoldingEdit } from './editedLines';
import type { Baseline, TextChange } from './incremental';

/**
 * The keys of the document's head that the baseline holds, for the next baseline after a local edit: without
 * them, each keystroke near the top read the old text's head again (three keys, hundreds of lines each). The
 * last line a key depends on stays where the edit lies below it (the lines above keep their numbers).
 */
export function headKeysOf(baseline: Baseline, text: TextSource, change: TextChange): Pick<Baseline, 'declaration' | 'headFields' | 'headFieldsRead' | 'fieldRuns' | 'fieldRunsRead' | 'attendees' | 'attendeeFields'> {
  const line = baseline.lines.lineAt(Math.min(change.rangeOffset, baseline.lines.source.length));
  // The field lines stay where the edit lies below the head, or within one line that is none before or after.
  const fieldsKept = baseline.attendeeFields !== undefined && (line >= ATTENDEE_LINES || keepsAttendeeLines(baseline, text, change, false));
  return {
    ...(fieldsKept ? { attendeeFields: baseline.attendeeFields } : {}),
    ...(baseline.declaration === undefined ? {} : { declaration: baseline.declaration }),
    ...(baseline.headFields === undefined ? {} : { headFields: baseline.headFields }),
    ...(baseline.headFieldsRead !== undefined && line > baseline.headFieldsRead ? { headFieldsRead: baseline.headFieldsRead } : {}),
    ...(baseline.fieldRuns === undefined ? {} : { fieldRuns: baseline.fieldRuns }),
    ...(baseline.fieldRunsRead !== undefined && line > baseline.fieldRunsRead ? { fieldRunsRead: baseline.fieldRunsRead } : {}),
    ...(baseline.attendees === undefined ? {} : { attendees: baseline.attendees }),
  };
}

/**
 * Who speaks the body of a document whose header declares speakers hangs on the header, the body's labels,
 * its paragraphs and its name headings (turns/declaredSpeech.ts, declaredLabels.ts). An edit near the top
 * falls back when it changes the declaration; in a declaring document, only an edit within one line that
 * keeps the line's own reading (declaredLineReading) stays local: labels are compared by the line check.
 * The header is read again only for an edit within what its last reading read (Baseline.declarationReach).
 * `false` when the edit may change the declaration, else the new text's declarationReach (undefined: not known).
 */
export function declarationReachAfter(baseline: Baseline, text: TextSource, change: TextChange): number | undefined | false {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return undefined;
  const old = baseline.lines.source;
  if (baseline.declaration === undefined) ({ key: baseline.declaration, reach: baseline.declarationReach } = readDeclaration(old));
  const line = baseline.lines.lineAt(Math.min(change.rangeOffset, old.length));
  // Below the header's lines the edit leaves them, and where the reading last read up to.
  let reach = line > DECLARATION_LINES ? baseline.declarationReach : undefined;
  if (line <= DECLARATION_LINES) {
    const known = baseline.declarationReach;
    if (known !== undefined && change.rangeOffset > known && lineHoldingEdit(baseline.lines, change) !== undefined) {
      reach = known;
    } else {
      const read = readDeclaration(text);
      if (read.key !== baseline.declaration) return false;
      reach = read.reach;
    }
  }
  if (baseline.declaration === '') return reach;
  if (change.text.includes('\n') || old.slice(change.rangeOffset, change.rangeOffset + change.rangeLength).includes('\n')) return false;
  const start = baseline.lines.lineStart(line);
  return declaredLineReading(old.slice(start, lineEndFrom(old, start))) === declaredLineReading(text.slice(start, lineEndFrom(text, start))) ? reach : false;
}

/** declarationKey of `text`, and how far into it findDeclaredSpeakers read (an edit within one line after that leaves the key). */
function readDeclaration(text: TextSource): { key: string; reach: number } {
  const head = declarationHead(text);
  const recorded = new ReadReach(head);
  const key = declarationKeyOf(new LineIndex(head).withSameLines(recorded));
  return { key, reach: recorded.reach };
}

/**
 * A host's first-person introduction before the first turn hands the opening to a name the labels use
 * (turns/selfIntroductions.ts): it hangs on the head's lines, the first turn and every label's name. A document with
 * such words in its first INTRODUCTION_LINES lines before its first turn falls back on an edit of the head, of the
 * first turn's line or a line above it, or of a label line anywhere; on an edit of the first turn's line (which may
 * move it below them) where they stand after it; any document on an edit that types them there.
 */
export function mayChangeIntroducedSpeaker(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const lines = baseline.lines;
  const head = Math.min(lines.lineCount, INTRODUCTION_LINES);
  const introductionLine = (baseline.introductionLine ??= firstIntroductionLine(lines));
  let firstStart = -1;
  let introduced = false;
  baseline.turns.forEachUntil((turn) => {
    firstStart = turn.span.start;
    introduced = isIntroducedOpening(turn);
    return false;
  });
  const firstLine = firstStart < 0 ? lines.lineCount : lines.lineAt(firstStart);
  const editLine = lines.lineAt(Math.min(change.rangeOffset, lines.source.length));
  // The opening an introduction handed over (or may hand over) hangs on the head, the first label and every label's
  // name: below the head, only an edit that touches a label line may change it (typing in speech does not).
  if (introduced || (introductionLine >= 0 && introductionLine < firstLine)) {
    return editLine < head || editLine <= firstLine + 1 || touchesLabelLine(baseline, text, change, editLine, { extraLabelPatterns: options.extraLabelPatterns });
  }
  if (editLine >= head) return false;
  if (introductionLine >= 0 && editLine <= firstLine + 1 && lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, lines.source.length)) >= firstLine - 1) return true;
  // The edited lines' new text: an introduction typed there.
  const newStart = lines.lineStart(editLine);
  const newEnd = lineEndFrom(text, change.rangeOffset + change.text.length);
  return holdsIntroduction(text.slice(newStart, newEnd));
}

function firstIntroductionLine(lines: LineIndex): number {
  const head = Math.min(lines.lineCount, INTRODUCTION_LINES);
  for (let line = 0; line < head; line++) if (holdsIntroduction(introductionScan(lines, line))) return line;
  return -1;
}

/**
 * Baseline.introductionLine after a local edit: kept by an edit below the head (the head's lines stay where they
 * were), or within one line that is not the one found and holds none after it (the first holding one stays first).
 */
export function introductionLineAfter(baseline: Baseline, text: TextSource, change: TextChange): number | undefined {
  const found = baseline.introductionLine;
  if (found === undefined) return undefined;
  const lines = baseline.lines;
  if (lines.lineAt(Math.min(change.rangeOffset, lines.source.length)) >= INTRODUCTION_LINES) return found;
  const line = lineHoldingEdit(lines, change);
  if (line === undefined || line === found) return undefined;
  const start = lines.lineStart(line);
  return holdsIntroduction(text.slice(start, lines.lineEnd(line) + change.text.length - change.rangeLength)) ? undefined : found;
}

/**
 * `PRESIDING:` over the members' names, before a record's first label that speaks, is a field and no label
 * (turns/headFields.ts). It is read from the first HEAD_FIELD_LINES lines alone: an edit among them falls
 * back when it changes which lines are such fields, their lists or a field line's text.
 */
export function mayChangeHeadFields(baseline: Baseline, change: TextChange, heads: EditHeads): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  if (baseline.lines.lineAt(Math.min(change.rangeOffset, old.length)) >= HEAD_FIELD_LINES) return false;
  // mayChangeGutter ran first: the edit keeps the document's gutter reading.
  const gutter = (baseline.gutter ??= readLineNumberGutter(baseline.lines)).hasGutter;
  if (baseline.headFieldsRead === undefined) {
    const head = heads.old.of(HEAD_FIELD_LINES, gutter);
    const reading = headFieldReading(head.lines, head.context);
    baseline.headFields ??= reading.key;
    baseline.headFieldsRead = reading.lastRead;
  }
  // Below the lines the fields are read from (the first label that speaks), an edit keeps them: the new head is not read.
  if (baseline.lines.lineAt(Math.min(change.rangeOffset, old.length)) > baseline.headFieldsRead) return false;
  const head = heads.edited.of(HEAD_FIELD_LINES, gutter);
  return headFieldKeyOf(head.lines, head.context) !== baseline.headFields;
}

/** The old and the edited text's head lines, shared by one edit's head checks (see EditedHead). */
interface EditHeads {
  readonly old: EditedHead;
  readonly edited: EditedHead;
}

/**
 * A block of fields at the head (`**Language:** english` / `**Duration:** 600.0 seconds`) is no speaker's
 * (turns/fieldBlocks.ts): read from the runs of field lines among the first FIELD_BLOCK_LINES lines and from
 * how many lines each label name labels in the whole document. An edit among those lines falls back when it
 * changes the runs; while there are runs, an edit of any label line falls back too (a rename may make a
 * field's name label a second line, or its last other one go).
 */
export function mayChangeFieldBlocks(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, heads: EditHeads): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  // mayChangeGutter ran first: the edit keeps the document's gutter reading.
  const gutter = (baseline.gutter ??= readLineNumberGutter(baseline.lines)).hasGutter;
  if (baseline.fieldRunsRead === undefined) {
    const head = heads.old.of(FIELD_BLOCK_LINES, gutter);
    const reading = fieldRunReading(head.lines, head.context);
    baseline.fieldRuns ??= reading.key;
    baseline.fieldRunsRead = reading.lastRead;
  }
  const first = baseline.lines.lineAt(Math.min(change.rangeOffset, old.length));
  // Below the lines the runs are read from, an edit keeps them: the new head is not read.
  if (first < FIELD_BLOCK_LINES && first <= baseline.fieldRunsRead) {
    const head = heads.edited.of(FIELD_BLOCK_LINES, gutter);
    if (fieldRunKeyOf(head.lines, head.context) !== baseline.fieldRuns) return true;
  }
  if (baseline.fieldRuns === '') return false;
  return touchesLabelLine(baseline, text, change, first, context);
}

/**
 * Whether an edit starting on line `first` touches a label line, before or after: within one line, whether what the
 * scheme reads from it changed (speech typed inside a turn does not).
 */
function touchesLabelLine(baseline: Baseline, text: TextSource, change: TextChange, first: number, context: LabelReadContext): boolean {
  const edited = new LineIndex(text.slice(baseline.lines.lineStart(first), lineEndFrom(text, change.rangeOffset + change.text.length)));
  const last = baseline.lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, baseline.lines.source.length));
  if (first === last && edited.lineCount === 1) return labelReadingKey(baseline.lines, first, context) !== labelReadingKey(edited, 0, context);
  for (let line = first; line <= last; line++) if (readLabelLine(baseline.lines, line, context)) return true;
  for (let line = 0; line < edited.lineCount; line++) if (readLabelLine(edited, line, context)) return true;
  return false;
}

/**
 * The attendees a document lists decide which labels are people and which lead-ins of its notes (turns/attendees.ts):
 * read from the first ATTENDEE_LINES lines, and from every label's name. An edit among those lines falls back when it
 * changes the list; while there is a list, an edit that touches a label line falls back (a rename may make a label
 * name an attendee, or a name label a second line).
 */
export function mayChangeAttendees(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, heads: EditHeads): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  // mayChangeGutter ran first: the edit keeps the document's gutter reading.
  const gutter = (baseline.gutter ??= readLineNumberGutter(baseline.lines)).hasGutter;
  baseline.attendees ??= attendeeKeyOf(heads.old.of(ATTENDEE_LINES, gutter).lines);
  const first = baseline.lines.lineAt(Math.min(change.rangeOffset, old.length));
  // An edit within one line that is no field's, nor in reach of a list under one, keeps the list: the head is not read.
  if (first < ATTENDEE_LINES && !keepsAttendeeLines(baseline, text, change, gutter) && attendeeKeyOf(heads.edited.of(ATTENDEE_LINES, gutter).lines) !== baseline.attendees) return true;
  if (baseline.attendees === '') return false;
  if (touchesLabelLine(baseline, text, change, first, context)) return true;
  // `Action: Raj Patel to…`: whether a label's value opens with a listed name decides it (fieldsNamingAttendees).
  return touchesAttendeeValue(baseline, text, change, first, context);
}

/**
 * Whether an edit inside a label line may change a field naming attendees (fieldsNamingAttendees): within one line,
 * whether its value's opening names a listed person before and after (a label naming an attendee is never such a
 * field, whatever its value); across lines, whether a line mentions one.
 */
function touchesAttendeeValue(baseline: Baseline, text: TextSource, change: TextChange, first: number, context: LabelReadContext): boolean {
  const reading = readLabelLine(baseline.lines, first, context);
  if (!reading) return false;
  const attendees = JSON.parse(baseline.attendees!) as string[];
  const editedText = text.slice(baseline.lines.lineStart(first), lineEndFrom(text, change.rangeOffset + change.text.length));
  const edited = new LineIndex(editedText);
  const last = baseline.lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, baseline.lines.source.length));
  if (first !== last || edited.lineCount !== 1) return mentionsAttendee(baseline.lines.lineText(first), attendees) || mentionsAttendee(editedText, attendees);
  const names = [reading.known?.speaker, reading.candidate?.name].filter((name): name is string => name !== undefined);
  if (names.every((name) => namesAttendee(name, attendees))) return false;
  const after = readLabelLine(edited, 0, context);
  return valueOpenings(baseline.lines.lineText(first), reading, attendees) !== valueOpenings(edited.lineText(0), after, attendees);
}

/** Which of a label line's readings have a value opening with a listed person's name, as a key. */
function valueOpenings(line: string, reading: LabelLineReading | null, attendees: readonly string[]): string {
  const opens = (start: number | undefined): string => (start === undefined ? '-' : opensWithAttendee(line.slice(start), attendees) ? 'y' : 'n');
  return `${opens(reading?.known?.textStart)}${opens(reading?.candidate?.textStart)}`;
}

/** Whether `change`, within one line of a document read without a gutter, leaves what the attendee list is read from (attendeeLineMatters). */
function keepsAttendeeLines(baseline: Baseline, text: TextSource, change: TextChange, gutter: boolean): boolean {
  if (gutter) return false;
  const lines = baseline.lines;
  const line = lineHoldingEdit(lines, change);
  if (line === undefined) return false;
  const fields = (baseline.attendeeFields ??= attendeeFieldLines(lines));
  const start = lines.lineStart(line);
  return !attendeeLineMatters(fields, line, text.slice(start, lines.lineEnd(line) + change.text.length - change.rangeLength));
}

/**
 * What findLabelScheme reads from a line, as one string ('' for nothing): its names and shape, whether speech
 * follows the label, and whether that is a link alone (a field).
 */
function labelReadingKey(lines: LineIndex, line: number, context: LabelContext): string {
  const reading = readLabelLine(lines, line, context);
  if (!reading) return '';
  const { known, candidate } = reading;
  const head = known ?? candidate!;
  const value = lines.source.slice(lines.lineStart(line) + head.textStart, lines.lineEnd(line));
  return JSON.stringify([known?.speaker ?? null, known?.source ?? null, candidate?.name ?? null, candidate?.shape ?? null, candidate?.written ?? null, reading.inlineSpeech, reading.overList, value.trim() === '', isOnlyALink(value), holdsAnotherField(value), reading.titled]);
}
