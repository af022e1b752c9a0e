import type { AgreementReport, CodedSpan, Kappa, MatchedPair } from '../core/agreement/agreement';
import type { ClaimKind } from '../core/analysis/model';
import type { PlacedAnnotation } from '../core/export/model';
import type { Span } from '../core/text/positions';

/** One annotator's tags as agreement takes them: where they are in the text now. */
export interface AgreementSide {
  readonly tags: CodedSpan[];
  /** Tags that could not be found in the text (orphaned), so they take no part. */
  readonly leftOut: number;
  /** Who made the tags, as the annotations name them, in order of first appearance. */
  readonly authors: readonly string[];
}

/**
 * Moves each annotation to where it is in `text` now (the quote taken from there), leaving out those
 * that could not be placed, so both annotators are compared on the same, current text.
 */
export function sideAtCurrentPlaces(text: string, placed: readonly PlacedAnnotation[]): AgreementSide {
  const tags: CodedSpan[] = [];
  const authors: string[] = [];
  let leftOut = 0;
  for (const { annotation, span } of placed) {
    if (!authors.includes(annotation.author)) authors.push(annotation.author);
    if (!span) {
      leftOut++;
      continue;
    }
    tags.push({ id: annotation.id, kind: annotation.kind, target: { exact: text.slice(span.start, span.end), start: span.start, end: span.end } });
  }
  return { tags, leftOut, authors };
}

export interface AgreementTagRow {
  /** 1-based line of the tag's start. */
  readonly line: number;
  readonly kind: ClaimKind;
  readonly quote: string;
  readonly span: Span;
}

export interface AgreementPairRow {
  readonly line: number;
  readonly kindA: ClaimKind;
  readonly kindB: ClaimKind;
  /** A's quote (B's span overlaps it). */
  readonly quote: string;
  readonly span: Span;
  readonly overlap: number;
}

/** Landis & Koch's reading of a kappa value. */
export type KappaBand = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect';

/** Why a kappa has no value. */
export type KappaUndefinedReason = 'nothingBothTagged' | 'singleCategory';

export interface KappaRow {
  readonly value: number | null;
  readonly band: KappaBand | undefined;
  readonly undefinedReason: KappaUndefinedReason | undefined;
  readonly observed: number;
  readonly expected: number;
}

/** What the agreement report shows, with line numbers in the current text. */
export interface AgreementView {
  readonly kappa: KappaRow;
  readonly kappaWithUntagged: KappaRow;
  readonly counts: {
    readonly a: number;
    readonly b: number;
    readonly bothTagged: number;
    readonly sameKind: number;
    readonly onlyA: number;
    readonly onlyB: number;
    readonly leftOutA: number;
    readonly leftOutB: number;
  };
  readonly confusion: AgreementReport['confusion'];
  readonly bothTagged: readonly AgreementPairRow[];
  readonly disagreements: readonly AgreementPairRow[];
  readonly onlyA: readonly AgreementTagRow[];
  readonly onlyB: readonly AgreementTagRow[];
}

/** `lineOf` gives the 1-based line of an offset in the text both sides were placed in. */
export function buildAgreementView(report: AgreementReport, a: AgreementSide, b: AgreementSide, lineOf: (offset: number) => number): AgreementView {
  const tagRow = (x: CodedSpan): AgreementTagRow => ({ line: lineOf(x.target.start), kind: x.kind, quote: x.target.exact, span: { start: x.target.start, end: x.target.end } });
  const pairRow = (p: MatchedPair): AgreementPairRow => ({
    line: lineOf(p.a.target.start),
    kindA: p.a.kind,
    kindB: p.b.kind,
    quote: p.a.target.exact,
    span: { start: p.a.target.start, end: p.a.target.end },
    overlap: p.overlap,
  });
  return {
    kappa: kappaRow(report.kappa, report.bothTagged.length),
    kappaWithUntagged: kappaRow(report.kappaWithUntagged, report.bothTagged.length + report.onlyA.length + report.onlyB.length),
    counts: {
      a: a.tags.length,
      b: b.tags.length,
      bothTagged: report.bothTagged.length,
      sameKind: report.bothTagged.length - report.disagreements.length,
      onlyA: report.onlyA.length,
      onlyB: report.onlyB.length,
      leftOutA: a.leftOut,
      leftOutB: b.leftOut,
    },
    confusion: report.confusion,
    bothTagged: report.bothTagged.map(pairRow),
    disagreements: report.disagreements.map(pairRow),
    onlyA: report.onlyA.map(tagRow),
    onlyB: report.onlyB.map(tagRow),
  };
}

function kappaRow(kappa: Kappa, rated: number): KappaRow {
  return {
    value: kappa.value,
    band: kappa.value === null ? undefined : kappaBand(kappa.value),
    undefinedReason: kappa.value !== null ? undefined : rated === 0 ? 'nothingBothTagged' : 'singleCategory',
    observed: kappa.observed,
    expected: kappa.expected,
  };
}

/** Landis & Koch (1977), as `describeKappa` in the core words it. */
export function kappaBand(value: number): KappaBand {
  if (value < 0) return 'poor';
  if (value <= 0.2) return 'slight';
  if (value <= 0.4) return 'fair';
  if (value <= 0.6) return 'moderate';
  if (value <= 0.8) return 'substantial';
  return 'almostPerfect';
}
