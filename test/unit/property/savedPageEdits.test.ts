import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev pages saved as text: two that collapsed their paragraphs (hand-overs inside lines) and a briefing
 * whose section titles are `**Title` lines never closed.
 */
const FILES = ['abc-stephanopoulos-rice-2011.txt', 'votesmart-cnn-larry-king-gregg-2006.txt', 'un-noon-briefing-2023-07-13.txt'];
/** What is typed: sentence ends, colons, the documents' own labels and others, bold marks, line breaks. */
const TYPED = ['a', ' ', '.', '? ', ':', '\n', '\n\n', 'KING: ', ' KING:', 'GREGG: ', '. GREGG: Yes.', 'CONDOLEEZZA RICE: ', '? CONDOLEEZZA RICE: No.', 'Mr. KING: ', 'X', '**', '*', '\n\n**Lebanon\n\n', 'Summit'];

describe('IncrementalAnalyzer on saved pages: hand-overs inside lines, unclosed bold titles', function () {
  this.timeout(120_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 12 });
});
