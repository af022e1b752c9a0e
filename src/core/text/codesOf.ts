/**
 * The char codes of `characters`, for per-character tests in loops that read every line: a `Set<number>` of codes
 * answers without building a one-character string per test (`charAt`, a CJK one uncached).
 */
export function codesOf(characters: string): ReadonlySet<number> {
  return new Set([...characters].map((c) => c.charCodeAt(0)));
}
