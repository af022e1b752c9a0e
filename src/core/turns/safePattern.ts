// Speaker-label patterns come from user settings as regular expressions. JavaScript's engine backtracks,
// so a pattern such as `(a+)+$` takes exponential time on a line of a's followed by a b, and a prefix of
// 96 characters is already far too long. Patterns are therefore checked before they ever run on text:
// 1. statically: a repeated group that itself repeats or alternates (star height above one, the shape of
//    every exponential pattern) is refused, as are back-references under repetition and oversized sources;
// 2. by probing: polynomial blow-ups (`(\w*)(\w*)(\w*)(\w*):` is O(n^5)) pass the static check, so the
//    pattern is timed on runs of one character of growing length up to the 96 characters it will see, and
//    refused when that gets slow. Label recognition only ever hands patterns the first 96 characters of a
//    line, so an accepted pattern costs at most about the probe's budget per line.

export type PatternCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Longest pattern source accepted. */
export const MAX_PATTERN_SOURCE = 300;
/** Bounded repetitions up to this count are treated as harmless (`{1,3}`); larger ones count as unbounded. */
const SMALL_REPEAT = 8;

interface GroupState {
  /** Something inside repeats. */
  repeats: boolean;
  alternates: boolean;
  backReference: boolean;
}

/** Whether `source` is safe to run on every line of a transcript; a reason when it is not. */
export function checkPatternSafety(source: string): PatternCheck {
  if (source.length === 0) return { ok: false, reason: 'empty pattern (it would match every line)' };
  if (source.length > MAX_PATTERN_SOURCE) return { ok: false, reason: `pattern is longer than ${MAX_PATTERN_SOURCE} characters` };
  const stack: GroupState[] = [{ repeats: false, alternates: false, backReference: false }];
  /** What the last atom was, so a quantifier knows what it repeats. */
  let last: GroupState | 'atom' | null = null;
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      const backReference = /[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<');
      if (backReference) stack[stack.length - 1]!.backReference = true;
      last = backReference ? { repeats: false, alternates: false, backReference: true } : 'atom';
      i = next === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 2;
      continue;
    }
    if (ch === '[') {
      i = classEnd(source, i);
      last = 'atom';
      continue;
    }
    if (ch === '(') {
      stack.push({ repeats: false, alternates: false, backReference: false });
      last = null;
      const named = source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i);
      i = named ? source.indexOf('>', i) + 1 || source.length : i + (source[i + 1] === '?' ? 3 : 1);
      continue;
    }
    if (ch === ')') {
      if (stack.length === 1) return { ok: false, reason: 'unbalanced parenthesis' };
      const group = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.repeats ||= group.repeats;
      parent.backReference ||= group.backReference;
      last = group;
      i++;
      continue;
    }
    if (ch === '|') {
      stack[stack.length - 1]!.alternates = true;
      last = null;
      i++;
      continue;
    }
    const quantifier = readQuantifier(source, i);
    if (quantifier) {
      if (last === null) return { ok: false, reason: 'a quantifier with nothing to repeat' };
      if (quantifier.unbounded) {
        if (last !== 'atom') {
          if (last.repeats) return { ok: false, reason: 'nested quantifiers (a repeated group that repeats inside, like (a+)+) can take exponential time' };
          if (last.alternates) return { ok: false, reason: 'a repeated alternation (like (a|ab)*) can take exponential time' };
          if (last.backReference) return { ok: false, reason: 'a repeated back-reference can take exponential time' };
        }
        stack[stack.length - 1]!.repeats = true;
      }
      last = null;
      i = quantifier.end;
      continue;
    }
    last = 'atom';
    i++;
  }
  if (stack.length !== 1) return { ok: false, reason: 'unbalanced parenthesis' };
  return { ok: true };
}

function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

