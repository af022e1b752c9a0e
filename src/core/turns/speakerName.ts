import { detached } from '../text/detached';
import { BIDI_MARKS, countHan, hasHan, isHan, simplified } from './chars';
import {
  EN_FUNCTION_WORDS, EN_LOWERCASE_ROLES, EN_NAME_PARTICLES, EN_NON_NAME_WORDS, EN_RUBRIC_WORDS, EN_SPEECH_VERBS, QA_ROLES, ZH_ADVERBS,
  ZH_CREDIT_WORDS, ZH_NON_NAME_ENDS, ZH_NON_NAME_STARTS, ZH_ROLES, ZH_SINGLE_CHAR_NAMES, ZH_SPEECH_VERBS, ZH_TITLES,
} from './words';

/** Longest text before a colon that can still be a name (UTF-16 units). */
export const MAX_NAME_LENGTH = 40;
/** Ideographs plus Latin words: more than this before a colon is a phrase, not a name. */
const MAX_NAME_UNITS = 10;
const MAX_LATIN_WORDS = 5;

/** Characters a name never contains: sentence punctuation, quotes, brackets, slashes. */
const NON_NAME_CHARS = /[。，,！!？?；;「」『』“”"《》<>{}|｜\\/:：()（）[\]【】…~@#$%^*=+、]/;
/** `- Revenue: $5M` is a list item, not a speaker called `- Revenue`. */
const LIST_BULLET = /^[-–—•·‧●○■□▪◆◇+][ \t]/;
/**
 * `1. 会议名称：…`, `4. 参会人：…`: a numbered item of Chinese minutes or notes (they number their fields, and repeat them
 * in every meeting's block), not a speaker. Hansard numbers its questions before a member's name (`1. Mr David Amess
 * (Southend, West):`), a label: a numbered name with a Latin letter is left to the other rules.
 */
const NUMBERED_ITEM_WITHOUT_LATIN = /^\d{1,3}\.[ \t]+[^A-Za-z]*$/;
/**
 * `(CEO, Acme)`; two in a row in parliaments' records: `Mr. Araya (Chile) (spoke in Spanish)` at the UN, `Wera Hobhouse
 * (Bath) (LD)` in Hansard (a delegation or seat, then a language or party).
 */
const ROLE_SUFFIX = /(?:\s*[(（][^()（）]{1,118}[)）]){1,2}$/;
/** A word in Latin script, accented letters included (`Stéphane`, `Niño`). */
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}0-9'’.-]*/gu;

export interface SpeakerName {
  /** The name as written, without the speech verb. */
  readonly name: string;
  /** The speech verb that followed the name (`回答` in `黃仁勳回答`), if any. */
  readonly verb: string | null;
  /** True for Q/A roles (`Q`, `答`, `記者`). */
  readonly isRole: boolean;
}

/**
 * Reads the text before a label colon as a speaker name, or returns null when it reads as a phrase,
 * a clause, a credit word or a time. General rules rather than a list of known speakers: a short run of
 * ideographs or capitalised words, no sentence punctuation, no clause-like start or end.
 */
export function parseSpeakerName(raw: string): SpeakerName | null {
  // Transcripts repeat the same few labels thousands of times.
  const cached = nameCache.get(raw);
  if (cached !== undefined) return cached;
  if (nameCache.size >= NAME_CACHE_SIZE) nameCache.clear();
  // Read from a copy, so neither the key nor the name kept in the cache holds the document (see detached).
  const key = detached(raw);
  const parsed = parseUncached(key);
  nameCache.set(key, parsed);
  return parsed;
}

