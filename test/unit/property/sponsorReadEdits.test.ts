import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev podcasts with sponsor reads: a Markdown transcript (reads inside long paragraphs) and a Whisper export (one segment a line). */
const FILES = ['lennys-podcast-forsgren-2025.md', 'whisper-changelog-oauth-parecki-2021.txt'];
/** What is typed: openers, web addresses that close a read or not, brand names, sentence ends, line breaks. */
const TYPED = ['a', ' ', '.', '\n', 'brought to you by Acme. ', 'Visit acme.com today. ', 'gitpod.io', 'mercury.com', ' Gitpod', "today's sponsor, ", 'sponsored by', 'x'];

describe('IncrementalAnalyzer near sponsor reads (claims/sponsorReads.ts)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 12, editsPerFile: 60, chained: true });
});
