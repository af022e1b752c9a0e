// The wording of the reasons a classification shows (figure quotes, cue words), and the reused lists they are built in.
import { foldChars } from '../text/charFold';
import { detached } from '../text/detached';
import { USER_CUE, type CueHit, type CueSense } from './cueMatcher';
import type { Figure, FigureCategory } from './figures';
import { clear } from './clearArray';

const MAX_REASONS = 6;

/** Quotes a piece of the sentence in reasons: folded to Simplified, original letter case. */
export function quote(text: string, key: string, start: number, end: number): string {
  return hasUpperCase(text, start, end) ? foldChars(text.slice(start, end)) : key.slice(start, end);
}

/**
 * `money: 420亿元`, one string per distinct figure: a document repeats its figures (`date: 去年`), and claims
 * whose cue lists hold the same strings share one list (findClaims.ts). Bounded, like the label cache.
 */
const figureReasons = new Map<FigureCategory, Map<string, string>>();
const FIGURE_REASON_CACHE_SIZE = 4096;

export function figureReason(figure: Figure, text: string, key: string): string {
  const quoted = quote(text, key, figure.start, figure.end);
  let byQuote = figureReasons.get(figure.category);
  if (byQuote === undefined) figureReasons.set(figure.category, (byQuote = new Map<string, string>()));
  let reason = byQuote.get(quoted);
  if (reason === undefined) {
    if (byQuote.size >= FIGURE_REASON_CACHE_SIZE) byQuote.clear();
    // Copies: the cache outlives the document `quoted` is cut from (see detached).
    byQuote.set(detached(quoted), (reason = detached(`${figure.category}: ${quoted}`)));
  }
  return reason;
}

export function cueReason(sense: CueSense, word: string): string {
  return sense.category === USER_CUE ? `cue: ${word} (${sense.role})` : `${sense.category}: ${word}`;
}

/** Each sense belongs to one cue word (see CueMatcher.add), so its lower-case reason is built once. */
const lowerCaseReasons = new WeakMap<CueSense, string>();

export function lowerCaseReason(sense: CueSense, key: string, hit: CueHit): string {
  let reason = lowerCaseReasons.get(sense);
  if (reason === undefined) lowerCaseReasons.set(sense, (reason = detached(cueReason(sense, key.slice(hit.start, hit.end)))));
  return reason;
}

/** The one scratch list decide() builds its reasons in; sharedReasons() hands out a kept copy. */
const reasonScratch: string[] = [];

export function freshReasons(): string[] {
  clear(reasonScratch);
  return reasonScratch;
}

/**
 * Kept reason lists by their first reason. Sentences mostly repeat another's list (`future: 会`), and their
 * strings are the same objects (cue and figure reasons are built once), so a list is found by identity
 * and a sentence's reasons cost no array of their own. Bounded, like the other caches here.
 */
const listsByFirst = new Map<string, (readonly string[])[]>();
const LISTS_PER_FIRST = 16;
const FIRST_REASONS_CACHE_SIZE = 1024;

/** A read-only list with the items of `reasons` (a scratch list), shared with earlier sentences when one matches. */
export function sharedReasons(reasons: readonly string[]): readonly string[] {
  const first = reasons[0];
  if (first === undefined) return EMPTY_REASONS;
  let lists = listsByFirst.get(first);
  if (lists === undefined) {
    if (listsByFirst.size >= FIRST_REASONS_CACHE_SIZE) listsByFirst.clear();
    listsByFirst.set(first, (lists = []));
  }
  for (const list of lists) if (sameReasons(list, reasons)) return list;
  const copy = reasons.slice();
  if (lists.length < LISTS_PER_FIRST) lists.push(copy);
  return copy;
}

const EMPTY_REASONS: readonly string[] = [];

function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Appends reasons to `kept` in order, each once, at most MAX_REASONS in all; returns `kept`. */
export function addReasons(kept: string[], reasons: readonly string[]): string[] {
  for (const reason of reasons) {
    if (kept.length === MAX_REASONS) break;
    if (!kept.includes(reason)) kept.push(reason);
  }
  return kept;
}

/** The key already quotes folded text; only ASCII capitals need the original (`I think`, not `i think`). */
export function hasUpperCase(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}
