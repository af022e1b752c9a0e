// How a Chinese sentence is built, read for its kind where no cue word decides it. Works on the matching key
// (text folded to Simplified), so Traditional and Simplified read alike.

import { LEADING_NOISE } from './zhNoise';

const JIANG = '将'.charCodeAt(0);
/** `已将`, `曾经将`: a completed act before 将. */
const DONE_BEFORE = /(?:已|已经|曾|曾经)$/;
/** What may open the object of 将 as a verb's object marker; a future 将 is followed by a verb, an adverb or 于 (`将于`, `将进一步`). */
const NOT_AN_OBJECT = /^(?:于|会|要|在|从|进一步|继续|逐步|全面|大幅|首次|正式|不|可|能|更|持续|加快|陆续|共同|重点|积极|努力|充分|有|是|成|迎来|面临|达到|带来|推出|推动|开始|提供|启动|举行|召开|实施|完成|进入|出现|再|也|还|都|一)/;
/** `将安全问题通知了提供VPN服务的公司`: an object, a verb and 了 with more of the clause after it, no clause break between. */
const OBJECT_VERB_LE = /^[^，,。；;：:、！!？?\s]{2,20}?了(?![，,。；;：:、！!？?\s”」』）)]|$)/;

/**
 * `新安保文件已将…预算提高到…`, `我们曾经将成千上万亿美元转移到海外`, `并将安全问题通知了…公司`: 将 here marks the object of a
 * done act (as 把 does), not the future. True when `at` is such a 将: a completed-act adverb before it, or an object,
 * a verb and a perfective 了 after it inside the clause.
 */
export function isDoneObjectJiang(key: string, from: number, at: number): boolean {
  if (key.charCodeAt(at) !== JIANG) return false;
  if (DONE_BEFORE.test(key.slice(Math.max(from, at - 2), at))) return true;
  const after = key.slice(at + 1, at + 1 + 24);
  return !NOT_AN_OBJECT.test(after) && OBJECT_VERB_LE.test(after);
}

/** Prepositions and verbs that open what a future 将 governs (`将同总理先生举行会晤`, `将为…提供`, `将把重点放在`): no object follows. */
const FUTURE_JIANG_OPENS = /^(?:为|向|与|同|和|跟|对|以|由|按|根据|通过|围绕|把|被|让|使|给|到|就|自|稳步|大力|切实|不断|依法|尽快|如期|更加|坚定|永远|永久)/;
/**
 * `这些产品将数据存储在…`, `日方将中国定位为…`, `会后将共笔内容转写为…`: an object, then a verb with a place or result
 * complement (在, 到, 至, 为) inside the clause. 成为, 作为, 认为… are verbs of their own, not complements.
 */
const OBJECT_VERB_COMPLEMENT = /^[^，,。；;：:、！!？?\s“”「」]{2,14}?[\u3400-\u9fff](?:在|到|至|(?<![成作认称视])为)(?!为)/;

/**
 * 将 as the object marker of a placing or changing verb (as 把 is), with no time of its own: `这些产品将数据存储在没有保护措施的…服务器上`,
 * `你可以在代码里将数据复制到平台上`, `日方将中国定位为“最大战略挑战”`. A future 将 is followed by a verb, an adverb or a
 * preposition (`将于`, `将进一步`, `将同…举行`, `将把…放在`). True when `at` is such a 将.
 */
export function isObjectMarkerJiang(key: string, at: number): boolean {
  if (key.charCodeAt(at) !== JIANG) return false;
  const after = key.slice(at + 1, at + 1 + 20);
  if (NOT_AN_OBJECT.test(after) || FUTURE_JIANG_OPENS.test(after)) return false;
  const match = OBJECT_VERB_COMPLEMENT.exec(after);
  return match !== null && !WORD_NOT_COMPLEMENT.test(match[0].slice(-2));
}

/** Words whose last character only looks like a complement (`将长期存在`, `将受到`, `甚至`): the verb is the word, and 将 the future. */
const WORD_NOT_COMPLEMENT = /^(?:存在|现在|正在|实在|所在|自在|好在|得到|受到|遇到|感到|做到|想到|提到|来到|直到|甚至|以至|乃至|直至|以为|因为|行为)$/;

