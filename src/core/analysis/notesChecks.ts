// Whether an edit may change which one-off labels lead notes (turns/notesLeadIns.ts), and the lines' answers a local
// edit carries to the next baseline (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom, LineIndex } from '../text/positions';
import { LineReadingMemo, type LabelReadContext } from '../turns/firstPassReadings';
import { labelNameKeys, mayLeadNotes, NOTES_BODY_LINES, notesLeadNames, notesLeadReach, notesLeadReading } from '../turns/notesLeadIns';
import type { AnalysisOptions } from './model';
import { lineHoldingEdit } from './editedLines';
import type { Baseline, CheckReadings, TextChange } from './incremental';

/**
 * A one-off label over notes is a lead-in (turns/notesLeadIns.ts): read from the label's line, its body (at most
 * NOTES_BODY_LINES below) and how many lines its name labels. An edit falls back when a line above it leads notes
 * in one text and not the other (notesLeadReading: its body reaches the edit), when a line it touches leads notes
 * before or after, and when a label line it touches is read with a name some line of the text leads notes with
 * (notesLeadNames, once per baseline: a rename may make that name label one line or two).
 */
export function mayChangeNotesLeadIns(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, readAfter: CheckReadings = {}): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const context = { extraLabelPatterns: options.extraLabelPatterns };
  const lines = baseline.lines;
  const first = lines.lineAt(Math.min(change.rangeOffset, old.length));
  const last = lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, old.length));
  // The lines from a body's reach above the edit to a body's reach below it, in each text (the lines after the edit
  // are the old ones, moved by the edit's length).
  const from = Math.max(0, first - NOTES_BODY_LINES);
  const to = Math.min(lines.lineCount - 1, last + NOTES_BODY_LINES);
  // Only a line that may lead notes (mayLeadNotes, read from the line alone: for the lines above, once per chain of
  // edits within lines) can have a reading in either text, and only one whose reading reaches the edit can change
  // (notesLeadReach, kept too): most keystrokes read no window at all.
  const editedBeforeText = old.slice(lines.lineStart(first), lines.lineEnd(last));
  const editedNewText = text.slice(lines.lineStart(first), lineEndFrom(text, change.rangeOffset + change.text.length));
  // The text before this edit is the text after the last one: what was read of it then, of equal text, is not read again.
  const kept = baseline.checkReadings?.notes;
  const keptEdited = kept && kept.extraLabelPatterns === options.extraLabelPatterns && kept.edited === editedBeforeText ? kept : undefined;
  const editedBefore = new LineIndex(editedBeforeText);
  const editedNew = new LineIndex(editedNewText);
  // The edited lines' labels are read once for both questions below.
  const contextBefore = { ...context, readings: new LineReadingMemo(editedBefore, context) };
  const contextNew = { ...context, readings: new LineReadingMemo(editedNew, context) };
  const reachingEdit = linesMayLeadNotes(baseline, from, first, context).filter((line) => leadReach(baseline, line, context) >= first);
  const newMayLead = anyMayLeadNotes(editedNew, contextNew);
  const editedMayLead = newMayLead || (keptEdited ? keptEdited.mayLead : anyMayLeadNotes(editedBefore, contextBefore));
  const namesNew = namesOf(editedNew, contextNew);
  const after: KeptNotesReadings = { extraLabelPatterns: options.extraLabelPatterns, edited: editedNewText, mayLead: newMayLead, names: namesNew };
  readAfter.notes = after;
  if (reachingEdit.length > 0 || editedMayLead) {
    const beforeText = old.slice(lines.lineStart(from), lines.lineEnd(to));
    const afterText = text.slice(lines.lineStart(from), lines.lineEnd(to) + change.text.length - change.rangeLength);
    const keptWindow = kept?.window && kept.extraLabelPatterns === options.extraLabelPatterns && kept.window.from === from && kept.window.text === beforeText ? kept.window.readings : undefined;
    let before: LineIndex | undefined;
    const readBefore = (line: number): string | null => {
      const known = keptWindow?.get(line);
      return known !== undefined ? known : notesLeadReading((before ??= new LineIndex(beforeText)), line, context);
    };
    const afterLines = new LineIndex(afterText);
    const readings = new Map<number, string | null>();
    after.window = { from, text: afterText, readings };
    const readAfterEdit = (line: number): string | null => {
      let reading = readings.get(line);
      if (reading === undefined) readings.set(line, (reading = notesLeadReading(afterLines, line, context)));
      return reading;
    };
    // A line above the edit that leads notes in one text and not the other (its body reaches the edit).
    for (const line of reachingEdit) if (readBefore(line - from) !== readAfterEdit(line - from)) return true;
    // An edited line that leads notes before or after.
    if (editedMayLead) {
      for (let line = first - from; line <= last - from; line++) if (readBefore(line) !== null) return true;
      for (let line = first - from; line < first - from + editedNew.lineCount; line++) if (readAfterEdit(line) !== null) return true;
    }
  }
  return namesMayLeadNotes(baseline, keptEdited ? keptEdited.names : namesOf(editedBefore, contextBefore), namesNew, context);
}

