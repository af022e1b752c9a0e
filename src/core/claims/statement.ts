// A sentence with no cue read as a plain statement (`statement`), and the English and Chinese tests it makes.
import { hasGrammarWords, isCaseless } from './caseless';
import { conversationMoveIn, CONVERSATION_MOVE_REASON, RESPONSE_MAX_UNITS, RESPONSE_REASON, responseIn } from './conversationMoves';
import { talkAboutTalkIn, TALK_ABOUT_TALK_REASON } from './talkAboutTalk';
import { imperativeVerbOpening } from './imperatives';
import { narratesOwnPastEvent } from './pastEvents';
import { statesOwnHolding } from './ownHoldings';
import { firstColonIn, isAsciiLetterOrDigit } from '../turns/chars';
import cueData from './cues/cues.json';
import { contentUnits } from './sentenceScan';
import { isAgendaSentence, isRequestToListeners, isWishSentence } from './zhNoise';
import { tellsOwnFirst } from './ownFirsts';
import { afterAcknowledgement } from './acknowledgements';
import { POSITION_CONFIDENCE, POSITION_REASON, statedPositionIn } from './positions';
import { codesOf } from '../text/codesOf';
import { isLetterOrCjk } from './cjkIdeographs';
import type { Classification } from './classification';
import { ONLY_IF_REASON, ONLY_IF_CUES, TRULY_IS_CUES, necessityFrame, judgingPredicateReason, SHI_DE_CUES, zhStanceReason, enStanceReason, isShiDeJudgement } from './stances';

/** Greetings and thanks longer than this may still carry a claim. */
export const GREETING_MAX_UNITS = 20;

/** Longest field name before a colon, in content units (`播出时间`, `Recorded on`). */
export const MAX_FIELD_UNITS = 6;

/**
 * The reason when an English sentence does something in the conversation rather than report (conversationMoves.ts):
 * it moves the talk on (`I think we can get started`) or, when short, assesses the last turn (`that's fine`).
 */
export function conversationMove(sentence: string, units: number): string | null {
  const move = conversationMoveIn(sentence);
  if (move !== null) return CONVERSATION_MOVE_REASON + move;
  const talk = talkAboutTalkIn(sentence);
  if (talk !== null) return TALK_ABOUT_TALK_REASON + talk;
  const response = units <= RESPONSE_MAX_UNITS ? responseIn(sentence) : null;
  return response === null ? null : RESPONSE_REASON + response;
}
const STATEMENT_CUES: readonly string[] = ['statement'];

/** First-person feelings, wishes and likes (expressive speech acts): pride, gladness, gratitude, hope, a mild preference. */
const EXPRESSIVE_START = new RegExp(`^${"(?:(?:and|but|so|then|well|now|also|again|yeah|oh|um|uh),?\\s+)*"}(?:i|we)(?:'m|\\s+am|'re|\\s+are)?\\s+(?:(?:so|really|very|just|also|truly|deeply|incredibly|personally)\\s+)*(?:proud|glad|happy|thankful|grateful|excited|honou?red|hope|hoping|wish|like|love|enjoy|prefer)\\b`);
/** `我很荣幸…`, `Dan，我很高兴能和你对话`, `很高兴给了自己这个挑战`: after a short vocative, I or we may go unsaid before a degree word. */
const EXPRESSIVE_START_ZH = /^(?:[^，,。！？!?\s]{1,8}[，,]\s*)?(?:(?:我|我们)(?:真的|非常|很|十分|特别|衷心)*|(?:真的|非常|很|十分|特别)+)(?:高兴|荣幸|骄傲|自豪|感激|希望|祝愿|祝)/;

/** Sentence starts EXPRESSIVE_START may match: a lead-in word or I/we (a, b, i, n, o, s, t, u, w, y). */
const EXPRESSIVE_FIRST = codesOf('abinostuwy我');

export function isExpressive(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 40));
  return (EXPRESSIVE_FIRST.has(key.charCodeAt(start)) && EXPRESSIVE_START.test(head)) || EXPRESSIVE_START_ZH.test(head);
}

