import type { AnnotationTarget } from '../sidecar/model';
import { foldToSimplified, foldToSimplifiedAcrossRegions, type FoldedText } from '../text/fold';
import { foldTypography } from '../text/typography';

type Quote = Pick<AnnotationTarget, 'exact' | 'prefix' | 'suffix'>;

/** A target's quote and context folded as its text is; `changed` when folding changed any of them. */
export interface FoldedTarget extends Quote {
  readonly changed: boolean;
}

/**
 * The text as quotes are compared after the exact search fails: Traditional folded to Simplified, then
 * typography folded (spacing, line breaks, punctuation width, quote style), with one map back.
 */
export function foldForAnchoring(text: string): FoldedText {
  const simplified = foldToSimplified(text);
  const typography = foldTypography(simplified.text);
  return { text: typography.text, map: simplified.map.compose(typography.map) };
}

/** Whether two quotes say the same once folded (script and typography): a tag placed on `found` is where it was. */
export function sameQuote(found: string, stored: string): boolean {
  return found === stored || foldForAnchoring(found).text === foldForAnchoring(stored).text;
}

/** The target folded to Simplified Chinese. */
export function foldTargetToSimplified(target: Quote): FoldedTarget {
  return withChanged(target, {
    exact: foldToSimplified(target.exact).text,
    prefix: foldToSimplified(target.prefix).text,
    suffix: foldToSimplified(target.suffix).text,
  });
}

/** The target folded as `foldToSimplifiedAcrossRegions` folds a text (Taiwan's and Hong Kong's own words to the mainland's). */
export function foldTargetAcrossRegions(target: Quote): FoldedTarget {
  return withChanged(target, {
    exact: foldToSimplifiedAcrossRegions(target.exact).text,
    prefix: foldToSimplifiedAcrossRegions(target.prefix).text,
    suffix: foldToSimplifiedAcrossRegions(target.suffix).text,
  });
}

/**
 * The target folded as `foldForAnchoring` folds its text. Context is folded together with the quote, so a
 * space between them is kept or dropped as it is in the whole text.
 */
export function foldTargetForAnchoring(target: Quote): FoldedTarget {
  const { exact, prefix, suffix } = foldTargetToSimplified(target);
  const before = foldTypography(prefix + exact);
  const after = foldTypography(exact + suffix);
  return withChanged(target, {
    exact: foldTypography(exact).text,
    prefix: before.text.slice(0, before.map.toTarget(prefix.length)),
    suffix: after.text.slice(after.map.toTargetEnd(exact.length)),
  });
}

function withChanged(target: Quote, folded: Quote): FoldedTarget {
  const changed = folded.exact !== target.exact || folded.prefix !== target.prefix || folded.suffix !== target.suffix;
  return { ...folded, changed };
}
