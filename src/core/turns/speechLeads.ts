// Who gives the speech of a write-up whose body carries no speaker labels: the writer names the speaker
// once, in a lead-in (`以下为演讲全文：`), a byline (`演講詞／Maria Ressa`) or the lead paragraph
// (`…负责人王泽锋发表了《…》主题演讲`), and the speech follows. Pure functions over one line's text.
import { isPlausibleName } from './speakerName';
import { afterLastTitle } from './narration';
import { simplified } from './chars';
import { TRAILING_HONORIFIC, ZH_TITLES } from './words';
import type { LineIndex } from '../text/positions';
import { visibleText } from './visibleText';
import { greetingBelow, nameOverGreetingNear, opensWithGreeting } from './nameOverGreeting';
import { HAS_SPEECH_WORD, RECORD, SPEECH, STATEMENT } from './talkWords';
import { isFigureLine, isSalutationLine, isSignOff, isTalkSignOff, isWriteUpCredit } from './writeUpParts';

// asideEdits.ts reads the sign-off from here (beside the lead-in test it reads too).
export { isSignOff } from './writeUpParts';

/** How far above a lead-in its byline or lead paragraph is looked for, in lines. */
export const SPEAKER_INTRODUCTION_REACH = 40;
/** The lines `at(0)`, `at(1)`, … within SPEAKER_INTRODUCTION_REACH, until `at` runs past the document's edge. */
function* withinReach(at: (i: number) => string | undefined): Generator<string> {
  for (let i = 0; i < SPEAKER_INTRODUCTION_REACH; i++) {
    const line = at(i);
    if (line === undefined) return;
    yield line;
  }
}

/** The first reading `read` gives of the `lines`, in order, or null. */
function firstReading<T>(lines: Iterable<string>, read: (line: string) => T | null): T | null {
  for (const line of lines) {
    const found = read(line);
    if (found !== null) return found;
  }
  return null;
}

/** Longer lines are body text, not a lead-in, byline or sign-off (bounded cost per line). */
const MAX_LEAD_LINE = 400;

/**
 * `以下为演讲全文（为便于阅读进行过适当编辑整理）：`, `以下是…蕾莎（Maria Ressa）在頒獎典禮上的演講全文：`,
 * `以下为演讲全文` as a bold paragraph of its own: the writer hands the rest of the piece to a speech.
 * Group 1 is whoever the lead-in names (possibly nothing).
 */
const MARKED_LEAD = new RegExp(String.raw`^(?:以下|下面)(?:是|为|為|系)(.{0,90}?)(?:在[^，。]{1,30}?上)?的?(?:主题|主題)?(?:${SPEECH})(?:${RECORD})*(?:[（(][^）)]{1,40}[）)])?(?:[，,][^，,。：:]{1,20})?(?:如下)?[:：。]?$`);

/**
 * `以下为文字实录：`, `以下为文字直播实录。`: a lead-in naming only a record, no speech word; the paragraph it
 * ends or the lines above must say who gave a speech (`speechClauseSpeaker`), or it hands over nothing.
 */
const RECORD_LEAD = /^(?:以下|下面)(?:是|为|為)(?:文字|现场|現場|直播|文字直播|图文|圖文)?(?:实录|實錄|全文)(?:如下)?[:：。]?$/;

/**
 * `全文如下：` ending the lead paragraph, `总统农历年讲话全文为:` on a line of its own: the full text follows,
 * with no 以下. Group 1 is what the lead-in says before 全文 (a speech word and whose it is, or nothing).
 */
const FULL_TEXT_LEAD = /^([^，。,；;：:]{0,40}?)全文(?:如下|为|為)[:：。]?$/;
/** Cheap test for FULL_TEXT_LEAD at a line's end (markup may close after it). */
const FULL_TEXT_AT_END = /全文(?:如下|为|為)\s*[:：。]?\s*(?:<[^<>]{0,40}>\s*)*$/;

