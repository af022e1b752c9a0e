// callItself.ts' three readers and ownWords.ts' each test an English sentence for their anchor words before their
// expressions, four reads of every sentence. Most sentences hold none of those words (85% of an English podcast's):
// one read for all of them rules the four out together.

import { anyOf } from '../text/anyOf';
import { CALL_ITSELF_WORDS, CAUTION_WORDS, OPERATOR_WORDS } from './callItself';
import { OWN_WORDS_ANCHOR_WORDS } from './ownWords';

const ANY_ANCHOR = anyOf([...CALL_ITSELF_WORDS, ...CAUTION_WORDS, ...OPERATOR_WORDS, ...OWN_WORDS_ANCHOR_WORDS]);

/**
 * False when `sentence` (a matching key) holds no anchor word of callItselfIn, safeHarbourCautionIn, operatorScriptIn
 * or quotesOwnWords, each of which then answers null or false.
 */
export function mayHoldTalkAnchors(sentence: string): boolean {
  return ANY_ANCHOR.test(sentence);
}
