// Who the document says is speaking before its body starts: YAML front matter (`speaker: Jane Doe`,
// `speakers: [A, B]`, a `title:` such as `Powell's Jackson Hole Speech`), a metadata line at the top
// (`* **Speaker: Stuart Halloway**`) or a title heading (`# Testimony of Jane Doe`). Pure functions over
// the document's head, so reading it costs the same for a 10 MB transcript as for a short one.
import { findFrontMatter, FRONT_MATTER_MAX_LINES } from '../text/frontMatter';
import type { TextSource } from '../text/chunkedText';
import { LineIndex } from '../text/positions';
import { isPlausibleName } from './speakerName';
import { linePrefix, nextNonBlankLine, simplified } from './chars';
import { ZH_TITLES } from './words';
import { nameAfterTitles, nameCardName, titleHolder } from './speechLeads';
import { isBracketedParagraph, isWriteUpCredit } from './writeUpParts';
import { visibleText } from './visibleText';

/** How many lines from the top a metadata line or title heading may sit on. */
const HEAD_LINES = 30;
/** Longer lines are body text, not a header field. */
const MAX_FIELD_LINE = 300;

export interface SpeakerDeclaration {
  /** The declared speakers, as the document spells them, without repeats. */
  readonly names: readonly string[];
  /**
   * Front matter's `author:` names: on a talk or an interview page the author is often who speaks, on a
   * post the writer. Only a body label naming one of them says which: they never own an unlabelled body.
   */
  readonly authors: readonly string[];
  /** Header lines (front matter, the metadata block that declares): data, never speech or labels. */
  readonly headerLines: ReadonlySet<number>;
  /** The first line after the header. */
  readonly bodyStart: number;
  /** A title names an interview (`An Interview with Jane Doe`): the writer asks, the declared speaker answers. */
  readonly interview: boolean;
}

/** Front-matter keys and header fields whose value names who speaks. Lower case. */
const SPEAKER_KEYS = new Set(['speaker', 'speakers', 'speaker_name', 'presenter', 'presenters', 'presented by', 'witness', 'witnesses', 'preacher', 'lecturer']);
/** Front-matter keys naming who made the page: candidates that a body label must confirm. Lower case. */
const AUTHOR_KEYS = new Set(['author', 'authors']);
/** `speech` → `(?:speech|Speech|SPEECH)`: titles capitalise their words, the name after them must stay capitalised. */
function anyCase(words: string): string {
  return words.split('|').map((word) => `${word}|${word[0]!.toUpperCase()}${word.slice(1)}|${word.toUpperCase()}`).join('|');
}
/** Words naming a spoken genre: a title `X's … Speech` or `Remarks by X` names who gives it. */
const SPOKEN = anyCase('speech|talk|keynote|lecture|remarks|address|sermon|homily|eulogy|testimony|statement|briefing');
const NAME = "[A-Z][\\p{L}.'’-]*(?: (?:[A-Z][\\p{L}.'’-]*|de|van|von|der|da|di|le|la)){0,3}";
/** `Powell's Jackson Hole Speech`, `[Finance English] Powell's Jackson Hole Speech (2022.08.26)`. */
const POSSESSIVE_TITLE = new RegExp(`^(?:\\[[^\\]]{0,40}\\]\\s*)?(${NAME})['’]s\\b([^:;]{0,80})`, 'u');
const SPOKEN_WORD = new RegExp(`\\b(?:${SPOKEN})\\b`, 'u');
/**
 * `Testimony of Jane Doe`, `Remarks by the Chair Jane Doe` (the name closes the title or a clause of it), and in a
 * lead the participle between (`the text of the speech made by Jane Doe, the Prime Minister, on …`).
 */
const BY_TITLE = new RegExp(`\\b(?:${SPOKEN})\\s+(?:(?:${anyCase('made|given|delivered')})\\s+)?(?:${anyCase('by|of|from')})\\s+(${NAME})\\s*(?:$|[,;:(–—-])`, 'u');
/**
 * `An Interview with Jane Doe`, `In Conversation with Jane Doe`: an interview published as an article names
 * who answers; the questions are the writer's headings or marked lines, the answers her unlabelled paragraphs.
 */