export interface SpeechLead {
  /** The speaker the lead-in itself names, as written, or null when it names nobody. */
  readonly subject: string | null;
  /** A lead-in naming only a record (`以下为文字实录`): only a sentence saying who gave a speech names its speaker. */
  readonly recordOnly?: boolean;
  /** The lead-in only says the full text follows (`全文如下：`): the lead also names an office or a title holder. */
  readonly fullText?: boolean;
  /** The paragraph the lead-in ends, when it is that paragraph's last clause (it may name the speaker). */
  readonly paragraph?: string;
  /** Everything the lead-in says before the speech word (a byline's name may sit inside it). */
  readonly words: string;
}

/** Cheap test before visibleText: a lead-in starts with 以下 or 下面 once its markup is gone, or ends a paragraph. */
export function mayBeSpeechLead(line: string): boolean {
  if (line.length > MAX_LEAD_LINE) return false;
  const at = line.search(/以下|下面/);
  return (at >= 0 && (at < 80 || /(?:以下|下面)[^，。]{0,40}[。：:]?(?:<[^<>]{0,40}>)*\s*$/.test(line))) || FULL_TEXT_AT_END.test(line);
}

/** `…觉觉和Nero的演讲——“…”，以下是演讲实录。`: the paragraph's last clause hands over to the speech. */
const LAST_CLAUSE_LEAD = /[，。,]\s*((?:以下|下面)[^，。,]{1,40}[。：:]?)$/;

/** The lead-in `text` is, as one of the three shapes above (a speech, a record, a full text), or null. */
function leadIn(text: string): SpeechLead | null {
  const marked = MARKED_LEAD.exec(text);
  if (marked) {
    const words = marked[1]!.trim();
    return { subject: words ? nameAfterTitles(words) : null, words };
  }
  if (RECORD_LEAD.test(text)) return { subject: null, words: '', recordOnly: true };
  const fullText = FULL_TEXT_LEAD.exec(text);
  return fullText ? { subject: null, words: fullText[1]!, recordOnly: true, fullText: true } : null;
}

/** The speech lead-in a line holds (markup allowed around it), as the whole line or as its paragraph's last clause, or null. */
export function recognizeMarkedSpeechLead(line: string): SpeechLead | null {
  if (!mayBeSpeechLead(line)) return null;
  const visible = visibleText(line);
  const whole = leadIn(visible);
  if (whole) return whole;
  // A `以下…` clause ends the paragraph; a `全文如下` one is whatever follows its last clause break.
  const clause = LAST_CLAUSE_LEAD.exec(visible)?.[1] ?? visible.slice(Math.max(visible.lastIndexOf('，'), visible.lastIndexOf('。'), visible.lastIndexOf(',')) + 1).trim();
  const last = clause && clause !== visible ? leadIn(clause) : null;
  return last && { ...last, paragraph: visible };
}

/**
 * A byline naming who spoke: a speaking role, a separator, then the name. `演講詞／Maria Ressa`, `主讲人：张三`,
 * `（演讲者：李四）`; a guest who gave the talk, `分享嘉宾｜王小静 理想汽车 高级大数据工程师`; a speaker's name then titles
 * and the page's other fields, `演讲者:李稻葵 论坛特邀专家…    时间:…`. The role must be one of speaking: `文／…` and
 * `作者：…` name the writer and are left alone. Group 1 is the role, group 2 what follows the separator.
 */
