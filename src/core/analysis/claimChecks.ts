// Whether an edit may change which claims lie in a sponsor read (claims/sponsorReads.ts), which reclaim() reads
// only around the edit (incremental.ts).
import type { TextSource } from '../text/chunkedText';
import { lineEndFrom } from '../text/positions';
import { mayOpenSponsorRead, sponsorOpeners, SPONSOR_READ_ZONE } from '../claims/sponsorReads';
import type { Baseline, TextChange } from './incremental';

/**
 * Whether the edit may change which claims lie in a sponsor read (claims/sponsorReads.ts): it writes or removes
 * an opener, or an opener is close enough before it that its read may end differently. Reads elsewhere stay
 * as they were (shifted), and reclaim() marks the recomputed claims the way findClaims does.
 */
export function mayChangeSponsorReads(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  const old = baseline.lines.source;
  const start = change.rangeOffset === 0 ? 0 : old.lastIndexOf('\n', change.rangeOffset - 1) + 1;
  const oldEnd = lineEndFrom(old, change.rangeOffset + change.rangeLength);
  const newEnd = lineEndFrom(text, change.rangeOffset + change.text.length);
  if (mayOpenSponsorRead(old.slice(start, oldEnd)) || mayOpenSponsorRead(text.slice(start, newEnd))) return true;
  return sponsorOpeners(old, Math.max(0, start - SPONSOR_READ_ZONE), oldEnd).length > 0;
}
