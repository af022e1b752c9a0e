import type { ClaimKind } from '../analysis/model';
import { matchingKey } from '../text/charFold';
import cueData from './cues/cues.json';
import { isAsciiLetter, isAsciiLetterOrDigit } from '../turns/chars';

/** What a cue word says about a sentence. */
export type CueRole = ClaimKind | 'weakForecast' | 'past' | 'greeting' | 'procedure' | 'attributionOpener' | 'attributionCloser' | 'none';

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
  /** Some sense has a role other than `none`: a match is reported as a hit. Kept up to date by add(). */
  reported: boolean;
}

export interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly senses: readonly CueSense[];
}

export type ExtraCues = Partial<Record<ClaimKind, readonly string[]>>;



/** The first offset at or after `from` (before `to`) that is not an ASCII letter. */
function lettersEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Folds a cue word the way sentences are folded: Traditional to Simplified, ASCII lower case. */
export function normalizeCue(word: string): string {
  return matchingKey(word.trim());
}

/** A 16-bit hash of text[from, to) (ASCII letters), for the first-word bitmap (collisions only cost a trie walk). */
function latinRunHash(text: string, from: number, to: number): number {
  // scan() computes the same inline, starting from the first letter's code (which is what one step from 0 gives).
  let hash = 0;
  for (let i = from; i < to; i++) hash = (hash * 31 + text.charCodeAt(i)) & 0xffff;
  return hash;
}