const nameCache = new Map<string, SpeakerName | null>();
export const UNKNOWN_SPEAKER_NAME = /^\?{2,3}$/;
const PUBLICATION_LABEL = /^[《〈]([^《》〈〉]{1,12})[》〉]$/;
const NAME_CACHE_SIZE = 4096;
const INTERNATIONAL_NUMBER = /^\+\d{1,3}(?:[ -]?\d{2,5}){2,5}$/;
const LAYOUT_GAP = /\S[ \t]{3,}\S/;
const LEADING_LINE_NUMBER = /^\d{1,5}[ \t]+/;
const INTERJECTING_NOTE = /\sinterjecting$/i;
/**
 * Two to four ideographs with one ideographic space (U+3000) between each (`主 席`, `林 美 玲`): Chinese documents
 * letter-space short names and field names so that they line up with longer ones (`主 席：` over `陳委員：`, `紀 錄：`
 * beside `出席人員：`). A phrase has words of two characters or more between its spaces (`我 覺得`): it keeps them.
 */
const LETTER_SPACED_HAN = /^\p{Script=Han}(?:\u3000\p{Script=Han}){1,3}$/u;

/**
 * `陳委員○○：`, `王○明：`: records published with their speakers' names masked put a circle (`○`, or the ideographic
 * zero `〇`) for each hidden ideograph. Right after an ideograph such a run stands for name characters: the name is
 * read as if they were (`某` in their place) and kept as written. After a numeral it is a zero (`二○二三年`).
 */
const MASKED_IDEOGRAPHS = /(?<=[\u3400-\u9fff])(?<![零一二三四五六七八九十百千万萬两兩])[○〇]{1,3}/g;
const MASK_STAND_IN = '某';

function parseUncached(raw: string): SpeakerName | null {
  if (!raw.includes('○') && !raw.includes('〇')) return parseUnmasked(raw);
  const standIn = raw.replace(MASKED_IDEOGRAPHS, (run) => MASK_STAND_IN.repeat(run.length));
  const parsed = parseUnmasked(standIn);
  if (!parsed || standIn === raw) return parsed;
  // The stand-ins have the circles' length: the name is where it was read, in the text as written.
  const at = standIn.indexOf(parsed.name);
  return at < 0 ? null : { ...parsed, name: raw.slice(at, at + parsed.name.length) };
}

function parseUnmasked(written: string): SpeakerName | null {
  // `\u200fيوسف حداد\u200f` and `يوسف حداد` are one speaker: the direction marks around a name are not read.
  const raw = written.replace(BIDI_MARKS, '');
  // `60-432                    WASHINGTON : 2025`: columns of a cover page, not one name (a stenographer's
  // line number before the name is read elsewhere).
  if (LAYOUT_GAP.test(raw.trim().replace(LEADING_LINE_NUMBER, ''))) return null;
  let text = raw.replace(/^[*_]+|[*_]+$/g, '').trim();
  // `主 席：`, `林 美 玲：` spaced by U+3000: a name spaced out to line up with longer names is the name.
  text = LETTER_SPACED_HAN.test(text) ? text.replace(/\u3000/g, '') : text.replace(/\s+/g, ' ');
  // `???`: a transcriber's mark for a speaker it could not name, kept as written like `Unknown Speaker`.
  if (UNKNOWN_SPEAKER_NAME.test(text)) return { name: text, verb: null, isRole: false };
  // `Members interjecting:`: a Hansard's note that members call out (a stage direction), never the label of what follows.
  if (INTERJECTING_NOTE.test(text)) return null;
  // `John Smith (CEO, Acme)` / `陳立文（董事長）`: the role in brackets is not part of the name.
  const role = ROLE_SUFFIX.exec(text);
  if (role && role.index > 0) text = text.slice(0, role.index).trimEnd();
  // `《明鏡》：` — a publication's title in its brackets asks the questions in an interview write-up.
  const publication = PUBLICATION_LABEL.exec(text);
  if (publication) text = publication[1]!.trim();
  // `+91 85069 51507`: a chat export names a sender not in the phone's contacts by the number, in international form.
  if (INTERNATIONAL_NUMBER.test(text)) return { name: text, verb: null, isRole: false };
  if (!text || text.length > MAX_NAME_LENGTH || NON_NAME_CHARS.test(text)) return null;
  if (!/\p{L}/u.test(text) || LIST_BULLET.test(text) || NUMBERED_ITEM_WITHOUT_LATIN.test(text)) return null;
  let verb: string | null = null;
  // `解说：`, a documentary's narrator: a role whose last character is a speech verb too (`说`), not `解` saying.
  const stripped = ZH_ROLES.has(simplified(text)) ? null : stripSpeechVerb(text);
  if (stripped) {
    text = stripped.name;
    verb = stripped.verb;
  }
  if (!isPlausibleName(text)) return null;
  return { name: text, verb, isRole: QA_ROLES.has(simplified(text).toLowerCase()) };
}