/** What makes 计划 a noun from before: a modifier (`的计划`, `这个计划`, `该计划`), an opening title mark or quote, or a name (`ID4D计划`). */
const PLAN_NOUN_BEFORE = /(?:的|个|项|该|此|这|那|《|“|"|[a-z0-9])\s*$/i;
/** …and from after: a closing mark, a clause end, or what follows a noun (`计划是`, `计划的`, `计划时`, `计划项目`). */
const PLAN_NOUN_AFTER = /^\s*(?:[》”」』）)\]】，,。；;、：:！!？?]|是|的|时|中|里|内|项目|书|表|$)/;

/**
 * `《防卫力量整备计划》`, `“发展数位身分辨识”的计划`, `vTaiwan.tw 计划是 g0v 里的一个专案`: 计划 as the name of a programme, a
 * noun that plans nothing; `新机场计划新建…`, `计划于明年…` keep the plan. True when key[at, end) is such a 计划.
 */
export function isPlanNoun(key: string, from: number, to: number, at: number, end: number): boolean {
  if (key.slice(at, end) !== '计划') return false;
  return PLAN_NOUN_BEFORE.test(key.slice(Math.max(from, at - 3), at)) || PLAN_NOUN_AFTER.test(key.slice(end, Math.min(to, end + 3)));
}

/** 被, an agent of at most six characters, and a verb of regard: `被认为`, `被舆论认为`, `被视为`, `曾被批`. */
const REPUTATION_FRAME = /^被[^，,。；;：:！!？?]{0,6}?(?:认为|视为|看作|看成|当作|称为|称作|誉为|评为|列为|认定|形容为|批评|批)/;
/** How far back from a cue its 被 is looked for. */
const REPUTATION_REACH = 40;
const REPUTATION_BREAK = /[，,。；;：:！!？?]/;

/**
 * `最早的共产党被认为是共产主义者同盟`, `芭芭拉布殊被视为美国最著名政治世家之一的核心`, `曾被批“有史以来最失败的一期”`: how others regard
 * something, reported, not the writer's judgement. True when key[at] lies in such a frame, from 被 to the end of its clause.
 */
export function isInReputationFrame(key: string, from: number, at: number): boolean {
  const start = Math.max(from, at - REPUTATION_REACH);
  for (let i = at; i >= start; i--) {
    const c = key.charAt(i);
    if (i < at && REPUTATION_BREAK.test(c)) return false;
    if (c === '被' && REPUTATION_FRAME.test(key.slice(i, i + 12))) return true;
  }
  return false;
}

/**
 * `建制派保护的是他们自己，而不是我们国家的公民`, `问题根本不在于生产成本，而在于劳动力`, `并非有好心就能做`: rather than, by
 * no means, lies not in… but in: the writer rejects another reading, which is taking a stance. A plain `不是…，而是…`
 * (`不是组织，而是一群人…的平台`) often only defines and is left to the facts.
 */
const REBUTTAL = /而不是|而非|并非|不在于[^。！？!?]{1,40}?而在于/;

/** The rebuttal marker of key[from, to) (`而不是`, `不在于…而在于`), or null when there is none. */
export function rebuttal(key: string, from: number, to: number): string | null {
  const match = REBUTTAL.exec(key.slice(from, to));
  if (match === null) return null;
  return match[0].startsWith('不在于') ? '不在于…而在于' : match[0];
}

/** Verbs that direct someone to act: what follows is the demand they report, not the writer's own should. 规定 is left out: it is as often the noun (`完善制度规定`). */
const DIRECTIVE = /要求|警告|责令|命令|敦促|督促|勒令/g;
/** A directive reaches this far, across commas (`警告离座拍摄的民主派议员，要保持安静`) but not a sentence or a semicolon. */
const DIRECTIVE_REACH = 30;
const DIRECTIVE_BREAK = /[。！!？?；;]/;

/**
 * Where the directive verb ends whose demand a should at `at` states (`我们要求…医院都要开设发热门诊`,
 * `警告…议员，要保持安静`), or -1. The caller takes only the first should after a directive: a later one
 * (`…要求我们不要支持，…应该不是这样子`) is the writer's again.
 */
