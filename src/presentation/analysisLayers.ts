// The analysis layers an editor draws near its visible lines, as flat numbers: gathered by the extension host
// from its analysis, or by the worker from its own (transcriptAnnotator.experimental.editsInWorker). One
// function for both, so that the worker's answer is what the host would draw. No `vscode` import.
import { claimsIn, stageDirectionsIn, turnsIn } from '../core/analysis/query';
import { CLAIM_KINDS, type Analysis, type ClaimKind } from '../core/analysis/model';
import { ownEntry } from '../core/text/nameTable';
import type { LineIndex } from '../core/text/positions';
import { PositionCursor } from './positionCursor';
import { assignColorSlots } from './speakerColors';
import { decorationWindows, drawingMargins, type LineWindow, type OffsetWindow } from './visibleWindow';

export const SPEAKER_SLOTS = 8;
/** Analysis decorations are drawn for the visible lines and this many lines (at least a page) above and below them. */
export const WINDOW_MARGIN_LINES = 200;
/** Scrolling redraws once fewer than this many drawn lines (or a page) remain beyond the visible ones. */
export const WINDOW_SLACK_LINES = 100;

/** The settings the analysis layers are drawn with. */
export interface DrawingSettings {
  readonly turnDecorations: boolean;
  readonly claimDecorations: boolean;
  /** Speaker name → colour pinned by the user (transcriptAnnotator.speakerColors). */
  readonly speakerColors: Readonly<Record<string, string>>;
}

/**
 * The ranges of each layer, four numbers each (start line, character, end line, character). Speaker layers
 * are keyed by colour slot (a number) or by the colour pinned for the speaker (a string).
 */
export interface AnalysisLayers {
  readonly labels: Map<number | string, number[]>;
  readonly bodies: Map<number | string, number[]>;
  readonly suggested: Record<ClaimKind, number[]>;
  readonly stage: number[];
}

/** The line windows drawn for these visible lines of a document of `lineCount` lines. */
export function drawnWindows(visible: readonly LineWindow[], lineCount: number): LineWindow[] {
  return decorationWindows(visible, lineCount, drawingMargins(visible, WINDOW_MARGIN_LINES, WINDOW_SLACK_LINES).margin);
}

/** The colour slot of each speaker, as the host assigns them (by name, stable across analyses). */
export function speakerSlots(analysis: Pick<Analysis, 'speakers'>): Map<string, number> {
  return assignColorSlots(analysis.speakers.map((s) => s.name), SPEAKER_SLOTS);
}

/** Every layer's ranges in the line windows `lines` of the analysed text (`analysis`, indexed by `index`). */
export function analysisLayers(analysis: Analysis, index: LineIndex, lines: readonly LineWindow[], settings: DrawingSettings, slots: ReadonlyMap<string, number>): AnalysisLayers {
  const layers: AnalysisLayers = { labels: new Map(), bodies: new Map(), suggested: { fact: [], forecast: [], opinion: [] }, stage: [] };
  const windows = lines.map((window) => ({ start: index.lineStart(window.start), end: index.lineEnd(window.end) }));
  if (settings.turnDecorations) {
    const positions = new PositionCursor(index);
    for (const turn of inWindows(windows, (start, end) => turnsIn(analysis, start, end))) {
      const pinned = ownEntry(settings.speakerColors, turn.speaker);
      const key = pinned ? pinned : (slots.get(turn.speaker) ?? 0);
      // In the order of the offsets (a label starts its turn), so that the cursor walks forward.
      const startLine = positions.lineOf(turn.span.start);
      if (turn.labelSpan) positions.push(listOf(layers.labels, key), turn.labelSpan.start, turn.labelSpan.end);
      listOf(layers.bodies, key).push(startLine, 0, positions.lineOf(turn.span.end), 0);
    }
    const directions = new PositionCursor(index);
    for (const direction of inWindows(windows, (start, end) => stageDirectionsIn(analysis, start, end))) directions.push(layers.stage, direction.span.start, direction.span.end);
  }
  if (settings.claimDecorations) {
    const positions = new PositionCursor(index);
    for (const claim of inWindows(windows, (start, end) => claimsIn(analysis, start, end))) positions.push(layers.suggested[claim.kind], claim.span.start, claim.span.end);
  }
  return layers;
}

/** Whether `value` has the shape of AnalysisLayers (a worker's answer is checked before the host draws it). */
export function isAnalysisLayers(value: unknown): value is AnalysisLayers {
  if (typeof value !== 'object' || value === null) return false;
  const { labels, bodies, suggested, stage } = value as Partial<Record<keyof AnalysisLayers, unknown>>;
  const numbers = (list: unknown): boolean => Array.isArray(list) && list.every((n) => Number.isInteger(n));
  const keyed = (map: unknown): boolean => map instanceof Map && [...map].every(([key, list]) => (typeof key === 'number' || typeof key === 'string') && numbers(list));
  if (!keyed(labels) || !keyed(bodies) || !numbers(stage) || typeof suggested !== 'object' || suggested === null) return false;
  return CLAIM_KINDS.every((kind) => numbers((suggested as Record<string, unknown>)[kind]));
}

/**
 * The items `query` finds in each window, each once (an item spanning two windows is found twice), in
 * order: range queries read only the results near the windows, not every result of the document.
 */
function inWindows<T>(windows: readonly OffsetWindow[], query: (start: number, end: number) => readonly T[]): T[] {
  const seen = new Set<T>();
  const found: T[] = [];
  for (const window of windows) {
    for (const item of query(window.start, window.end)) {
      if (seen.has(item)) continue;
      seen.add(item);
      found.push(item);
    }
  }
  return found;
}

/** The list of `key` in `map`, added empty when missing. */
function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
