// The CJK ideographs the classifier reads as Chinese (not kana, Hangul or radicals: see sentenceBreaks.isCjkScript).

export function isCjkIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isLetterOrCjk(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}
