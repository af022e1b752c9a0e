import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev transcripts whose header declares who speaks: a Speaker: field with slides and asides, front matter over name headings. */
const FILES = ['talktranscripts-halloway-repl-driven-development-2017.md', 'techconnection-zinovieff-data-2024.md'];
/** What is typed: letters, brackets and marks that change a line's declared-speech reading, labels, header fields. */
const TYPED = ['a', ' ', '[', ']', '#', '\n', '00:01:02', ':', 'Q: ', '?', 'Jane: ', '### ', 'Speaker: Jo Bo', 'author: Jo Bo'];

describe('IncrementalAnalyzer on documents whose header declares who speaks', function () {
  this.timeout(120_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6 });
});