/** `you know`, `I mean`, `like,`: two or more mark talk that is thinking aloud rather than asserting. */
const FILLERS = /you know|i mean| like,|, like |kind of|sort of|\bum\b|\buh\b/g;
/** First-person singular pronouns inside a sentence: `The first board I got didn't work.` */
const FIRST_PERSON_INSIDE = /(?:^|[^a-z'])(?:i|me|my|i'm|i've|i'd)(?![a-z'])/;

/** Fillers in a sentence, counted in one pass (stops at two, all the caller needs). */
function fillerCount(sentence: string): number {
  FILLERS.lastIndex = 0;
  let count = 0;
  while (count < 2 && FILLERS.exec(sentence)) count++;
  return count;
}

/** A statement needs this many words (English) or characters (Chinese) to assert something checkable. */
const STATEMENT_MIN_WORDS = 6;
const STATEMENT_MIN_CHARS = 10;
const STATEMENT_CONFIDENCE = 0.5;
/** How much of the first-person penalty a past event of the speaker's own that names something is spared. */
const OWN_PAST_EVENT_RELIEF = 0.05;
/** `Let's…`, `Please…`, `Thank…`: the speaker asks or thanks, asserts nothing. */
const IMPERATIVE_START = new RegExp(`^(?:${cueData.statement.imperativeStarts.join('|')})\\b`);
/** Words that may come before the subject: `And then I…`, `So, you know, we…`. */
export const LEAD_IN = '(?:(?:and|but|so|then|well|now|like|also|actually|basically|again|look|yeah|oh|um|uh|because|or|you know|i mean),?\\s+)*';
const FIRST_PERSON_START = new RegExp(`^${LEAD_IN}(?:i|i'm|i've|i'd|me|my)\\b`);
const SECOND_PERSON_START = new RegExp(`^${LEAD_IN}(?:you|your|if you)\\b`);
const WE_START = new RegExp(`^${LEAD_IN}(?:we|we're|we've|we'd|our)\\b`);
const FIRST_PERSON_START_ZH = /^(?:所以|然后|那|那么|但是|可是|其实|如果|要是)?(?:我|你)(?!们)/;
const WE_START_ZH = /^(?:所以|然后|那|那么|但是|可是|其实|如果|要是)?(?:我们|咱们)/;
/** `With that, I'll open it up`, `I'm going to ask you…`, `let me…`: the speaker's next move in the conversation. */
// Not `let's say`: a supposition when it opens the sentence (hypotheticals.ts), a filler inside it (`it's, let's say, more memory`).
const OWN_NEXT_MOVE = /(?:^|[^a-z'])(?:i'll|i will|i'm going to|i am going to|i'm gonna|let me|let's(?! say\b))\b/;
/** `if you would please stand…`, `…, please dial again later.`: please anywhere in a statement makes it a request. */
const REQUEST_EN = /(?:^|[^a-z])please\b/;
/** 请 as a request (`请大家…`, `，请准时出席`), not inside a word (申请). */
export const REQUEST_ZH = /(?:^|[，,。；;：:\s])请|请(?:大家|各位|您|你|准时|注意|留意|保持|关闭|遵守|记得|稍候|稍等)/;
/** Upper-case words, numbers and punctuation only (`WASHINGTON, D.C. — 2:05 P.M. EDT`): a dateline or a header. */
const MIN_LOWER_CASE_WORDS = 3;
/** How much a first of the speaker's own (`my first time at…`) lowers a plain statement: a story, not a report. */
const OWN_FIRST_PENALTY = 0.15;
const LEAD_IN_END = /[:：]\s*$/;
const TRAILING_OFF = /(?:\.\.\.|…|[-—–])\s*["”’)]?$/;
const POINTING_ZH = /^(?:所以|那|那么|好|然后|其实)?(?:这|那)(?:个|些|边|里|就|也)?(?:就|也)?是/;
const POINTING_BACK = new RegExp(`^${LEAD_IN}(?:that|this|it)(?:'s|’s| is| was)\\s+(?:not\\s+)?(?:what|why|how|where|it)\\b`);
/** `They would say…`, `we would binge watch it`: a habit or a hypothetical told as a story, not a report. */
const HABITUAL_WOULD = new RegExp(`^${LEAD_IN}(?:they|we|i|you|he|she)(?: would|'d|’d)\\s`);
/** `…, they would click a new button`, `then it would go step by step`: a hypothetical inside the sentence. */
const WOULD_INSIDE = /\b(?:they|we|i|you|he|she|it|that|this)(?: would|'d|’d)\s(?!like\b|love\b|call\b)/;
/** `He also said that costs would escalate.`: would reporting what someone said. */
const REPORTED_WOULD = /\b(?:said|says|told|warned|predicted|expected)\b/;
/** `Maybe we're…`, `Perhaps it's…`: the speaker guesses aloud. */
const HEDGED_START = new RegExp(`^${LEAD_IN}(?:maybe|perhaps)\\b`);
/** `Rooting for the bad guys.`, `First, giving families more room.`: a clause with no subject, cut from a longer thought. */
const GERUND_START = new RegExp(`^(?:${LEAD_IN}|first,?\\s+|second,?\\s+|third,?\\s+)([a-z]+ing)\\b`);
/** Words ending in -ing that are not gerunds, or that open a full clause (`According to…, the…`). */
const NOT_GERUNDS = new Set(['during', 'according', 'nothing', 'something', 'everything', 'anything', 'morning', 'evening', 'thing', 'king', 'spring', 'string', 'bring', 'sing', 'ring', 'wing', 'including', 'regarding', 'following', 'notwithstanding', 'being']);
/** After a participle phrase, `, the President signed…`: a subject, so the sentence has its own clause. */
const LATER_SUBJECT = /,\s+(?:the|he|she|they|we|i|it|this|that|there)\s/;

/**
 * A declarative sentence with no cue at all can still be a claim: "The solicitor general is not a member
 * of the commission." is checkable. Such a sentence is a fact of modest confidence when it is long enough,
 * not a question or a request, and not the speaker's own story (I…, 我…), which is mostly anecdote.
 */
/** `units` and `cjk`: readSentence's counts of key[from, to). */
export function statement(text: string, key: string, from: number, to: number, units: number, cjk: number): Classification | null {
  const chinese = cjk * 2 >= units;
  // After a short field name (`作者後記：本文經過編輯。`) only the value counts.
  const colon = firstColonIn(key, from, Math.min(to, from + 12));
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  // `Yeah, it's mostly dogs…`: an answer word opens the statement; only what follows it is counted and read (acknowledgements.ts).
  const spoken = chinese ? start : afterAcknowledgement(key, start, to);
  const counted = spoken > start ? contentUnits(key, spoken, to) : colon >= 0 && contentUnits(key, from, colon) <= MAX_FIELD_UNITS ? contentUnits(key, colon + 1, to) : units;
  if (counted < (chinese ? STATEMENT_MIN_CHARS : STATEMENT_MIN_WORDS)) return null;
  const statedUnits = spoken > start ? counted : units;
  start = spoken;
  const sentence = key.slice(from, to);
  if (chinese ? REQUEST_ZH.test(sentence) : REQUEST_EN.test(sentence) || !readsAsSpeech(text, key, from, to) || OWN_NEXT_MOVE.test(sentence) || conversationMove(sentence, units) !== null) return null;
  // `好的，那我们看一下第二部分。`, `今天我们邀请到了…`: the conversation announcing its own next step, with nothing else
  // to check in it (a figure or a cue word would have decided the sentence before it got here).
  if (chinese && (isAgendaSentence(key, from, to) || isWishSentence(key, from, to))) return null;
  // `…你们再算一下，周四之前发给我。`: a request to the listeners.
  if (chinese && isRequestToListeners(key, from, to)) return null;
  // `Dan，我很高兴能和你对话。`: a feeling, as in classifyRange.
  if (chinese && units <= GREETING_MAX_UNITS && isExpressive(key, from, to)) return null;
  if (chinese && isShiDeJudgement(sentence)) return { kind: 'opinion', cues: SHI_DE_CUES, confidence: units >= 20 ? 0.55 : 0.5 };
  const frame = chinese ? necessityFrame(key, from, to) : null;
  if (frame !== null) return { kind: 'opinion', cues: frame === ONLY_IF_REASON ? ONLY_IF_CUES : TRULY_IS_CUES, confidence: units >= 20 ? 0.55 : 0.5 };
  const judging = chinese ? judgingPredicateReason(key, from, to) : null;
  if (judging !== null) return { kind: 'opinion', cues: [judging], confidence: units >= 20 ? 0.55 : 0.5 };
  const head = key.slice(start, Math.min(to, start + 24));
  if (!chinese && (IMPERATIVE_START.test(head) || imperativeVerbOpening(text, key, start, to) !== null)) return null;
  const tail = key.slice(Math.max(from, to - 4), to);
  // `有三個主要的網站：`, `The steps are:`: a lead-in to a list.
  if (LEAD_IN_END.test(tail)) return null;
  // `I support the release of further details…`: a position taken on a proposal is a judgement, not the speaker's story (positions.ts).
  const position = chinese ? null : statedPositionIn(sentence);
  if (position !== null) return { kind: 'opinion', cues: [POSITION_REASON + position], confidence: POSITION_CONFIDENCE };
  let confidence = STATEMENT_CONFIDENCE;
  let personPenalty = 0;
  if (chinese ? FIRST_PERSON_START_ZH.test(head) : FIRST_PERSON_START.test(head) || SECOND_PERSON_START.test(head)) personPenalty = 0.15;
  // `We have another metric for…`: what the speakers' side holds is a piece of record, not their story (ownHoldings.ts).
  else if (chinese ? WE_START_ZH.test(head) : WE_START.test(head) && !statesOwnHolding(key.slice(start, to))) personPenalty = 0.1;
  else if (!chinese && FIRST_PERSON_INSIDE.test(sentence)) personPenalty = 0.1;
  const namesSomething = !chinese && hasProperNoun(text, start, to);
  // `I was drafted into the military and got into the U.S. Army.`: the speaker's own past event naming something is
  // a piece of record more often than an anecdote (pastEvents.ts).
  if (personPenalty > 0 && namesSomething && narratesOwnPastEvent(sentence)) personPenalty -= OWN_PAST_EVENT_RELIEF;
  // `…I was at Mac stock, which it was my first time at Mac stock.`: a first of the speaker's own marks a story, whatever it
  // names (ownFirsts.ts).
  if (!chinese && tellsOwnFirst(key, from, to)) personPenalty += OWN_FIRST_PENALTY;
  confidence -= personPenalty;
  if (!chinese && fillerCount(sentence) >= 2) confidence -= 0.15;
  if (TRAILING_OFF.test(tail)) confidence -= 0.15;
  if (!chinese) confidence -= conversationalPenalty(head, sentence);
  else if (POINTING_ZH.test(head)) confidence -= 0.15;
  // A sentence pointing to a link (`參考〈…〉(https://…)`) refers the reader elsewhere.
  if (sentence.includes('http')) confidence -= 0.15;
  if (statedUnits >= (chinese ? 20 : 12)) confidence += 0.05;
  if (namesSomething) confidence += 0.05;
  // `…，而不是我们国家的公民。`, `总的来看，…`, `从上述行为可以看出，…`, `Most productivity metrics are a lie.`: a rebuttal, a
  // stance frame, an inference or a judging predicate takes a stance. Only the kind changes: how sure the claim is stays
  // the statement's.
  const stance = chinese ? zhStanceReason(key, from, to) : enStanceReason(key, from, to);
  if (stance !== null) return { kind: 'opinion', cues: [stance], confidence: Math.round(confidence * 100) / 100 };
  return { kind: 'fact', cues: STATEMENT_CUES, confidence: Math.round(confidence * 100) / 100 };
}

/** How much a plain English statement reads as talk about the conversation or a story rather than a report. */
function conversationalPenalty(head: string, sentence: string): number {
  if (POINTING_BACK.test(head)) return 0.15;
  if (HABITUAL_WOULD.test(head) || HEDGED_START.test(head) || (WOULD_INSIDE.test(sentence) && !REPORTED_WOULD.test(sentence))) return 0.1;
  const gerund = GERUND_START.exec(head);
  if (gerund && !NOT_GERUNDS.has(gerund[1]!) && !LATER_SUBJECT.test(sentence)) return 0.15;
  return 0;
}

/**
 * Whether an English sentence reads as speech rather than a dateline or a header: some words in lower case, or, in
 * upper-case captions (no lower case at all), some closed-class words (`THE FIRST IS SB 27, WHICH IS…`).
 */
function readsAsSpeech(text: string, key: string, from: number, to: number): boolean {
  if (hasLowerCaseWords(text, from, to, MIN_LOWER_CASE_WORDS)) return true;
  return isCaseless(text, from, to) && hasGrammarWords(key, from, to, MIN_GRAMMAR_WORDS);
}
/** Closed-class words an upper-case sentence needs to read as speech (a dateline has none, a title one or two). */
const MIN_GRAMMAR_WORDS = 3;

/** True when text[from, to) has at least `wanted` words starting in a lower-case letter; reads only as far as it must. */
function hasLowerCaseWords(text: string, from: number, to: number, wanted: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122 && (i === from || !isAsciiLetterOrDigit(text.charCodeAt(i - 1))) && ++words >= wanted) return true;
  }
  return false;
}


/** I…, 我… (not 我们) at the start of a sentence, after filler words. */
export function startsInFirstPerson(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isLetterOrCjk(key.charCodeAt(start))) start++;
  const head = key.slice(start, Math.min(to, start + 24));
  return FIRST_PERSON_START.test(head) || FIRST_PERSON_START_ZH.test(head);
}

/** A capitalised word after the first (`…the Santa Clara counties`), other than I: names something checkable. */
function hasProperNoun(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90 || text.charCodeAt(i - 1) !== 32) continue;
    const next = text.charCodeAt(i + 1);
    if (code === 73 /* I */ && (next === 32 || next === 39 || next === 0x2019)) continue;
    if (next >= 97 && next <= 122) return true;
  }
  return false;
}
