/**
 * Characters a terminal acts on rather than shows: C0 controls other than tab and line feed (so carriage
 * return too, which overwrites a line), DEL, the C1 controls (U+009B is a one-character CSI), and the bidi
 * embeddings, overrides and isolates that reorder what is shown ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from files (quotes, notes, names, paths) made safe to print: every control character becomes a
 * visible `\uXXXX`. That is also a JSON string escape for the same character, so escaped JSON still parses
 * to the same value.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