const INTERVIEW_TITLE = new RegExp(`\\b(?:${anyCase('interview|conversation|chat')}|Q&A|Q & A)\\s+(?:${anyCase('with')})\\s+(${NAME})\\s*(?:$|[,;:(–—-])`, 'u');
/** `* **Speaker: Jane Doe**`, `Presenter: Jane Doe`: a header field, bold or in a list or not. */
const HEADER_FIELD = /^(?:[-*+•][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z _]{0,24}?)[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*(\S.*?)[ \t]*(?:\*\*|__)?[ \t]*$/;
const QUOTES = /^["']|["']$/g;
const AFFILIATION = /\s*[(（][^()（）]{1,60}[)）]$/;

/** Whether a title names an interview with someone (`An Interview with Jane Doe`). */
export function isInterviewTitle(title: string): boolean {
  return INTERVIEW_TITLE.test(title.trim().replace(QUOTES, '').replace(/^#{1,6}[ \t]+/, ''));
}

/** The speaker a talk's title names (`Powell's Jackson Hole Speech`), or null. */
export function speakerInTitle(title: string): string | null {
  const text = title.trim().replace(QUOTES, '').replace(/^#{1,6}[ \t]+/, '');
  const possessive = POSSESSIVE_TITLE.exec(text);
  const name = (possessive && SPOKEN_WORD.test(possessive[2]!) ? possessive[1] : undefined) ?? BY_TITLE.exec(text)?.[1] ?? INTERVIEW_TITLE.exec(text)?.[1];
  return name && isPlausibleName(name) ? name : null;
}

/**
 * `周恩来总理的讲话 [复制链接]`, `總統出席…晚宴致詞全文`, `中華民國一○一年總統農曆春節談話`: a Chinese headline that is
 * the name of a speech, alone on its line (a forum's bracketed link may follow). Group 1 is what precedes the speech
 * word; group 2 a draft's `稿` after it (`…在…研讨会上讲话稿(2015,12,16)`). `…出席开幕式并致辞` reports an event and is none.
 */
const ZH_SPEECH_TITLE = /^([^，。；：:,;!?！？「」“”《》]{2,40}?)(?:讲话|講話|谈话|談話|致辞|致詞|致词|演讲|演講|演说|演說)(稿)?(?:全文|实录|實錄)?(?:\s*[[【(（][^\]】)）]{0,12}[\]】)）])*$/u;

/** `…开学典礼院长致辞 | 丘成桐院长`: a bar after a speech's name, then a short part of the headline (who gave it). */
const BAR_SEGMENT = /\s+[|｜]\s+([^|｜]{2,12})$/u;

/** `大学校长…`, `北方大学校长…`: an institution before a title, not a person's name. */
const ORGANISATION_END = /(?:大学|学院|中学|小学|学校|公司|集团|银行|政府|中心|[部局厅委院所会])$/u;

/** `X在Y上` before a speech word: X gave it (titles around the name allowed). */
const SPEECH_PLACE = /^(.{2,30}?)在.{2,30}$/u;

/** Who a Chinese speech headline names, reading `head()` (the head's lines) for a title's holder; null when no one. */
function speakerInChineseTitle(text: string, head: () => readonly string[]): string | null {
  const headline = text.replace(/^#{1,6}[ \t]*/, '');
  const bar = BAR_SEGMENT.exec(headline);
  const match = ZH_SPEECH_TITLE.exec(bar ? headline.slice(0, bar.index) : headline);
  const words = match?.[1]?.replace(/的$/, '');
  if (!words || /[并並和及与與]$/.test(words)) return null;
  // `哈佛大学校长劳伦斯·萨默斯教授在北京大学的演讲`: who stands before the place the speech was given at.
  const giver = SPEECH_PLACE.exec(words)?.[1];
  const atPlace = giver ? nameAfterTitles(giver) : null;
  // `北方大学校长在…的讲话`: a role and no person; a name card may still name them (speakerOnCardUnderPlaceTitle).
  if (atPlace && !ZH_TITLES.some((title) => simplified(atPlace).endsWith(title))) return atPlace;
  // `大学校长毕业典礼讲话稿(专业18篇)`: a draft's name is a template site's category unless it says who spoke where.
  if (match?.[2] && !giver) return null;
  const folded = simplified(words);
  if (folded.length !== words.length) return null;
  let first: { title: string; at: number } | null = null;
  for (const title of ZH_TITLES) {
    const at = folded.indexOf(title);
    if (at >= 0 && (first === null || at < first.at || (at === first.at && title.length > first.title.length))) first = { title, at };
  }
  if (!first) return null;
  // `周恩来总理`: the name opens the headline, right before the title.
  const before = words.slice(0, first.at);
  if (first.at >= 2 && first.at <= 4 && isPlausibleName(before) && !ORGANISATION_END.test(simplified(before))) return before;
  // `…院长致辞 | 丘成桐院长`: the holder after the bar; `總統農曆春節談話` under a header naming `中華民國總統 馬英九`.
  for (const line of bar ? [bar[1]!, ...head()] : head()) {
    const holder = titleHolder(line, first.title);
    if (holder) return holder;
  }
  return null;
}

/**
 * `黄奇帆最新演讲：今后二三十年…的五大件（全文）`: a name, a speech word (`最新`, `首次` allowed before it), a colon and
 * the speech's subject as a headline, no sentence in it. Group 1 is the name, group 2 the subject.
 */
const NAME_SPEECH_HEADLINE = /^(\p{Script=Han}[\p{Script=Han}·]{1,5}?)(?:最新|首次|公开|公開)?(?:讲话|講話|演讲|演講|致辞|致詞|演说|演說)\s*[:：]\s*([^。！？!?:：]{2,60})$/u;
/** `（全文）` in a headline, `全文：` opening the first paragraph: the whole speech follows, not a report on it. */
const FULL_TEXT_MARK = /[（(【[]\s*全文\s*[）)】\]]/u;
const FULL_TEXT_OPENING = /^全文\s*[:：]/u;

/**
 * `X最新演讲：subject（全文）` over the speech: a headline naming the speaker before the speech word is how accounts
 * repost a speech and how they head a report on one, so only a full-text mark in the headline, or `全文：` opening the
 * first paragraph, hands the body to X. The name and where the speech starts, or null.
 */
function speakerOfFullTextHeadline(lines: LineIndex, line: number, text: string): { name: string; start: number } | null {
  const match = NAME_SPEECH_HEADLINE.exec(text);
  const name = match?.[1];
  if (!name || !isPlausibleName(name) || ORGANISATION_END.test(simplified(name))) return null;
  // The first paragraph under the headline, past the clipping's source link and pictures.
  for (let below = line + 1; below < lines.lineCount && below <= line + HEAD_LINES; below++) {
    const words = visibleText(linePrefix(lines, below, MAX_LINK_LINE));
    if (words === '' || LINK_OR_PICTURE_LINE.test(words) || /^[=-]{3,}$/.test(words)) continue;
    // `全文：尊敬的各位来宾，…` opens the speech (chineseSpeechStart would take it for a page field).
    if (FULL_TEXT_OPENING.test(words)) return { name, start: below };
    break;
  }
  const start = chineseSpeechStart(lines, line);
  return start >= 0 && FULL_TEXT_MARK.test(match[2]!) ? { name, start } : null;
}

/** A clipping's source link carries a long query: lines up to this length are read for one. */
const MAX_LINK_LINE = 2200;
/**
 * `[mp.weixin.qq.com](http://…)互联网思维`, `![图片](https://…)`: a clipping's source link (the account's name may follow it)
 * or a picture, no clause after it.
 */
const LINK_OR_PICTURE_LINE = /^!?\[[^\]]{0,80}\]\([^()\s]{1,2000}\)[^，。、；！？,;!?]{0,20}$/u;

/** Where a speech under a Chinese headline starts: the first line after it with a clause or sentence mark (`各位…,…:`). */
function chineseSpeechStart(lines: LineIndex, title: number, after = title): number {
  const tags = new OpenTagTracker();
  for (let line = after + 1; line < lines.lineCount && line <= title + HEAD_LINES; line++) {
    // A saved page's markup, a tag's attributes over several lines (`style="` … `">`) and a dateline in brackets
    // under the byline (`（2025年9月3日，上午）`) are the page's, whatever their punctuation.
    const text = visibleText(tags.textOutsideTags(linePrefix(lines, line, MAX_FIELD_LINE)));
    if (text === '' || (after > title && isBracketedParagraph(text))) continue;
    // `简介:写写帮文库小编为你整理了…`: the page's field, not the speech (a salutation `同志们：` has no value after it).
    if (/[，。、；！？,;!?]/.test(text) && !PAGE_FIELD.test(text.trim())) return line;
    // `2012届硕士毕业研究生同学们:`: a salutation alone on its line, longer than a field's key, opens the speech.
    if (SALUTATION.test(text.trim())) return line;
  }
  return -1;
}

/**
 * `周其仁:改革突围、创新突围——2017 年的中国经济`: a short Chinese name, a colon, then a headline with no sentence in it
 * (a question mark may end it: `X：中国经济会怎样？`).
 */
const NAME_COLON_HEADLINE = /^(\p{Script=Han}[\p{Script=Han}·]{1,5})\s*[:：]\s*[^。！？!?:：]{2,60}[？?]?$/u;

/** Roles of a byline that name who wrote or gave the piece (`文/…`, `作者：…`, `演讲者：…`). */
const BYLINE_ROLE = /^(?:文|撰文|作者|演讲者|演講者|主讲人|主講人|讲者|講者)\s*[／/｜|:：丨]\s*/u;

/**
 * What may follow the name in a byline: nothing, the titles in brackets, or the titles after a space with no sentence
 * in them (`文 | 王慧文 美团联合创始人、高级副总裁`, as speaking bylines print them).
 */
const BYLINE_AFTER_NAME = /^\s*(?:[（(][^（）()]{1,80}[）)])?\s*$|^\s+[^\s。！？!?；;，,][^。！？!?；;]{0,60}$/u;

/**
 * A byline's words as a reader sees them: a Markdown clipping bolds the role or the whole line and escapes the bar
 * (`**文** \| 王慧文`, `**作者 \| 张小珺**`).
 */
function bylineWords(line: string): string {
  return visibleText(line).replace(/\*\*|__/g, '').replace(/\\([|｜丨/:：])/gu, '$1').trim();
}

/**
 * `编辑丨…`, `本文整理自…现场实录`, a picture: the write-up's own lines between a byline and the speech. A note of the
 * talk's source opens with `本文` and a word saying where the text comes from.
 */
function isWriteUpLineUnderByline(line: string): boolean {
  const words = bylineWords(line);
  return words === '' || isWriteUpCredit(words) || isBracketedParagraph(words) || /^!\[[^\]]{0,40}\]\(/.test(words) || /^(?:本文|下文)(?:整理自|根据|根據|摘自|来自|來自|选自|選自)/u.test(words);
}

/** How many lines under a byline its credits, a source note and pictures may fill before the speech starts. */
const BYLINE_TRAIL = 6;

/**
 * `文/周其仁(北京大学国家发展研究院经济学教授)`, `（周其仁，北京大学国家发展研究院教授）`: a byline naming `name`, alone or
 * with the person's titles in brackets, or a bracketed card opening with the name and then the titles.
 */
function bylineNames(text: string, name: string): boolean {
  const role = BYLINE_ROLE.exec(text);
  if (role) {
    const rest = text.slice(role[0].length);
    return rest.startsWith(name) && BYLINE_AFTER_NAME.test(rest.slice(name.length));
  }
  // `（作者：周其仁，…）`: a role inside the brackets before the name.
  const card = /^[（(]\s*(?:(?:作者|演讲者|演講者|主讲人|主講人)\s*[:：]\s*)?([^（）()，,、：:\s]{2,10})\s*[，,、：:\s][^（）()]{1,120}[）)]$/u.exec(text);
  return card !== null && card[1] === name;
}

/**
 * `周其仁:改革突围…` over `文/周其仁(…教授)`, or `Name：headline` over `（Name，titles）`: the headline names a person and a
 * byline among the head's lines below names the same person again, so the page is that person's speech from the line
 * after the byline (and after the titles in brackets under it). The name and where the speech starts, or null. A name
 * headline over a report (a caption `著名经济学家X`, narration) names the person once and declares no one.
 */
function speakerUnderNameHeadline(lines: LineIndex, line: number, text: string): { name: string; start: number } | null {
  const name = NAME_COLON_HEADLINE.exec(text)?.[1];
  if (!name || !isPlausibleName(name)) return null;
  // The head's lines of text are counted, not its blank lines: a clipping puts a blank line between paragraphs.
  let textLines = 0;
  for (let below = line + 1; below < lines.lineCount && below <= line + 2 * HEAD_LINES && textLines < HEAD_LINES; below++) {
    const raw = linePrefix(lines, below, MAX_FIELD_LINE + 1).trim();
    if (raw === '') continue;
    textLines++;
    const byline = bylineWords(raw);
    if (byline.length > MAX_BYLINE || !bylineNames(byline, name)) continue;
    let start = nextNonBlankLine(lines, below + 1);
    while (start < lines.lineCount && start <= below + BYLINE_TRAIL && isWriteUpLineUnderByline(linePrefix(lines, start, MAX_FIELD_LINE + 1).trim())) start = nextNonBlankLine(lines, start + 1);
    return start < lines.lineCount ? { name, start } : null;
  }
  return null;
}

/** A byline is short: longer lines are not read for one. */
const MAX_BYLINE = 100;

/** `——在南开大学…毕业典礼上的讲话`: a speech's name with no one before 在 (a subtitle under the speech's own title). */
const PLACE_SUBTITLE = /^[—－-]{0,2}\s*在[^，。；：:,;!?！？]{2,40}?上?的(?:讲话|講話|演讲|演講|致辞|致詞|发言|發言)$/u;

/** How far below a speech's subtitle its name card may stand (blank lines between them count). */
const CARD_REACH = 3;

/**
 * `——在南开大学…毕业典礼上的讲话` over `南开校长 龚克`: the name card right below a speech's subtitle names who gave it.
 * The name and the card's line, or null.
 */
function speakerOnCardUnderPlaceTitle(lines: LineIndex, line: number, text: string): { name: string; card: number } | null {
  if (!PLACE_SUBTITLE.test(text)) return null;
  let reach = CARD_REACH;
  for (let below = line + 1; below < lines.lineCount && below <= line + reach; below++) {
    const raw = linePrefix(lines, below, MAX_FIELD_LINE).trim();
    const card = visibleText(raw);
    // Lines of markup alone (`</h1>`, `<div class="byline">`) stand between a page's title and its byline.
    if (card === '') {
      if (raw !== '' && reach < MAX_MARKUP_REACH) reach++;
      continue;
    }
    // Under a speech's name that names no one, a byline holding only a name names who gave it (`习近平`).
    const name = nameCardName(card) ?? (BARE_HAN_NAME.test(card) && isPlausibleName(card) ? card : null);
    return name ? { name, card: below } : null;
  }
  return null;
}

/** A byline of a name alone: two to five ideographs, a `·` inside allowed. */
const BARE_HAN_NAME = /^\p{Script=Han}[\p{Script=Han}·]{1,4}$/u;
/** How many lines a speech's name and its byline may stand apart when lines of markup alone are between them. */
const MAX_MARKUP_REACH = 8;

/**
 * Reads lines one after another and tells which part of each lies outside HTML tags, where a tag's attributes
 * run over several lines (`<div class="speech" style="` … `font-size: 18px;` … `">`).
 */
class OpenTagTracker {
  private inTag = false;

  textOutsideTags(line: string): string {
    let text = line;
    if (this.inTag) {
      const close = text.indexOf('>');
      if (close < 0) return '';
      this.inTag = false;
      text = text.slice(close + 1);
    }
    const open = text.lastIndexOf('<');
    if (open >= 0 && text.indexOf('>', open) < 0 && /[A-Za-z]/.test(text[open + 1] ?? '')) {
      this.inTag = true;
      text = text.slice(0, open);
    }
    return text;
  }
}

/** A line ending in its only colon, longer than a field's key (`专栏:`), and no lead-in (`以下为全文:`). */
const SALUTATION = /^(?![^:：]*(?:以下|如下))[^:：，。、；！？,;!?\s]{5,40}[:：]$/u;

/** A short key, a colon and a value on the same line. */
const PAGE_FIELD = /^[^，。、；！？,;!?:：\s]{1,4}\s*[:：]\s*\S/u;

/** A lead sentence naming the speaker is one of the document's first lines of text: its title, then the lead. */
const LEAD_LINES = 2;

/**
 * The speaker a document's lead sentence names (`… transcript of today's noon briefing by Jane Doe,
 * Spokesperson for …`), or null. Only a sentence: a title is read by speakerInTitle.
 */
function speakerInLead(text: string): string | null {
  if (!/[.!?]["”’]?$/.test(text) || !/\s/.test(text)) return null;
  const name = BY_TITLE.exec(text)?.[1];
  return name && isPlausibleName(name) ? name : null;
}

/** Names in a field value: `Jane Doe`, `[Jane Doe, John Roe]`, `Jane Doe and John Roe`. */
function namesInValue(value: string): string[] {
  const inner = value.trim().replace(/^\[|\]$/g, '');
  // `Jonathan Indig (Netflix)`: an affiliation in brackets after a name is no part of it.
  return inner.split(/,|\band\b|&/).map((part) => part.trim().replace(QUOTES, '').replace(AFFILIATION, '').trim()).filter((part) => part !== '' && isPlausibleName(part));
}

/** The speaker fields of YAML front matter: scalars, inline lists, block lists, maps and `name:` children. */
function frontMatterNames(lines: LineIndex, first: number, last: number, names: string[], authors: string[], titles: string[]): void {
  let key: string | null = null;
  const into = (k: string): string[] | null => (SPEAKER_KEYS.has(k) ? names : AUTHOR_KEYS.has(k) ? authors : null);
  for (let line = first + 1; line < last; line++) {
    const text = linePrefix(lines, line, MAX_FIELD_LINE + 1);
    if (text.length > MAX_FIELD_LINE) continue;
    const top = /^([A-Za-z][\w -]{0,30}):[ \t]*(.*)$/.exec(text);
    if (top) {
      key = top[1]!.toLowerCase();
      const value = top[2]!.trim();
      if (into(key) && value !== '') into(key)!.push(...namesInValue(value));
      else if (key === 'title' && value !== '') {
        const named = speakerInTitle(value);
        if (named) {
          names.push(named);
          titles.push(value);
        }
      }
      continue;
    }
    if (key === null || !into(key)) continue;
    // `  - Jane Doe`, `  - name: Jane Doe`, `  JD: Jane Doe`, `  name: Jane Doe`.
    const child = /^[ \t]+(?:-[ \t]+)?(?:([\w -]{1,30}):[ \t]*)?(.+)$/.exec(text);
    if (!child) continue;
    const field = child[1]?.toLowerCase();
    if (field !== undefined && field !== 'name' && !/^[A-Z]{1,4}$/.test(child[1]!) && !/^[a-z]+\d*$/.test(child[1]!)) continue;
    if (field !== undefined && /^(?:bio|url|role|title|affiliation|birth_year|death_year|twitter|github|website)$/.test(field)) continue;
    into(key)!.push(...namesInValue(child[2]!));
  }
}

/**
 * The speakers a document declares in its header, or null when it declares none. Reads front matter,
 * then header fields and title headings among the first HEAD_LINES lines before any paragraph of prose.
 */
export function findDeclaredSpeakers(lines: LineIndex): SpeakerDeclaration | null {
  const names: string[] = [];
  const authors: string[] = [];
  // The titles that named a speaker: an interview's tells who answers, a talk's who speaks throughout.
  const titles: string[] = [];
  const headerLines = new Set<number>();
  // Any fenced block at the top, as in Markdown: a plain-text file's `---` block that is not all metadata keys is no
  // front matter to the outline (frontMatter.ts), but the speakers it declares in `speaker:` keys are still its own.
  const front = findFrontMatter(lines, true);
  let bodyStart = 0;
  if (front) {
    frontMatterNames(lines, front.first, front.last, names, authors, titles);
    for (let line = 0; line <= front.last; line++) headerLines.add(line);
    bodyStart = front.last + 1;
  }
  // Header fields and a title heading at the top of the body (or of a document without front matter).
  let textLines = 0;
  for (let line = bodyStart; line < lines.lineCount && line < bodyStart + HEAD_LINES; line++) {
    const text = linePrefix(lines, line, MAX_FIELD_LINE + 1).trim();
    if (text === '') continue;
    if (text.length > MAX_FIELD_LINE) break;
    // `<h1 …>` / `在…大会上的讲话` / `</h1>`: a saved page's markup alone on its lines says nothing of who speaks.
    const shown = text.charCodeAt(0) === 60 /* < */ || text.includes('<br') ? visibleText(text) : text;
    if (shown === '') continue;
    textLines++;
    // `The following is a near-verbatim transcript of today's noon briefing by Jane Doe, Spokesperson …`:
    // the lead under the title names who speaks, as `以下是…的演讲实录` does in Chinese write-ups.
    const lead = textLines <= LEAD_LINES && !text.startsWith('#') ? speakerInLead(text) : null;
    if (lead) {
      names.push(lead);
      headerLines.add(line);
      bodyStart = Math.max(bodyStart, line + 1);
      continue;
    }
    if (text.startsWith('#')) {
      const named = speakerInTitle(text);
      if (named) {
        names.push(named);
        titles.push(text);
        continue;
      }
    }
    // A Chinese speech's headline: the lines up to its first clause are the page's, the rest the speech.
    const titled = names.length === 0 && shown.length <= MAX_ZH_TITLE ? speakerInChineseTitle(shown, () => headTexts(lines, bodyStart, line)) : null;
    const carded = titled || names.length > 0 ? null : speakerOnCardUnderPlaceTitle(lines, line, shown);
    const headlined = titled || carded || names.length > 0 || shown.length > MAX_ZH_TITLE ? null : (speakerUnderNameHeadline(lines, line, shown) ?? speakerOfFullTextHeadline(lines, line, shown));
    const zhNamed = titled ?? carded?.name ?? headlined?.name;
    if (zhNamed) {
      const start = headlined ? headlined.start : chineseSpeechStart(lines, line, carded?.card);
      if (start < 0) break;
      names.push(zhNamed);
      for (let l = bodyStart; l < start; l++) headerLines.add(l);
      bodyStart = start;
      break;
    }
    if (text.startsWith('#')) continue;
    const field = HEADER_FIELD.exec(text);
    if (!field || !SPEAKER_KEYS.has(field[1]!.trim().toLowerCase())) continue;
    const declared = namesInValue(field[2]!);
    if (declared.length === 0) continue;
    names.push(...declared);
    // The block of fields around it (`Date:`, `Video:`) is the header too.
    let from = line;
    while (from > 0 && isHeaderField(lines, from - 1)) from--;
    let to = line;
    while (to + 1 < lines.lineCount && to + 1 < bodyStart + 2 * HEAD_LINES && isHeaderField(lines, to + 1)) to++;
    for (let l = from; l <= to; l++) headerLines.add(l);
    bodyStart = Math.max(bodyStart, to + 1);
    line = to;
  }
  const unique = [...new Set(names)];
  const uniqueAuthors = [...new Set(authors)].filter((author) => !unique.includes(author));
  if (unique.length === 1) bodyStart = introductionEnd(lines, bodyStart, unique[0]!) ?? bodyStart;
  return unique.length === 0 && uniqueAuthors.length === 0 ? null : { names: unique, authors: uniqueAuthors, headerLines, bodyStart, interview: titles.some(isInterviewTitle) };
}

/** A Chinese speech headline is short; longer lines are not read for one. */
const MAX_ZH_TITLE = 60;

/** The head's lines (HEAD_LINES from `from`) but the headline's own, where a headline's title holder is looked for. */
function headTexts(lines: LineIndex, from: number, headline: number): string[] {
  const texts: string[] = [];
  for (let line = from; line < lines.lineCount && line < from + HEAD_LINES; line++) if (line !== headline) texts.push(linePrefix(lines, line, MAX_FIELD_LINE));
  return texts;
}

/** `**Diego Zuluaga**`, `_Diego Zuluaga_`: emphasis around the start of a line. */
const LEADING_EMPHASIS = /^(?:\*\*|__|\*|_)/;

/**
 * The heading that ends the writer's introduction of the declared speaker, when there is one: a paragraph
 * opening with the speaker's name (`**Diego Zuluaga** — Open Mobile Hub`, `Diego Zuluaga is Director of …`)
 * talks about them, not as them, and the first `#` heading after it is where the talk starts (`## Transcript`).
 * Undefined when no such paragraph comes before a heading among the first lines of the body: nothing then
 * tells where an introduction would end. Reads no line past DECLARATION_LINES.
 */
function introductionEnd(lines: LineIndex, from: number, name: string): number | undefined {
  const limit = Math.min(lines.lineCount, from + HEAD_LINES, DECLARATION_LINES);
  let introduced = false;
  let previousBlank = true;
  for (let line = from; line < limit; line++) {
    const text = linePrefix(lines, line, MAX_FIELD_LINE + 1).trim();
    const blank = text === '';
    if (text.startsWith('#')) {
      if (introduced) return line;
    } else if (!blank && previousBlank && text.replace(LEADING_EMPHASIS, '').startsWith(name)) {
      introduced = true;
    }
    previousBlank = blank;
  }
  return undefined;
}

const declarations = new WeakMap<LineIndex, SpeakerDeclaration | null>();

/** findDeclaredSpeakers, once per LineIndex: the outline and the turn scan both ask. */
export function declarationOf(lines: LineIndex): SpeakerDeclaration | null {
  let declaration = declarations.get(lines);
  if (declaration === undefined) declarations.set(lines, (declaration = findDeclaredSpeakers(lines)));
  return declaration;
}

function isHeaderField(lines: LineIndex, line: number): boolean {
  const text = linePrefix(lines, line, MAX_FIELD_LINE + 1).trim();
  return text !== '' && text.length <= MAX_FIELD_LINE && HEADER_FIELD.test(text);
}

/** Courtesy and office titles a label may put before a declared name (`Senator Doe`, `Dr. Doe`). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'chairman', 'chairwoman', 'chair', 'the', 'hon', 'judge', 'justice', 'secretary', 'governor', 'president', 'general', 'rev', 'reverend', 'pastor', 'father', 'sir', 'dame']);

function nameWords(name: string): string[] {
  return name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** A shortened name (`Zino` for Zinovieff, `Rob` for Robert) keeps at least this many letters. */
const MIN_SHORT_NAME = 3;

/**
 * Whether a label names a declared speaker by name parts: the surname, the first name, a title and the
 * surname (`Senator Doe` for `Jane Doe`), the whole name, the initials (`JD`, `J.D.`), or one word that
 * shortens a part of the name from its start (`Zino` for `Nicolas Zinovieff`).
 */
export function labelNamesDeclared(label: string, declared: string): boolean {
  const declaredWords = nameWords(declared);
  if (declaredWords.length === 0) return false;
  const words = nameWords(label).filter((word) => !TITLE_WORDS.has(word));
  if (words.length === 0) return false;
  if (words.every((word) => declaredWords.includes(word))) return true;
  if (words.length === 1 && words[0]!.length >= MIN_SHORT_NAME && declaredWords.some((part) => part.startsWith(words[0]!))) return true;
  const initials = declaredWords.map((word) => word[0]).join('');
  return words.length === 1 && declaredWords.length > 1 && words[0] === initials;
}

/** No line past this one is read by findDeclaredSpeakers (front matter, then the fields below it). */
export const DECLARATION_LINES = FRONT_MATTER_MAX_LINES + 3 * HEAD_LINES + BYLINE_TRAIL + 1;

/**
 * What the header of `text` declares, as a key that changes whenever the declaration does ('' for none).
 * Reads only the first DECLARATION_LINES lines, so the incremental analyzer can compare it before and
 * after an edit near the top at a bounded cost.
 */
export function declarationKey(text: TextSource): string {
  return declarationKeyOf(new LineIndex(declarationHead(text)));
}

/** The first DECLARATION_LINES + 1 lines of `text`: all that findDeclaredSpeakers may read of it. */
export function declarationHead(text: TextSource): string {
  let end = 0;
  for (let line = 0; line < DECLARATION_LINES + 1 && end >= 0; line++) end = text.indexOf('\n', end + (line === 0 ? 0 : 1));
  return text.slice(0, end < 0 ? text.length : end);
}

/** declarationKey of the lines of a text's head (declarationHead). */
export function declarationKeyOf(head: LineIndex): string {
  const declaration = findDeclaredSpeakers(head);
  if (!declaration) return '';
  return JSON.stringify([declaration.names, declaration.authors, declaration.bodyStart, declaration.interview, [...declaration.headerLines].sort((a, b) => a - b)]);
}
