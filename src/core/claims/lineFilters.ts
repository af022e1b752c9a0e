// Lines that hold no sentences of their own: subtitle machinery, headings, stage directions, title lines.

import { SBV_TIMING } from '../turns/subtitles';
import { BARE_CLOCK_SOURCE, BRACKETED_TIMESTAMP_SOURCE, DATED_SECONDS_SOURCE, DATED_TIMESTAMP_SOURCE } from '../turns/timestamps';

const CUE_NUMBER = /^\d+$/;
const CUE_TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+/;
/** A WebVTT header, NOTE, STYLE or REGION block opens with its keyword; the block runs to the next blank line. */
export const VTT_BLOCK_START = /^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)/;
const MARKDOWN_HEADING = /^#{1,6}(?:\s|$)/;
const THEMATIC_BREAK = /^(?:[-*_]\s*){3,}$/;
const FENCE = /^(?:```|~~~)/;
/** A whole line in brackets, such as `(Laughter.)`, `（笑）` or `[applause]`. */
const STAGE_DIRECTION = /^[(（[［【][^()（）[\]［］【】]{1,40}[)）\]］】]$/u;

/**
 * A line that is nothing but a web address (`https://…`, `<www.…>`), or a short field naming one, a handle or an
 * e-mail address (`Web Site : http://…`, `Twitter : @name`): a pointer, never a sentence.
 */
const BARE_LINK = /^(?:[^\s:：][^:：\n]{0,29}[:：]\s*)?[<([（]?(?:(?:https?:\/\/|www\.)[^\s<>()（）[\]]+|@\w[\w.]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[>)\]）]?[.。]?$/i;
/** A field name in Markdown emphasis, its colon inside or after it: `**Source:**`, `__Web__:`. */
const EMPHASISED_FIELD = /^(\*\*|__)([^*_:：\n]{1,30})([:：]?)\1([:：]?)/;

export function isBareLinkLine(content: string): boolean {
  return BARE_LINK.test(content) || (EMPHASISED_FIELD.test(content) && BARE_LINK.test(content.replace(EMPHASISED_FIELD, '$2$3$4')));
}

/** Subtitle cue numbers, timing lines and WebVTT header blocks. */
export function isSubtitleMachinery(content: string): boolean {
  return isCueTiming(content) || VTT_BLOCK_START.test(content) || CUE_NUMBER.test(content);
}

export function isCueTiming(content: string): boolean {
  return CUE_TIMING.test(content) || SBV_TIMING.test(content);
}

export function isHeadingOrDecoration(content: string): boolean {
  if (MARKDOWN_HEADING.test(content)) return !isProseHeading(content);
  return THEMATIC_BREAK.test(content) || FENCE.test(content);
}

const HEADING_MARKER = /^#{1,6}\s+/;
/** Clause or sentence punctuation inside Chinese text: a title rarely has any. */
const CJK_INNER_PUNCTUATION = /[，。；！]/;
const PROSE_HEADING_MIN_LENGTH = 30;
/** `## 1. …`, `### 2\. …`: numbered questions and sections stay headings, whatever their length. */
const NUMBERED = /^(?:\d{1,3}\\?[.、)]|[一二三四五六七八九十]+、)/;
const ENDS_LIKE_QUESTION_OR_LEAD_IN = /[？?：:]$/;

/**
 * `#### 中國與日本周一在東京舉行…對話，這是…首次經濟高層對話。`: some scraped articles typeset every body
 * paragraph as a heading. A long heading with Chinese clause punctuation that ends like a statement is prose.
 */
export function isProseHeading(content: string): boolean {
  const text = content.replace(HEADING_MARKER, '').trim();
  if (text.length < PROSE_HEADING_MIN_LENGTH || text.startsWith('[') || NUMBERED.test(text)) return false;
  return CJK_INNER_PUNCTUATION.test(text) && !ENDS_LIKE_QUESTION_OR_LEAD_IN.test(text);
}

/**
 * `采访者：本刊记者 刘洋（以下简称“记者”）`, `Interviewer: David Kim (hereafter "DK")`: a legend saying whom a short label
 * stands for below. It ends in the bracket that declares the short form, after no sentence mark: a key, no sentence.
 */
const LEGEND_LINE = /^[^。！？!?]{1,60}[（(](?:(?:以下|下文|下)?(?:简称|簡稱|称|稱)|(?:hereinafter|hereafter)\b)[^（）()。！？!?]{1,20}[）)]$/i;
export const MAX_LEGEND_LINE = 90;

export function isLegendLine(content: string): boolean {
  return content.length <= MAX_LEGEND_LINE && LEGEND_LINE.test(content);
}

export function isStageDirectionLine(content: string): boolean {
  return STAGE_DIRECTION.test(content);
}

const ENDS_LIKE_PROSE = /[。！？!?.…:：;；,，、」』”’)）"]$/;
const INNER_PUNCTUATION = /[。！？!?,，;；:：]/;
const TITLE_MAX_LENGTH = 25;

/**
 * A short unpunctuated line followed by punctuated body text: a section title in a Chinese article.
 * Lines of an unpunctuated transcript do not qualify, because their neighbours are unpunctuated too.
 */
export function isTitleLine(content: string, nextContent: string | undefined): boolean {
  if (!content || content.length > TITLE_MAX_LENGTH) return false;
  if (ENDS_LIKE_PROSE.test(content) || INNER_PUNCTUATION.test(content)) return false;
  if (!nextContent) return false;
  return ENDS_LIKE_PROSE.test(nextContent) || nextContent.length > TITLE_MAX_LENGTH * 2;
}

const LIST_MARKER = /^(?:[-*+•·]|\d{1,3}[.)、])\s+/;
/** Only prose headings (isProseHeading) reach the sentence splitter; their `####` is markup. */
const PROSE_HEADING_MARKER = /^#{1,6}\s+/;
const BLOCKQUOTE = /^>\s?/;
/**
 * A timestamp opening the line; a bracketed one (`[0.46 --> 4.78]`, whisper's segments) may touch the text; a chat
 * export's date and time with its dash (`15/01/2024, 14:20 - `) go together. Whisper's
 * TSV rows open with their start and end (milliseconds, or seconds) in two tab-separated columns: `4200⇥9800⇥the housing…`.
 * A segment's start and end may also stand bare before its text, as whisper brackets them (`00:00:23-->00:00:43⇥今天…`).
 */