/** A shortened lower-case word inside a name (`mem.` in `Team mem. 1`), never the first word. */
const LOWER_ABBREVIATION = /(?<=\s)\p{Ll}{2,5}\.(?=\s|$)/u;
const LOWER_ABBREVIATIONS = new RegExp(LOWER_ABBREVIATION.source, 'gu');
const PLAIN_NAME_CHARS = /^[\p{L}\d .'’-]+$/u;

/**
 * `Team mem. 1: [00:00:09] …` (Sonix's export): before a colon that a bracketed time follows, a name may
 * hold a shortened lower-case word. The time makes the line a label; the other name rules still apply.
 */
export function parseStampedSpeakerName(raw: string): SpeakerName | null {
  const plain = parseSpeakerName(raw);
  if (plain) return plain;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!PLAIN_NAME_CHARS.test(text) || !LOWER_ABBREVIATION.test(text)) return null;
  const capitalised = text.replace(LOWER_ABBREVIATIONS, (word) => word.charAt(0).toUpperCase() + word.slice(1));
  const parsed = parseSpeakerName(capitalised);
  // A speech verb or a role in brackets read off the capitalised copy would not map back onto `text`.
  return parsed && parsed.name === capitalised ? { ...parsed, name: text } : null;
}

/** `黃仁勳回答` → 黃仁勳 + 回答; `Jones says` → Jones + says. Null when no verb or nothing is left. */
export function stripSpeechVerb(text: string): { name: string; verb: string } | null {
  if (hasHan(text)) {
    const folded = simplified(text);
    if (folded.length !== text.length) return null;
    for (const verb of ZH_SPEECH_VERBS) {
      if (!folded.endsWith(verb)) continue;
      let end = text.length - verb.length;
      end = stripAdverbsAtEnd(folded, 0, end);
      const name = text.slice(0, end).trim();
      return name ? { name, verb: text.slice(text.length - verb.length) } : null;
    }
    return null;
  }
  const space = text.lastIndexOf(' ');
  if (space <= 0) return null;
  const last = text.slice(space + 1);
  if (!EN_SPEECH_VERBS.has(last.toLowerCase())) return null;
  return { name: text.slice(0, space).trim(), verb: last };
}

/** Moves `end` left past adverbs such as 也/隨後 that sit between a subject and its verb. */
export function stripAdverbsAtEnd(folded: string, start: number, end: number, mayEmpty = false): number {
  let changed = true;
  while (changed && end > start) {
    changed = false;
    for (const adverb of ZH_ADVERBS) {
      if (end - adverb.length >= start + (mayEmpty ? 0 : 1) && folded.startsWith(adverb, end - adverb.length)) {
        end -= adverb.length;
        changed = true;
        break;
      }
    }
  }
  return end;
}

/** Moves `start` right past adverbs that open a clause (`隨後老黃…`). */
export function stripAdverbsAtStart(folded: string, start: number, end: number, mayEmpty = false): number {
  let changed = true;
  while (changed && start < end) {
    changed = false;
    for (const adverb of ZH_ADVERBS) {
      if (adverb.length > 1 && start + adverb.length <= end - (mayEmpty ? 0 : 1) && folded.startsWith(adverb, start)) {
        start += adverb.length;
        changed = true;
        break;
      }
    }
  }
  return start;
}

