import type { AnnotationTarget } from '../sidecar/model';
import { foldToSimplified, foldToSimplifiedAcrossRegions, type FoldedText } from '../text/fold';
import type { Span } from '../text/positions';
import { BARE_CLOCK_SOURCE } from '../turns/timestamps';
import { trimLayout } from '../text/typography';
import { foldForAnchoring, foldTargetAcrossRegions, foldTargetForAnchoring, foldTargetToSimplified, type FoldedTarget } from './anchoringFold';
import { approximate, HAS_LETTER, refineBoundaries, WHOLE_TEXT_EFFORT, WINDOW_EFFORT } from './approximate';
import { bracketed } from './bracketed';
import { bestFitting, CONTEXT_FIT, exactCandidates, foldedSpace, type Candidate, type SearchSpace } from './candidates';
import { GramFilter } from './gramFilter';
import { lineTimestamps, withoutLineTimestamps } from './lineTimestamps';
import { loneNearQuote } from './loneQuote';
import { ORPHANED, type AnchorResult } from './model';
import { bestShortFitting, SHORT_QUOTE } from './shortQuote';
import { prefixFit, suffixFit } from './similarity';
import { snapToCodePoints } from './target';
import { TrigramIndex } from './trigramIndex';

/** How far `anchorAll`'s first pass looks around the drifted position for an unchanged quote. */
const DRIFT_WINDOW = 1024;

/** How far around the expected position a quote is looked for in the text with its typography folded. */
const TYPOGRAPHY_WINDOW = 512;

/** How far around the expected position the approximate search looks first, in UTF-16 units. */
const APPROXIMATE_WINDOW = 384;

/**
 * How much better the stored context must fit around the stretch between it (bracketed) than around a near match for
 * that stretch to be the tag's place: a renamed speaker's line against the next line, one character off the quote.
 */
const OWN_PLACE_MARGIN = 0.25;

/** A timestamp opening a quote (`[00:01:23] `, `(1:02:03) `, `00:01 `), followed by words with a letter. */
const LEADING_TIMESTAMP = new RegExp(String.raw`^[[(]?${BARE_CLOCK_SOURCE}[\])]?[ \t]+(?=[^\n]*\p{L})`, 'u');

/** An exact quote with no fitting context is still placed (as fuzzy) when it is unique and this long. */
const SPECIFIC_LENGTH = SHORT_QUOTE;

/**
 * Finds annotation targets again in a changed text. The steps, in order:
 * 1. the exact quote at the expected (or stored) position, as is or once folded, unless its prefix and
 *    suffix contradict it;
 * 2. the exact quote elsewhere: of the occurrences whose prefix and suffix fit best, the nearest;
 * 3. the same on text and target folded Traditional→Simplified, so a converted document keeps its tags; then,
 *    near the expected position, with their typography folded too (spacing, line breaks, punctuation width,
 *    quote style), so a re-wrapped or re-punctuated passage keeps its tags;
 * 4. an approximate match (Myers' bit-parallel algorithm, via approx-string-match) in a window around the
 *    expected position, then in the whole text (narrowed by a trigram index), scored on quote, prefix,
 *    suffix and distance, with stricter context demands on short quotes.
 * 5. a quote found exactly once though its context changed: when it is long (SPECIFIC_LENGTH), or short and near
 *    where the tag should be (loneNearQuote).
 * Steps 1-3 give `anchored`, steps 4-5 `fuzzy`. When unsure the result is an orphan, never a guess.
 *
 * Create one per text: it caches the folded text and the indexes, and `anchorAll` learns from placed
 * annotations how far positions have drifted, so that windows sit where the text moved to.
 */
export class Reanchorer {
  private foldedWhole: FoldedText | undefined;
  private regionalWhole: FoldedText | undefined;
  /** Trigram indexes of the text and of its folded copy, built on the first whole-text approximate search. */
  private readonly indexes = new Map<string, TrigramIndex>();
  private readonly filters = new Map<string, GramFilter>();

  constructor(readonly text: string) {}

