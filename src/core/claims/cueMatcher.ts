import type { ClaimKind } from '../analysis/model';
import { foldToSimplified } from '../text/fold';
import cueData from './cues/cues.json';

/** What a cue word says about a sentence. */
export type CueRole = ClaimKind | 'weakForecast' | 'past' | 'greeting' | 'attributionOpener' | 'attributionCloser' | 'none';

export interface CueSense {
  readonly role: CueRole;
  /** Shown in the reasons, e.g. `first-person belief`. */
  readonly category: string;
}

interface CueEntry {
  readonly word: string;
  readonly senses: CueSense[];
  /** English words need word boundaries; Chinese ones rely on longest match and notCues instead. */
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
}

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly senses: readonly CueSense[];
}

export type ExtraCues = Partial<Record<ClaimKind, readonly string[]>>;

function isAsciiWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Lower-cases ASCII only, so the result has the same length and offsets as the input. */
export function asciiLowerCase(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}

/** Folds a cue word the way sentences are folded: Traditional to Simplified, ASCII lower case. */
export function normalizeCue(word: string): string {
  return asciiLowerCase(foldToSimplified(word.trim()).text);
}

const { objectMarker } = cueData;
const SENTENCE_PUNCTUATION = /[，,。；;：:！!？?]/;

/**
 * Leftmost-longest scan over cue words, indexed by first character: each position looks only at the
 * few words that start with its character, so a sentence costs time linear in its length. Longer entries
 * win, which is how `会议` (no cue) beats `会` (future) and `我认为` beats `认为`.
 */
export class CueMatcher {
  private readonly byFirstChar = new Map<number, CueEntry[]>();

  add(word: string, sense: CueSense): void {
    const normalized = normalizeCue(word);
    if (!normalized) return;
    const first = normalized.charCodeAt(0);
    let bucket = this.byFirstChar.get(first);
    if (!bucket) this.byFirstChar.set(first, (bucket = []));
    const existing = bucket.find((e) => e.word === normalized);
    if (existing) {
      if (!existing.senses.some((s) => s.role === sense.role)) existing.senses.push(sense);
      return;
    }
    bucket.push({
      word: normalized,
      senses: [sense],
      latinStart: isAsciiLetter(first),
      latinEnd: isAsciiLetter(normalized.charCodeAt(normalized.length - 1)),
    });
    bucket.sort((a, b) => b.word.length - a.word.length);
  }

  /** Cue words in `text` (folded and lower-cased), left to right, not overlapping. */
  scan(text: string): CueHit[] {
    const hits: CueHit[] = [];
    for (let i = 0; i < text.length; i++) {
      const bucket = this.byFirstChar.get(text.charCodeAt(i));
      if (!bucket) continue;
      for (const entry of bucket) {
        if (!text.startsWith(entry.word, i)) continue;
        const end = i + entry.word.length;
        if (entry.latinStart && i > 0 && (isAsciiWordChar(text.charCodeAt(i - 1)) || text[i - 1] === "'")) continue;
        if (entry.latinEnd && end < text.length && isAsciiWordChar(text.charCodeAt(end))) continue;
        if (entry.word === objectMarker.marker && isObjectMarker(text, end)) break;
        if (entry.senses.some((s) => s.role !== 'none')) hits.push({ start: i, end, senses: entry.senses });
        i = end - 1;
        break;
      }
    }
    return hits;
  }
}

/** 将 + object + verb (将H20解禁作为…, 将问题列为…) marks the object, not the future. */
function isObjectMarker(text: string, after: number): boolean {
  if (after < text.length && isAsciiWordChar(text.charCodeAt(after))) return true;
  let clause = text.slice(after, after + objectMarker.window);
  const stop = SENTENCE_PUNCTUATION.exec(clause);
  if (stop) clause = clause.slice(0, stop.index);
  return objectMarker.verbs.some((verb) => clause.includes(verb));
}

const WEAK_FORECAST = new Set<string>(cueData.weakForecastCategories);

function addCategories(matcher: CueMatcher, kind: ClaimKind, categories: Record<string, readonly string[]>): void {
  for (const [category, words] of Object.entries(categories)) {
    const role: CueRole = kind === 'forecast' && WEAK_FORECAST.has(category) ? 'weakForecast' : kind;
    for (const word of words) matcher.add(word, { role, category });
  }
}

function buildMatcher(extra: ExtraCues | undefined): CueMatcher {
  const matcher = new CueMatcher();
  // Specific senses first: a word listed as both keeps them all (估计 is a weak forecast and an attribution closer).
  addCategories(matcher, 'forecast', cueData.forecast);
  addCategories(matcher, 'opinion', cueData.opinion);
  addCategories(matcher, 'fact', cueData.fact);
  for (const word of cueData.attribution.openers) matcher.add(word, { role: 'attributionOpener', category: 'attribution' });
  for (const word of cueData.attribution.closers) matcher.add(word, { role: 'attributionCloser', category: 'attribution' });
  for (const word of cueData.past) matcher.add(word, { role: 'past', category: 'past' });
  for (const word of cueData.greeting) matcher.add(word, { role: 'greeting', category: 'greeting' });
  for (const word of cueData.notCues) matcher.add(word, { role: 'none', category: '' });
  if (extra) {
    for (const kind of ['fact', 'forecast', 'opinion'] as const) {
      for (const word of extra[kind] ?? []) matcher.add(word, { role: kind, category: USER_CUE });
    }
  }
  return matcher;
}

/** Category of the cues a user adds through settings; reasons read `cue: 展望 (forecast)`. */
export const USER_CUE = 'cue';

/** Longest gap, in characters, between 据 and 报道 in 据…报道. */
export const ATTRIBUTION_MAX_GAP = cueData.attribution.maxGap;

let defaultMatcher: CueMatcher | undefined;
const matchersByExtra = new WeakMap<ExtraCues, CueMatcher>();

/** The matcher for the built-in cue lists plus the user's extra cues, built once per extra-cue object. */
export function cueMatcherFor(extra: ExtraCues | undefined): CueMatcher {
  if (!extra || !Object.values(extra).some((words) => words && words.length)) return (defaultMatcher ??= buildMatcher(undefined));
  let matcher = matchersByExtra.get(extra);
  if (!matcher) matchersByExtra.set(extra, (matcher = buildMatcher(extra)));
  return matcher;
}
