// A plain future of a bare `it`, said the way talk says it (`It'll get it right to the material handlers.`, `So it's
// going to be quite interactive.`, `it won't work`): what is forecast is named only by what was said or shown before,
// in conversation most often the speaker's own app, the session or the code on the screen. A forecast worth checking
// names what it is about (`The bill will…`) or carries a figure or a time, which other cues read. The contracted forms
// are the spoken register; an edited record spells the future out (`It is not going to be able to…`, `it will`) and
// keeps it. Read from the subject in front of the marker, not from the verb. English only.

/** Adverbs that may sit between the subject and the marker: `it just won't`, `it's probably going to`. */
const ADVERBS = '(?:\\s+(?:not|just|also|really|probably|certainly|definitely|obviously|never|still|now|then|actually|always|only|eventually|ultimately|basically))*';
/** `it` (not inside a word or after an apostrophe) right before a contracted marker: `it'll`, `it won't`, `it gonna`. */
const IT_BEFORE = new RegExp(`(?:^|[^a-z'])it${ADVERBS}\\s*$`);
/** `it's` before `going to` or `gonna`. */
const IT_IS_BEFORE = new RegExp(`(?:^|[^a-z'])it's${ADVERBS}\\s*$`);
/** Markers that are contractions themselves. */
const CONTRACTED = new Set(["'ll", "won't", 'gonna']);
const GOING_TO = new Set(['going to', 'gonna']);
/**
 * `it's going to be clear that…`, `it'll be five years since…`: an `it` holding the place of a clause after the verb,
 * which names what is forecast after all.
 */
const CLAUSE_AFTER = /^\s+be\b[^,;:.!?]{0,30}?\b(?:since|that|before|until)\b/;

/**
 * True when a plain future `marker` has a bare `it` for its subject in the spoken form: `before` (the text before the
 * marker) ends with it, and `after` (the text after) does not name what `it` stands for. All are matching keys (lower
 * case, apostrophes folded).
 */
export function hasBareItSubject(before: string, marker: string, after: string): boolean {
  const subject = (CONTRACTED.has(marker) && IT_BEFORE.test(before)) || (GOING_TO.has(marker) && IT_IS_BEFORE.test(before));
  return subject && !CLAUSE_AFTER.test(after);
}