  /** Places one target; `expectedStart` (default: the stored start) is where the search centres. */
  anchor(target: AnnotationTarget, expectedStart = target.start): AnchorResult {
    const text = this.text;
    const expected = clamp(expectedStart, 0, text.length);
    const raw: SearchSpace = {
      text,
      exact: target.exact,
      prefix: target.prefix,
      suffix: target.suffix,
      expected,
      toDocument: (s) => s,
      toSpace: (o) => o,
      mayContain: (quote) => this.filterFor(text).mayContain(quote),
    };

    // 1. The exact text at the expected or the stored position (also once both are folded).
    for (const start of expected === target.start ? [expected] : [expected, target.start]) {
      const here = this.atPosition(target, start);
      if (here) return here;
    }

    // 2. The exact text elsewhere: of the occurrences whose context fits best, the nearest.
    const everywhere = exactCandidates(raw);
    const exact = fittingOccurrence(everywhere, raw, text);
    if (exact) return placed('anchored', 'exact', text, exact.span);

    // 3. The same with the text and the target folded to Simplified Chinese.
    const folded = this.foldedSpace(target, expected);
    const foldedEverywhere = folded ? exactCandidates(folded) : [];
    const foldedExact = folded && fittingOccurrence(foldedEverywhere, folded, text);
    if (folded && foldedExact) return placed('anchored', 'folded', text, folded.toDocument(foldedExact.span));
    // 3b. Taiwan's and Hong Kong's own words folded to the mainland's too (opencc's s2twp/tw2sp swap 在线 and 線上).
    // Tried only after the plain fold, so a quote cut inside such a word is still found as before.
    const regional = this.regionalSpace(target, expected);
    const regionalExact = regional && fittingOccurrence(exactCandidates(regional), regional, text);
    if (regional && regionalExact) return placed('anchored', 'folded', text, regional.toDocument(regionalExact.span));
    const retypeset = this.typographyNear(target, expected);
    if (retypeset) return placed('anchored', 'folded', text, retypeset);
    const unstamped = this.timestampsNear(target, expected);
    if (unstamped) return unstamped;

    // 4. Approximate: in a window around the expected position, then in the whole text.
    const windowStart = Math.max(0, expected - APPROXIMATE_WINDOW);
    const windowEnd = Math.min(text.length, expected + target.exact.length + APPROXIMATE_WINDOW);
    // A short quote's exact occurrences were judged above: one not taken there is not taken as a near match either.
    const judged = target.exact.length < SHORT_QUOTE && (everywhere.length > 0 || foldedEverywhere.length > 0);
    const fresh = (found: { span: Span } | undefined): found is { span: Span } => !!found && !(judged && isOccurrence(text, found.span, target.exact));
    const near = approximate(raw, [{ start: windowStart, end: windowEnd }], WINDOW_EFFORT);
    if (fresh(near)) {
      // A near match yields to the stretch between the stored prefix and suffix when they fit there clearly better.
      const own = near.context < 1 - OWN_PLACE_MARGIN ? bracketed(raw, windowStart, windowEnd) : undefined;
      const elsewhere = own && (own.span.end <= near.span.start || own.span.start >= near.span.end);
      if (elsewhere && fresh(own) && own.context >= near.context + OWN_PLACE_MARGIN) return placed('fuzzy', 'approximate', text, refineBoundaries(raw, own.span));
      return placed('fuzzy', 'approximate', text, near.span);
    }
    if (folded) {
      const foldedWindow = { start: folded.toSpace(windowStart), end: folded.toSpace(windowEnd) };
      const foldedNear = approximate(folded, [foldedWindow], WINDOW_EFFORT);
      if (fresh(foldedNear)) return placed('fuzzy', 'approximate', text, foldedNear.span);
    }
    const wholeIsWindow = windowStart === 0 && windowEnd === text.length;
    const far = wholeIsWindow ? undefined : (this.approximateEverywhere(raw) ?? (folded && this.approximateEverywhere(folded)));
    if (fresh(far)) return placed('fuzzy', 'approximate', text, far.span);

    // A long quote found exactly once, though its context changed: placed, but flagged for review.
    if (everywhere.length === 1 && target.exact.length >= SPECIFIC_LENGTH) return placed('fuzzy', 'exact', text, everywhere[0]!.span);
    if (folded && foldedEverywhere.length === 1 && target.exact.length >= SPECIFIC_LENGTH) {
      return placed('fuzzy', 'folded', text, folded.toDocument(foldedEverywhere[0]!.span));
    }
    // A short one (a name, a figure), found once and near where it should be: placed, flagged for review.
    const lone = everywhere.length ? loneNearQuote(raw, everywhere) : undefined;
    if (lone) return placed('fuzzy', 'exact', text, lone);
    const loneFolded = folded && !everywhere.length ? loneNearQuote(folded, foldedEverywhere) : undefined;
    if (folded && loneFolded) return placed('fuzzy', 'folded', text, folded.toDocument(loneFolded));
    return this.withoutTimestamp(target, expected) ?? ORPHANED;
  }

