// Sponsor reads in podcasts: `This episode is brought to you by Gitpod. Gitpod lets you spin up… learn more at
// gitpod.io.` The document says it twice: the opener names a brand and a call to action a little later gives
// that brand's web address. Everything between is advertising copy (`Mercury is a FinTech, not a bank.`,
// `Our free plan gives devs access… for 50 hours per month.`), which no fact-checker checks: such claims rank
// lower. Without an address naming the brand nearby, nothing is marked (a host who thanks a sponsor and moves
// on, or a guest who says a study was sponsored by a university).

import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';

/** The reason shown with a claim inside a sponsor read. */
export const SPONSOR_READ_REASON = 'sponsor read';

/** A stretch of advertising copy: from an opener to the last web address of a brand it names. */
export interface SponsorRead {
  span: Span;
}
/** How much lower a claim inside a sponsor read ranks. */
export const SPONSOR_READ_PENALTY = 0.3;

/** How far after its opener a read's call to action may be (a read is a minute or two of speech). */
export const SPONSOR_READ_REACH = 2500;
/** Reads this close together (a disclaimer, then the next sponsor's teaser) are one break. */
export const SPONSOR_READ_GAP = 600;
/** How far after an opener its brand names are read. */
const BRAND_REACH = 120;
/**
 * How far before an edit an opener may be and still have its read changed by it (its reach, then a gap to the
 * next read): an incremental update looks for openers this far back, and re-analyses all when it finds one.
 */
export const SPONSOR_READ_ZONE = BRAND_REACH + SPONSOR_READ_REACH + SPONSOR_READ_GAP;

/** Phrases that open a read; the first letter may also be upper case (at a sentence start). */
const OPENERS = ['brought to you by', 'sponsored by', "today's sponsor", 'our sponsor', 'our partners'];
/** A part of each opener without its first letter: one search through the text for all the openers holding it. */
const ANCHORS = ['rought to you by', 'ponsor', 'ur partners'];
/** How far into an opener its anchor may start. */
const MAX_ANCHOR_OFFSET = Math.max(...OPENERS.map((phrase) => Math.max(...ANCHORS.map((anchor) => phrase.indexOf(anchor)))));

/** Positions of the phrases that may open a sponsor read, in text order; only those starting in [from, to) when given. */
export function sponsorOpeners(text: TextSource, from = 0, to = text.length): number[] {
  if (from === 0 && to >= text.length) return openersIn(text, 0, text.length);
  // A window (an edit's neighbourhood) is searched in its own copy: indexOf over the whole text would read to its
  // end for an anchor the window lacks, a scan of the document per keystroke.
  const windowEnd = Math.min(text.length, to + MAX_OPENER_LENGTH);
  return openersIn(text.slice(from, windowEnd), 0, to - from).map((start) => start + from);
}

const MAX_OPENER_LENGTH = Math.max(...OPENERS.map((phrase) => phrase.length));

function openersIn(text: TextSource, from: number, to: number): number[] {
  const found: number[] = [];
  for (const anchor of ANCHORS) {
    for (let at = text.indexOf(anchor, from); at >= 0 && at - MAX_ANCHOR_OFFSET < to; at = text.indexOf(anchor, at + anchor.length)) {
      for (const phrase of OPENERS) {
        const offset = phrase.indexOf(anchor);
        const start = at - offset;
        if (offset >= 0 && start >= from && start < to && isPhraseAt(text, start, phrase)) found.push(start);
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/** `phrase` at `start`, its first letter in either case. */
function isPhraseAt(text: TextSource, start: number, phrase: string): boolean {
  const first = text.charCodeAt(start);
  return (first === phrase.charCodeAt(0) || first === phrase.charCodeAt(0) - 32) && text.startsWith(phrase.slice(1), start + 1);
}

/** Whether `text` holds a phrase that may open a sponsor read (an edit that adds or removes one changes the reads). */
export function mayOpenSponsorRead(text: string): boolean {
  return sponsorOpeners(text).length > 0;
}

/** `by Linode Fastly and LaunchDarkly.`: capitalised names up to the end of the opener's sentence. */
const BRANDS = /[A-Z][A-Za-z0-9]+(?:-[A-Za-z0-9]+)?/g;
const SENTENCE_END = /[.!?\n]/;

/** The sponsor reads of `text` given its openers' positions (sponsorOpeners), merged when they follow closely. */
export function sponsorReads(text: TextSource, openers: readonly number[]): SponsorRead[] {
  const reads: SponsorRead[] = [];
  for (const opener of openers) {
    const head = text.slice(opener, Math.min(text.length, opener + BRAND_REACH));
    const stop = head.search(SENTENCE_END);
    const brands = (stop >= 0 ? head.slice(0, stop) : head).match(BRANDS) ?? [];
    const after = text.slice(opener, Math.min(text.length, opener + BRAND_REACH + SPONSOR_READ_REACH)).toLowerCase();
    let end = -1;
    for (const name of brands) end = Math.max(end, lastAddressOf(after, name.toLowerCase()));
    if (end < 0) continue;
    const span = { start: opener, end: opener + end };
    const last = reads[reads.length - 1];
    if (last && span.start - last.span.end <= SPONSOR_READ_GAP) last.span = { start: last.span.start, end: Math.max(last.span.end, span.end) };
    else reads.push({ span });
  }
  return reads;
}

/** `gitpod.io`, `linode.com slash changelog`: where the last web address of `brand` ends in `text`, or -1. */
function lastAddressOf(text: string, brand: string): number {
  const address = new RegExp(`\\b${brand.replace(/[-]/g, '\\-')}[a-z0-9-]*\\.(?:com|io|org|net|co|ai|dev|fm|app|so)\\b`, 'g');
  let end = -1;
  for (let match = address.exec(text); match; match = address.exec(text)) end = match.index + match[0].length;
  return end;
}

/** A claim's cues and confidence when `span` lies in `read` (they overlap); undefined otherwise. */
export function inSponsorRead(read: SponsorRead, span: Span, cues: readonly string[], confidence: number): { cues: readonly string[]; confidence: number } | undefined {
  if (span.end <= read.span.start || span.start >= read.span.end) return undefined;
  return { cues: [...cues, SPONSOR_READ_REASON], confidence: Math.max(MIN_CONFIDENCE, Math.round((confidence - SPONSOR_READ_PENALTY) * 100) / 100) };
}

/** The lowest confidence a claim is given (as classify.ts clamps). */
const MIN_CONFIDENCE = 0.05;
