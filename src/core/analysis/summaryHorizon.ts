import type { LineIndex } from '../text/positions';
import { scanLines, SUMMARY_WORK_PER_LINE } from '../topics/lineScan';
import { EXACT_LOOKAHEAD_LINES, linkSummaryList, LOOSE_LOOKAHEAD_LINES, summaryRuns } from '../topics/summaryLinking';
import { cachedOutline } from '../topics/outline';
import type { AnalysisOptions, TranscriptFormat } from './model';

/**
 * How the document's lists search for the sections they summarise (summaryLinking.ts): each list that
 * searched looks at most 20,000 lines ahead, and all of them share a work budget that grows with the
 * line count. Both count lines, so an edit that adds or removes lines can change a link far from it;
 * this is what the incremental analyzer needs to prove that it does not.
 */
export interface SummaryProfile {
  /** Last line of each list that searched, in order. */
  readonly searchedListEnds: Int32Array;
  /** The budget each of those searches used: one unit per line looked at, so it also bounds how far the search went. */
  readonly used: Int32Array;
  /** A lower bound of the budget left after all searches; at most 0 means it may have run out. */
  readonly budgetLeft: number;
}

/** The profile of a document in which no list searched (it has no list items), whatever its line count. */
export const NO_SUMMARY_SEARCHES: SummaryProfile = { searchedListEnds: new Int32Array(0), used: new Int32Array(0), budgetLeft: Infinity };

const LOOKAHEAD = Math.max(EXACT_LOOKAHEAD_LINES, LOOSE_LOOKAHEAD_LINES);
/** Passes over the lines each search may make (exact matches, then loose candidates). */
const PASSES = 2;

/** The lists' searches as the outline runs them (the same functions, in the same order). Linear in the document. */
export function summaryProfile(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): SummaryProfile {
  // The analysis of `lines` on this thread (the worker's) ran the same searches: its record, not a second run.
  const searched = cachedOutline(lines, format, options)?.summarySearches;
  if (searched) return { searchedListEnds: Int32Array.from(searched.listEnds), used: Int32Array.from(searched.used), budgetLeft: searched.budgetLeft };
  const scan = scanLines(lines, format, options);
  const ends: number[] = [];
  const used: number[] = [];
  for (const run of summaryRuns(scan)) {
    const before = scan.budget.left;
    linkSummaryList(scan, run, new Map(), new Set(), new Set());
    if (scan.budget.left === before) continue;
    ends.push(run.lines[run.lines.length - 1]!);
    used.push(before - scan.budget.left);
  }
  return { searchedListEnds: Int32Array.from(ends), used: Int32Array.from(used), budgetLeft: scan.budget.left };
}

/**
 * The profile after an edit that turned old lines first..oldLast into first..newLast, or null when a
 * list's search may see other lines than before (at its 20,000-line horizon) or may run out of budget.
 * `isInert(line)`: the old line can match no summary item (blank, or plain text that is no item's text).
 */
export function summaryProfileAfter(profile: SummaryProfile, first: number, oldLast: number, newLast: number, lineCount: number, isInert: (oldLine: number) => boolean): SummaryProfile | null {
  const added = newLast - oldLast;
  if (added === 0) return profile;
  const ends = profile.searchedListEnds;
  let searchesThrough = 0;
  for (let i = lowerBound(ends, first - LOOKAHEAD); i < ends.length && ends[i]! < first; i++) {
    const used = profile.used[i]!;
    // A search that stopped before the edited lines (every item found) sees the same lines as before.
    if (ends[i]! + used < first) continue;
    searchesThrough++;
    // One that went on may now reach its 20,000-line horizon, or reach it at other lines.
    if (used + Math.abs(added) + 1 < LOOKAHEAD) continue;
    // Old lines past the edit that the search stops seeing (lines added) or starts seeing (lines removed).
    const horizon = ends[i]! + LOOKAHEAD;
    const from = Math.max(oldLast + 1, added > 0 ? horizon - added + 1 : horizon + 1);
    const to = Math.min(lineCount - 1, added > 0 ? horizon : horizon - added);
    for (let line = from; line <= to; line++) if (!isInert(line)) return null;
  }
  const budgetLeft = profile.budgetLeft + SUMMARY_WORK_PER_LINE * added - (added > 0 ? PASSES * added * searchesThrough : 0);
  if (profile.budgetLeft <= 0 || budgetLeft <= 0) return null;
  // Searches through the edit look at `added` more lines (at most, per pass).
  const used = profile.used.slice();
  for (let i = lowerBound(ends, first - LOOKAHEAD); i < ends.length && ends[i]! < first; i++) if (ends[i]! + used[i]! >= first && added > 0) used[i]! += PASSES * added;
  const shifted = ends.slice();
  for (let i = lowerBound(ends, oldLast + 1); i < shifted.length; i++) shifted[i]! += added;
  return { searchedListEnds: shifted, used, budgetLeft };
}

/** Whether every list's search stopped before line `line` (so none read it: a change of its kind is unseen). */
export function searchesStopBefore(profile: SummaryProfile, line: number): boolean {
  const ends = profile.searchedListEnds;
  for (let i = lowerBound(ends, line - LOOKAHEAD); i < ends.length && ends[i]! < line; i++) if (ends[i]! + profile.used[i]! >= line) return false;
  return true;
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
