// A web page's byline stamp: who posted it and when, perhaps how often it was read: `文钊2020-12-18 11:11`,
// `醒報編輯部 2016/05/19 10:04 點閱 1222 次`. Page machinery, no claim, whatever figures it holds. Works on the
// matching key (folded to Simplified, ASCII lower case).

/** A short name (a writer or a desk), a date with its clock time, and an optional read count. */
const BYLINE_STAMP =
  /^[\u3400-\u9fff]{1,8}\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:点阅|阅读|浏览|点击|观看)(?:数|量|次数)?\s*[:：]?\s*\d+\s*次?)?$/;
/** A stamp is short; a longer line is prose. */
const MAX_STAMP_LENGTH = 50;

/** True when key[from, to), trimmed, is a byline stamp (BYLINE_STAMP). */
export function isBylineStamp(key: string, from: number, to: number): boolean {
  if (to - from > MAX_STAMP_LENGTH) return false;
  return BYLINE_STAMP.test(key.slice(from, to).trim());
}
