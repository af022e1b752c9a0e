// The claim window's classifications by context, kept from one edit to the next (docs/performance.md, session 39).
//
// A sentence's classification is a function of its context's text (classifyReach.ts: both findClaims and the
// window give classifyRange that text only) and of the cue matcher, so a sentence of the next edit's window whose
// context reads the same, at the same offsets, takes the last classification instead of being classified again.

import type { AnalysisOptions, Claim } from './model';
import type { BlockList } from './blocks';
import type { TextSource } from '../text/chunkedText';
import { classifyRange, type Classification } from '../claims/classify';
import { cueMatcherFor } from '../claims/cueMatcher';
import { classificationContext, type ClassificationContext } from '../claims/classifyReach';
import { matchingKey } from '../text/charFold';

interface Kept {
  /** The matcher the classifications were made with: the only thing classifyRange reads of the options. */
  readonly matcher: unknown;
  readonly byContext: Map<string, Classification | null>;
}

/** Since the process started: the windows' sentences classified, and those that took the last window's classification (the bench, the tests). */
export const windowSentences = { classified: 0, taken: 0 };

/** By the claims an edit's window produced: that window's classifications, for the next edit of that analysis. */
const keptFor = new WeakMap<BlockList<Claim>, Kept>();

/** Classifies one window's sentences, taking what the last window classified in the same context. */
export class WindowClassifier {
  private readonly last: Map<string, Classification | null> | undefined;
  private readonly byContext = new Map<string, Classification | null>();
  private readonly matcher: unknown;
  private readonly context: ClassificationContext = { start: 0, end: 0 };

  /** `old`: the claims before the edit (an earlier window's result keeps its classifications). */
  constructor(
    old: BlockList<Claim>,
    private readonly options: AnalysisOptions,
  ) {
    this.matcher = cueMatcherFor(options.extraCues);
    const kept = keptFor.get(old);
    this.last = kept !== undefined && kept.matcher === this.matcher ? kept.byContext : undefined;
  }

  /** classifyRange of text[from, to) in its context, as findClaims classifies it. */
  classify(text: TextSource, from: number, to: number): Classification | null {
    const { start, end } = classificationContext(text, from, to, this.context);
    const read = text.slice(start, end);
    // The offsets first: the same text read as another sentence of it is another classification.
    const name = `${from - start} ${to - start} ${read}`;
    let classification = this.last?.get(name);
    if (classification === undefined) {
      classification = classifyRange(read, matchingKey(read), from - start, to - start, this.options);
      windowSentences.classified++;
    } else {
      windowSentences.taken++;
    }
    this.byContext.set(name, classification);
    return classification;
  }

  /** Keeps this window's classifications for the next edit of the analysis whose claims are `claims`. */
  keepFor(claims: BlockList<Claim>): void {
    keptFor.set(claims, { matcher: this.matcher, byContext: this.byContext });
  }
}

/**
 * Hands the classifications kept for `from` (the claims before a full analysis) on to `to` (the full analysis's
 * claims): they are keyed by their context's text alone, so the first edit after a worker's result, typed where
 * the last one was, does not classify its window whole.
 */
export function carryClassifications(from: BlockList<Claim>, to: BlockList<Claim>): void {
  const kept = keptFor.get(from);
  if (kept !== undefined) keptFor.set(to, kept);
}
