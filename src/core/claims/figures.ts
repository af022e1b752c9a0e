// Checkable quantities in a sentence's matching key (folded to Simplified, ASCII lower case): dates,
// times, percentages, money, counts and plain numbers. One sticky regular expression, compiled once, tried
// only where a figure can start (a digit, a Chinese numeral, a currency sign, a few words), so the scan
// stays linear and cheap.

import { codesOf } from '../text/codesOf';
import { codeIndexWithin } from '../text/indexWithin';
import { isAsciiLowerLetter, isDigit } from '../turns/chars';
import { isCjkIdeograph } from './cjkIdeographs';

/** `ordinal`: 第6届, 二十届, 110周年: a count that names a session, an anniversary or a rank (like an English `18th`), not an amount. */
export type FigureCategory = 'date' | 'time' | 'percent' | 'money' | 'count' | 'number' | 'ordinal';

export interface Figure {
  readonly category: FigureCategory;
  readonly start: number;
  readonly end: number;
}

const D = '[0-9０-９]';
/** Digits touching Latin letters, dots or hyphens (H20, GPT-4, v1.2, 5G) are names, not figures. */
const NOT_AFTER_NAME = '(?<![a-z0-9０-９_.\\-])';
const DIGITS = `${NOT_AFTER_NAME}(?:${D}{1,3}(?:,${D}{3})+|${D}+)(?:[.．]${D}+)?`;
/** Chinese numerals, never a lone 一 (一些, 一直, 第一个 are not quantities). */
const CN = '(?:[数几](?=[十百千万亿兆])[十百千万亿兆]+|一[〇零一二两三四五六七八九十百千万亿兆]+|[〇零二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿兆]*)';
const SCALE = '(?:[多余几]?[十百千万亿兆]+)*[多余]?';
const NUM = `(?:${DIGITS}|${CN})${SCALE}`;
/** Digits with their scale (4.2万, 135亿, 3万4千) or a fraction (1/6). */
const DIGIT_NUM = `${DIGITS}(?:/${D}+|${SCALE}(?:${D}+[十百千万亿兆]+)*)`;
const EN_COUNT = 'an?|one|two|three|four|five|six|seven|eight|nine|ten';
/** Spelled-out numbers that are figures on their own (`forty percent`, `fifteen years`); one to ten are not. */
const EN_TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const EN_SCALE = 'hundred|thousand|million|billion|trillion';
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MEASURE = '周年|个月|个小时|个百分点|个季度|家|次|名|位|人|座|台|片|款|种|项|件|倍|年|天|日|小时|分钟|秒|季度|周|岁|辆|颗|块|张|条|部分|部|所|期|代|层|批|轮|票|股|吨|公里|千米|米|户|篇|份|届|场|架|枚|套|门';
const CURRENCY_AFTER = '美元|元|人民币|美金|港元|港币|欧元|英镑|日元|块钱|韩元|新台币|台币';

