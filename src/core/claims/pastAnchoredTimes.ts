// A future time word anchored to a past point dates what happened; it predicts nothing (`Now, soon after that there was
// a major expansion…`, `19大刚刚闭幕不久，京畿重地就发生大火`, `不久前`). Works on the matching key (lower case,
// simplified Chinese). The sentence is then read by its other cues: a `will` or a `就会` beside these still predicts, and
// `不久就会…`, `不久的将来`, `soon` alone stay in the future.

/** `soon after`, `soon afterwards`, `soon thereafter`: a time after a point already told. */
const AFTER_SOON = /^\s+(?:after|afterwards?|thereafter)\b/;
/** `…后不久`, `…之后不久` (not long after). */
const AFTER_BEFORE_BUJIU = /[后後]$/;
/** `刚刚闭幕不久`, `刚…不久`: 刚 in the same clause puts the point in the past. */
const JUST_IN_CLAUSE = /[刚剛][^，,。；;！!？?]{0,16}$/;
/** How far before 不久 its anchor is looked for. */
const ANCHOR_REACH = 20;

/** Whether the future time cue key[start, end) of the sentence starting at `from` dates a past point (see above). */
export function isPastAnchoredTime(key: string, from: number, start: number, end: number): boolean {
  const word = key.slice(start, end);
  if (word === 'soon') return AFTER_SOON.test(key.slice(end, end + 16));
  if (word !== '不久') return false;
  if (key.startsWith('前', end)) return true;
  const before = key.slice(Math.max(from, start - ANCHOR_REACH), start);
  return AFTER_BEFORE_BUJIU.test(before) || JUST_IN_CLAUSE.test(before);
}
