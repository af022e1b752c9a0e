/** Longest pattern source accepted from settings. */
export const MAX_PATTERN_LENGTH = 200;
/** A user pattern only ever sees this many characters of its input, which bounds the cost of any backtracking. */
export const MAX_PATTERN_INPUT = 200;

export type PatternCheck = { readonly ok: true; readonly regex: RegExp } | { readonly ok: false; readonly source: string; readonly reason: string };

/**
 * Validates a speaker-label pattern from settings. Rejects what can backtrack exponentially (a quantified
 * group that itself contains a quantifier, back-references) and anything long; accepted patterns are
 * wrapped so they only ever see a bounded prefix of their input.
 */
export function checkLabelPattern(source: string): PatternCheck {
  if (source.length === 0) return { ok: false, source, reason: 'empty pattern' };
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, source, reason: `longer than ${MAX_PATTERN_LENGTH} characters` };
  if (/\\[1-9]|\\k</.test(source)) return { ok: false, source, reason: 'back-references are not allowed' };
  if (hasNestedQuantifier(source)) return { ok: false, source, reason: 'a repeated group contains another repetition or an alternation' };
  let regex: RegExp;
  try {
    regex = new BoundedRegExp(source, 'u');
  } catch (error) {
    return { ok: false, source, reason: error instanceof Error ? error.message : String(error) };
  }
  return { ok: true, regex };
}

/** Compiles every pattern, splitting them into usable expressions and readable problems. */
export function compileLabelPatterns(sources: readonly string[]): { regexes: RegExp[]; problems: { source: string; reason: string }[] } {
  const regexes: RegExp[] = [];
  const problems: { source: string; reason: string }[] = [];
  for (const source of sources) {
    const check = checkLabelPattern(source);
    if (check.ok) regexes.push(check.regex);
    else problems.push({ source: check.source, reason: check.reason });
  }
  return { regexes, problems };
}

/**
 * A RegExp whose `exec` (and so `test`, `match`, `matchAll`, `replace`) sees at most `MAX_PATTERN_INPUT`
 * characters. Truncating the tail keeps every index it reports valid in the full string.
 */
export class BoundedRegExp extends RegExp {
  override exec(input: string): RegExpExecArray | null {
    return super.exec(input.length > MAX_PATTERN_INPUT ? input.slice(0, MAX_PATTERN_INPUT) : input);
  }
}

/** True when a repeated group contains a repetition or an alternation, as in `(a+)+`, `(\w*:)*` or `(a|ab)*`. */
export function hasNestedQuantifier(source: string): boolean {
  // For each open group: whether a quantifier has been seen inside it.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
    } else if (ch === '(') {
      stack.push(false);
    } else if (ch === ')') {
      const innerRepeated = stack.pop() ?? false;
      const next = source[i + 1];
      const groupRepeated = next === '*' || next === '+' || next === '{';
      if (innerRepeated && groupRepeated) return true;
      if ((innerRepeated || groupRepeated) && stack.length > 0) stack[stack.length - 1] = true;
    } else if (ch === '*' || ch === '+' || ch === '{' || ch === '|') {
      // Alternatives inside a repeated group can overlap and backtrack just like nested repetition.
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return false;
}
