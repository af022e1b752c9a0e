// Whether an edit may change which claims lie in a sponsor read (claims/sponsorReads.ts), which reclaim() reads
// only around the edit (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { mayOpenSponsorRead, sponsorOpeners, SPONSOR_READ_ZONE } from '../claims/sponsorReads';
import type { Baseline, TextChange } from './incremental';
import { editedLines } from './editedLines';

/**
 * Whether the edit may change which claims lie in a sponsor read (claims/sponsorReads.ts): it writes or removes
 * an opener, or an opener is close enough before it that its read may end differently. Reads elsewhere stay
 * as they were (shifted), and reclaim() marks the recomputed claims the way findClaims does.
 */
export function mayChangeSponsorReads(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  const old = baseline.lines.source;
  const { start, oldEnd, newEnd } = editedLines(old, text, change);
  if (mayOpenSponsorRead(old.slice(start, oldEnd)) || mayOpenSponsorRead(text.slice(start, newEnd))) return true;
  return sponsorOpeners(old, Math.max(0, start - SPONSOR_READ_ZONE), oldEnd).length > 0;
}
