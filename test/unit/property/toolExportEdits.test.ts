import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev transcription-tool exports: Sonix (`Team mem. 1: [00:00:09] …`, a credit footer), TurboScribe (a credit header over unlabelled paragraphs), Fathom (`0:26 - Name (org)` over indented speech). */
const FILES = ['sonix-language-games-customer-interview.txt', 'turboscribe-routing-refactor-meeting.txt', 'fathom-claude-pm-review-session-3.txt'];
/** What is typed: abbreviations that make or break a stamped name, times, brackets that open or close a credit line, line breaks. */
const TYPED = ['a', ' ', '.', '\n', '\n\n', ' mem.', 'Team mem. 3: [00:01:02] ', ': [00:00:05]', '(', ')', '(Transcribed by Sonix.ai)', 'Transcribed by ', '0:12 - ', ' - ', 'x'];

describe('IncrementalAnalyzer near transcription-tool exports (turns/labels.ts, turns/stageDirections.ts)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 12, editsPerFile: 60, chained: true });
});