function readQuantifier(source: string, i: number): { unbounded: boolean; end: number } | null {
  const ch = source[i];
  let end: number;
  let unbounded: boolean;
  if (ch === '*' || ch === '+') {
    end = i + 1;
    unbounded = true;
  } else if (ch === '?') {
    end = i + 1;
    unbounded = false;
  } else if (ch === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
    if (!match) return null;
    end = i + match[0].length;
    const max = match[2] === undefined ? Number(match[1]) : match[3] === '' ? Infinity : Number(match[3]);
    unbounded = max > SMALL_REPEAT;
  } else return null;
  if (source[end] === '?') end++;
  return { unbounded, end };
}

/** Characters whose runs make ambiguous quantifiers backtrack; each probe ends in one that matches little. */
const PROBE_CHARS = ['a', 'A', '0', ' ', '中', ':', '：', '-', '.', '_', '\t'];
const PROBE_LENGTHS = [12, 24, 48, 96];
/** Total time all probes of one length may take. A pattern over it would cost about this much per line. */
const PROBE_BUDGET_MS = 4;
/** Extra measurements before a pattern over budget is refused. */
const PROBE_RETRIES = 2;

/** Times `pattern` on runs of single characters up to the prefix length label recognition uses. */
export function probePattern(pattern: RegExp, budgetMs = PROBE_BUDGET_MS): PatternCheck {
  const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const timeAt = (length: number): number => {
    const started = performance.now();
    for (const ch of PROBE_CHARS) {
      probe.exec(ch.repeat(length) + '\u0001');
      probe.exec(`${ch} `.repeat(length >> 1) + '\u0001');
    }
    return performance.now() - started;
  };
  timeAt(PROBE_LENGTHS[0]!); // the first run compiles the expression
  for (const length of PROBE_LENGTHS) {
    // A GC pause or a busy machine only ever adds time, so the fastest of a few tries is the pattern's own
    // cost; a pattern that is really slow at this length is slow every time.
    let elapsed = timeAt(length);
    for (let retry = 0; retry < PROBE_RETRIES && elapsed > budgetMs; retry++) elapsed = Math.min(elapsed, timeAt(length));
    if (elapsed > budgetMs) return { ok: false, reason: `too slow: ${elapsed.toFixed(0)} ms on lines of ${length} characters (ambiguous repetitions such as (\\w*)(\\w*))` };
  }
  return { ok: true };
}

/** The static check, then the probe. */
export function checkPattern(pattern: RegExp): PatternCheck {
  const check = checkPatternSafety(pattern.source);
  return check.ok ? probePattern(pattern) : check;
}

const checked = new WeakMap<RegExp, PatternCheck>();

/** checkPattern for a RegExp, remembered per object (label recognition asks once per line). */
export function isSafePattern(pattern: RegExp): boolean {
  let check = checked.get(pattern);
  if (!check) checked.set(pattern, (check = checkPattern(pattern)));
  return check.ok;
}

export interface CompiledPatterns {
  readonly patterns: RegExp[];
  /** Patterns refused, with the reason to show the user (a settings warning). */
  readonly refused: { readonly source: string; readonly reason: string }[];
}

/**
 * Turns the user's pattern strings (settings) into RegExps for AnalysisOptions.extraLabelPatterns,
 * refusing invalid and unsafe ones with a reason. Patterns are case-sensitive and Unicode-aware.
 */
export function compileLabelPatterns(sources: readonly string[]): CompiledPatterns {
  const patterns: RegExp[] = [];
  const refused: { source: string; reason: string }[] = [];
  for (const source of sources) {
    const check = checkPatternSafety(source);
    if (!check.ok) {
      refused.push({ source, reason: check.reason });
      continue;
    }
    let pattern: RegExp;
    try {
      pattern = new RegExp(source, 'u');
    } catch (error) {
      refused.push({ source, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const probed = probePattern(pattern);
    if (probed.ok) {
      checked.set(pattern, probed);
      patterns.push(pattern);
    } else refused.push({ source, reason: probed.reason });
  }
  return { patterns, refused };
}