const DATE = [
  // `八零年代`, `80年代`, `六十年代`: a decade names a time, as a year does; `八零年` alone is no count of eighty years.
  '[〇零一二三四五六七八九]{2}年代|[一二三四五六七八九]十年代',
  `${NOT_AFTER_NAME}${D}0\\s?年代`,
  `${D}{4}\\s?年(?:\\s?${D}{1,2}\\s?月(?:\\s?${D}{1,2}\\s?[日号])?)?`,
  '[〇零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号])?)?',
  // `从05年开始`, `08年的金融危机`: a year written short; with its leading zero it counts no years.
  `${NOT_AFTER_NAME}0${D}\\s?年(?:\\s?${D}{1,2}\\s?月(?:\\s?${D}{1,2}\\s?[日号])?)?`,
  `${NUM}\\s?(?:年|个月|天|周|个星期)前`,
  `${D}{1,2}\\s?月\\s?${D}{1,2}\\s?[日号]`,
  `${NOT_AFTER_NAME}${D}{1,2}\\s?月(?:份|初|底|中旬|上旬|下旬)?`,
  '(?:十[一二]?|[一二三四五六七八九])月(?:份|初|底)?',
  `${NOT_AFTER_NAME}${D}{1,2}\\s?[日号](?![0-9])`,
  `${D}{4}-${D}{1,2}-${D}{1,2}`,
  `${NOT_AFTER_NAME}${D}{1,2}/${D}{1,2}/${D}{2,4}`,
  `\\b(?:${MONTHS})\\.?\\s+${D}{1,4}(?:st|nd|rd|th)?\\b(?:,?\\s+${D}{4})?`,
  `\\b${D}{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b(?:\\s+${D}{4})?`,
  '去年|前年|上个?月|上周|上星期|昨天|前天|上半年|上季度|今年|本月',
  `\\byesterday\\b|\\b(?:last|this)\\s+(?:year|month|week|quarter)\\b|\\b(?:${D}+|${EN_COUNT})\\s+(?:years?|months?|weeks?|days?|decades?)\\s+ago\\b`,
  `${NOT_AFTER_NAME}(?:19|20)${D}0s\\b`,
  `${NOT_AFTER_NAME}(?:19|20)${D}{2}\\b`,
].join('|');
const TIME = `${NOT_AFTER_NAME}${D}{1,2}:${D}{2}(?::${D}{2})?(?:\\s?[ap]\\.?m\\.?)?`;
/** `3 p.m.`, `9 a.m.`: an hour of the clock with no minutes, a time like `2:30 p.m.` and no quantity. */
const HOUR = `${NOT_AFTER_NAME}${D}{1,2}\\s?(?:[ap]\\.m\\.|[ap]m\\b)`;
const PERCENT = [
  `${NUM}\\s?(?:%|％|percent\\b|per cent\\b|个百分点|百分点)`,
  `\\b(?:${EN_TENS}|${EN_COUNT})\\s(?:percent|per cent)\\b`,
  `百分之(?:${CN}|${DIGITS}|一)(?:点[〇零一二三四五六七八九]+)?`,
  '[两二三四五六七八九]成(?![功为立本员长熟品果绩就交])',
].join('|');
const MONEY = [
  `(?:us\\$|hk\\$|nt\\$|[$¥￥€£]|\\brmb\\s?|\\busd\\s?|\\bcny\\s?)${D}+(?:[,.]${D}+)*(?:\\s?(?:thousand|million|billion|trillion|bn|mn)\\b|[kmb]\\b|[十百千万亿兆]+)?`,
  `${NUM}\\s?(?:${CURRENCY_AFTER})`,
  `${DIGITS}\\s?(?:thousand|million|billion|trillion)?\\s?(?:dollars|yuan|euros|pounds|usd|rmb)\\b`,
].join('|');
const COUNT = [
  `第?${DIGIT_NUM}\\s?(?:${MEASURE}|个)`,
  `第?${CN}${SCALE}(?:${MEASURE})`,
  `${DIGITS}\\s?(?:${EN_SCALE})\\b`,
  // `two hundred people`, `a million jobs`, `thousands of people`, `tens of thousands`
  `\\b(?:${EN_TENS}|${EN_COUNT})[- ](?:${EN_SCALE})\\b`,
  '\\b(?:tens of |hundreds of )?(?:hundreds|thousands|millions|billions|dozens) of\\b',
  '\\b(?:tens|hundreds) of (?:thousands|millions|billions)\\b',
].join('|');
/** Digits followed by a letter or more digits are not a whole number: `18th` is an ordinal, not `1`. */
const NUMBER = [`${DIGIT_NUM}(?![a-z0-9０-９])`, `\\b(?:${EN_TENS})\\b`].join('|');

/**
 * One sticky expression per category, tried in this order: the same as one alternation of them all (the
 * first alternative that matches wins), but test() and lastIndex give the end without a match array.
 */
const FIGURE_PATTERNS: readonly (readonly [FigureCategory, RegExp])[] = (
  [
    ['date', DATE],
    ['time', TIME],
    ['time', HOUR],
    ['percent', PERCENT],
    ['money', MONEY],
    ['count', COUNT],
    ['number', NUMBER],
  ] as const
).map(([category, source]) => [category, new RegExp(`(?:${source})`, 'y')] as const);

const NUMERAL = '〇零一二两三四五六七八九十百千万亿兆';
const ALWAYS = 1;
const LATIN_WORD = 2;
const PAIR = 3;
/** How each character may start a figure; anything else never does. */
const START = new Uint8Array(0x10000);
for (const c of '0123456789０１２３４５６７８９$¥￥€£〇零二两三四五六七八九十') START[c.charCodeAt(0)] = ALWAYS;
for (const c of 'jfmasondylhurcteobh') START[c.charCodeAt(0)] = LATIN_WORD;
for (const c of '一去前上昨今本数几第百') START[c.charCodeAt(0)] = PAIR;

