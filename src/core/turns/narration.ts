import { CLAUSE_BREAK, hasHan, isColon, isSpace, simplified } from './chars';
import { isPlausibleName, stripAdverbsAtEnd, stripAdverbsAtStart } from './speakerName';
import {
  EN_SPEECH_VERBS, EN_TITLES, PRONOUNS, TRAILING_HONORIFIC, ZH_SPEECH_VERBS, ZH_SUBJECT_ENDERS, ZH_TITLES, ZH_VERBS_WITH_OBJECT,
} from './words';

/** Every character of ZH_SPEECH_VERBS in both scripts. */
const ZH_VERB_CHARACTERS = /[說说表答問问補补應应指強强坦稱称聲声釋释透談谈提寫写介紹绍感嘆叹慨直宣告總总享續续接著着回道言示充調调出露布訴诉結结分笑追]/;
const EN_VERB_WORDS = new RegExp(`\\b(?:${[...EN_SPEECH_VERBS].join('|')})\\b`, 'i');

/** Speech verbs by their last character, longest first. */
const VERBS_BY_LAST_CHARACTER = new Map<string, string[]>();
for (const verb of ZH_SPEECH_VERBS) {
  const last = verb[verb.length - 1]!;
  VERBS_BY_LAST_CHARACTER.set(last, [...(VERBS_BY_LAST_CHARACTER.get(last) ?? []), verb]);
}
/** Longest text allowed between a verb and the colon (`了` plus a short object). */
const MAX_AFTER_VERB = 9;

/** How much of a narration line's end is read to find `…，老黃回答道:`. */
export const NARRATION_TAIL = 80;

/** Narration that hands over to quoted speech: `針對…問題，老黃回答道:`, `Bessent said:`. */
export interface HandOver {
  /** The named speaker, or null when the clause names none (`趕緊說:`) or a pronoun. */
  readonly subject: string | null;
  readonly pronoun: boolean;
  /** Offset within the tail where the speech clause starts (the label of the turn). */
  readonly clauseStart: number;
  /** Offset within the tail where the verb starts; the unresolved case searches known names before it. */
  readonly verbStart: number;
}

/** Reads the end of a line that ends with a colon. `tail` is the line's last NARRATION_TAIL characters. */
export function recognizeHandOver(tail: string): HandOver | null {
  let end = tail.length;
  while (end > 0 && isSpace(tail.charCodeAt(end - 1))) end--;
  if (end === 0 || !isColon(tail.charCodeAt(end - 1))) return null;
  end--;
  let clauseStart = end;
  while (clauseStart > 0 && !CLAUSE_BREAK.has(tail[clauseStart - 1]!)) clauseStart--;
  while (clauseStart < end && isSpace(tail.charCodeAt(clauseStart))) clauseStart++;
  if (clauseStart >= end) return null;
  const clause = tail.slice(clauseStart, end);
  const han = hasHan(clause);
  // Cheap filter before folding: the clause must hold a character of some speech verb.
  if (han ? !ZH_VERB_CHARACTERS.test(clause) : !EN_VERB_WORDS.test(clause)) return null;
  const found = han ? chineseHandOver(clause) : englishHandOver(clause);
  return found ? { ...found, clauseStart: clauseStart + found.subjectStart, verbStart: clauseStart + found.verbStart } : null;
}

interface ClauseReading {
  subject: string | null;
  pronoun: boolean;
  subjectStart: number;
  verbStart: number;
}

function chineseHandOver(clause: string): ClauseReading | null {
  const folded = simplified(clause);
  if (folded.length !== clause.length) return null;
  // The verb that ends last wins; on a tie the longer one (`回答道` over `答道`). Only a short object
  // may follow a verb, so the search starts at the clause's end and stops after MAX_AFTER_VERB characters.
  let verbStart = -1;
  for (let last = folded.length - 1; last >= 0 && last >= folded.length - 1 - MAX_AFTER_VERB && verbStart < 0; last--) {
    const rest = folded.slice(last + 1);
    for (const verb of VERBS_BY_LAST_CHARACTER.get(folded[last]!) ?? []) {
      const at = last + 1 - verb.length;
      if (at >= 0 && folded.startsWith(verb, at) && allowedAfterVerb(verb, rest)) {
        verbStart = at;
        break;
      }
    }
  }
  if (verbStart < 0) return null;
  const start = stripAdverbsAtStart(folded, 0, verbStart, true);
  const end = stripAdverbsAtEnd(folded, start, verbStart, true);
  if (start >= end) return { subject: null, pronoun: false, subjectStart: 0, verbStart };
  // `貝森特在彭博節目中…時說` → 貝森特; but `王和平說` keeps its 和 when cutting leaves no name.
  const cut = firstSubjectEnder(folded, start, end);
  for (const candidateEnd of cut >= 0 ? [stripAdverbsAtEnd(folded, start, cut), end] : [end]) {
    const candidateStart = afterLastTitle(folded, start, candidateEnd);
    const subject = clause.slice(candidateStart, candidateEnd).trim();
    if (PRONOUNS.has(simplified(subject))) return { subject: null, pronoun: true, subjectStart: candidateStart, verbStart };
    if (subject && isPlausibleName(subject)) return { subject, pronoun: false, subjectStart: candidateStart, verbStart };
  }
  return { subject: null, pronoun: false, subjectStart: start, verbStart };
}

