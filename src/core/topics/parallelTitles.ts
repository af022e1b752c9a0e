// Section titles that saved pages and write-ups set in markup rather than Markdown: HTML heading
// elements, and runs of parallel bold paragraphs (`<p><strong>阶段一：一群孤岛</strong></p>`,
// `**演讲内容**`) standing alone between paragraphs.
import type { TextSource } from '../text/chunkedText';
import type { Span } from '../text/positions';
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import { skipSpaces, trimEnd } from '../turns/chars';
import { Kind, type Scan } from './lineScan';
import { isCaptionOrByline, MAX_TITLE_LENGTH } from './titles';

/** A heading element on a line of its own is this long at most. */
const MAX_HTML_HEADING_LINE = 400;
const HTML_HEADING = /^<(h[1-6]|heading)(?:\s[^<>]{0,200})?>(.*)<\/\1>$/i;
/**
 * An XML debate record's `<heading>` element (Akoma Ntoso, the standard parliaments publish Hansard in: `<debateSection>`
 * / `<heading>FURTHER EDUCATION … BILL (Second Reading debate)</heading>` / `<speech by=…>`) names its section as `<h2>`
 * names a page's.
 */
export const HEADING_ELEMENT_LEVEL = 2;
const INLINE_TAG = /<\/?(?:strong|b|em|i|span|font|a|u)(?:\s[^<>]{0,200})?>/gi;

/**
 * `<h2 data-id="heading-0">云原生多云多集群的典型阶段</h2>`, `<h3><strong>#新聞工作的榮譽守則</strong></h3>`:
 * the level and the title's span (its words, inline markup around them excluded), or null.
 */
export function htmlHeading(text: TextSource, start: number, end: number): { level: number; span: Span; title: string } | null {
  if (text.charCodeAt(start) !== 60 /* < */ || end - start > MAX_HTML_HEADING_LINE || !/^<h(?:[1-6][\s>]|eading[\s>])/i.test(text.slice(start, start + 9))) return null;
  const match = HTML_HEADING.exec(text.slice(start, end));
  if (!match) return null;
  const inner = match[2]!;
  const title = inner.replace(INLINE_TAG, '').trim();
  if (!title || title.includes('<')) return null;
  // The span runs over the title's words: from the first character outside a tag to the last.
  const innerStart = start + match[0].indexOf('>') + 1;
  let from = innerStart;
  let to = innerStart + inner.length;
  for (let tag = /^\s*<[^<>]*>/.exec(text.slice(from, to)); tag; tag = /^\s*<[^<>]*>/.exec(text.slice(from, to))) from += tag[0].length;
  for (let tag = /<[^<>]*>\s*$/.exec(text.slice(from, to)); tag; tag = /<[^<>]*>\s*$/.exec(text.slice(from, to))) to = from + tag.index;
  from = skipSpaces(text, from, to);
  to = trimEnd(text, from, to);
  return to > from ? { level: headingElementLevel(match[1]!), span: { start: from, end: to }, title } : null;
}

/** The outline level of a heading element's tag: `h1`…`h6` by their digit, `heading` as HEADING_ELEMENT_LEVEL. */
export function headingElementLevel(tag: string): number {
  return tag.length === 2 ? Number(tag[1]) : HEADING_ELEMENT_LEVEL;
}

/** A paragraph wholly in bold: `<p><strong>…</strong></p>`, `<p><b>…</b></p>`, `**…**`. */
const HTML_BOLD_PARAGRAPH = /^(<p(?:\s[^<>]{0,200})?>\s*<(strong|b)(?:\s[^<>]{0,200})?>)([^<>]+)(<\/\2>\s*<\/p>)$/i;
const MARKDOWN_BOLD_PARAGRAPH = /^(\*\*|__)(?![*_])([^*_]+)\1$/;
/**
 * `**L2** **越厉害，就离L4越远**`, `**10** **月出 demo ， 11 月拿 TS ， 12 月注册公司**`: WeChat's editor closes and
 * reopens the bold where a space falls, so a bold line arrives as runs with only spaces between them. It is one bold
 * paragraph in the `**` style. Runs with nothing between them (`**漏洞****利用…**`) are emphasis pieces cut out of a
 * paragraph, not a title.
 */