/** Words a Latin figure can start with (months, yesterday, last, currency codes). */
const LATIN_STARTS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'yesterday', 'last ', 'this ', 'us$', 'usd', 'hk$',
  'nt$', 'rmb', 'cny', 'a ', 'an ', 'one ', 'two ', 'three ', 'four ', 'five ', 'six ', 'seven ', 'eight ', 'nine ', 'ten ',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'tens of', 'hundreds', 'thousands', 'millions', 'billions', 'dozens of',
];
/**
 * LATIN_STARTS by their first two characters (all ASCII), at first * 128 + second: most words fail at the
 * pair, and the rest are compared only with the words of their pair.
 */
const LATIN_STARTS_BY_PAIR = new Array<readonly string[] | undefined>(128 * 128).fill(undefined);
for (const word of LATIN_STARTS) {
  const pair = word.charCodeAt(0) * 128 + word.charCodeAt(1);
  LATIN_STARTS_BY_PAIR[pair] = [...(LATIN_STARTS_BY_PAIR[pair] ?? []), word];
}

/** For characters that start a figure only before certain others: 一十, 去年, 上个月, 数十, 第三, 百分之. */
const NEXT_CHARS = new Map<number, ReadonlySet<number>>(
  Object.entries({
    一: `${NUMERAL}月`,
    去: '年',
    前: '年天',
    上: '个月周星半季',
    昨: '天',
    今: '年',
    本: '月',
    数: '十百千万亿兆',
    几: '十百千万亿兆',
    第: `${NUMERAL}0123456789０１２３４５６７８９`,
    百: '分',
  }).map(([first, next]) => [first.charCodeAt(0), codesOf(next)]),
);

export function mayStartFigure(key: string, i: number, to: number): boolean {
  const code = key.charCodeAt(i);
  switch (START[code]) {
    case ALWAYS:
      return true;
    case LATIN_WORD: {
      const before = i > 0 ? key.charCodeAt(i - 1) : 0;
      if ((before >= 97 && before <= 122) || (before >= 48 && before <= 57)) return false;
      const second = key.charCodeAt(i + 1);
      const words = second < 128 ? LATIN_STARTS_BY_PAIR[code * 128 + second] : undefined;
      if (words === undefined) return false;
      // The third character first: `the` shares its pair with five words and starts none of them.
      const third = key.charCodeAt(i + 2);
      for (let k = 0; k < words.length; k++) {
        const word = words[k]!;
        if (word.length === 2 || (word.charCodeAt(2) === third && key.startsWith(word, i))) return true;
      }
      return false;
    }
    case PAIR:
      return i + 1 < to && NEXT_CHARS.get(code)!.has(key.charCodeAt(i + 1));
    default:
      return false;
  }
}

const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
/** Longer runs between 《 and 》 are not one title (a stray mark). */
const MAX_TITLE_LENGTH = 40;

/** Set by figureEnd: the category of the figure it found. */
let foundCategory: FigureCategory = 'number';

/** The end of the figure starting at key[i] (its category in foundCategory), or -1 (none, or only an empty match). */
function figureEnd(key: string, i: number): number {
  for (const [category, pattern] of FIGURE_PATTERNS) {
    pattern.lastIndex = i;
    if (!pattern.test(key)) continue;
    foundCategory = category;
    return pattern.lastIndex > i ? pattern.lastIndex : -1;
  }
  return -1;
}

/**
 * Figures in key[from, to) (a matching key, see charFold.ts), left to right, not overlapping; offsets into
 * `key`. Appended to `figures` when given (a caller's reused array).
 */
export function findFigures(key: string, from = 0, to = key.length, figures: Figure[] = []): Figure[] {
  for (let i = from; i < to; ) i = figureAt(key, i, to, figures);
  return figures;
}

/** False for a character that is not a letter where figureAt would only step on (it starts no figure and no 《title》). */
export function mayStartFigureOrTitle(code: number): boolean {
  return START[code] !== 0 || code === TITLE_OPEN;
}

/**
 * findFigures at key[i]: records the figure starting there, if any, and returns where the scan goes on. A
 * Latin figure starts a word: after a letter that starts none, the rest of its word is passed over at once.
 */
