// The words a reader sees on a line of a saved page: tags, character references and Markdown bold marks taken out.
import { decodeHtmlEntities } from '../text/entities';

const TAG = /<[^<>]{0,300}>/g;
const EMPHASIS = /^(?:\*\*|__)+|(?:\*\*|__)+$/g;
/** What a tag, a character reference or an emphasis mark starts with. */
const MAY_HOLD_MARKUP = /[<&*_]/;

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