  /**
   * A quote that starts with a timestamp (`[00:01:23] We sold 900 units.`), its words looked for without it: tools and
   * editors strip the timestamps off every line, and what was said is still there. Placed `fuzzy`, since its time is gone.
   */
  private withoutTimestamp(target: AnnotationTarget, expected: number): AnchorResult | undefined {
    const stamp = LEADING_TIMESTAMP.exec(target.exact)?.[0];
    if (!stamp) return undefined;
    const words = { ...target, exact: target.exact.slice(stamp.length), prefix: target.prefix + stamp, start: target.start + stamp.length };
    const found = this.anchor(words, expected + stamp.length);
    return found.span ? placed('fuzzy', found.method ?? 'approximate', this.text, found.span) : undefined;
  }

  /**
   * Places many targets; results come in the same order. Targets are visited by stored position, and
   * each expected position carries the drift of the nearest target already placed exactly.
   */
  anchorAll(targets: readonly AnnotationTarget[]): AnchorResult[] {
    const results = new Array<AnchorResult>(targets.length);
    // Stored positions first (as Hypothesis does): on unchanged text nothing else runs.
    let unplaced = 0;
    for (let i = 0; i < targets.length; i++) {
      const here = this.unchanged(targets[i]!);
      if (here) results[i] = here;
      else unplaced++;
    }
    if (!unplaced) return results;
    const order = targets.map((_, i) => i).sort((a, b) => targets[a]!.start - targets[b]!.start);
    const drift: { oldStart: number; delta: number }[] = [];
    let delta = 0;
    const pending: number[] = [];
    // First pass, cheap: targets found exactly where the running drift puts them, or near there.
    for (const i of order) {
      const target = targets[i]!;
      const here = results[i] ?? this.atPosition(target, target.start + delta) ?? this.exactNear(target, target.start + delta);
      if (here) {
        results[i] = here;
        delta = here.span!.start - target.start;
        drift.push({ oldStart: target.start, delta });
      } else {
        pending.push(i);
      }
    }
    // Second pass: the rest, each centred by the drift of its nearest placed neighbour.
    for (const i of pending) {
      const target = targets[i]!;
      const result = this.anchor(target, target.start + nearestDrift(drift, target.start));
      results[i] = result.span ? result : (this.otherSideDrift(target, drift) ?? result);
    }
    return results;
  }

  /**
   * An orphan looked for once more, exactly where the drift of its placed neighbour on the other side puts it (step 1),
   * when its neighbours before and after drifted differently: text inserted or deleted between them (front matter
   * rewritten above a heading, a paragraph moved) leaves the nearer neighbour's drift wrong for it. Taken only between
   * those neighbours' new places, so the tags keep their order.
   */
  private otherSideDrift(target: AnnotationTarget, drift: readonly { oldStart: number; delta: number }[]): AnchorResult | undefined {
    const after = drift.findIndex((d) => d.oldStart > target.start);
    if (after <= 0) return undefined;
    const before = drift[after - 1]!;
    const next = drift[after]!;
    if (before.delta === next.delta) return undefined;
    const tried = nearestDrift(drift, target.start);
    const other = tried === before.delta ? next.delta : before.delta;
    const found = this.atPosition(target, target.start + other);
    if (!found?.span || found.span.start < before.oldStart + before.delta || found.span.start > next.oldStart + next.delta) return undefined;
    return found;
  }