export function figureAt(key: string, i: number, to: number, figures: Figure[]): number {
  const code = key.charCodeAt(i);
  // 《锵锵三人行》, 《十三邀》: a number inside title marks is part of a name.
  if (code === TITLE_OPEN) {
    // Only as far as a title reaches: an unclosed 《 searched on to the key's end, for every 《 in the document.
    const close = codeIndexWithin(key, TITLE_CLOSE, i + 1, Math.min(to, i + MAX_TITLE_LENGTH + 1));
    if (close > 0) return close + 1;
  }
  // START[code] === 0: mayStartFigure would say no without reading on.
  if (START[code] === 0 || !mayStartFigure(key, i, to)) {
    let next = i + 1;
    if (isAsciiLowerLetter(code)) while (next < to && isAsciiLowerLetter(key.charCodeAt(next))) next++;
    const link = linkEnd(key, i, next, to);
    return link > 0 ? link : next;
  }
  const entityEnd = numericEntityEnd(key, i, to);
  if (entityEnd > 0) return entityEnd;
  const enumeratorEnd = listEnumeratorEnd(key, i, to);
  if (enumeratorEnd > 0) return enumeratorEnd;
  const matchEnd = figureEnd(key, i);
  if (matchEnd < 0) return i + 1;
  let end = Math.min(to, matchEnd);
  while (end > i && key.charCodeAt(end - 1) === 32) end--;
  const category = (foundCategory === 'count' && isOrdinalCount(key, i, end)) || (foundCategory === 'number' && followsNamingNoun(key, i)) ? 'ordinal' : foundCategory === 'number' && namesCentury(key, end) ? 'date' : foundCategory;
  figures.push({ category, start: i, end });
  return end;
}

const OPEN_BRACKETS = codesOf('(（');
const CLOSE_BRACKETS = codesOf(')）');
/** What may stand before a list's enumerator: the end of a sentence or clause, a colon, a line break. */
const BEFORE_ENUMERATOR = codesOf('。．！!？?；;：:，,、\n');
/** An enumerator counts items: one or two digits. */
const MAX_ENUMERATOR_DIGITS = 2;

/**
 * `（1）降低 GC 频率确实是有效的`, `特点：（1）讲解通俗易懂…；（2）提供…`: digits in brackets that open a sentence or clause
 * of Chinese number the items of a list, as （一） does; they count nothing. Returns the end of the enumerator with its
 * digits at key[i], or -1. `抓了（2）个人` (inside a clause) is left a number; English text is not read here.
 */
function listEnumeratorEnd(key: string, i: number, to: number): number {
  if (i === 0 || !OPEN_BRACKETS.has(key.charCodeAt(i - 1))) return markedEnumeratorEnd(key, i, to);
  let end = i;
  while (end < to && end - i < MAX_ENUMERATOR_DIGITS && isDigit(key.charCodeAt(end))) end++;
  if (end === i || end >= to || !CLOSE_BRACKETS.has(key.charCodeAt(end))) return -1;
  let before = i - 2;
  while (before >= 0 && key.charCodeAt(before) === 32) before--;
  if (before >= 0 && !BEFORE_ENUMERATOR.has(key.charCodeAt(before))) return -1;
  let after = end + 1;
  while (after < to && key.charCodeAt(after) === 32) after++;
  return after < to && isCjkIdeograph(key.charCodeAt(after)) ? end + 1 : -1;
}

/** What closes an unbracketed enumerator: `1.`, `2．`, `3、`, `4)`. */
const ENUMERATOR_MARKS = codesOf('.．、)）');

/**
 * `1.政府這次蒙蔽國會的黑箱作業,…`, `2、馬蘇電視辯論…`: one or two digits and a mark opening a line or a sentence, with
 * Chinese right after, number a list's items as `（1）` does; they count nothing. Returns the end of the enumerator and its
 * mark at key[i], or -1. A decimal (`1.5倍`) has a digit after its point; `第1.` and a figure inside a clause are left alone.
 */
function markedEnumeratorEnd(key: string, i: number, to: number): number {
  if (i > 0 && !BEFORE_ENUMERATOR.has(key.charCodeAt(i - 1))) return -1;
  let end = i;
  while (end < to && end - i < MAX_ENUMERATOR_DIGITS && isDigit(key.charCodeAt(end))) end++;
  if (end === i || end + 1 >= to || !ENUMERATOR_MARKS.has(key.charCodeAt(end))) return -1;
  return isCjkIdeograph(key.charCodeAt(end + 1)) ? end + 1 : -1;
}

