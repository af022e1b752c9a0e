// What a call or a show says about itself rather than about the world: where the talk happens (`On today's call,
// we may be making…`, `…measures to be discussed during this call will be…`), who is on it (`With me today is…`,
// `Alan Miller, our CEO, is also joining us this morning.`), handing it over (`I would now like to turn the
// conference over to…`) and the caution about its own forward-looking statements. Housekeeping and disclaimers:
// nobody checks them. Read from the words that point at the talk in progress (`this call`, `with me today`,
// `joining us`), never a bare `the call`: a briefing's `During the call, the President told…` reports another
// call. English only.

import { anyOf } from '../text/anyOf';

/** The reason kept for a sentence that speaks of the call itself; the matched words follow it. */
export const CALL_ITSELF_REASON = 'the call itself: ';

const NOW = '(?:today|here|now|this (?:morning|afternoon|evening))';
// `On this call, we will…`, `during this call`, `This call is on background…`, `On our call today are…`. Not a
// call with someone (`During this call with the Chancellor…` reports it) nor a call for or to something.
const SETTING = `\\b(?:this|today's) (?:conference )?call\\b(?! (?:with|for|to|from)\\b)|\\bthe conference call\\b|\\bon our call ${NOW}\\b`;
const HANDOVER = '\\b(?:turn|hand|pass)(?:ing)? (?:the|this) (?:call|conference|line) (?:back )?over\\b';
// The safe-harbour caution read at the start of a results call, about the speakers' own statements.
const OWN_STATEMENTS = '\\bforward-looking statements?\\b';
// The people present: `With me today is…`, `With me today from NVIDIA are…`, `Joining us today are…`, `Alan Miller … is also joining us this morning.`
const PRESENT = `\\bwith (?:me|us) ${NOW}(?: from [^,;:.!?]{1,40}?)? (?:is|are)\\b|\\bjoining (?:me|us) ${NOW} (?:is|are)\\b|\\b(?:is|are) (?:also )?joining (?:me|us)\\b|\\bwe(?:'re| are) (?:also )?joined (?:today |here )?by\\b`;
const CALL_ITSELF = new RegExp(`${SETTING}|${HANDOVER}|${OWN_STATEMENTS}|${PRESENT}`);
// Every pattern holds one of these: a cheap test before the expression.
export const CALL_ITSELF_WORDS: readonly string[] = ['call', 'conference', 'line', 'forward-looking', 'join', 'with me', 'with us'];
const ANCHORS = anyOf(CALL_ITSELF_WORDS);

/**
 * The words of `sentence` (a matching key: lower case, typographic apostrophes folded) that make it speak of the
 * call itself, or null.
 */
export function callItselfIn(sentence: string): string | null {
  if (!ANCHORS.test(sentence)) return null;
  const match = CALL_ITSELF.exec(sentence);
  return match ? match[0] : null;
}

// The rest of the safe-harbour caution, sentences that do not say `forward-looking` again: the risks it is subject
// to, results that may differ materially, no duty to update, the filings it refers to (`our … Forms 10-K and 10-Q`,
// `filings with the SEC`, read with `our`/`we`: a report on another company's filings is a claim), the licence of
// the recording. Their form numbers are names, so they are read whatever figures the sentence holds.
const CAUTION = new RegExp(
  [
    '\\bsubject to (?:a number of )?(?:significant |certain )?risks and uncertainties\\b',
    '\\bresults (?:may|could|might|will) differ materially\\b',
    '\\b(?:assume|undertake)s? no (?:obligation|duty) to (?:update|revise)\\b',
    '\\b(?:factors|risks) (?:include|includes),? (?:among others,? )?but (?:are )?not limited to\\b',
    '\\bstatements are made as of\\b',
    '\\bwithout (?:our|the company\'s) prior written consent\\b',
  ].join('|'),
);
const OWN_FILINGS = /\b(?:forms? 10-[kq]|form 8-k|filings? with the (?:sec|securities and exchange commission)|sec (?:reports|filings))\b/;
const OWN = /\b(?:our|we)\b/;
// Every caution pattern holds one of these: a cheap test before the expressions, which most sentences skip.
export const CAUTION_WORDS: readonly string[] = ['risks and', 'differ materially', 'no obligation', 'no duty', 'not limited', 'made as of', 'written consent', ' 10-', ' 8-k', ' sec', 'securities and'];
const CAUTION_ANCHORS = anyOf(CAUTION_WORDS);

/** The words of `sentence` (a matching key) that make it part of a results call's safe-harbour caution, or null. */
export function safeHarbourCautionIn(sentence: string): string | null {
  if (!CAUTION_ANCHORS.test(sentence)) return null;
  const caution = CAUTION.exec(sentence);
  if (caution) return caution[0];
  const filings = OWN_FILINGS.exec(sentence);
  return filings && OWN.test(sentence) ? filings[0] : null;
}

// The operator's script of a conference call: how to ask a question on the telephone keypad (`press star, then the
// number 1`, `press star zero`), the lines muted, the listen-only mode, operator assistance. Instructions about the
// call itself, whatever digits they name (keys, not figures).
const OPERATOR_SCRIPT =
  /\bpress(?:ing)? (?:star|pound|\*|#)|\btelephone keypad\b|\blisten[- ]only mode\b|\b(?:placed|put) on mute\b|\boperator assistance\b/;
// Every operator pattern holds one of these.
export const OPERATOR_WORDS: readonly string[] = ['press', 'keypad', 'listen', 'mute', 'operator'];
const OPERATOR_ANCHORS = anyOf(OPERATOR_WORDS);

/** The words of `sentence` (a matching key) that make it part of a call operator's script, or null. */
export function operatorScriptIn(sentence: string): string | null {
  if (!OPERATOR_ANCHORS.test(sentence)) return null;
  const match = OPERATOR_SCRIPT.exec(sentence);
  return match ? match[0] : null;
}
