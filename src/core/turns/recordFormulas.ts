/**
 * The reporter's account of what a legislature did, written on a line of its own between speeches: `Question put.`,
 * `Motion agreed to.`, `Debate adjourned.`, `Hon Members indicated assent.`, `Question put, and agreed to.`, and a
 * member's `rose` alone on its line. Nobody says it. The shape is English grammar, not any record's words: a short
 * sentence whose verb is a past participle right after a short subject and ends it (a particle or object word may
 * follow, or `and` another participle), with no person speaking in it (no `I`, `we`, `you`, no
 * auxiliary: `The question is that…` is the chair's speech), or one lower-case past-tense verb alone. A speaker's own
 * short sentence can read so (`Point taken.`), so procedureLines.ts takes the shape only where the document repeats it.
 */

/** Past participles and past tenses that do not end in `-ed`, as records use them (`put`, `read a second time`, `rose`). */
const IRREGULAR_PARTICIPLES = new Set(['put', 'read', 'rose', 'withdrawn', 'withdrew', 'taken', 'laid', 'held', 'given', 'sat', 'stood', 'left', 'won', 'lost']);
/** Words that make a short line speech: a person speaking, an auxiliary or copula (the chair's `It is agreed.`), a negation. */
const SPEECH_WORDS = new Set([
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have',
  'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'no', 'yes',
  'please', 'thank', 'thanks',
]);
/** Longest record formula, in characters and in words. */
const MAX_FORMULA_LENGTH = 60;
const MAX_FORMULA_WORDS = 7;
/** Most words of the subject before the participle (`Hon Members`, `The amendment`). */
const MAX_SUBJECT_WORDS = 3;
const FORMULA_SENTENCE = /^\p{Lu}[\p{L}'’-]*(?:,? [\p{L}'’-]+)+\.$/u;
const LONE_VERB = /^[a-z]{3,12}$/;

/** Whether `word` (lower case) is a past participle or past tense: `-ed` (not `need`, `indeed`), or an irregular one. */
function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length >= 5 && word.endsWith('ed') && (!word.endsWith('eed') || word.endsWith('greed'));
}

/** Whether the trimmed `line` reads as a record formula (see the file's head). */
export function isRecordFormula(line: string): boolean {
  if (line.length > MAX_FORMULA_LENGTH) return false;
  if (LONE_VERB.test(line)) return isParticiple(line);
  if (!FORMULA_SENTENCE.test(line)) return false;
  const words = line.slice(0, -1).replace(/,/g, '').split(' ').map((word) => word.toLowerCase());
  if (words.length > MAX_FORMULA_WORDS || words.some((word) => SPEECH_WORDS.has(word))) return false;
  // The subject first, then the participle, then at most one word (`to`, `assent`) or a second participle joined by
  // `and` (`put, and agreed to`). A narrator's sentence goes on (`Jane asked about the plan.`).
  for (let i = 1; i <= MAX_SUBJECT_WORDS && i < words.length; i++) {
    if (!isParticiple(words[i]!)) continue;
    const rest = words.slice(i + 1);
    if (rest[0] === 'and') return rest.length >= 2 && rest.length <= 3 && isParticiple(rest[1]!);
    return rest.length <= 1;
  }
  return false;
}
