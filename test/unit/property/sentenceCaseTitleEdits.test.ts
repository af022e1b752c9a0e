import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Sentence-case section titles between tight labelled lines (topics/sentenceCaseTitles.ts): full stops, colons, line
 * breaks and blank lines typed near them make and unmake titles, which the local path must see.
 */
const TYPED = ['a', ' ', '\n', '\n\n', '.', ':', '?', 'Q. ', 'A. ', 'Sea', 'HOST: '];

describe('IncrementalAnalyzer on sentence-case titles between tight labels', function () {
  this.timeout(240_000);
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures/transcripts', folder: 'shapes48-sentencecase', files: ['oral-history.txt', 'deposition-excerpts.txt'], typed: TYPED, removedBelow: 6, editsPerFile: 200 });
});
