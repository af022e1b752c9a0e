import { isAsciiLetterOrDigit } from '../turns/chars';
import { indexWithin } from '../text/indexWithin';

/** A web address as said or written in a sentence (`workos.com`, `gitpod.io`): the top-level part after a dot. */
const WEB_ADDRESS_END = /(?:com|io|org|net|fm|dev|co|ai|app|tv)(?![\p{L}\p{N}])/uy;
/**
 * The imperatives of a sponsor read or a plug, in the folded (lower-case) key. No letter before them, as a
 * lookbehind: a leading `(?:^|[^\p{L}])` made V8 try every position, about twice the time.
 */
const CALL_TO_ACTION = /(?<!\p{L})(?:visit|go to|head (?:on )?over to|check out|sign up|learn more|get|apply|download|subscribe|try|join)(?!\p{L})/u;

/** A sentence that sends the listener to a web address with an imperative: promotion, never a claim. */
export function isCallToAction(key: string, from: number, to: number): boolean {
  // The sentence's dots only: `key` may be the whole document (the editor's analysis), where key.indexOf('.', from)
  // read on to the next dot anywhere for every sentence, to the document's end in Chinese text without one.
  for (let dot = indexWithin(key, '.', from, to - 1); dot >= 0; dot = indexWithin(key, '.', dot + 1, to - 1)) {
    if (!isAsciiLetterOrDigit(key.charCodeAt(dot - 1))) continue;
    WEB_ADDRESS_END.lastIndex = dot + 1;
    if (WEB_ADDRESS_END.test(key) && WEB_ADDRESS_END.lastIndex <= to) return CALL_TO_ACTION.test(key.slice(from, to));
  }
  return false;
}