  /**
   * The target where it was stored, with its quote, prefix and suffix all unchanged: string comparisons
   * only. An empty prefix or suffix counts only at the text's start or end, as in `prefixFit`.
   */
  private unchanged(target: AnnotationTarget): AnchorResult | undefined {
    const text = this.text;
    const { start, end, exact, prefix, suffix } = target;
    if (start < prefix.length || end !== start + exact.length || end + suffix.length > text.length) return undefined;
    if (!prefix.length && start !== 0) return undefined;
    if (!suffix.length && end !== text.length) return undefined;
    // slice-and-compare: in V8 several times faster than startsWith at an offset.
    if (text.slice(start, end) !== exact || text.slice(start - prefix.length, start) !== prefix || text.slice(end, end + suffix.length) !== suffix) return undefined;
    return placed('anchored', 'position', text, { start, end });
  }

  /** The quote exactly, with fitting context, in a window around `expected`: how the first pass follows drift. */
  private exactNear(target: AnnotationTarget, expected: number): AnchorResult | undefined {
    const from = clamp(expected - DRIFT_WINDOW, 0, this.text.length);
    const to = clamp(expected + target.exact.length + DRIFT_WINDOW, 0, this.text.length);
    const window: SearchSpace = {
      text: this.text.slice(from, to),
      exact: target.exact,
      prefix: target.prefix,
      suffix: target.suffix,
      expected: expected - from,
      toDocument: (span) => ({ start: span.start + from, end: span.end + from }),
      toSpace: (offset) => offset - from,
    };
    // Context at the window's edges is cut short; those rare cases go to the second pass.
    const best = fittingOccurrence(exactCandidates(window), window, this.text);
    return best && placed('anchored', 'exact', this.text, window.toDocument(best.span));
  }

  /**
   * Step 3's second half: the quote with fitting context in a window around `expected`, text and quote folded by
   * `foldForAnchoring`. Only a window: re-wrapping and re-punctuating move text little, and folding the whole
   * text's typography would cost every changed document a pass over it.
   */
  private typographyNear(target: AnnotationTarget, expected: number): Span | undefined {
    const folded = foldTargetForAnchoring(target);
    if (!folded.exact) return undefined;
    const { from, stretch } = this.stretchAround(expected, target.exact.length);
    const window = foldForAnchoring(stretch);
    if (window.text === stretch && !folded.changed) return undefined;
    return this.fittingInWindow(folded, window, expected - from, (span) => {
      const inStretch = trimLayout(stretch, span);
      return { start: inStretch.start + from, end: inStretch.end + from };
    });
  }

  /**
   * Step 3's last part: `typographyNear` with the timestamps that open lines (`[00:01:02] `) taken out of the window
   * and out of the target's quote and context. A tool that stamps every line, or an editor stripping the stamps, puts
   * them between a quote's words and around it, though the words are all still there in order. The tag stays
   * `anchored` unless a stamp it held is gone or changed (its time is then no longer the one tagged).
   */
  private timestampsNear(target: AnnotationTarget, expected: number): AnchorResult | undefined {
    const stored = target.prefix + target.exact + target.suffix;
    const bare = withoutLineTimestamps(stored);
    const { from, stretch } = this.stretchAround(expected, target.exact.length);
    const window = withoutLineTimestamps(stretch);
    if (bare.text === stored && window.text === stretch) return undefined;
    const exactStart = bare.map.toTarget(target.prefix.length);
    const exactEnd = bare.map.toTargetEnd(target.prefix.length + target.exact.length);
    const folded = foldTargetForAnchoring({
      prefix: bare.text.slice(0, exactStart),
      exact: bare.text.slice(exactStart, exactEnd),
      suffix: bare.text.slice(exactEnd),
    });
    // Without a letter what is left is a figure or a mark (`---` after `[00:00:37] `): only ever found exactly.
    if (!HAS_LETTER.test(folded.exact)) return undefined;
    const span = this.fittingInWindow(folded, foldForAnchoring(window.text), window.map.toTarget(expected - from), (inWindow) => {
      const unstamped = trimLayout(window.text, inWindow);
      // A start where a stamp was taken out maps to the stamp's end, not its start: the tag holds the words only.
      const start = window.map.toSource(unstamped.start + 1) - 1;
      const inStretch = trimLayout(stretch, { start, end: window.map.toSourceEnd(unstamped.end) });
      return { start: inStretch.start + from, end: inStretch.end + from };
    });
    if (!span) return undefined;
    // Stamps added inside the quote leave its words as they were; a stamp it held that is gone or changed does not.
    const found = lineTimestamps(this.text.slice(span.start, span.end));
    let next = 0;
    const kept = lineTimestamps(target.exact).every((stamp) => (next = found.indexOf(stamp, next) + 1) > 0);
    return placed(kept ? 'anchored' : 'fuzzy', 'folded', this.text, span);
  }

