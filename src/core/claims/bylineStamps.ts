// A web page's byline stamp: who posted it and when, perhaps how often it was read: `文钊2020-12-18 11:11`,
// `醒報編輯部 2016/05/19 10:04 點閱 1222 次`, `Last updated 3 May 2024 at 14:05`. Page machinery, no claim, whatever
// figures it holds. Works on the matching key (folded to Simplified, ASCII lower case).

/** A short name (a writer or a desk), a date with its clock time, and an optional read count. */
const BYLINE_STAMP =
  /^[\u3400-\u9fff]{1,8}\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:点阅|阅读|浏览|点击|观看)(?:数|量|次数)?\s*[:：]?\s*\d+\s*次?)?$/;
/**
 * An English page's publishing stamp: the verb alone (`Published`, `Last updated`, `Posted on`), then only a date and
 * perhaps its clock time (`3 May 2024`, `May 3, 2024`, `2024-05-03`, `at 14:05`, `9:12 a.m. EDT`). With a subject
 * (`The podcast was published on…`) it is a sentence, read as one.
 */
const PUBLISHING_STAMP =
  /^(?:(?:first|last) )?(?:published|posted|updated|modified|revised)(?: on| at)?:? (?:[a-z]+day,? )?(?:\d{1,2} [a-z]+ \d{4}|[a-z]+ \d{1,2},? \d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?\.?$/;
/** A stamp is short; a longer line is prose. */
const MAX_STAMP_LENGTH = 50;

/** True when key[from, to), trimmed, is a byline stamp (BYLINE_STAMP). */
export function isBylineStamp(key: string, from: number, to: number): boolean {
  if (to - from > MAX_STAMP_LENGTH) return false;
  const trimmed = key.slice(from, to).trim();
  return BYLINE_STAMP.test(trimmed) || PUBLISHING_STAMP.test(trimmed);
}
