// The CJK ideographs the classifier reads as Chinese (not kana, Hangul or radicals: see sentenceBreaks.isCjkScript).
import { isAsciiLetter } from '../turns/chars';

export function isCjkIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isLetterOrCjk(code: number): boolean {
  return isAsciiLetter(code) || isCjkIdeograph(code);
}
