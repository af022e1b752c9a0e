// Chinese sentences that are part of the transcript's machinery rather than what is said about the world: the
// conversation announcing its own agenda, and field lines of a header. Works on the matching key (text folded to
// Simplified), so Traditional and Simplified read alike.

/**
 * `今天我们讨论一下预算。`, `好的，那我们看一下第二部分。`, `今天我们邀请到了…`, `我们开始今天的正式的话题`: after an
 * optional opener (好的, 那, 接下来, 今天…), we or I announce what the conversation does next, perhaps to the audience
 * (`这里呢我快速给大家汇总一下…`, `今天我要来介绍…`). A verb of talk needs
 * 一下 or a 来 before it (`我们讲文化` states a habit; `首先我们来聊一个事` announces); 看 only as 看一下, 看看 or 来看
 * (`我们看到…` reports); 开始, 进入, 回到 only toward a part of the conversation (`开始今天的…`, `进入下一个…`), not
 * toward an activity (`我们开始探索`).
 */
const AGENDA =
  /^(?:(?:好的?|好吧|那么?|接下来|下面|首先|现在|今天|然后|最后|那就|这里|这边)[呢，,、\s]*)*(?:我们|咱们|大家|我)(?:今天|现在|先|再|就|也|还|一起|接下来|快速|简单|稍微|回头|要|想)*(?:(?:给|跟|和|向)(?:大家|各位|你们))?(?:(?:来|一起来)(?:讨论|聊|谈|讲|看|介绍|分享|汇总|复习|回顾)|(?:讨论|聊|谈|讲|介绍|分享|看|汇总|复习|回顾)(?:一下|一会儿?)|看看|(?:开始|进入|回到)(?=今天|本|下一|下个|第|正题|正式|主题|话题|讨论|问答|提问)|邀请到|请到|欢迎)/;

