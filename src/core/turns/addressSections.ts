/**
 * A press record's numbered section that names who speaks in it: `壹、秘書長致詞:`, `貳、總統致詞:`, `壹、 主委致詞`.
 * The record numbers each address like a section, but the line is the speaker's label (`秘書長`, `主委`): the
 * speech follows under it. Only an address (致詞) is read this way; `一、報告事項` and other numbered items stay items.
 */
const NUMBERED_ADDRESS = /^[一二三四五六七八九十壹貳贰參叁參肆伍陸陆柒捌玖拾]{1,3}、[ \t\u3000]*(?=[^:：︰、，。,;；!?！？「」()（）]{1,16}?(?:致詞|致辭|致词|致辞)[ \t\u3000]*(?:[:：︰]|$))/u;

/** Length of the ordinal and its mark opening a numbered address section at `at` (`壹、`), or 0. */
export function numberedAddressLength(text: string, at: number): number {
  // Cheap test first: the enumeration comma right after one to three numerals.
  const mark = text.indexOf('、', at);
  if (mark <= at || mark > at + 3) return 0;
  return NUMBERED_ADDRESS.exec(at === 0 ? text : text.slice(at))?.[0].length ?? 0;
}
