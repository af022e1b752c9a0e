import { isEvidenceUrl } from '../desk/evidence';
import { Timecodes, formatTimecode } from '../desk/timecodes';
import { LineIndex } from '../text/positions';
import { currentTarget, inDocumentOrder, type ExportInput, type PlacedAnnotation } from './model';
import { noteWithoutVerdict, verdictOf } from './verdict';

/**
 * schema.org `ClaimReview` JSON-LD for the annotations tagged fact or forecast (opinions are not
 * checkable claims). `claimReviewed` is the quote; `itemReviewed` is a `Claim` whose `author` is the
 * speaker and whose `appearance` is the transcript line; `reviewRating` appears only where a verdict was
 * given (see verdict.ts). The annotation's author is the review's author. Evidence links are the review's
 * `citation`s (the review's own `url` is where it is published, which the sidecar does not know); the
 * desk's workflow step is its `creativeWorkStatus`; a timed transcript adds the time in the recording as a
 * `Clip` (`hasPart`) of the transcript the claim appeared in.
 */
export function toClaimReview(input: ExportInput): ClaimReviewGraph {
  const lines = new LineIndex(input.text);
  const timecodes = new Timecodes(input.text);
  const reviews = inDocumentOrder(input.annotations)
    .filter((placed) => placed.annotation.kind === 'fact' || placed.annotation.kind === 'forecast')
    .map((placed) => toReview(placed, input, lines, timecodes));
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

function toReview(placed: PlacedAnnotation, input: ExportInput, lines: LineIndex, timecodes: Timecodes): ClaimReview {
  const a = placed.annotation;
  const target = currentTarget(placed, input.text);
  const line = placed.span ? lines.positionAt(placed.span.start).line + 1 : null;
  const verdict = verdictOf(a);
  const body = noteWithoutVerdict(a.note);
  const time = placed.span ? timecodes.at(placed.span.start) : null;
  const transcript: Appearance = {
    '@type': 'CreativeWork',
    name: input.source,
    ...(line !== null ? { url: `${input.source}#L${line}` } : {}),
    ...(time !== null ? { hasPart: { '@type': 'Clip', name: formatTimecode(time), startOffset: Number(time.toFixed(3)) } } : {}),
  };
  const citations = (a.sources ?? [])
    .filter((source) => isEvidenceUrl(source.url))
    .map((source): Citation => ({ '@type': 'CreativeWork', url: source.url, ...(source.title ? { name: source.title } : {}), ...(source.quote ? { text: source.quote } : {}) }));
  const claim: Claim = {
    '@type': 'Claim',
    ...(a.speaker !== null ? { author: { '@type': 'Person', name: a.speaker } } : {}),
    appearance: transcript,
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
    ...(citations.length ? { citation: citations } : {}),
    ...(a.status ? { creativeWorkStatus: a.status.value } : {}),
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

interface Appearance {
  readonly '@type': 'CreativeWork';
  readonly name: string;
  readonly url?: string;
  /** Where in the recording the claim was made. */
  readonly hasPart?: Clip;
}

/** `startOffset` in seconds, `name` as `00:01:23`. */
interface Clip {
  readonly '@type': 'Clip';
  readonly name: string;
  readonly startOffset: number;
}

interface Citation {
  readonly '@type': 'CreativeWork';
  readonly url: string;
  readonly name?: string;
  readonly text?: string;
}

interface Claim {
  readonly '@type': 'Claim';
  readonly author?: Person;
  readonly appearance: Appearance;
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
  readonly citation?: readonly Citation[];
  readonly creativeWorkStatus?: string;
  readonly keywords: string;
}