/**
 * What mayChangeNotesLeadIns read of a text after its edit, for the next edit's text before it (the same text, the
 * next baseline's: Baseline.checkReadings): the edited lines' text and their answers, and the readings of the window's
 * lines around them. Each is a function of the text it was read from, so the next edit takes it only for an equal text
 * (and the same label patterns).
 */
export interface KeptNotesReadings {
  readonly extraLabelPatterns: AnalysisOptions['extraLabelPatterns'];
  readonly edited: string;
  readonly mayLead: boolean;
  readonly names: readonly string[];
  window?: { readonly from: number; readonly text: string; readonly readings: Map<number, string | null> };
}

/** The last line the reading of `line` (one that may lead notes) reads in the baseline's text, kept in notesLeadReaches. */
function leadReach(baseline: Baseline, line: number, context: LabelReadContext): number {
  const known = (baseline.notesLeadReaches ??= new Map<number, number>());
  let reach = known.get(line);
  if (reach === undefined) known.set(line, (reach = notesLeadReach(baseline.lines, line, context)));
  return reach;
}

/** The lines from `from` to before `to` that may lead notes, each line's answer kept in the baseline (notesLeadLines). */
function linesMayLeadNotes(baseline: Baseline, from: number, to: number, context: LabelReadContext): number[] {
  let known = baseline.notesLeadLines;
  // A bound on what a long session keeps: past it, read again.
  if (!known || known.size > MAX_NOTES_LEAD_LINES) known = baseline.notesLeadLines = new Map();
  const leading: number[] = [];
  for (let line = from; line < to; line++) {
    let leads = known.get(line);
    if (leads === undefined) known.set(line, (leads = mayLeadNotes(baseline.lines, line, context)));
    if (leads) leading.push(line);
  }
  return leading;
}

const MAX_NOTES_LEAD_LINES = 100_000;

function anyMayLeadNotes(lines: LineIndex, context: LabelReadContext): boolean {
  for (let line = 0; line < lines.lineCount; line++) if (mayLeadNotes(lines, line, context)) return true;
  return false;
}

/** The label names of each of `lines`' lines, as notesLeadNames keys them. */
function namesOf(lines: LineIndex, context: LabelReadContext): string[] {
  const names: string[] = [];
  for (let line = 0; line < lines.lineCount; line++) names.push(...labelNameKeys(lines, line, context));
  return names;
}

/** mayChangeNotesLeadIns' last check: the edited lines' label names, before and after, against the names that lead notes. */
function namesMayLeadNotes(baseline: Baseline, namesBefore: readonly string[], namesAfter: readonly string[], context: LabelReadContext): boolean {
  if (sameNames(namesBefore, namesAfter)) return false;
  const leading = (baseline.notesLeadNames ??= notesLeadNames(baseline.lines, { extraLabelPatterns: context.extraLabelPatterns }));
  return [...namesBefore, ...namesAfter].some((name) => leading.includes(name));
}

/**
 * The lines' answers of notesLeadLines for the baseline after `change`: the map itself without the edited line when
 * the edit stays within one line (no line moves; entries are only ever added for lines an edit left as they were,
 * so the map stays true of the text before too), else none.
 */
export function notesLeadLinesAfter(baseline: Baseline, change: TextChange): Map<number, boolean> | undefined {
  const known = baseline.notesLeadLines;
  const line = known && lineHoldingEdit(baseline.lines, change);
  if (!known || line === undefined) return undefined;
  known.delete(line);
  return known;
}

/**
 * notesLeadReaches for the baseline after `change`: after an edit within one line, the map without the lines whose
 * reading reaches that line (the others read only lines the edit left, at the same numbers), else none.
 */
export function notesLeadReachesAfter(baseline: Baseline, change: TextChange): Map<number, number> | undefined {
  const known = baseline.notesLeadReaches;
  const line = known && lineHoldingEdit(baseline.lines, change);
  if (!known || line === undefined) return undefined;
  // A reading reaches at most NOTES_BODY_LINES + 1 lines below its own.
  for (let above = Math.max(0, line - NOTES_BODY_LINES - 1); above <= line; above++) if ((known.get(above) ?? -1) >= line) known.delete(above);
  return known.size > MAX_NOTES_LEAD_LINES ? undefined : known;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((name, i) => name === sortedB[i]);
}
