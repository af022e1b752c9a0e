/** V8 cuts a slice of this many characters or more as a view into its parent, and joins longer strings lazily. */
const SHARED_STRING_MIN_LENGTH = 13;

/**
 * A copy of `text` that shares no memory with the string it was cut from. A slice of 13 or more characters
 * is a view that keeps its whole parent alive (in the analysis: the document or its folded key), and a
 * concatenation keeps its parts; a cache that lives across documents keys and fills itself with copies, so
 * a dropped document is not kept. Costs a copy: for cache misses, not for every lookup.
 */
export function detached(text: string): string {
  return text.length < SHARED_STRING_MIN_LENGTH ? text : text.split('').join('');
}
