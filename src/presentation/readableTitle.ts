import { decodeHtmlEntities } from '../core/text/entities';
import { withoutTags } from '../core/turns/visibleText';

/** What inline markup starts with; a title without any of these is shown as it is. */
const MAY_HOLD_MARKUP = /[[*_`<&]/u;
/** `![alt](src)`: the alternative text. */
const IMAGE = /!\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/gu;
/** `[words](address "title")`, `[words][ref]`: the words. */
const LINK = /\[([^\]\n]+)\](?:\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)|\[[^\]\n]*\])/gu;
/** `` `code` ``: the code without its backticks. */
const CODE = /(`+)([^`\n]+?)\1/gu;
/** `**strong**`, `__strong__`. */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
/** `*emphasis*`, `_emphasis_` (the underscore only between words' edges: `snake_case` keeps it). */
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;

/**
 * A topic's title as a reader sees it in a tree or a summary: the Markdown and HTML markup around its words taken
 * out (`**测试访谈**` → `测试访谈`, `[Support profile mechanism #531](https://…)` → `Support profile mechanism #531`), the
 * words themselves unchanged. The analysis keeps the title as written (its JSON, the tree's ids, the filter).
 * A title that is only markup is shown as written.
 */
export function readableTitle(title: string): string {
  if (!MAY_HOLD_MARKUP.test(title)) return title;
  const words = decodeHtmlEntities(withoutTags(title)).text
    .replace(IMAGE, '$1')
    .replace(LINK, '$1')
    .replace(CODE, '$2')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, (_, starred: string | undefined, underscored: string | undefined) => starred ?? underscored ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
  return words === '' ? title : words;
}