const MARKDOWN_SPLIT_BOLD_PARAGRAPH = /^\*\*(?!\*)[^*]+?\*\*(?:[ \t\u3000]+\*\*(?!\*)[^*]+?\*\*)+$/;
const BOLD_MARKS = /\*\*/g;
/**
 * Pages that separate paragraphs with line breaks rather than `<p>` set a title as a bold line closed by
 * `<br>`, a font tag inside the bold or not: `<strong><font color="#de5650">总结</font></strong><br>`.
 */
const HTML_BOLD_LINE = /^(<(strong|b)(?:\s[^<>]{0,200})?>\s*(?:<font(?:\s[^<>]{0,200})?>\s*)?)([^<>]+)((?:<\/font>\s*)?<\/\2>\s*<br\s*\/?>)$/i;
/** Pictographs (an emoji and its variation selector or joined emoji) and the spaces after them, opening a line. */
const PICTOGRAPH_LEAD = /^(?:\p{Extended_Pictographic}[\uFE0F\u200D]*){1,3}[ \t\u3000]*/u;

/** Whether a line's first character may open a bold paragraph: `<`, `*`, `_`, or a pictograph before the bold. */
export function mayOpenBoldParagraph(text: TextSource, start: number): boolean {
  const first = text.charCodeAt(start);
  return first === 60 || first === 42 || first === 95 || (first >= 0x2000 && PICTOGRAPH_LEAD.test(text.slice(start, start + 4)));
}

/** Marks that end or break a sentence: a title has none inside it or at its end. */
const SENTENCE_MARKS = /[。！？!?；;…]/;
const TRAILING_PAUSE = /[，,：:、]$/;

interface BoldParagraph {
  /** The markup around the words, the words replaced: lines in the same style share it. */
  readonly style: string;
  readonly inner: Span;
}

function boldParagraph(text: TextSource, start: number, end: number): BoldParagraph | null {
  const first = text.charCodeAt(start);
  if (end - start > MAX_TITLE_LENGTH * 2 + 120) return null;
  const line = text.slice(start, end);
  if (first !== 60 && first !== 42 && first !== 95) {
    // `📦 **DeepSeek开源周汇总**`: a pictograph ahead of the bold is the title's bullet, one style whichever it is.
    const lead = PICTOGRAPH_LEAD.exec(line);
    const after = lead ? text.charCodeAt(start + lead[0].length) : 0;
    if (!lead || (after !== 42 && after !== 95)) return null;
    const paragraph = boldParagraph(text, start + lead[0].length, end);
    return paragraph ? { style: `pictograph ${paragraph.style}`, inner: paragraph.inner } : null;
  }
  if (first === 60 /* < */) {
    const match = HTML_BOLD_PARAGRAPH.exec(line) ?? HTML_BOLD_LINE.exec(line);
    if (!match) return null;
    // A font tag opened inside the bold must close inside it: `<strong><font>…</font></strong>`.
    if (/<font/i.test(match[1]!) !== /<\/font>/i.test(match[4]!)) return null;
    const words = match[3]!;
    const from = start + match[1]!.length + (words.length - words.trimStart().length);
    return { style: `${match[1]!.replace(/\s[^<>]*>/g, '>')}|${match[4]!}`, inner: { start: from, end: from + words.trim().length } };
  }
  if (first === 42 /* * */ || first === 95 /* _ */) {
    const match = MARKDOWN_BOLD_PARAGRAPH.exec(line);
    if (!match) return splitBoldParagraph(line, start);
    const words = match[2]!;
    const from = start + 2 + (words.length - words.trimStart().length);
    return { style: match[1]!, inner: { start: from, end: from + words.trim().length } };
  }
  return null;
}

/** Whether the trimmed line is bold runs split only by spaces (`**L2** **越厉害，…**`). */
export function isSplitBoldLine(line: string): boolean {
  return MARKDOWN_SPLIT_BOLD_PARAGRAPH.test(line);
}

/** A line of bold runs split only by spaces, as one bold paragraph: its span runs from the first run's words to the last's. */
function splitBoldParagraph(line: string, start: number): BoldParagraph | null {
  if (!MARKDOWN_SPLIT_BOLD_PARAGRAPH.test(line)) return null;
  const words = line.slice(2, line.length - 2);
  const from = start + 2 + (words.length - words.trimStart().length);
  return { style: '**', inner: { start: from, end: from + words.trim().length } };
}

