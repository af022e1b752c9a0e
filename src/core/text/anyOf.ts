/**
 * A regular expression that finds any of `words` verbatim: `anyOf(words).test(s)` answers
 * `words.some((w) => s.includes(w))`. The rules' cheap pre-tests read every sentence; one compiled expression
 * reads it once, where `includes` per word read it once a word (and V8's search for a word of seven characters or
 * more sets up a table each call): 20–30 times faster on English sentences. Sticky (`'y'`), it answers
 * `words.some((w) => s.startsWith(w, at))` with `lastIndex = at`.
 */
export function anyOf(words: readonly string[], flags?: 'y'): RegExp {
  if (!words.length) return new RegExp('(?!)', flags);
  return new RegExp(words.map((word) => word.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), flags);
}
