/** Below this many characters, re-analysis after an edit is cheap (only the edited paragraph, a few ms). */
export const SMALL_DOCUMENT_CHARS = 1_000_000;
/** The pause after typing before re-analysing a small document. */
export const SMALL_DOCUMENT_DELAY_MS = 50;

/**
 * How long to wait after an edit before re-analysing: the setting applies to large documents, where an
 * edit that is not local (a new line, a speaker label) re-analyses the whole text; small documents wait
 * at most 50 ms, so decorations follow typing closely. The setting stays an upper bound for both.
 */
export function effectiveAnalysisDelay(settingMs: number, documentLength: number): number {
  return documentLength < SMALL_DOCUMENT_CHARS ? Math.min(settingMs, SMALL_DOCUMENT_DELAY_MS) : settingMs;
}