/** The words of a bold paragraph's span, the marks of a split bold line left out: `L2 越厉害，就离L4越远`. */
export function boldTitleWords(span: string): string {
  return span.includes('**') ? span.replace(BOLD_MARKS, '').replace(/[ \t\u3000]{2,}/g, ' ').trim() : span;
}

/** Words that end as a question (`…嗎？`, `…?`): an interviewer's line, not a section's title. */
export const QUESTION_END = /[？?]$/;

/** `什么是HImporter系统？`, `什么是Bulkload？Bulkload有什么功能？`: one or two questions, no other sentence. */
const QUESTION_TITLE = /^[^。！？!?；;…]+[？?](?:[^。！？!?；;…]+[？?])?$/;

/**
 * Short words that can title a section: no sentence inside, no pause at the end, not a lead-in or credit.
 * A question may title one (`**谈话节目都去哪儿了？**`): write-ups ask what the section answers.
 */
function readsAsSubheading(words: string): boolean {
  if (words.length < 2 || words.length > MAX_TITLE_LENGTH || PART_NUMBER.test(words)) return false;
  if ((SENTENCE_MARKS.test(words) && !QUESTION_TITLE.test(words)) || TRAILING_PAUSE.test(words) || words.includes('://')) return false;
  if (isCaptionOrByline(words) || recognizeMarkedSpeechLead(words)) return false;
  return /[\p{L}]/u.test(words);
}

/** `**Part** **01**` over the part's title: a number, like `**02**`, that titles nothing by itself. */
const PART_NUMBER = /^(?:part|chapter|section|episode)\s*\d{1,3}$/i;

/** `1）`, `2.`, `2\.` (Markdown's escaped list number), `一、`, `（一）`, `第一`: a numbered sub-title. */
const NUMBERED = /^(?:\d{1,2}\s*\\?[）)、.．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十\d]{1,3})/;

/** Parallel bold titles count only when a style recurs: a lone bold line is emphasis. */
const MIN_PARALLEL_TITLES = 2;

/**
 * Bold paragraphs that title sections: each short and not a sentence, standing alone (the nearest
 * non-blank lines above and below are no such paragraph, so a block of bold lines, a name and its
 * affiliations, is left alone), and set in a style that at least two of them share. Blank lines around
 * them are not required: saved pages and exported posts often have none. The words' spans, by line.
 */
export function parallelBoldTitles(scan: Scan): Map<number, Span> {
  const { lines, kinds } = scan;
  const text = lines.source;
  // Only lines that open with a mark are remembered: a Map entry for every line cost more than the test.
  const bold = new Map<number, BoldParagraph | null>();
  const candidate = (line: number): BoldParagraph | null => {
    if (kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) return null;
    const start = scan.table.firsts[line]!;
    if (!mayOpenBoldParagraph(text, start)) return null;
    if (bold.has(line)) return bold.get(line)!;
    let found: BoldParagraph | null = null;
    const paragraph = boldParagraph(text, start, scan.table.lasts[line]!);
    const words = paragraph ? text.slice(paragraph.inner.start, paragraph.inner.end) : '';
    if (paragraph && readsAsSubheading(boldTitleWords(words)) && !scan.labels?.has(line) && (!words.includes('**') || readsAsSplitBoldTitle(scan, line, words))) found = paragraph;
    bold.set(line, found);
    return found;
  };
  const numbered = (paragraph: BoldParagraph): boolean => NUMBERED.test(text.slice(paragraph.inner.start, Math.min(paragraph.inner.end, paragraph.inner.start + 8)));
  // Two bold paragraphs in a row are a block (a name over its affiliations) unless one of them is numbered:
  // a section title straight over its first numbered sub-title (`多集群应用部署` / `1）零改造 — …`).
  const inBlock = (line: number, neighbour: number): boolean => {
    const other = neighbour >= 0 ? candidate(neighbour) : null;
    return other !== null && !numbered(other) && !numbered(candidate(line)!);
  };
  // `**数据导入场景**` / `**生意参谋**` over body text: a pair of bold lines in one style with no bold line
  // around it, the second over a paragraph, is a section title over its first sub-title when the document
  // does so twice or more (a name over one affiliation stands alone as a block, once).
  const pairs: [number, number][] = [];
  const byStyle = new Map<string, Map<number, Span>>();
  for (let line = 0; line < lines.lineCount; line++) {
    const paragraph = candidate(line);
    if (!paragraph) continue;
    const above = nonBlankNeighbour(kinds, line, -1);
    const below = nonBlankNeighbour(kinds, line, 1);
    if (below < 0 || kinds[below] === Kind.Heading) continue;
    // `**那你们用过哪些…？**` over `**张佳钇：** …`: another speaker answers a question of the dialogue; a title's
    // question is answered by the section below it.
    if (scan.labels?.has(below) && QUESTION_END.test(text.slice(paragraph.inner.start, paragraph.inner.end))) continue;
    if (inBlock(line, above) || inBlock(line, below)) {
      const second = below >= 0 ? candidate(below) : null;
      if (second && second.style === paragraph.style && !(above >= 0 && candidate(above))) {
        const after = nonBlankNeighbour(kinds, below, 1);
        if (after >= 0 && (kinds[after] === Kind.Text || kinds[after] === Kind.TitleShaped) && !candidate(after)) pairs.push([line, below]);
      }
      continue;
    }
    let same = byStyle.get(paragraph.style);
    if (!same) byStyle.set(paragraph.style, (same = new Map<number, Span>()));
    same.set(line, paragraph.inner);
  }
  if (pairs.length >= MIN_TITLE_PAIRS) {
    for (const [first, second] of pairs) {
      const same = byStyle.get(candidate(first)!.style);
      // The pairs join titles that stand alone in their style; a style of pairs only is a run of name cards.
      if (!same) continue;
      same.set(first, candidate(first)!.inner);
      same.set(second, candidate(second)!.inner);
    }
  }
  const found = new Map<number, Span>();
  for (const same of byStyle.values()) if (same.size >= MIN_PARALLEL_TITLES) for (const [line, span] of same) found.set(line, span);
  return found;
}

