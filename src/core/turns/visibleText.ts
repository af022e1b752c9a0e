// The words a reader sees on a line of a saved page: tags, character references and Markdown bold marks taken out.
import { decodeHtmlEntities } from '../text/entities';

const TAG = /<[^<>]{0,300}>/g;
const EMPHASIS = /^(?:\*\*|__)+|(?:\*\*|__)+$/g;
/** What a tag, a character reference or an emphasis mark starts with. */
const MAY_HOLD_MARKUP = /[<&*_]/;

/**
 * Phrasing elements: they style words inside a paragraph (`<NOBR>BY-LAWS</NOBR>`, `<span class="…">`, `<font …>`) and
 * never hold words of their own. A link (`<a href>`) is left out: a paragraph holding one stays body text.
 */
export const PHRASING_ELEMENTS = 'abbr|b|bdi|bdo|big|cite|em|font|i|mark|nobr|small|span|strike|strong|sub|sup|tt|u';
/** One phrasing tag, opening or closing, with its attributes. */
export const PHRASING_TAG = new RegExp(`<\\/?(?:${PHRASING_ELEMENTS})(?:\\s[^<>]{0,200})?>`, 'gi');

/** `text` without its phrasing tags (`CONSIDERATION OF <NOBR>BY-LAWS</NOBR>` → `CONSIDERATION OF BY-LAWS`). */
export function withoutPhrasingTags(text: string): string {
  return text.indexOf('<') < 0 ? text : text.replace(PHRASING_TAG, '');
}

/** `text` without its HTML tags (`<span class="…">`, `</a>`), whatever their attributes; nothing else changed. */
export function withoutTags(text: string): string {
  return text.replace(TAG, '');
}

/** The words of a line without HTML tags, character references (`约翰&middot;奎尔奇`), bold marks and surrounding space. */
export function visibleText(line: string): string {
  // Most lines hold no tag, reference or mark: nothing to take out but the space (three replaces saved).
  if (!MAY_HOLD_MARKUP.test(line)) return line.trim();
  return decodeHtmlEntities(withoutTags(line)).text.trim().replace(EMPHASIS, '').trim();
}