  /** The stretch of text `fittingInWindow` searches around `expected`, and where it starts. */
  private stretchAround(expected: number, quoteLength: number): { from: number; stretch: string } {
    const from = clamp(expected - TYPOGRAPHY_WINDOW, 0, this.text.length);
    const to = clamp(expected + 2 * quoteLength + TYPOGRAPHY_WINDOW, 0, this.text.length);
    return { from, stretch: this.text.slice(from, to) };
  }

  /** The occurrence of `quote` in `window` (a folded stretch) whose context fits, as a document span (`back`). */
  private fittingInWindow(quote: FoldedTarget, window: FoldedText, expected: number, back: (span: Span) => Span): Span | undefined {
    const map = window.map;
    const space: SearchSpace = {
      text: window.text,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      expected: map.toTarget(expected),
      toDocument: (span) => back(map.spanToSource(span)),
      // Only step 4 maps document offsets into a space, and never into a window.
      toSpace: (offset) => offset,
    };
    // Not a match that starts or ends inside one character folded to several (`—` as `--`, `…` as `...`): a tag on
    // `--  -` is not on half of `——`.
    const whole = (span: Span): boolean => map.toTarget(map.toSource(span.start)) === span.start && map.toTargetEnd(map.toSourceEnd(span.end)) === span.end;
    const best = fittingOccurrence(exactCandidates(space).filter((c) => whole(c.span)), space, this.text);
    return best && space.toDocument(best.span);
  }

  /** Step 1: the quote at `start`, exactly or once folded, unless its prefix and suffix contradict it. */
  private atPosition(target: AnnotationTarget, start: number): AnchorResult | undefined {
    const text = this.text;
    if (start < 0 || start > text.length) return undefined;
    if (text.startsWith(target.exact, start)) {
      const fit = (prefixFit(text, start, target.prefix) + suffixFit(text, start + target.exact.length, target.suffix)) / 2;
      return fit >= CONTEXT_FIT ? placed('anchored', 'position', text, { start, end: start + target.exact.length }) : undefined;
    }
    // Folded: compare a stretch around `start` folded with the folded target.
    const exact = foldToSimplified(target.exact).text;
    const from = Math.max(0, start - target.prefix.length);
    const to = Math.min(text.length, start + 2 * target.exact.length + target.suffix.length);
    const piece = foldToSimplified(text.slice(from, to));
    if (piece.text === text.slice(from, to) && exact === target.exact) return undefined;
    const at = piece.map.toTarget(start - from);
    if (!piece.text.startsWith(exact, at)) return undefined;
    const fit = (prefixFit(piece.text, at, foldToSimplified(target.prefix).text) + suffixFit(piece.text, at + exact.length, foldToSimplified(target.suffix).text)) / 2;
    if (fit < CONTEXT_FIT) return undefined;
    const span = piece.map.spanToSource({ start: at, end: at + exact.length });
    return placed('anchored', 'folded', text, { start: from + span.start, end: from + span.end });
  }