/** A section title straight over its first sub-title, both bold: evidence when a document does it this often. */
const MIN_TITLE_PAIRS = 2;

/** How many blank lines a neighbour is looked for across. */
const NEIGHBOUR_REACH = 4;

function nonBlankNeighbour(kinds: Uint8Array, line: number, step: number): number {
  for (let l = line + step, n = 0; l >= 0 && l < kinds.length && n <= NEIGHBOUR_REACH; l += step, n++) if (kinds[l] !== Kind.Blank) return l;
  return -1;
}

/**
 * A split bold line titles a section when it follows a finished paragraph and asks nothing: dialogue write-ups set
 * the interviewer's questions in bold, WeChat splitting them into runs as well (`**2024** **到20** **25** **年，…是什么？**`
 * goes on with the host's bold question above it).
 */
function readsAsSplitBoldTitle(scan: Scan, line: number, words: string): boolean {
  return !QUESTION_END.test(words) && followsFinishedParagraph(scan, line);
}

/** `。`, `！`, `？`, a closing quote or bracket, a closing bold mark, a picture's `)`: a paragraph that is finished. */
const FINISHED_END = /[。！？!?…」』”"）)*：:]$/;

/**
 * `**漏洞****利用首次超越…**` after `而硬币另一面是`: bold runs inside a paragraph broken over lines are emphasis, not a
 * title. A split bold line titles a section only after a finished paragraph (or a picture, a heading, another bold
 * line): the nearest non-blank line above ends a sentence or a markup.
 */
function followsFinishedParagraph(scan: Scan, line: number): boolean {
  const { lines, kinds } = scan;
  for (let above = line - 1, blanks = 0; above >= 0 && blanks <= NEIGHBOUR_REACH; above--) {
    if (kinds[above] === Kind.Blank) {
      blanks++;
      continue;
    }
    if (kinds[above] !== Kind.Text) return true;
    const start = lines.lineStart(above);
    const end = trimEnd(lines.source, start, lines.lineEnd(above));
    return FINISHED_END.test(lines.source.slice(Math.max(start, end - 1), end));
  }
  return true;
}

/** Whether the trimmed line `text[start, end)` is a bold paragraph that parallelBoldTitles may read as a title. */
export function mayBeParallelBoldTitle(text: TextSource, start: number, end: number): boolean {
  const paragraph = boldParagraph(text, start, end);
  return paragraph !== null && readsAsSubheading(boldTitleWords(text.slice(paragraph.inner.start, paragraph.inner.end)));
}