const BYLINE = /^[（(【[]?\s*((?:分享|演讲|演講|主讲|主講)(?:嘉宾|嘉賓)|演讲者|演講者|演讲词|演講詞|演讲人|演講人|讲者|講者|主讲人|主講人|主讲|主講|讲稿|講稿|发言人|發言人|讲述|講述)\s*[／/｜|:：丨]\s*(.{1,240})$/;
/** All that follows the separator is the name (a closing bracket allowed after it). */
const WHOLE_NAME = /^([^／/｜|:：（()）【】[\]]{2,40}?)\s*[）)】\]]?$/;
/** A guest's name comes first, its affiliation after a space, a bracket, a comma or a bar. */
const GUEST_NAME = /^([^\s，,、（(／/｜|:：]{2,20})(?:[\s，,、（(／/｜|丨].{0,200})?$/;
/** A speaker's Chinese name, then after a space the titles. `发言人：X 说明…` labels a spokesperson's words instead. */
const NAME_THEN_TITLES = /^(\p{Script=Han}[\p{Script=Han}·]{1,9})\s+\S.{0,200}$/u;
const TITLED_ROLE = /^(?:演讲者|演講者|演讲人|演講人|主讲人|主講人|讲者|講者)$/;

/** The name a byline gives after its role (see BYLINE), as `role` allows it to be written, or null. */
function bylineName(role: string, rest: string): string | null {
  const whole = WHOLE_NAME.exec(rest)?.[1]!.trim();
  if (whole && isPlausibleName(whole)) return whole;
  const guest = role.endsWith('宾') || role.endsWith('賓') ? GUEST_NAME : TITLED_ROLE.test(role) ? NAME_THEN_TITLES : null;
  const name = guest?.exec(rest)?.[1]!.replace(TRAILING_HONORIFIC, '');
  return name && isPlausibleName(name) ? name : null;
}

/**
 * `2017芝加哥大学毕业演讲 大卫·布鲁克斯`, `东京大学入学典礼 演讲 演讲人 上野千鹤子`: a card naming the occasion and the speech,
 * then after a space the speaker (a speaking role before the name allowed). No clause in it. Group 1 is the name.
 */
const OCCASION_CARD = new RegExp(String.raw`^[^，。；：:,;!?！？「」“”《》]{2,40}?(?:${SPEECH})\s+(?:(?:演讲人|演講人|演讲者|演講者|主讲人|主講人)\s*)?(\p{Script=Han}[\p{Script=Han}·]{1,9})$`, 'u');

export function speechBylineName(line: string): string | null {
  if (line.length > MAX_LEAD_LINE || !/[讲講演发發享]/.test(line)) return null;
  // A byline may share its line with the markup that opens the block it sits in, or stand in a quote.
  const visible = visibleText(line).replace(/^(?:>\s*)+/, '').replace(/\*\*|__/g, '');
  const byline = BYLINE.exec(visible);
  const name = byline ? bylineName(byline[1]!, byline[2]!) : null;
  if (name) return name;
  const card = OCCASION_CARD.exec(visible.trim())?.[1]!.replace(TRAILING_HONORIFIC, '');
  return card && isPlausibleName(card) ? card : null;
}

/**
 * `…主任Tomaso Poggio教授做了主题为“…”的演讲。`, `…负责人王泽锋发表了《…》主题演讲`, `…专家孟庆义对…进行了讲解`:
 * the lead paragraph says who gave the talk. The name after the last title, honorifics dropped.
 */
const SPEECH_GIVEN = new RegExp(String.raw`([^，。；：:、！？!?]{2,60}?)\s*(?:(?:对|對)[^，。；：:]{1,60}?)?(?:做了|作了|发表了?|發表了?|带来了|帶來了|进行了|進行了)(?:一场|一場|一次)?(?:题为|題為|主题为|主題為|主题是|主題是)?[^。；]{0,80}?(?:${SPEECH})`);

/** A lead paragraph may share its line with a saved page's style sheet: longer lines are not read. */
const MAX_LEAD_PARAGRAPH_LINE = 8000;

const GIVING_VERB = /做了|作了|发表了?|發表了?|带来了|帶來了|进行了|進行了/g;
/** How far before its verb a speech-giving clause's subject may start, and after it its speech word end. */
const GIVER_BEFORE = 64;
const GIVER_AFTER = 120;

/**
 * `本文整理自…工程师韩剑 6 月份在 AICon 2025 北京站的分享`, `来自…体验师觉觉和Nero的演讲`, `…专家胡宜峰受邀亮相…，带来…分享`:
 * the write-up names its source talk, or its speaker as invited to give it.
 */
const SPEECH_SOURCE = new RegExp(String.raw`(?:整理自|来自|來自|摘自)([^，。；：:、！？!?「」《》“”]{2,60}?)(?:\s*\d{1,2}\s*月份?)?\s*(?:在[^，。；]{1,40}?)?的(?:主题|主題)?(?:${SPEECH})`);
const INVITED_SPEAKER = new RegExp(String.raw`([^，。；：:、！？!?「」《》“”]{2,60}?)(?:受邀|应邀|應邀)[^。；]{0,80}?(?:${SPEECH})`);

/** How a paragraph says who gave the talk: the word it turns on, how far before it the name may start, the pattern. */
const GIVINGS: readonly { anchor: RegExp; before: number; pattern: RegExp }[] = [
  { anchor: /整理自|来自|來自|摘自/g, before: 0, pattern: SPEECH_SOURCE },
  { anchor: /受邀|应邀|應邀/g, before: GIVER_BEFORE, pattern: INVITED_SPEAKER },
  { anchor: GIVING_VERB, before: GIVER_BEFORE, pattern: SPEECH_GIVEN },
];

export function speechGiverName(line: string): string | null {
  if (line.length > MAX_LEAD_PARAGRAPH_LINE || !HAS_SPEECH_WORD.test(line)) return null;
  const words = visibleText(line);
  for (const giving of GIVINGS) {
    // The pattern is tried around each anchor only: a long paragraph costs a bounded amount per anchor.
    for (const anchor of words.matchAll(giving.anchor)) {
      const match = giving.pattern.exec(words.slice(Math.max(0, anchor.index - giving.before), anchor.index + GIVER_AFTER));
      const name = match ? nameAfterTitles(match[1]!) : null;
      if (name) return name;
    }
  }
  return null;
}

/**
 * `…总编辑文钊代表主办方做欢迎致辞`, `马兴瑞省长介绍新一届省政府领导成员并讲话`: a clause ending in giving a speech
 * (做/作/发表/致 or 并, then at most a few words and the speech word). Group 1 is what comes before the verb.
 */
const GIVES_SPEECH = new RegExp(String.raw`^(.{2,60}?)(?:做|作|发表|發表|并|並)了?[^，。；,;]{0,6}?(?:${SPEECH})$`);
/** GIVES_SPEECH with a statement (`发表谈话`), which only an office's full text (`全文如下`) is read for. */
const GIVES_STATEMENT = new RegExp(String.raw`^(.{2,60}?)(?:做|作|发表|發表|并|並)了?[^，。；,;]{0,6}?(?:${SPEECH}|${STATEMENT})$`);
/** `代表主办方` between the speaker and the verb: on whose behalf, no part of the name. */
const ON_BEHALF = /代表[^，。；,;]{1,12}$/;
const CLAUSE_BREAK = /[，。；！？,;!?]/;

/** `X在Y上发表讲话`: who stood at the place, before 在. */
const AT_PLACE = /^(.{2,30}?)在.{2,40}$/u;

/**
 * Who the first clause of `words` giving a speech (`gives`: GIVES_SPEECH or GIVES_STATEMENT) names, as `who` reads
 * what comes before its verb (`代表主办方` dropped), or null. Every clause reading (a lead paragraph's, an editor's
 * abstract's, an office's statement) is this one.
 */
function clauseGiver(words: string, gives: RegExp, who: (before: string) => string | null): string | null {
  for (const clause of words.split(CLAUSE_BREAK)) {
    const before = gives.exec(clause.trim())?.[1]?.replace(ON_BEHALF, '').trim();
    const name = before ? who(before) : null;
    if (name) return name;
  }
  return null;
}

/** The person before a speech's verb: titles around the name, the place (`在…上`) left out. */
function personGiving(before: string): string | null {
  return nameAroundTitle(AT_PLACE.exec(before)?.[1] ?? before);
}

/** Who a sentence says gave a speech (see GIVES_SPEECH), or null. */
export function speechClauseSpeaker(line: string): string | null {
  if (line.length > MAX_LEAD_PARAGRAPH_LINE || !HAS_SPEECH_WORD.test(line)) return null;
  return clauseGiver(visibleText(line), GIVES_SPEECH, personGiving);
}

/** `…总编辑文钊` (titles, then the name at the end), else `马兴瑞省长介绍…` (a name, then its title). */
function nameAroundTitle(words: string): string | null {
  const afterTitles = nameAfterTitles(words);
  // Five ideographs or more after the last title are a verb phrase (`省长介绍新一届…`), not a Chinese name.
  if (afterTitles && !/^\p{Script=Han}{5,}$/u.test(afterTitles)) return afterTitles;
  const folded = simplified(words);
  if (folded.length !== words.length) return null;
  for (const title of ZH_TITLES) {
    const at = folded.indexOf(title);
    if (at >= 2 && at <= 4 && isPlausibleName(words.slice(0, at))) return words.slice(0, at);
  }
  return null;
}

/** An occupation word (`…师`, `…专家`, `…员`) right before the name at the end. */
const OCCUPATION_THEN_NAME = /(?:师|師|专家|專家|员|員|经理|經理|总监|總監|主任|研究员|研究員|负责人|負責人|创始人|創始人)\s*([\p{L}·]{2,16})$/u;

/** The name at the end of `words`, after any job titles before it; null when what is left is no name. */
export function nameAfterTitles(words: string): string | null {
  let text = words.replace(TRAILING_HONORIFIC, '').trim();
  const folded = simplified(text);
  if (folded.length === text.length) text = text.slice(afterLastTitle(folded, 0, folded.length)).trim();
  // `蕾莎（Maria Ressa）`: the name in brackets after another spelling of it is the same person.
  text = text.replace(/^[\p{L}·]{1,12}[（(]([^（）()]{2,30})[）)]$/u, '$1').trim();
  if (isPlausibleName(text)) return text;
  // `…算法工程师韩剑`, `…交互体验师觉觉和Nero`: the name after the last occupation word.
  const afterOccupation = OCCUPATION_THEN_NAME.exec(text)?.[1];
  return afterOccupation && isPlausibleName(afterOccupation) ? afterOccupation : null;
}

/**
 * Who speaks after a lead-in: the name it gives itself, unless a byline above spells the same person
 * (the byline's spelling wins, as a label's would); a lead-in naming nobody takes the byline's speaker or
 * the lead paragraph's. `linesAbove(i)` is the i-th line above the lead-in (0 the nearest), undefined past the start.
 */
export function leadSpeaker(lead: SpeechLead, linesAbove: (i: number) => string | undefined): string | null {
  if (lead.recordOnly) return recordLeadSpeaker(lead, linesAbove);
  let byline: string | null = null;
  let giver: string | null = lead.paragraph === undefined ? null : speechGiverName(lead.paragraph);
  let card: string | null = null;
  for (const line of withinReach(linesAbove)) {
    byline ??= speechBylineName(line);
    giver ??= speechGiverName(line);
    card ??= nameCardName(line);
  }
  if (byline && (lead.subject === null || lead.words.includes(byline))) return byline;
  const named = lead.subject ?? giver ?? byline;
  // `斗象科技谢忱发表…演讲` over the caption `斗象科技创始人、董事长谢忱`: the card's name, which the longer
  // spelling ends with, leaves out the organisation the lead paragraph ran into it.
  if (named && card && named !== card && named.endsWith(card)) return card;
  return named ?? card;
}

/** A record's lead-in: the speaker of the nearest sentence saying who gave a speech, its own paragraph first. */
function recordLeadSpeaker(lead: SpeechLead, linesAbove: (i: number) => string | undefined): string | null {
  const clause = firstReading(leadAndAbove(lead, linesAbove), speechClauseSpeaker);
  return clause ?? (lead.fullText ? fullTextSpeaker(lead, linesAbove) : null);
}

/**
 * `总统农历年讲话全文为:` under `…，蔡英文总统特别录制影片…`: the lead-in names a title, the lead its holder. Else
 * `中共中央台办发言人受权就…发表谈话。全文如下：`: the lead names an office that gave the speech, and no person.
 */
function fullTextSpeaker(lead: SpeechLead, linesAbove: (i: number) => string | undefined): string | null {
  const title = titleIn(lead.words);
  const holder = title ? firstReading(withinReach(linesAbove), (line) => titleHolder(line, title)) : null;
  return holder ?? firstReading(leadAndAbove(lead, linesAbove), officeGivingSpeech);
}

/** The paragraph a lead-in ends, when it ends one, then the lines above it within reach. */
function* leadAndAbove(lead: SpeechLead, linesAbove: (i: number) => string | undefined): Generator<string> {
  if (lead.paragraph !== undefined) yield lead.paragraph;
  yield* withinReach(linesAbove);
}

/** The first role title (ZH_TITLES) in a lead-in's words, as folded, or null. */
function titleIn(words: string): string | null {
  const folded = simplified(words);
  let best: { title: string; at: number } | null = null;
  for (const title of ZH_TITLES) {
    const at = folded.indexOf(title);
    if (at >= 0 && (best === null || at < best.at || (at === best.at && title.length > best.title.length))) best = { title, at };
  }
  return best?.title ?? null;
}

/**
 * `蔡英文总统特别录制影片…`: a clause opening with a name and then `title` (folded); or `…中華民國總統 馬英九 發布…`:
 * `title`, then a name of two to four ideographs standing alone up to a space or the clause's end. The name, or null.
 */
export function titleHolder(line: string, title: string): string | null {
  if (line.length > MAX_LEAD_PARAGRAPH_LINE) return null;
  for (const clause of visibleText(line).split(CLAUSE_BREAK)) {
    const words = clause.replace(/^[【[][^】\]]{0,30}[】\]]/, '').trim();
    const folded = simplified(words);
    if (folded.length !== words.length) continue;
    const at = folded.indexOf(title);
    if (at >= 2 && at <= 4 && isPlausibleName(words.slice(0, at))) return words.slice(0, at);
    for (let from = folded.indexOf(title); from >= 0; from = folded.indexOf(title, from + 1)) {
      const after = /^\s*(\p{Script=Han}{2,4})(?:\s|$)/u.exec(words.slice(from + title.length));
      // `總統新年談話` names an occasion after the title, not a person.
      if (after && isPlausibleName(after[1]!) && !SPEECH_WORDS.test(after[1]!)) return after[1]!;
    }
  }
  return null;
}

const SPEECH_WORDS = new RegExp(`${SPEECH}|${STATEMENT}`);
const HAS_STATEMENT_WORD = SPEECH_WORDS;

/** The longest office a clause giving a speech may open with (`中共中央台办发言人`). */
const MAX_OFFICE = 16;

/** `中共中央台办发言人受权就…发表谈话`: the clause giving the speech opens with an office (up to its title) and names no one. */
function officeGivingSpeech(line: string): string | null {
  if (line.length > MAX_LEAD_PARAGRAPH_LINE || !HAS_STATEMENT_WORD.test(line)) return null;
  return clauseGiver(visibleText(line), GIVES_STATEMENT, officeOf);
}

/** The office `before` opens with, up to its first title that ends within MAX_OFFICE characters, or null. */
function officeOf(before: string): string | null {
  const folded = simplified(before);
  if (folded.length !== before.length) return null;
  let end = -1;
  for (const title of ZH_TITLES) {
    const at = folded.indexOf(title);
    if (at >= 0 && at + title.length <= MAX_OFFICE && (end < 0 || at + title.length < end)) end = at + title.length;
  }
  const office = end > 0 ? before.slice(0, end) : '';
  return office.length >= 3 && !/[\s\d“”「」《》"]/.test(office) ? office : null;
}

/**
 * `斗象科技创始人、董事长谢忱`, `阿里巴巴技术专家 孟庆义`: a short line of job titles ending in a name, no
 * sentence (a picture's caption or a name card near the lead-in). The name, or null.
 */
const MAX_NAME_CARD = 40;

export function nameCardName(line: string): string | null {
  if (line.length > MAX_LEAD_LINE) return null;
  const words = visibleText(line);
  if (words.length < 4 || words.length > MAX_NAME_CARD || /[，。！？：；,!?:;「」“”《》()（）[\]]/.test(words)) return null;
  const folded = simplified(words);
  if (folded.length !== words.length) return null;
  // Only a card that holds a title: a bare name or a plain phrase is no evidence of who spoke.
  const afterTitle = afterLastTitle(folded, 0, folded.length);
  const afterOccupation = OCCUPATION_THEN_NAME.exec(words);
  if (afterTitle === 0 && !afterOccupation) return null;
  const name = nameAfterTitles(words);
  if (name && name.length < words.length) return name;
  // `毕业生代表、人文学院2016级本科生  袁舒`: titles and a class or department, a space, then the name alone.
  const spaced = CARD_NAME_AFTER_SPACE.exec(words);
  const titles = spaced ? simplified(spaced[1]!) : '';
  return spaced && ZH_TITLES.some((title) => titles.includes(title)) && isPlausibleName(spaced[2]!) ? spaced[2]! : null;
}

/** A card's last word standing alone after white space: two to four ideographs (a `·` inside allowed). */
const CARD_NAME_AFTER_SPACE = /^(.*\S)\s+(\p{Script=Han}[\p{Script=Han}·]{1,3})$/u;

/**
 * `本文根据杨光斌教授在中国国际问题高级讲坛2018上的发言整理。`: a note that the piece is someone's talk, written up. The
 * name (titles and honorifics dropped), or null when the note names a talk's title and no person
 * (`本文根据《…》线下meetup演讲实录整理而成。`).
 */
const SOURCE_NOTE = new RegExp(String.raw`^(?:本文|下文|以下内容)(?:根据|根據|整理自|摘自)(.{2,40}?)(?:在[^，。；]{1,40}?上)?的?(?:主题|主題)?(?:${SPEECH})(?:实录|實錄|内容|內容)?(?:整理(?:而成)?)?[。.]?$`, 'u');

export function sourceNoteName(line: string): string | null {
  if (line.length > MAX_LEAD_LINE) return null;
  const visible = visibleText(line);
  const words = SOURCE_NOTE.exec(visible)?.[1];
  return words ? nameAfterTitles(words) : speechTextNoteName(visible);
}

/** `【导  读】`, `编者按：`: the label of an editor's note opening a line (spaces inside the brackets allowed). */
const NOTE_LABEL = /^(?:[【[]\s*(?:导\s*读|導\s*讀|导\s*语|導\s*語|编者按|編者按|编者注|編者注|编者语|編者語)\s*[】\]]\s*[:：]?|(?:导读|導讀|导语|導語|编者按|編者按|编者注|編者注|编者语|編者語)\s*[:：])\s*/u;

/**
 * `这是任正非用于…大会上发言的内部撰写稿。`, `本文为X在…上的讲话全文。`: the note says the text below is someone's speech.
 * Group 1 names who; group 2 is what kind of text it is (a draft, the full text, a record).
 */
const SPEECH_TEXT_NOTE = new RegExp(String.raw`^(?:这是|這是|本文是|本文为|本文為)(.{2,40}?)(?:(?:在|于|於|用于|用於)[^，。；：:]{1,40}?)?(?:上|中)?的?(?:主题|主題)?(?:${SPEECH})的?(?:[^，。；：:]{0,8}?(稿|全文|实录|實錄))?[。.]?$`, 'u');

/**
 * The speaker an editor's note says the text is by: `【导  读】这是X…发言的内部撰写稿。`. Without the note's label
 * the line must name the kind of text (`…讲话稿`, `…全文`): `这是X在会上讲话。` captions a photo.
 */
function speechTextNoteName(visible: string): string | null {
  const label = NOTE_LABEL.exec(visible);
  const match = SPEECH_TEXT_NOTE.exec(label ? visible.slice(label[0].length) : visible);
  if (!match || (!label && !match[2])) return null;
  return nameAfterTitles(match[1]!.trim());
}

/**
 * `演讲者｜ 约翰·奎尔奇` with no speech lead-in in the lines below it: the byline itself hands the piece to the
 * speech that follows. The speaker's name, or null. `lineBelow(i)` is the i-th line below (0 the nearest).
 */
export function bylineOpeningSpeech(line: string, lineBelow: (i: number) => string | undefined): string | null {
  const name = speechBylineName(line) ?? sourceNoteName(line) ?? editorNoteOverSalutation(line, lineBelow);
  if (!name) return null;
  const leadBelow = firstReading(withinReach(lineBelow), (below) => (mayBeSpeechLead(below.slice(0, 120)) ? recognizeMarkedSpeechLead(below) : null));
  return leadBelow ? null : name;
}

/** `导语:…`, `编者按：…`, `提要:…`: an editor's abstract heading a page. Group 1 is what the note says. */
const EDITOR_NOTE = /^(?:导语|導語|导读|導讀|提要|内容提要|內容提要|编者按|編者按|编者语|編者語)\s*[:：]\s*(.+)$/u;

/**
 * `导语:校研会主席李延武在…典礼上发表讲话。下面是…`: who an editor's abstract says gave a speech (titles dropped), or null.
 * A note about a speech may head a commentary on it: only a salutation under the note opens the speech (bylineOpeningSpeech).
 */
export function editorNoteSpeaker(line: string): string | null {
  if (line.length > MAX_LEAD_LINE || !HAS_SPEECH_WORD.test(line)) return null;
  const note = EDITOR_NOTE.exec(visibleText(line))?.[1];
  return note ? clauseGiver(note, GIVES_SPEECH, personGiving) : null;
}

/** How many lines below an editor's note its salutation may stand (blank lines between count). */
const SALUTATION_REACH = 3;

/** An editor's note naming who gave a speech, with the speech's salutation as the next line of text below it. */
function editorNoteOverSalutation(line: string, lineBelow: (i: number) => string | undefined): string | null {
  const name = editorNoteSpeaker(line);
  if (!name) return null;
  for (let i = 0; i < SALUTATION_REACH; i++) {
    const below = lineBelow(i);
    if (below === undefined) return null;
    if (below.trim() !== '') return isSalutationLine(below) ? name : null;
  }
  return null;
}

/**
 * What this module reads from one line, as a key: an edit that changes it may change who speaks in
 * the lines below, so the incremental analyzer falls back to a full analysis.
 */
export function speechIntroductionReading(line: string): string {
  const lead = recognizeMarkedSpeechLead(line);
  const byline = speechBylineName(line) ?? sourceNoteName(line) ?? editorNoteSpeaker(line);
  const giver = speechGiverName(line) ?? speechClauseSpeaker(line);
  // An editor's note opens a speech only over a salutation: making or unmaking one may change who speaks below.
  const salutation = isSalutationLine(line);
  const signOff = isSignOff(line) && (isTalkSignOff(line) ? 'talk' : true);
  // A picture inside block markup keeps a speech going past it (findTurns' wrapsPicture).
  const figure = isFigureLine(line.trimStart().slice(0, 16)) || /<img\b/i.test(line.slice(0, 400));
  const card = nameCardName(line);
  // A credit field under a byline is no one's speech (findTurns).
  const credit = isWriteUpCredit(line);
  // A greeting makes the name line above it a speaker's (nameOverGreeting.ts).
  const greeting = opensWithGreeting(line.trimStart());
  if (!lead && !byline && !giver && !signOff && !figure && !card && !credit && !salutation && !greeting) return '';
  return JSON.stringify([lead, byline, giver, signOff, figure, card, credit, salutation, greeting]);
}

/**
 * Whether a line that reads the lines above it sits below `line` within its reach: a `全文如下` lead-in (within
 * SPEAKER_INTRODUCTION_REACH; it reads a title's holder or an office above it), or a greeting under a name line
 * (nameOverGreeting.ts). No reading of the edited line alone shows either. For the incremental analyzer's one-line edits.
 */
export function fullTextLeadBelow(lines: LineIndex, line: number): boolean {
  if (greetingBelow((at) => lines.lineText(at), lines.lineCount, line)) return true;
  const end = Math.min(lines.lineCount - 1, line + SPEAKER_INTRODUCTION_REACH);
  for (let below = line + 1; below <= end; below++) {
    const start = lines.lineStart(below);
    const lineEnd = lines.lineEnd(below);
    if (lineEnd - start > MAX_LEAD_PARAGRAPH_LINE || !FULL_TEXT_AT_END.test(lines.source.slice(Math.max(start, lineEnd - 60), lineEnd))) continue;
    if (recognizeMarkedSpeechLead(lines.lineText(below))?.fullText) return true;
  }
  return false;
}

/**
 * Whether a speech lead-in sits on one of the lines from `first` to SPEAKER_INTRODUCTION_REACH lines past
 * `last`: it reads the lines above it by number, so an edit that adds or removes lines above it within
 * reach may change its speaker. So does a greeting under a name line (nameOverGreeting.ts). For the incremental analyzer.
 */
export function speechLeadWithinReach(lines: LineIndex, first: number, last: number): boolean {
  if (nameOverGreetingNear((at) => lines.lineText(at), lines.lineCount, first, last)) return true;
  const end = Math.min(lines.lineCount - 1, last + SPEAKER_INTRODUCTION_REACH);
  for (let line = first; line <= end; line++) {
    const start = lines.lineStart(line);
    const head = lines.source.slice(start, Math.min(lines.lineEnd(line), start + 120));
    if (mayBeSpeechLead(head) && recognizeMarkedSpeechLead(lines.lineText(line))) return true;
  }
  return false;
}