/** What may follow a verb before the colon: nothing, 道/說, `了` and a short object, or an addressee. */
function allowedAfterVerb(verb: string, rest: string): boolean {
  if (rest === '' || rest === '道' || rest === '说' || rest === '称' || rest === '到') return true;
  if (rest.startsWith('了') && rest.length <= MAX_AFTER_VERB) return true;
  // `问题` is a noun, not 问 with an object.
  return ZH_VERBS_WITH_OBJECT.has(verb) && rest.length <= 6 && !rest.startsWith('题');
}

function firstSubjectEnder(folded: string, start: number, end: number): number {
  let best = -1;
  for (const word of ZH_SUBJECT_ENDERS) {
    const at = folded.indexOf(word, start + 1);
    if (at > start && at < end && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** `美国财政部长贝森特` → start of 贝森特, when at least two characters follow the title. */
export function afterLastTitle(folded: string, start: number, end: number): number {
  let best = start;
  for (const title of ZH_TITLES) {
    const at = folded.lastIndexOf(title, end - 1);
    if (at >= start && at + title.length + 2 <= end && at + title.length > best) best = at + title.length;
  }
  return best;
}

function englishHandOver(clause: string): ClauseReading | null {
  const words = [...clause.matchAll(/[^\s]+/g)].map((m) => ({ text: m[0], at: m.index }));
  let verb = -1;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 5); i--) {
    if (EN_SPEECH_VERBS.has(words[i]!.text.toLowerCase())) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  const verbStart = words[verb]!.at;
  let first = verb;
  while (first > 0 && /^[A-Z]/.test(words[first - 1]!.text)) first--;
  if (first === verb) {
    const before = words[verb - 1]?.text.toLowerCase();
    if (before && PRONOUNS.has(before)) return { subject: null, pronoun: true, subjectStart: words[verb - 1]!.at, verbStart };
    return { subject: null, pronoun: false, subjectStart: verbStart, verbStart };
  }
  // `Fed Chair Jerome Powell`, `White House Press Secretary Karoline Leavitt`: the name follows the last title word.
  for (let i = verb - 2; i >= first; i--) {
    if (EN_TITLES.has(words[i]!.text.toLowerCase())) {
      first = i + 1;
      break;
    }
  }
  const subjectWords = words.slice(first, verb);
  const subject = subjectWords.map((w) => w.text).join(' ');
  if (PRONOUNS.has(subject.toLowerCase())) return { subject: null, pronoun: true, subjectStart: words[first]!.at, verbStart };
  return { subject: isPlausibleName(subject) ? subject : null, pronoun: false, subjectStart: words[first]!.at, verbStart };
}

/**
 * `以下是中国联通集团数据中心总经理王志军的演讲实录：`: the writer hands the rest of the piece to a speech.
 * The subject is the name after the last title; the speech goes on past the write-up's sub-headings.
 */
const SPEECH_LEAD = /^(?:以下|下面)(?:是|为|為|系)(.{2,40}?)(?:在.{1,30}?上)?的?(?:主题|主題)?(?:演讲|演講|讲话|講話|发言|發言|致辞|致词|致詞|讲座|講座|报告|報告)(?:实录|實錄|全文|内容|內容|摘要|节选|節選|要点|要點)?(?:[（(][^）)]{1,20}[）)])?(?:如下)?$/;

/** The speaker a speech lead-in names (as written), or null. `line` is the trimmed line, ending in a colon. */
export function recognizeSpeechLead(line: string): string | null {
  if (line.length < 8 || !isColon(line.charCodeAt(line.length - 1))) return null;
  const folded = simplified(line.slice(0, -1));
  if (folded.length !== line.length - 1) return null;
  const match = SPEECH_LEAD.exec(folded);
  if (!match) return null;
  // The lead word and its verb are two characters in every form the pattern takes.
  const start = LEAD_WORDS_LENGTH;
  // `以下是周其仁教授演讲全文：`: the honorific after the name is no part of it.
  const end = start + match[1]!.replace(TRAILING_HONORIFIC, '').length;
  const subjectStart = afterLastTitle(folded, start, end);
  const subject = line.slice(subjectStart, end).trim();
  return subject && isPlausibleName(subject) ? subject : null;
}

const LEAD_WORDS_LENGTH = 3;
