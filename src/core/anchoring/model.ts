import type { Span } from '../text/positions';

/**
 * `anchored`: the quote was found exactly (possibly after a Traditional↔Simplified conversion);
 * `fuzzy`: placed by approximate matching, needs review; `orphaned`: not found, kept and reported.
 */
export type AnchorStatus = 'anchored' | 'fuzzy' | 'orphaned';

/** Which step placed the annotation. */
export type AnchorMethod = 'position' | 'exact' | 'folded' | 'approximate';

export type AnchorResult =
  | { readonly status: 'anchored' | 'fuzzy'; readonly span: Span; readonly method: AnchorMethod }
  | { readonly status: 'orphaned'; readonly span: null; readonly method: null };

export const ORPHANED: AnchorResult = { status: 'orphaned', span: null, method: null };
