import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Sentence-case section titles between tight labelled lines (topics/sentenceCaseTitles.ts): full stops, colons, line
 * breaks and blank lines typed near them make and unmake titles, which the local path must see.
 */
const TYPED = ['a', ' ', '\n', '\n\n', '.', ':', '?', 'Q. ', 'A. ', 'Sea', 'HOST: '];

describe('IncrementalAnalyzer on sentence-case titles between tight labels', function () {
  this.timeout(240_000);
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures/transcripts', folder: 'shapes48-sentencecase', files: ['oral-history.txt', 'deposition-excerpts.txt', 'podcast-paragraphs.txt'], typed: TYPED, removedBelow: 6, editsPerFile: 200 });
  // Part titles over labelled paragraphs (a press conference record): numbers, commas and label text typed near them.
  itEqualsAnalyzeAfterRandomEdits({ root: 'test/fixtures/transcripts', folder: 'briefings45-parts', files: ['ministry-press-conference.txt'], typed: [...TYPED, '(1) ', ',', 'Reporter: ', 'Thank you'], removedBelow: 8, editsPerFile: 200 });
});