/**
 * The end of a web address whose scheme or `www` is the word key[start, wordEnd) (`https://…/clip/4421`,
 * `www.example.com/2023/05`), or -1: the digits of an address are no figure, nor are its words cues.
 */
export function linkEnd(key: string, start: number, wordEnd: number, to: number): number {
  const length = wordEnd - start;
  const scheme = (length === 4 || length === 5) && key.startsWith('http', start) && (length === 4 || key.charCodeAt(start + 4) === 115 /* s */) && key.startsWith('://', wordEnd);
  if (!scheme && !(length === 3 && key.startsWith('www.', start))) return -1;
  let end = wordEnd;
  while (end < to && !endsLink(key.charCodeAt(end))) end++;
  return end;
}

/** White space, CJK and full-width text, and brackets or quotes around an address end it. */
function endsLink(code: number): boolean {
  return code <= 32 || code >= 0x3000 || code === 41 || code === 93 || code === 62 || code === 34 || code === 39;
}

/** Lower-case hex only: the key is folded to lower case. */
function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 102);
}

/**
 * `&#39;`, `&#x27;`, `&amp;#39;`: an HTML character reference left undecoded in the file is punctuation, not
 * the number 39. Returns the offset after its `;` when key[i] starts the digits of one, else -1.
 */
function numericEntityEnd(key: string, i: number, to: number): number {
  let hash = i - 1;
  if (hash >= 0 && key.charCodeAt(hash) === 120 /* x */) hash--;
  if (hash < 1 || key.charCodeAt(hash) !== 35 /* # */) return -1;
  const opener = key.charCodeAt(hash - 1);
  if (opener !== 38 /* & */ && !(opener === 59 /* ; */ && key.startsWith('&amp;', hash - 5))) return -1;
  let end = i;
  while (end < to && end - i < 8 && isHexDigit(key.charCodeAt(end))) end++;
  return end < to && key.charCodeAt(end) === 59 ? end + 1 : -1;
}

const DI = '第'.charCodeAt(0);
const ORDINAL_MEASURES = ['届', '周年'];

/** 第6届, 第三次, 二十届, 110周年: an ordinal names which one; it counts nothing to check. */
function isOrdinalCount(key: string, start: number, end: number): boolean {
  if (key.charCodeAt(start) === DI) return true;
  for (const measure of ORDINAL_MEASURES) if (key.startsWith(measure, end - measure.length)) return true;
  return false;
}

/** `21世纪`, `21 世紀` (folded): a number before 世纪 names a century, a time as a year does; it counts nothing. */
function namesCentury(key: string, end: number): boolean {
  let at = end;
  while (key.charCodeAt(at) === 32) at++;
  return key.startsWith('世纪', at);
}

/**
 * `Part 1`, `Season 6, Episode 3`, `Section 3`, `Exhibit 12`: a number right after a noun that numbers the parts of
 * something names which one, as 第6届 does; it counts nothing to check.
 */
const NAMING_NOUNS = new Set(['part', 'chapter', 'section', 'season', 'episode', 'article', 'item', 'exhibit', 'page', 'step', 'question', 'table', 'figure', 'phase', 'appendix', 'annex', 'clause', 'paragraph', 'volume', 'lesson', 'slide', 'act', 'scene', 'track', 'tab', 'bill', 'resolution', 'amendment', 'motion', 'proposition', 'sb', 'hb', 'ab', 'hr']);
const LONGEST_NAMING_NOUN = 9;

function followsNamingNoun(key: string, start: number): boolean {
  if (start < 2 || key.charCodeAt(start - 1) !== 32) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && start - 1 - wordStart < LONGEST_NAMING_NOUN && isAsciiLowerLetter(key.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > 0 && isAsciiLowerLetter(key.charCodeAt(wordStart - 1))) return false;
  return NAMING_NOUNS.has(key.slice(wordStart, start - 1));
}

/**
 * True for figures that make a sentence checkable on their own; a date alone does not turn an opinion into a fact,
 * nor does an ordinal (a session or an anniversary names an event, as a date does).
 */
export function isQuantity(figure: Figure): boolean {
  return figure.category !== 'date' && figure.category !== 'time' && figure.category !== 'ordinal';
}
