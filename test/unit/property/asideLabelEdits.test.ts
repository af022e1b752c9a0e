import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev files with labels beside their dialogue: a talk's summary after the transcript, meeting notes' agenda items. */
const FILES = ['dhammarato-2018-11-27-guided-meditation-zans.md', 'zcash-lcwg-dev-69-2024-01-25.md'];
/** What is typed: speech after a label, labels with and without speech, headings, line breaks that join or split them. */
const TYPED = ['a', ' ', '.', ':', '\n', '#', '### ', '**Overview:**', 'Kris: ', '**Speaker A:** Yes.', '- Item:'];

describe('IncrementalAnalyzer on documents with labels beside their dialogue', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 100 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 60, chained: true });
});
