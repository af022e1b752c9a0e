/** A numbered or bulleted list item: `- 贊助 [name=Cynthia]`, `2. 表單的易填性[name=allen]`, `* 仔魚：…`. */
const LIST_ITEM = /^([ \t]*)(?:\d{1,3}[.、)）]|[-*+•])[ \t]+\S/;

/** A tab indents a list item as far as four spaces (how Markdown nests items). */
const TAB_WIDTH = 4;

/** How far the list item on this line is indented (in spaces), or -1 when the line is no list item. */
export function listItemIndent(line: string): number {
  const match = LIST_ITEM.exec(line);
  if (!match) return -1;
  let width = 0;
  for (const ch of match[1]!) width += ch === '\t' ? TAB_WIDTH : 1;
  return width;
}

/**
 * A label on a list item opens a turn over the item's sub-items. Minutes put one point on each item, so an
 * item further out than the label's ends the turn, and so does a sibling when the label's item had its
 * speech on its own line (`* 子絜：下次…` over `* 自律和共律的討論很少`). A label alone on its item
 * (`- 回饋：`) may be followed by its speech as siblings: only an item further out ends that turn.
 */
export interface ListItemTurn {
  /** Where the label starts: the turn it opened is still the open one while the builder reports it. */
  readonly labelStart: number;
  readonly indent: number;
  readonly speechOnLine: boolean;
}

export function endsListItemTurn(turn: ListItemTurn, indent: number): boolean {
  return indent >= 0 && (indent < turn.indent || (indent === turn.indent && turn.speechOnLine));
}
