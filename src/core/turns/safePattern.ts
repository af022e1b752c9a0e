// Speaker-label patterns come from user settings. JavaScript's RegExp backtracks, and no static check or
// timing probe catches every slow shape (`^#(.*)(.*)(.*)(.*)(.*)(.*)(.*)(.*)=` passed both and then took
// minutes per line), so user patterns never run on it. They run on re2js, a port of RE2 whose matching
// time is linear in the line's length times the pattern's compiled size, whatever the pattern. Syntax
// that needs backtracking (back-references, look-around) does not exist there and is refused with a reason.
import { RE2JS } from 're2js';

/** A speaker label found by a user pattern; offsets are UTF-16 units into the string given to `exec`. */
export interface LabelPatternMatch {
  readonly start: number;
  readonly end: number;
  /** Group `speaker`, else group 1, trimmed; empty when neither took part. */
  readonly speaker: string;
}

/** A user's speaker-label pattern, compiled for a linear-time engine. */
export interface LabelMatcher {
  /** The pattern as the user wrote it. */
  readonly source: string;
  /** The first match in `line`, or null. */
  exec(line: string): LabelPatternMatch | null;
}

export type PatternCompilation = { readonly ok: true; readonly matcher: LabelMatcher } | { readonly ok: false; readonly reason: string };

/** Longest pattern source accepted (the setting's `maxLength`). */
export const MAX_PATTERN_SOURCE = 200;
/**
 * Largest compiled program accepted, in RE2 instructions. Matching costs about line length × this, so
 * `.{1000}` (1002 instructions) is refused; ordinary label patterns take 10 to 100.
 */
export const MAX_PATTERN_PROGRAM = 400;

const UNSUPPORTED_REASON = {
  backReference: 'back-references (\\1, \\k<name>) are not supported: speaker-label patterns run on a linear-time engine (RE2 syntax)',
  lookAround: 'look-ahead and look-behind ((?=…), (?!…), (?<=…), (?<!…)) are not supported: speaker-label patterns run on a linear-time engine (RE2 syntax)',
} as const;

/** What JavaScript's `\s` matches, spelled for RE2 (whose `\s` is ASCII only): full-width U+3000 is common in Chinese transcripts. */
const JS_SPACE = '\\t\\n\\v\\f\\r\\p{Zs}\\x{2028}\\x{2029}\\x{FEFF}';
const UNICODE_PROPERTY_KEY = /^(?:Script|sc|General_Category|gc)=/;

/**
 * Rewrites the JavaScript spellings RE2 lacks into RE2's (`\uXXXX`, `\u{X}`, `\p{Script=Han}`, a
 * Unicode-aware `\s`), or says which construct cannot run on a linear-time engine.
 */
export function toRe2Syntax(source: string): { readonly ok: true; readonly source: string } | { readonly ok: false; readonly reason: string } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<')) return { ok: false, reason: UNSUPPORTED_REASON.backReference };
      const unicode = next === 'u' ? /^\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/.exec(source.slice(i, i + 10)) : null;
      if (unicode) {
        out += `\\x{${unicode[1] ?? unicode[2]}}`;
        i += unicode[0].length;
        continue;
      }
      const property = (next === 'p' || next === 'P') && source[i + 2] === '{' ? /^\\[pP]\{([^}]*)\}/.exec(source.slice(i, i + 64)) : null;
      if (property) {
        out += `\\${next}{${property[1]!.replace(UNICODE_PROPERTY_KEY, '')}}`;
        i += property[0].length;
        continue;
      }
      if (next === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else out += ch + next;
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      // JavaScript's `[]` matches nothing and `[^]` anything; RE2 would read that `]` as a literal.
      const negated = source[i + 1] === '^';
      if (source[i + (negated ? 2 : 1)] === ']') {
        out += negated ? '[\\x{0}-\\x{10FFFF}]' : '[^\\x{0}-\\x{10FFFF}]';
        i += negated ? 3 : 2;
        continue;
      }
      inClass = true;
      out += negated ? '[^' : '[';
      i += negated ? 2 : 1;
      continue;
    } else if (ch === '(' && /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4))) {
      return { ok: false, reason: UNSUPPORTED_REASON.lookAround };
    }
    out += ch;
    i++;
  }
  return { ok: true, source: out };
}

/** Compiles one pattern from the settings, or says why it cannot be used. Patterns are case-sensitive. */
export function compileLabelPattern(source: string): PatternCompilation {
  if (source.length === 0) return { ok: false, reason: 'empty pattern (it would match every line)' };
  if (source.length > MAX_PATTERN_SOURCE) return { ok: false, reason: `pattern is longer than ${MAX_PATTERN_SOURCE} characters` };
  const translated = toRe2Syntax(source);
  if (!translated.ok) return translated;
  let engine: RE2JS;
  try {
    engine = RE2JS.compile(translated.source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid RE2 syntax: ${message}` };
  }
  if (engine.programSize() > MAX_PATTERN_PROGRAM) {
    return { ok: false, reason: `pattern is too large once compiled (${engine.programSize()} steps, at most ${MAX_PATTERN_PROGRAM}); use smaller repetition counts` };
  }
  return { ok: true, matcher: re2Matcher(source, engine) };
}

function re2Matcher(source: string, engine: RE2JS): LabelMatcher {
  return {
    source,
    exec(line: string): LabelPatternMatch | null {
      const match = engine.exec(line) as (string | undefined)[] & { index: number; groups?: Record<string, string | undefined> | null };
      if (!match) return null;
      const whole = match[0] ?? '';
      return { start: match.index, end: match.index + whole.length, speaker: (match.groups?.['speaker'] ?? match[1] ?? '').trim() };
    },
  };
}

/** compileLabelPattern for code and tests that hold a pattern known to be valid; throws with the reason otherwise. */
export function labelMatcher(source: string): LabelMatcher {
  const compiled = compileLabelPattern(source);
  if (!compiled.ok) throw new SyntaxError(`speaker-label pattern ${JSON.stringify(source)}: ${compiled.reason}`);
  return compiled.matcher;
}

export interface CompiledPatterns {
  readonly patterns: LabelMatcher[];
  /** Patterns refused, with the reason to show the user (a settings warning). */
  readonly refused: { readonly source: string; readonly reason: string }[];
}

/** Turns the user's pattern strings (settings) into matchers for AnalysisOptions.extraLabelPatterns. */
export function compileLabelPatterns(sources: readonly string[]): CompiledPatterns {
  const patterns: LabelMatcher[] = [];
  const refused: { source: string; reason: string }[] = [];
  for (const source of sources) {
    const compiled = compileLabelPattern(source);
    if (compiled.ok) patterns.push(compiled.matcher);
    else refused.push({ source, reason: compiled.reason });
  }
  return { patterns, refused };
}
