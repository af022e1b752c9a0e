/** Lines `start..end`, both included. */
export interface LineWindow {
  readonly start: number;
  readonly end: number;
}

/** Offsets `start..end` of the text. */
export interface OffsetWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The lines worth decorating: each visible range widened by `margin` lines on both sides, clamped to the
 * document, sorted and merged. Drawing only these keeps a redraw proportional to the screen, not the file.
 */
export function decorationWindows(visible: readonly LineWindow[], lineCount: number, margin: number): LineWindow[] {
  if (lineCount <= 0) return [];
  const last = lineCount - 1;
  const widened = visible
    .map((range) => ({ start: clamp(Math.min(range.start, range.end) - margin, 0, last), end: clamp(Math.max(range.start, range.end) + margin, 0, last) }))
    .sort((a, b) => a.start - b.start);
  const merged: LineWindow[] = [];
  for (const range of widened) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end + 1) merged[merged.length - 1] = { start: previous.start, end: Math.max(previous.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

/**
 * Lines to draw beyond the visible ones on each side: `minimum`, or a whole page (the tallest visible
 * range) when that is more, so that PageUp and PageDown land on lines drawn already.
 */
export function pageMargin(visible: readonly LineWindow[], minimum: number): number {
  return visible.reduce((margin, range) => Math.max(margin, Math.abs(range.end - range.start) + 1), minimum);
}

/**
 * How many lines to draw beyond the visible ones (`margin`), and how few may remain beyond them before
 * scrolling redraws (`slack`): at least the minimums, at least a page of slack, and twice the slack of
 * margin, so that a redraw is not due again right after one.
 */
export function drawingMargins(visible: readonly LineWindow[], minimumMargin: number, minimumSlack: number): { readonly margin: number; readonly slack: number } {
  const slack = pageMargin(visible, minimumSlack);
  return { margin: Math.max(minimumMargin, 2 * slack), slack };
}

/**
 * Whether what was drawn still covers the visible lines with `slack` lines to spare on each side (clamped
 * to the document), so scrolling within the margin needs no redraw.
 */
export function windowsCover(drawn: readonly LineWindow[], visible: readonly LineWindow[], lineCount: number, slack: number): boolean {
  const last = Math.max(0, lineCount - 1);
  return visible.every((range) => {
    const start = clamp(Math.min(range.start, range.end) - slack, 0, last);
    const end = clamp(Math.max(range.start, range.end) + slack, 0, last);
    return drawn.some((window) => window.start <= start && end <= window.end);
  });
}

/** The items whose span touches one of the windows (an empty span on a window's edge counts), in order. */
export function itemsInWindows<T>(items: readonly T[], spanOf: (item: T) => OffsetWindow, windows: readonly OffsetWindow[]): T[] {
  if (windows.length === 0) return [];
  return items.filter((item) => {
    const span = spanOf(item);
    return windows.some((window) => span.start <= window.end && span.end >= window.start);
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}
