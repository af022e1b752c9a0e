// `I support the release of further details on our plans.`, `I am also fine with retaining the caps.`, `We oppose the
// amendment.`: the speaker (or the speaker's side) states a position on a proposal, which a record of votes and views
// can check. Read as a plain statement it was the speaker's own story and fell under the threshold. Only verbs of taking
// a side and `fine with` / `comfortable with`; `I welcome…` (a greeting) and `I urge…` (a request) are read as before.
// English only; works on the matching key (lower case).

/** The reason shown with the claim; the matched words follow it. */
export const POSITION_REASON = 'position: ';
/** As sure as an evaluation beside a belief less a little: a position is a judgement, its object the proposal. */
export const POSITION_CONFIDENCE = 0.55;

const ADVERBS = '(?:(?:also|fully|strongly|certainly|still|do|would|very|really|generally|entirely|quite|completely|wholeheartedly|perfectly|therefore|too)\\s+)*';
const TAKE_SIDE = '(?:support|oppose|favou?r|endorse)';
const AT_EASE = "(?:'m|\\s+am|'re|\\s+are)\\s+" + ADVERBS + '(?:fine|comfortable)\\s+with';
/** I or we, then adverbs, then a verb of taking a side or being at ease with, then something to take a side on. */
const POSITION = new RegExp(`(?:^|[^a-z'’])(?:i|we)(?:\\s+${ADVERBS}${TAKE_SIDE}|${AT_EASE})(?=\\s+[a-z])`);

/** The words that state a position in `sentence` (key), or null. */
export function statedPositionIn(sentence: string): string | null {
  const match = POSITION.exec(sentence);
  return match ? match[0].replace(/^[^a-z]+/, '').replace(/\s+/g, ' ') : null;
}
