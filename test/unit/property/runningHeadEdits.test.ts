import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Running heads (turns/runningHeads.ts): a numbered line repeated three times or more, and the block line beside it.
 * Chained edits, so that the numbered keys' counts the analyzer shifts by each edit (runningHeadChecks.ts) are carried
 * from edit to edit; what is typed makes heads (a page line typed a third time), unmakes them (a digit or a letter in
 * a head, a full stop ending it) and moves lines beside them.
 */
describe('IncrementalAnalyzer on running heads', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({
    folder: 'shapes44-speakers',
    root: 'test/fixtures/transcripts',
    files: ['commons-pdf-copy.txt', 'council-pdf-copy.txt', 'numbered-speech-repeats.txt'],
    typed: ['7', 'x', '.', '\n', '\n\n', 'HOUSE OF COMMONS   3 MARCH 2026   41\n', 'Page 4 of 9\n', 'Item 5 for the board\n', '。'],
    removedBelow: 12,
    editsPerFile: 80,
    chained: true,
  });
  // Dev records pasted from PDFs with their page heads (S&P, OpenNWT, LegCo).
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['spglobal-netflix-fq1-2022-earnings-interview.txt', 'opennwt-hansard-2008-06-11-maca-estimates.txt'], typed: ['7', 'e', '.', '\n', ' | APR 19, 2022\n'], removedBelow: 10, editsPerFile: 60, chained: true });
  // LegCo's record falls back on most edits whatever its heads (3 of 52 typed letters stay local, with the heads check or without): each edit from the file as it is.
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['legco-council-2013-01-10-mpf-motion.txt'], typed: ['7', '會', '。', '\n', '立法會  ─  2013年 1月 10日\n'], removedBelow: 10, editsPerFile: 60 });
});