/** A 16-bit hash of two UTF-16 units, for the first-pair bitmap (collisions only cost a Map lookup). */
function pairHash(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

const { objectMarker } = cueData;
const SENTENCE_PUNCTUATION = /[，,。；;：:！!？?]/;

interface TrieNode {
  children: Map<number, TrieNode> | undefined;
  /** Two in three nodes have one child: its code and node are read without a Map lookup (-1 otherwise). */
  soleCode: number;
  soleChild: TrieNode | undefined;
  entry: CueEntry | undefined;
}

function trieNode(): TrieNode {
  return { children: undefined, soleCode: -1, soleChild: undefined, entry: undefined };
}

/**
 * Leftmost-longest scan over cue words with a trie keyed by UTF-16 unit, behind a bitmap of first
 * characters: most characters are rejected with one array read, the rest walk a few nodes. A sentence
 * costs time linear in its length. Longer entries win, which is how `会议` (no cue) beats `会` (future)
 * and `我认为` beats `认为`.
 */
export class CueMatcher {
  /** First level of the trie as an array indexed by UTF-16 unit: one array read instead of a Map lookup. */
  private readonly root: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  /** 1 where some cue word starts with this UTF-16 unit. */
  private readonly startsCue = new Uint8Array(0x10000);
  /** 1 at pairHash(first, second) of every cue word's first two units: most starts end there without a Map lookup. */
  private readonly startsPair = new Uint8Array(0x10000);
  /**
   * 1 at latinRunHash of the leading ASCII letters of every cue word that starts with one (`i` of `i'm`, `according`
   * of `according to`). Such a cue matches only where the text's run of letters is exactly that run (the cue goes
   * on with a non-letter or ends at a word end), so a word whose run is not here skips the trie walk.
   */
  private readonly startsLatinRun = new Uint8Array(0x10000);
  /**
   * Past the first run, most cues starting with one go on with one separator and a second run of letters (`the
   * fact…`, `to be…`, `i'm`), which the text's next run must equal for the same reason: 1 at the hash of
   * first run, separator and second run of every such cue. A first run that is a whole cue word, or that some cue
   * goes on from otherwise (`gpt4`), is 1 in alwaysWalks instead, and its words take the trie walk at once.
   */
  private readonly startsTwoRuns = new Uint8Array(0x10000);
  private readonly alwaysWalks = new Uint8Array(0x10000);

  /** `sense` must be a fresh object per word: classify.ts caches the reason text of a sense. */
  add(word: string, sense: CueSense): void {
    const normalized = normalizeCue(word);
    if (!normalized) return;
    const first = normalized.charCodeAt(0);
    let node = (this.root[first] ??= trieNode());
    for (let i = 1; i < normalized.length; i++) {
      const children: Map<number, TrieNode> = (node.children ??= new Map<number, TrieNode>());
      const code = normalized.charCodeAt(i);
      let child = children.get(code);
      if (!child) children.set(code, (child = trieNode()));
      node.soleCode = children.size === 1 ? code : -1;
      node.soleChild = children.size === 1 ? child : undefined;
      node = child;
    }
    this.startsCue[normalized.charCodeAt(0)] = 1;
    if (normalized.length > 1) this.startsPair[pairHash(normalized.charCodeAt(0), normalized.charCodeAt(1))] = 1;
    if (isAsciiLetter(first)) {
      const runEnd = lettersEnd(normalized, 0, normalized.length);
      const runHash = latinRunHash(normalized, 0, runEnd);
      this.startsLatinRun[runHash] = 1;
      const secondEnd = runEnd < normalized.length ? lettersEnd(normalized, runEnd + 1, normalized.length) : runEnd;
      if (secondEnd <= runEnd + 1) this.alwaysWalks[runHash] = 1;
      else this.startsTwoRuns[latinRunHash(normalized, 0, secondEnd)] = 1;
    }
    const existing = node.entry;
    if (existing) {
      if (!existing.senses.some((s) => s.role === sense.role)) existing.senses.push(sense);
      existing.reported ||= sense.role !== 'none';
      return;
    }
    node.entry = {
      word: normalized,
      senses: [sense],
      latinStart: isAsciiLetter(normalized.charCodeAt(0)),
      latinEnd: isAsciiLetter(normalized.charCodeAt(normalized.length - 1)),
      reported: sense.role !== 'none',
    };
  }

  /** Whether some cue word starts with this UTF-16 unit. */
  startsAt(code: number): boolean {
    return this.startsCue[code] === 1;
  }

  /**
   * Cue words in key[from, to) (a matching key, see charFold.ts), left to right, not overlapping; offsets
   * into `text`. Appended to `hits` when given (a caller's reused array).
   */
  scan(text: string, from = 0, to = text.length, hits: CueHit[] = []): CueHit[] {
    for (let i = from; i < to; ) {
      const code = text.charCodeAt(i);
      if (!isAsciiLetter(code)) {
        i = this.startsCue[code] ? this.atOther(text, i, from, to, hits) : i + 1;
        continue;
      }
      // latinRunHash of the word's letters, found in the same pass as their end.
      let hash = code;
      let runEnd = i + 1;
      for (let c = text.charCodeAt(runEnd); runEnd < to && isAsciiLetter(c); c = text.charCodeAt(++runEnd)) hash = (hash * 31 + c) & 0xffff;
      i = this.atLetterRun(text, i, runEnd, hash, from, to, hits);
    }
    return hits;
  }

  /**
   * The scan at the start of a run of ASCII letters text[i, runEnd) whose latinRunHash is `hash`: records the
   * cue starting there, if any, and returns where the scan goes on. Every cue starting with a Latin letter
   * needs a word start, so after a run where nothing starts, the rest of its letters are passed over at once.
   */
  atLetterRun(text: string, i: number, runEnd: number, hash: number, from: number, to: number, hits: CueHit[]): number {
    if (!this.startsCue[text.charCodeAt(i)] || !this.startsLatinRun[hash]) return runEnd;
    const before = i === from ? 0 : text.charCodeAt(i - 1);
    if (isAsciiLetterOrDigit(before) || before === 39 /* ' */) return runEnd;
    if (!this.alwaysWalks[hash]) {
      // The separator and the next run, hashed on from the first run's hash as add() hashes the cue's.
      if (runEnd >= to) return runEnd;
      let twoRuns = (hash * 31 + text.charCodeAt(runEnd)) & 0xffff;
      for (let k = runEnd + 1, c = text.charCodeAt(k); k < to && isAsciiLetter(c); c = text.charCodeAt(++k)) twoRuns = (twoRuns * 31 + c) & 0xffff;
      if (!this.startsTwoRuns[twoRuns]) return runEnd;
    }
    const next = this.matchAt(text, i, true, from, to, hits);
    return next < 0 ? runEnd : next;
  }

  /** The scan at text[i], not an ASCII letter, where some cue starts (startsCue): as atLetterRun. */
  atOther(text: string, i: number, from: number, to: number, hits: CueHit[]): number {
    const wordStart = i === from || !(isAsciiLetterOrDigit(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 39 /* ' */);
    const next = this.matchAt(text, i, wordStart, from, to, hits);
    return next < 0 ? i + 1 : next;
  }

  /** The longest cue word at text[i]: recorded when reported; returns where the scan goes on, or -1 when none starts there. */
  private matchAt(text: string, i: number, wordStart: boolean, from: number, to: number, hits: CueHit[]): number {
    const code = text.charCodeAt(i);
    let node = this.root[code];
    let best: CueEntry | undefined;
    let bestEnd = 0;
    for (let j = i + 1; node; j++) {
      const entry = node.entry;
      if (entry && (!entry.latinStart || wordStart) && (!entry.latinEnd || j >= to || !isAsciiLetterOrDigit(text.charCodeAt(j)))) {
        best = entry;
        bestEnd = j;
      }
      if (j >= to || !node.children) break;
      const next = text.charCodeAt(j);
      if (j === i + 1 && !this.startsPair[pairHash(code, next)]) break;
      node = node.soleCode === next ? node.soleChild : node.soleCode < 0 ? node.children.get(next) : undefined;
    }
    if (!best) return -1;
    if (best.word === objectMarker.marker && ((startsClause(text, i, from) && !FUTURE_AFTER_MARKER.test(text.slice(bestEnd, bestEnd + 2))) || isObjectMarker(text, bestEnd, to))) return i + 1;
    if (best.reported) hits.push({ start: i, end: bestEnd, senses: best.senses });
    return bestEnd;
  }
}

/**
 * 将 with no subject before it in its clause (`直播：將實體聚會的過程即時於線上呈現`, `，将节能改造纳入…`) is the
 * object marker: the future 将 follows its subject.
 */
function startsClause(text: string, at: number, from: number): boolean {
  if (at === from) return true;
  return CLAUSE_START_BEFORE.test(text.charAt(at - 1));
}

const CLAUSE_START_BEFORE = /[，,。；;：:、！!？?（(「『“"\s]/;
/** After a subject dropped at a comma (`他表示，将在明年…`), 将 + these is still the future. */
const FUTURE_AFTER_MARKER = /^(?:在|于|会|要|是|不|从|有|可|能|进一|加快|全面|着力|大力|积极|努力|持续|逐步|陆续|首次|正式|于)/;

/** 将 + object + verb (将H20解禁作为…, 将问题列为…) marks the object, not the future. */
function isObjectMarker(text: string, after: number, to: number): boolean {
  if (after < to && isAsciiLetterOrDigit(text.charCodeAt(after))) return true;
  let clause = text.slice(after, Math.min(to, after + objectMarker.window));
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
  for (const word of cueData.procedure) matcher.add(word, { role: 'procedure', category: 'procedure' });
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
