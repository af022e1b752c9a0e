// What a publisher says about the text itself (`The following is a near-verbatim transcript of …`, `This transcript has
// been edited for clarity.`): a note on the document, never a statement to check.

import { anyOf } from '../text/anyOf';
import { isAsciiLowerLetter } from '../turns/chars';

/** How such a note may start; other sentences are passed over without reading further. */
const NOTE_STARTS = anyOf(['the following', 'following is', 'below is', 'here is', 'this is', 'this copy', 'this transcript', 'this interview', 'this conversation', 'transcript', 'a rush', 'a full', 'a partial', 'a complete', 'a near-verbatim', 'a transcript', 'the rush', 'the full', 'the partial', 'the complete', 'the near-verbatim', 'the transcript', 'rush transcript', 'full transcript', 'partial transcript', 'complete transcript', 'near-verbatim transcript'], 'y');
/** How much of a sentence is read: the note says what it is near its start. */
const NOTE_SCAN = 240;
const ABOUT_THE_TEXT = /^(?:(?:the )?following is|below is|here is|this is)\b[^.!?]{0,60}\btranscript|^(?:an? |the )?(?:rush |full |partial |complete |near-verbatim )*transcript\b[^.!?]{0,160}\b(?:is|are|follows) below\b|^this (?:copy|transcript) may\b|^(?:this|the) (?:transcript|interview|conversation)\b[^.!?]{0,40}\b(?:has|have) been (?:\w+ )?(?:edited|condensed|abridged)\b|^(?:the )?transcript (?:has been )?(?:\w+ )?edited for\b/;

/** Whether key[from, to) (a sentence's matching key, lower case) is the publisher's note on the transcript. */
export function isEditorialNote(key: string, from: number, to: number): boolean {
  let start = from;
  while (start < to && !isAsciiLowerLetter(key.charCodeAt(start))) start++;
  if (start >= to) return false;
  NOTE_STARTS.lastIndex = start;
  if (!NOTE_STARTS.test(key)) return false;
  return ABOUT_THE_TEXT.test(key.slice(start, Math.min(to, start + NOTE_SCAN)));
}