export function directiveEndBefore(key: string, from: number, at: number): number {
  const start = Math.max(from, at - DIRECTIVE_REACH);
  const window = key.slice(start, at);
  let end = -1;
  DIRECTIVE.lastIndex = 0;
  for (let match = DIRECTIVE.exec(window); match !== null; match = DIRECTIVE.exec(window)) end = match.index + match[0].length;
  return end >= 0 && !DIRECTIVE_BREAK.test(window.slice(end)) ? start + end : -1;
}

/**
 * How the speaker frames a sentence as their own assessment: summing up (`总的来看`), saying what a thing is at
 * bottom (`本质上来说`, `说到底`), speaking frankly (`老实说`, `坦白讲`), judging from what was just said or from a
 * result (`从这个角度来看`, `从结果来说`, `换一个角度来讲`), on reflection (`仔细想想`), as self-evident (`当然，…`), or as
 * what something amounts to (`也就是说`: the speaker's reading of what was just said). The other restating markers are
 * left out: on dev `换句话说` / `换言之` explain a talk's facts and `说白了` a speaker's own past aim as often as it judges.
 */
const STANCE_FRAME =
  /当然|总的来(?:看|说|讲)|总体(?:来看|来说|而言)|整体(?:来看|而言)|本质上(?:来说|来讲)?(?!的)|说到底|归根(?:结底|到底)|老实说|说实话|说实在的|坦白(?:说|讲)|坦率(?:地)?(?:说|讲)|平心而论|仔细想想|严格(?:来|地)(?:说|讲)|某种意义上|从(?:这|那|结果|本质|根本)[^，,。；;！!？?]{0,6}?(?:来看|来说|来讲|而言)|换一?个角度(?:来)?(?:看|说|讲)|也就是说(?![明法])/;
/** A frame opens its clause: at most this many characters into the sentence (`其实老实说…`, `或是我换一个角度来讲…`) or right after a clause mark. */
const FRAME_OPENING = 6;
const CLAUSE_BREAK = /[，,；;：:]/;

/**
 * The stance frame opening a clause of key[from, to) (`总的来看`, `从这个角度来看`), or null. A frame inside a
 * clause (`…有什么本质上的不同`) modifies a noun and says nothing of the speaker.
 */
export function stanceFrame(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const match = STANCE_FRAME.exec(sentence);
  if (match === null) return null;
  const head = sentence.slice(0, match.index);
  const opening = head.slice(LEADING_NOISE.exec(head)![0].length);
  if (opening.length > FRAME_OPENING && !CLAUSE_BREAK.test(head.charAt(head.length - 1))) return null;
  // The frame must lead into something: `那么本质上来说` alone is a fragment.
  return /[\u3400-\u9fffA-Za-z0-9]/.test(sentence.slice(match.index + match[0].length)) ? match[0] : null;
}

/** `符合两国的共同利益`, `损害…各国人民的共同利益`: whether something serves or harms interests, inside one clause. */
const INTEREST_JUDGEMENT = /(符合|损害|有损|违背|危害)[^，,。；;：:！!？?]{0,24}利益/;
/** `两国合作具有广阔空间`, `都有很大的空间`, `他还有自己的发展潜力`: room or potential that something has, inside one clause. */
const POTENTIAL_JUDGEMENT = /(?:有|具有|具备)[^，,。；;：:！!？?]{0,8}(空间|潜力)/;

/**
 * A predicate that judges by what it says of its subject, whatever the words around it: whose interests a course
 * serves or harms (`中加关系保持健康稳定发展，符合两国的共同利益。`, `美方的做法…损害…各国人民的共同利益`), or the room or
 * potential it has (`两国合作具有广阔空间`, `他还有自己的发展潜力`). Said in a government voice as much as in commentary,
 * it is the speaker's assessment. Returns the reason's words (`符合…利益`, `有…空间`) or null.
 */
export function judgingPredicate(key: string, from: number, to: number): string | null {
  const sentence = key.slice(from, to);
  const interest = INTEREST_JUDGEMENT.exec(sentence);
  if (interest !== null) return `${interest[1] as string}…利益`;
  const potential = POTENTIAL_JUDGEMENT.exec(sentence);
  return potential === null ? null : `有…${potential[1] as string}`;
}