  /** Step 4 on the whole text (raw or folded), narrowed by a trigram index to the stretches that could match. */
  private approximateEverywhere(space: SearchSpace): { span: Span; context: number } | undefined {
    const key = space.text === this.text ? 'raw' : 'folded';
    let index = this.indexes.get(key);
    if (!index || index.text !== space.text) {
      index = new TrigramIndex(space.text);
      this.indexes.set(key, index);
    }
    const maxErrors = Math.floor(space.exact.length * WHOLE_TEXT_EFFORT.errorShare);
    return approximate(space, index.candidateRegions(space.exact, maxErrors, space.expected), WHOLE_TEXT_EFFORT);
  }

  /** The whole text folded (computed once), or undefined when folding changes neither it nor the target. */
  private foldedSpace(target: AnnotationTarget, expected: number): SearchSpace | undefined {
    this.foldedWhole ??= foldToSimplified(this.text);
    const space = foldedSpace(this.foldedWhole, this.text, foldTargetToSimplified(target), expected);
    return space && { ...space, mayContain: (quote) => this.filterFor(space.text).mayContain(quote) };
  }

  /**
   * The whole text and the target folded with regional wording (computed once), or undefined when that fold
   * changes neither beyond what `foldedSpace` already tried.
   */
  private regionalSpace(target: AnnotationTarget, expected: number): SearchSpace | undefined {
    this.foldedWhole ??= foldToSimplified(this.text);
    this.regionalWhole ??= foldToSimplifiedAcrossRegions(this.text);
    const quote = { exact: target.exact, prefix: target.prefix, suffix: target.suffix };
    const plain = foldTargetToSimplified(quote);
    const worded = foldTargetAcrossRegions(quote);
    const sameTarget = worded.exact === plain.exact && worded.prefix === plain.prefix && worded.suffix === plain.suffix;
    if (sameTarget && this.regionalWhole.text === this.foldedWhole.text) return undefined;
    const space = foldedSpace(this.regionalWhole, this.text, { ...worded, changed: true }, expected);
    return space && { ...space, mayContain: (found) => this.filterFor(space.text, 'regional').mayContain(found) };
  }

  /** The gram filter of the text or of a folded copy, built on first use. */
  private filterFor(text: string, kind: 'folded' | 'regional' = 'folded'): GramFilter {
    const key = text === this.text ? 'raw' : kind;
    let filter = this.filters.get(key);
    if (!filter || filter.text !== text) {
      filter = new GramFilter(text);
      this.filters.set(key, filter);
    }
    return filter;
  }
}

/** Re-anchors one target against `text`. For many targets use `new Reanchorer(text).anchorAll(...)`. */
export function reanchor(text: string, target: AnnotationTarget): AnchorResult {
  return new Reanchorer(text).anchor(target);
}

// ------------------------------------------------------------------------------------------ the steps

function placed(status: 'anchored' | 'fuzzy', method: 'position' | 'exact' | 'folded' | 'approximate', text: string, span: Span): AnchorResult {
  return { status, method, span: snapToCodePoints(text, span) };
}

/** Whether `span` of the document holds `exact`, as is or both folded to Simplified Chinese. */
function isOccurrence(text: string, span: Span, exact: string): boolean {
  const found = text.slice(span.start, span.end);
  return found === exact || foldToSimplified(found).text === foldToSimplified(exact).text;
}

/** The exact occurrence taken for the target's own: bestFitting, or for a short quote bestShortFitting. */
function fittingOccurrence(candidates: readonly Candidate[], space: SearchSpace, document: string): Candidate | undefined {
  return space.exact.length < SHORT_QUOTE ? bestShortFitting(candidates, space, document) : bestFitting(candidates);
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

function nearestDrift(drift: readonly { oldStart: number; delta: number }[], oldStart: number): number {
  if (!drift.length) return 0;
  let low = 0;
  let high = drift.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (drift[mid]!.oldStart <= oldStart) low = mid;
    else high = mid - 1;
  }
  const before = drift[low]!;
  const after = drift[low + 1];
  if (after && Math.abs(after.oldStart - oldStart) < Math.abs(before.oldStart - oldStart)) return after.delta;
  return before.delta;
}