const LEADING_TIMESTAMP = new RegExp(String.raw`^(?:${BRACKETED_TIMESTAMP_SOURCE}\s*|${DATED_TIMESTAMP_SOURCE}[ \t][-–—]\s*|${DATED_SECONDS_SOURCE}\s*|${BARE_CLOCK_SOURCE} ?--> ?${BARE_CLOCK_SOURCE}[ \t]+|[[(]?${BARE_CLOCK_SOURCE}[\])]?(?:[ \t]*[|｜][ \t]*|\s+)|\d{1,9}(?:\.\d{1,3})?\t\d{1,9}(?:\.\d{1,3})?\t)`);
/** WebVTT and HTML tags, and a subtitle's ASS override blocks (`{\an8}`, `{\i1}`), which subtitle editors write around a cue's text. */
const LEADING_TAGS = /^(?:(?:<[^>\n]{1,60}>|\{\\[^{}\n]{1,80}\})\s*)+/;

/**
 * What a chat client writes itself, not a person: WhatsApp on iOS opens the text of its system lines (`‎Messages and calls
 * are end-to-end encrypted.`, `‎Carla joined using this group's invite link`) with a left-to-right mark no one types
 * there; IRC clients mark theirs with a run of signs (irssi's `-!- mira has joined`, `--- Log opened …`, `*** … has quit`;
 * WeeChat's log puts `-->`, `<--` or `--` in the nick's tab-separated field).
 */
const CHAT_CLIENT_LINE = /^(?:\u200e|-!-\s|(?:---|\*\*\*)\s+\S|(?:-->|<--|--)\t)/;

/** A chat client's own line after its timestamp, if any (see CHAT_CLIENT_LINE): no one's sentence. */
export function isChatClientLine(content: string): boolean {
  return CHAT_CLIENT_LINE.test(content.slice(leadingTimestampLength(content)));
}

/** Length of a timestamp (and the space after it) opening `content`, as a segment of Whisper or a meeting tool writes it; 0 if none. */
export function leadingTimestampLength(content: string): number {
  const match = LEADING_TIMESTAMP.exec(content);
  return match ? match[0].length : 0;
}

/** Length of list markers, quote markers, timestamps and WebVTT tags at the start of a line's content. */
export function leadingMarkupLength(content: string): number {
  let skipped = 0;
  for (;;) {
    const rest = content.slice(skipped);
    const match = LIST_MARKER.exec(rest) ?? PROSE_HEADING_MARKER.exec(rest) ?? BLOCKQUOTE.exec(rest) ?? LEADING_TIMESTAMP.exec(rest) ?? LEADING_TAGS.exec(rest);
    if (!match || match[0].length === 0) return skipped;
    skipped += match[0].length;
  }
}

// No match starts right after a space (one starting there would take the space too), so a search never starts
// inside a run of spaces: `word` and 80,000 spaces before a final `}` took seconds.
const TRAILING_TAGS = /(?<!\s)(?:\s*(?:<\/[^>\n]{1,60}>|\{\\[^{}\n]{1,80}\}))+$/;

/** Length of closing WebVTT tags (`</v>`, `</i>`) and override blocks (`{\i0}`) at the end of a line's content. */
export function trailingMarkupLength(content: string): number {
  const match = TRAILING_TAGS.exec(content);
  return match ? match[0].length : 0;
}

/** Words an English title leaves in lower case. */
const EN_TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'by', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'from', 'vs', 'via', 'as', 'about', '&', '-', '–', '—']);
const EN_TITLE_MAX_WORDS = 14;
const ENDS_LIKE_SENTENCE = /[.?!,;:…"”’)]$/;
/** CJK ideographs, kana, Hangul and full-width forms: such a line is not an English title. */
const NOT_ENGLISH = /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/**
 * `Daily Press Briefing by the Office of the Spokesperson for the Secretary-General`: every word but the
 * small ones capitalised and no sentence end. On a line of its own, a page's or a section's title.
 */
export function isEnglishTitleLine(content: string): boolean {
  // Chinese text with English words in it (`…採用了of China的方式。`) is no English title.
  if (ENDS_LIKE_SENTENCE.test(content) || NOT_ENGLISH.test(content)) return false;
  const words = content.split(/\s+/);
  if (words.length < 2 || words.length > EN_TITLE_MAX_WORDS) return false;
  return words.every((word) => EN_TITLE_SMALL_WORDS.has(word.toLowerCase()) || /^["“‘'(]?[A-Z0-9]/.test(word));
}
