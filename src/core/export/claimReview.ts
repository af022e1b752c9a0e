import { LineIndex } from '../text/positions';
import { currentTarget, inDocumentOrder, type ExportInput, type PlacedAnnotation } from './model';
import { noteWithoutVerdict, verdictOf } from './verdict';

/**
 * schema.org `ClaimReview` JSON-LD for the annotations tagged fact or forecast (opinions are not
 * checkable claims). `claimReviewed` is the quote; `itemReviewed` is a `Claim` whose `author` is the
 * speaker and whose `appearance` is the transcript line; `reviewRating` appears only where a verdict was
 * given (see verdict.ts). The annotation's author is the review's author.
 */
export function toClaimReview(input: ExportInput): ClaimReviewGraph {
  const lines = new LineIndex(input.text);
  const reviews = inDocumentOrder(input.annotations)
    .filter((placed) => placed.annotation.kind === 'fact' || placed.annotation.kind === 'forecast')
    .map((placed) => toReview(placed, input, lines));
  return { '@context': 'https://schema.org', '@graph': reviews };
}

/**
 * The JSON text, safe to paste into an HTML `<script type="application/ld+json">` block: `<`, `>` and `&`
 * (so no `</script>` or `<!--` from a note or quote ends the block) and U+2028/U+2029 are written as
 * `\uXXXX` escapes. These characters only occur inside JSON strings, so the text parses to the same value.
 */
export function toClaimReviewJson(input: ExportInput): string {
  return escapeForScriptElement(JSON.stringify(toClaimReview(input), null, 2)) + '\n';
}

export function escapeForScriptElement(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function toReview(placed: PlacedAnnotation, input: ExportInput, lines: LineIndex): ClaimReview {
  const a = placed.annotation;
  const target = currentTarget(placed, input.text);
  const line = placed.span ? lines.positionAt(placed.span.start).line + 1 : null;
  const verdict = verdictOf(a);
  const body = noteWithoutVerdict(a.note);
  const claim: Claim = {
    '@type': 'Claim',
    ...(a.speaker !== null ? { author: { '@type': 'Person', name: a.speaker } } : {}),
    appearance: { '@type': 'CreativeWork', name: input.source, ...(line !== null ? { url: `${input.source}#L${line}` } : {}) },
    ...(a.topic !== null ? { about: a.topic } : {}),
  };
  return {
    '@type': 'ClaimReview',
    identifier: a.id,
    claimReviewed: target.exact,
    datePublished: a.modified.slice(0, 10),
    author: { '@type': 'Person', name: a.author },
    itemReviewed: claim,
    ...(verdict
      ? {
          reviewRating: {
            '@type': 'Rating',
            alternateName: verdict.label,
            ...(verdict.rating ? { ratingValue: verdict.rating.value, bestRating: verdict.rating.best, worstRating: verdict.rating.worst } : {}),
          },
        }
      : {}),
    ...(body ? { reviewBody: body } : {}),
    keywords: a.kind,
  };
}

export interface ClaimReviewGraph {
  readonly '@context': 'https://schema.org';
  readonly '@graph': readonly ClaimReview[];
}

interface Person {
  readonly '@type': 'Person';
  readonly name: string;
}

interface Claim {
  readonly '@type': 'Claim';
  readonly author?: Person;
  readonly appearance: { readonly '@type': 'CreativeWork'; readonly name: string; readonly url?: string };
  readonly about?: string;
}

export interface ClaimReview {
  readonly '@type': 'ClaimReview';
  readonly identifier: string;
  readonly claimReviewed: string;
  readonly datePublished: string;
  readonly author: Person;
  readonly itemReviewed: Claim;
  readonly reviewRating?: {
    readonly '@type': 'Rating';
    readonly alternateName: string;
    readonly ratingValue?: number;
    readonly bestRating?: number;
    readonly worstRating?: number;
  };
  readonly reviewBody?: string;
  readonly keywords: string;
}
