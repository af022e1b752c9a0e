/**
 * Converts between UTF-16 offsets (what JavaScript strings and the sidecar count) and code-point offsets
 * (what the W3C Web Annotation TextPositionSelector counts). Characters outside the BMP, such as 𠵾 or
 * emoji, are two UTF-16 units but one code point.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the second unit of each surrogate pair, ascending. */
  private readonly pairs: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(i + 1);
          i++;
        }
      }
    }
  }

  get codePointLength(): number {
    return this.text.length - this.pairs.length;
  }

  /** Code-point offset of a UTF-16 offset (one inside a pair counts as the pair's start). */
  toCodePoint(utf16: number): number {
    return utf16 - this.pairsEndingAtOrBefore(utf16);
  }

  /** UTF-16 offset of a code-point offset, clamped to the text. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one unit; search for the smallest offset whose code-point index reaches it.
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      // Code-point index of the pair's first unit = (pairs[mid] - 1) - mid.
      if (this.pairs[mid]! - 1 - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return Math.min(this.text.length, Math.max(0, codePoint + low));
  }

  /** Number of pairs whose second unit is at or before `utf16`. */
  private pairsEndingAtOrBefore(utf16: number): number {
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.pairs[mid]! <= utf16) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
