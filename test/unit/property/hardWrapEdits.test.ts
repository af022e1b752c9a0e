import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Prose hard-wrapped at a steady width, whose lines break before names and title-cased terms (claims/sentences.ts
 * isWidthWrap): a line's width, the line above and the two below decide whether a sentence goes on, so typing that
 * lengthens or shortens a line, breaks one or blanks one must re-read the sentences around it.
 */
const TYPED = ['a', ' ', '\n', '\n\n', '.', 'Keller Marine', ' the revised Coastal Plan of the ministry', 'MR. OSEI. ', '- ', 'Item: '];

describe('IncrementalAnalyzer on prose hard-wrapped before capitals', function () {
  this.timeout(240_000);
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures/transcripts', folder: 'hardwrap45b', files: ['harbour-hearing.txt', 'wrapped-memo.md'], typed: TYPED, removedBelow: 12, editsPerFile: 200 });
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures/transcripts', folder: 'hardwrap45b', files: ['harbour-hearing.txt'], typed: TYPED, removedBelow: 12, editsPerFile: 120, chained: true });
  // Dev transcripts wrapped by a PDF's extraction and by typed pages.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['federalreserve-fomc-transcript-1996-09-24-district-reports.txt', 'federalreserve-fomc-transcript-2019-03-20-balance-sheet-go-round.txt'], typed: TYPED, removedBelow: 12, editsPerFile: 120 });
});
