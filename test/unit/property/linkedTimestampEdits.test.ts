import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev meeting notes whose labels carry a time linked to the recording: `##### **Name** [[time](link)]` headings, `**Name** [m:ss](link):`. */
const FILES = ['tinycorp-meeting-2025-09-29.md', 'eipip-meeting-105-2024-06-05.md'];
/** What is typed: brackets and parentheses that make or break a linked time, colons, headings, names, line breaks. */
const TYPED = ['a', ' ', ']', '[', ')', '(', ':', '0', '\n', '\n\n', '##### ', '**', '**Chenyu** [[00:09:01](https://youtu.be/x?t=541)]\n', '**Victor** [7:01](https://youtu.be/x?t=421s): Yes.', 'Geohot'];

describe('IncrementalAnalyzer on meeting notes with times linked to the recording', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 10, editsPerFile: 200 });
});