/** What may come before a sentence's first word: markup, quotes, spaces. */
export const LEADING_NOISE = /^[\s*#>\-「『“"（(]*/;
/** The first character that is no LEADING_NOISE. */
const AFTER_LEADING_NOISE = /[^\s*#>\-「『“"（(]/;

/** How long LEADING_NOISE's match in `s` is: found with search(), which builds no match array (read for every Chinese sentence). */
export function leadingNoiseLength(s: string): number {
  const at = s.search(AFTER_LEADING_NOISE);
  return at < 0 ? s.length : at;
}

/** True when key[from, to) opens by announcing the conversation's next step (AGENDA). */
export function isAgendaSentence(key: string, from: number, to: number): boolean {
  const head = key.slice(from, Math.min(to, from + 40));
  return AGENDA.test(head.slice(leadingNoiseLength(head)));
}

/** A field name: at most six characters with no punctuation or space (`录音信息`, `整理`, `主持人`). */
const FIELD_NAME = /^[\u3400-\u9fff\uf900-\ufaff]{1,6}[:：]/;
/** A field's value is a label, a name list or a date: no sentence or clause punctuation anywhere in it. */
const CLAUSE_MARK = /[。！？!?，,；;]/;
/** A value longer than this is prose, even without punctuation. */
const MAX_VALUE_LENGTH = 40;

/**
 * `录音信息：2024年3月5日 产品评审会`, `整理:謝宜帆、黃敬哲、林亭妤、江岱蓉`: a header's field line (a Chinese field name,
 * a colon and a value with no clause punctuation) is metadata. The caller rules out lines with cue words or a
 * quantity: a field whose value judges or counts (`结论：效果是最好的`) may still be a claim.
 */
export function isFieldLine(key: string, from: number, to: number): boolean {
  const line = key.slice(from, to).trim();
  const name = FIELD_NAME.exec(line);
  if (name === null) return false;
  const value = line.slice(name[0].length);
  return value.trim().length > 0 && value.length <= MAX_VALUE_LENGTH && !CLAUSE_MARK.test(value);
}

/** An item of a listed value: a term or a name, no clause punctuation nor space run (`用户增长`, `说话人3`, `AI Agent`). */
const LIST_ITEM = /^[^\s。！？!?；;：:“”"「」()（）]+(?: [^\s。！？!?；;：:“”"「」()（）]+)?$/;
const LIST_SEPARATOR = /、/;
/** Items longer than this hold a clause, not a term or a name. */
const MAX_LIST_ITEM = 12;
/** Items that make a list on its field's line (`参会人：李娜、王强`); alone under a field name, one more (nothing on its line names it). */
const MIN_ITEMS_BESIDE_NAME = 2;
const MIN_ITEMS_UNDER_NAME = 3;
/** A field name alone on the line above (`关键词:`), or a short Markdown heading (`## 关键词`): it names the line below. */
const FIELD_NAME_ALONE = /^(?:[\u3400-\u9fff\w ]{1,10}[:：]|#{1,6}[ \t]+[\u3400-\u9fff\w ]{1,10})$/;

/** The items of `value` when it is nothing but a list of terms or names, else null. */
function listedItems(value: string): string[] | null {
  const items = value.replace(/[。.]$/, '').split(LIST_SEPARATOR).map((item) => item.trim());
  return items.every((item) => item.length > 0 && item.length <= MAX_LIST_ITEM && LIST_ITEM.test(item)) ? items : null;
}

/**
 * `产品路线图、用户增长、季度预算` under `关键词:` (飞书妙记, 通义听悟's `## 关键词`), `参会人：李娜、王强、说话人3` (腾讯会议): a
 * field's value that lists terms or names, on the field's line (two items at least) or as the whole line under a field
 * name alone (three at least), claims nothing. A list in a sentence (`我们去了北京、上海、广州`) has no field name.
 */
export function isListedFieldValue(key: string, from: number, to: number): boolean {
  const line = key.slice(from, to).trim();
  const name = FIELD_NAME.exec(line);
  if (name) return (listedItems(line.slice(name[0].length))?.length ?? 0) >= MIN_ITEMS_BESIDE_NAME;
  const lineStart = key.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = key.indexOf('\n', to);
  if (key.slice(lineStart, from).trim() !== '' || key.slice(to, lineEnd < 0 ? key.length : lineEnd).trim() !== '') return false;
  if ((listedItems(line)?.length ?? 0) < MIN_ITEMS_UNDER_NAME) return false;
  let above = lineStart - 1;
  while (above > 0 && /\s/.test(key[above - 1]!)) above--;
  const aboveStart = key.lastIndexOf('\n', above - 1) + 1;
  return above > 0 && FIELD_NAME_ALONE.test(key.slice(aboveStart, above).trim());
}

/** A header's date and time, piece by piece: dates, clock times, durations, day parts, weekdays, time zones. */
const DATE_TIME_PIECE = new RegExp(
  [
    '\\d{2,4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*[日号])?)?',
    '\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]',
    '\\d{2,4}[-/.]\\d{1,2}[-/.]\\d{1,2}',
    '\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?',
    '\\d{1,2}\\s*[时点](?:\\s*\\d{1,2}\\s*分)?(?:\\s*\\d{1,2}\\s*秒)?',
    '\\d+\\s*(?:小时|分钟|秒)',
    // `18分07秒` (通义听悟's `转写时长`): minutes written 分 before the seconds.
    '\\d{1,3}\\s*分\\s*\\d{1,2}\\s*秒',
    '上午|下午|中午|晚上|凌晨|早上|傍晚',
    '(?:星期|周|礼拜)[一二三四五六日天]',
    '(?:GMT|UTC)\\s*(?:[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|\\b(?:CST|PST|PDT|EST|EDT|PT)\\b',
  ].join('|'),
  'gi',
);
/** What may sit between the pieces: spaces, brackets, separators, a range's dash or 至. */
const DATE_TIME_GLUE = /[\s|｜()（）[\]【】,，、/·\-–—~～至到]/g;
/** A header's date line is short; longer text is read as it was. */
const MAX_DATE_TIME_LINE = 80;
/** `上传时间：`, `日期:`, `北京时间`: a short field name, or a place's time, before the date. */
const DATE_TIME_FIELD = /^(?:[\u3400-\u9fff]{1,6}\s*[:：]|[\u3400-\u9fff]{0,4}时间)/;

/**
 * `2024年3月5日 下午 2:03|1小时 2分钟 3秒` (飞书妙记), `上传时间：2026年3月31日（周二） 02:23 （GMT+08）` (腾讯会议),
 * `2017年2月28日(星期二)`, `香港时间10时32分`: a line that is nothing but when the recording or the meeting
 * took place, and how long it ran, dates a header and claims nothing. Works on the matching key.
 */
export function isDateTimeLine(key: string, from: number, to: number): boolean {
  if (to - from > MAX_DATE_TIME_LINE) return false;
  let line = key.slice(from, to).trim();
  line = line.slice(leadingNoiseLength(line));
  line = line.replace(DATE_TIME_FIELD, '');
  const rest = line.replace(DATE_TIME_PIECE, '');
  return rest.length < line.length && rest.replace(DATE_TIME_GLUE, '').replace(/[*_。.]+$/, '') === '';
}

/**
 * `那这个活动的预算你们再算一下，周四之前发给我。`, `你先看一下`: the speaker asks the listeners to do something.
 * A second-person subject right before a verb with 一下 (a small task), or a sentence ending by sending or telling
 * the speaker (`发给我`, `告诉我们`). Nobody checks a request.
 */
const REQUEST_TO_LISTENERS = /(?:^|[，,；;：:\s那就])(?:你们|你|您|大家|各位)(?:再|先|都|也|就|赶紧|尽快|回头|帮我|给我)*(?!等)[\u3400-\u9fff]{1,2}一下|(?:发|交|给|告诉|报|转|传)给?我们?[。！!~～]*$/;

export function isRequestToListeners(key: string, from: number, to: number): boolean {
  return REQUEST_TO_LISTENERS.test(key.slice(from, to).trim());
}

/**
 * `希望荷方为促进中欧关系…发挥积极作用。`, `希望美方真正改弦易辙，…`: a sentence that opens with a wish, no subject before
 * it, wishes; the labelled corpus counts wishes as no claim (a figure in it is left to the caller). With a subject
 * (`本席希望…法务部应该…`) the wish may frame a judgement and is left alone.
 */
const WISH_START = /^(?:衷心|真诚)?(?:希望|祝愿)/;

export function isWishSentence(key: string, from: number, to: number): boolean {
  const head = key.slice(from, Math.min(to, from + 12));
  return WISH_START.test(head.slice(leadingNoiseLength(head)));
}
