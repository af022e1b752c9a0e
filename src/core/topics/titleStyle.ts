// A document titles its sections in one style. Where the author sets two or more section titles in bold
// (`**初心：2011-2013**`, `<p><strong>阶段一：一群孤岛</strong></p>`), a short plain line standing between paragraphs
// is something else: a picture's caption kept without its picture (`▲在非洲做太阳能调研`, `鲁豫和董明珠`), a
// repost credit (`以下文章来源于…，作者…`). Numbered sub-titles under the bold ones (`① …机制`) keep their own
// sequence. Markdown headings set the style the same way (outline.ts).

/** This many bold section titles show that a document titles its sections in bold. */
export const MIN_BOLD_TITLES_FOR_STYLE = 2;

/** A number or ordinal opening a line (`①`, `2.`, `（一）`, `一、`, `第二`), or markup (`_** 2. …**_`, `<p>`). */
const NUMBERED_OR_STYLED = /^(?:[\u2460-\u2473\u2776-\u277f]|\d{1,2}\s*[.、．)）]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十\d]|[*_<#])/;

/**
 * Whether a plain title line (its trimmed text) is out of the document's title style: the document sets
 * `boldTitleLines` section titles in bold, at least MIN_BOLD_TITLES_FOR_STYLE, and the line is neither
 * numbered nor styled.
 */
export function isOutOfBoldStyle(lineText: string, boldTitleLines: number): boolean {
  return boldTitleLines >= MIN_BOLD_TITLES_FOR_STYLE && !NUMBERED_OR_STYLED.test(lineText);
}
