import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev files whose labels stand alone on their lines: committee minutes and an earnings call's contents with no
 * dialogue, and a Hansard debate whose members' labels stand over their speech.
 */
const FILES = ['sencanada-soci-minutes-2013-11-20.txt', 'nasdaq-fool-onesmart-q2-2020-earnings-call.txt', 'hansard-canada-2000-02-28.txt'];
/** What is typed: sentences and their ends under a label, labels with and without speech, line breaks. */
const TYPED = ['a', ' ', '.', '?', ':', '\n', '\n\n', 'Witnesses:', 'Mr. Parent: Thank you.', 'He spoke.', 'ATTEST:\n'];

describe('IncrementalAnalyzer on documents whose labels stand alone on their lines', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 8, editsPerFile: 80 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 8, editsPerFile: 50, chained: true });
});