/** The name rules, for text that has already lost its colon and speech verb. */
export function isPlausibleName(text: string): boolean {
  if (!text || text.length > MAX_NAME_LENGTH || NON_NAME_CHARS.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  // `文钊2020-12-18` (a byline glued to its time): a name holds no calendar date.
  if (CALENDAR_DATE.test(text)) return false;
  const latinWords = text.match(LATIN_WORD) ?? [];
  if (latinWords.length > MAX_LATIN_WORDS) return false;
  const han = countHan(text);
  if (han + latinWords.length > MAX_NAME_UNITS) return false;
  if (han > 0 && !isPlausibleChineseName(text, han)) return false;
  if (latinWords.length > 0 && !areNameWords(latinWords, han === 0)) return false;
  return true;
}

/**
 * `被告：`, `被告人：`, `被上诉人：` (the parties of a court record), `我：` in a chat kept as a script: a run of two to four
 * ideographs that the name rules refuse only because its first character opens clauses (ZH_NON_NAME_STARTS: `被`
 * reads as the passive). Nothing in the words tells such a label from a clause's head, so like a handle it is judged by repetition:
 * the scheme keeps it only where the document repeats it in a shape its other labels made a scheme (decide in scheme.ts).
 * `第一：` (an ordinal heading numbered points) is no such name.
 */
export function opensLikeAClauseOnly(name: string): boolean {
  if (!CLAUSE_OPENED_NAME.test(name) || parseSpeakerName(name) !== null) return false;
  const folded = simplified(name);
  // One opening character only (`被`, `我`): the longer starts are lead-ins the list means (`本期嘉宾：`, `对于…`).
  if (folded.startsWith('第') || ZH_NON_NAME_STARTS.some((w) => w.length > 1 && folded.startsWith(w))) return false;
  if (!ZH_NON_NAME_STARTS.some((w) => w.length === 1 && folded.startsWith(w))) return false;
  return isPlausibleChineseName(name, name.length, true);
}

const CLAUSE_OPENED_NAME = /^[\u3400-\u9fff]{2,4}$/;

/**
 * `梁文道：`, `王正為：`: three ideographs that the name rules refuse only because the last one closes clauses and lead-ins
 * too (ZH_NON_NAME_ENDS: `道` of `频道：`, `渠道：`, `为` of `成为`) while it is a common given-name character. Judged
 * by repetition like opensLikeAClauseOnly: a speaker where the document repeats it in a shape its other labels made a scheme.
 */
export function endsLikeAClauseOnly(name: string): boolean {
  if (!CLAUSE_ENDED_NAME.test(name) || parseSpeakerName(name) !== null) return false;
  const folded = simplified(name);
  if (!NAME_CHARACTER_ENDS.has(folded.charAt(2))) return false;
  return isPlausibleChineseName(folded.slice(0, 2), 2, false);
}

const CLAUSE_ENDED_NAME = /^[\u3400-\u9fff]{3}$/;
/** ZH_NON_NAME_ENDS that are also frequent given-name characters (Simplified). */
const NAME_CHARACTER_ENDS = new Set(['道', '为']);

function isPlausibleChineseName(text: string, han: number, startsAside = false): boolean {
  const folded = simplified(text);
  if (han === 1 && text.length === 1) return ZH_SINGLE_CHAR_NAMES.has(folded);
  if (ZH_CREDIT_WORDS.has(folded)) return false;
  // Spaces between ideographs belong to a phrase (`我 覺得`), not a name, unless a role heads it (`记者 李华`).
  if (/\p{Script=Han}\s+\p{Script=Han}/u.test(text)) return isRoleAndName(folded);
  // Degree adverbs, copulas and aspect particles inside make a clause (`原因很简单`, `最关键的是`).
  if (han >= 3 && CLAUSE_CHARACTERS.test(folded.slice(1))) return false;
  if (!startsAside && ZH_NON_NAME_STARTS.some((w) => folded.startsWith(w) && folded.length > w.length)) return false;
  if (ZH_NON_NAME_STARTS.includes(folded)) return false;
  if (ZH_NON_NAME_ENDS.some((w) => folded.endsWith(w))) return false;
  // A name ends in a name character, not a digit run (`第1`) or a Latin unit glued to a number.
  return isHan(text.charCodeAt(text.length - 1)) || /[A-Za-z.]$/.test(text) || /\d$/.test(text);
}

const CALENDAR_DATE = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/** Characters that do not occur inside a Chinese name or role but glue clauses together (Simplified). */
const CLAUSE_CHARACTERS = /[很是了吗呢就]|已经|非常|应该|可以/;

/** `记者 李华`, `主持人 王小丫`: a known role, a space, then a name. */
function isRoleAndName(folded: string): boolean {
  const parts = folded.split(/\s+/);
  if (parts.length !== 2) return false;
  const [role, name] = parts as [string, string];
  const isRole = QA_ROLES.has(role) || ZH_TITLES.includes(role) || ZH_ROLES.has(role);
  return isRole && countHan(name) >= 2 && countHan(name) <= 4 && isPlausibleChineseName(name, countHan(name));
}

/** Function words that are also given names or romanised surnames: `Will Smith`, `Do Kwon`, `Chang She`, `Mary He`. */
const NAME_LIKE_FUNCTION_WORDS = new Set(['will', 'do', 'he', 'she', 'so', 'to', 'no', 'can']);

/**
 * Whether `words[i]`, a function word, reads as part of a name: capitalised, one of the words that are also
 * names, in a name of two or three words that are all capitalised, one of them no function word at all.
 */
function isNamePartHere(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!NAME_LIKE_FUNCTION_WORDS.has(word.toLowerCase()) || !/^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(word)) return false;
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.some((w) => !EN_FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Honorifics that open a person's name in a parliament's or a company's record (`Dr Tan See Leng`, `Ms He Ting Ru`). */
const NAME_HONORIFIC = /^(?:Dr|Mr|Ms|Mrs|Miss|Prof)\.?$/;

/**
 * `Dr Tan See Leng`: after an honorific, a run of two or more capitalised words is a name, whatever English word one
 * of them spells (`See`, `He`); a lower-case word breaks the run as before. One word alone is read by the word lists
 * (`Dr. Who. Fine.` opens a sentence, not a record's `Mr. NAME.` label).
 */
function isHonorificName(words: readonly string[]): boolean {
  return words.length >= 3 && NAME_HONORIFIC.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * `Devon Price`, `Doris Day`: a first name and a surname that is also a word the lists keep from names (`Price:` and
 * `Day 2:` head fields). Two or three capitalised words, the first a name word, the later ones refused only by that
 * list. Nothing in the words tells `Devon Price` from `Closing Price`, so like a handle it is judged by repetition:
 * the scheme keeps it only where the document repeats it in a shape its other labels made a scheme (decide in scheme.ts).
 */
export function hasWordSurnameOnly(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => CAPITALISED_WORD.test(w))) return false;
  if (!areNameWords(words.slice(0, 1), true) || EN_RUBRIC_WORDS.has(words[0]!.toLowerCase())) return false;
  if (!words.slice(1).some((w) => EN_NON_NAME_WORDS.has(w.toLowerCase()))) return false;
  return words.slice(1).every((w) => EN_NON_NAME_WORDS.has(w.toLowerCase()) || areNameWords([w], true)) && parseSpeakerName(name) === null;
}

/** A word with a capital and lower-case letters after it (`Price`, not `PRICE` or `Q4`). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function areNameWords(words: readonly string[], latinOnly: boolean): boolean {
  if (latinOnly && isHonorificName(words)) return true;
  const lower = words.map((w) => w.toLowerCase());
  if (latinOnly && words.length === 1 && EN_LOWERCASE_ROLES.has(lower[0]!)) return true;
  if (latinOnly && words.length === 1 && EN_RUBRIC_WORDS.has(lower[0]!)) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const low = lower[i]!;
    if (EN_FUNCTION_WORDS.has(low) && !(i === 0 && low === 'the') && !isNamePartHere(words, i)) return false;
    if (EN_NON_NAME_WORDS.has(low) || EN_NON_NAME_WORDS.has(low.replace(/[.'’]+$/, ''))) return false;
    const capitalised = /^\p{Lu}/u.test(word);
    if (!capitalised && !(i > 0 && EN_NAME_PARTICLES.has(low))) return false;
  }
  return true;
}
