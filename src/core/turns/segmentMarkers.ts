import { isHan, simplified } from './chars';
import { ZH_ROLES } from './words';

/** Longest segment word read in brackets before a label (`同期`, `同期声`, `现场`). */
const MAX_SEGMENT_WORD = 4;
/** A short Chinese name and a colon right after the segment word's bracket. */
const LABEL_AFTER_SEGMENT = /^[ \t]*[\p{Script=Han}·・]{2,6}[:：]/u;
const CLOSERS: Readonly<Record<string, string>> = { '【': '】', '[': ']' };

/**
 * The length of `【同期】` / `[同期声]` at `at` in a TV programme's transcript: a bracketed word of ideographs, no colon
 * inside, directly before a Chinese label (`【同期】白岩松：…`, sync sound and then who speaks). The word wraps the
 * label as markup does; the name after it speaks. 0 otherwise, for `[主持人]:` (the bracket's word is the label), and
 * for a role in brackets (`【記者】請問您：…` is the reporter's question).
 */
export function segmentMarkerLength(s: string, at: number): number {
  const closer = CLOSERS[s[at] ?? ''];
  if (!closer) return 0;
  const close = s.slice(at + 1, at + 2 + MAX_SEGMENT_WORD).indexOf(closer) + at + 1;
  const length = close - at - 1;
  if (close <= at || length < 1) return 0;
  for (let j = at + 1; j < close; j++) if (!isHan(s.charCodeAt(j))) return 0;
  if (ZH_ROLES.has(simplified(s.slice(at + 1, close)))) return 0;
  return LABEL_AFTER_SEGMENT.test(s.slice(close + 1, close + 16)) ? close + 1 - at : 0;
}
