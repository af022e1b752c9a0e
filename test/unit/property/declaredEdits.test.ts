import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev transcripts whose header declares who speaks: a Speaker: field with slides and asides, front matter over name
 * headings, front matter over a writer's introduction of the speaker and a `## Transcript` heading, an interview article
 * whose questions are headings.
 */
const FILES = ['talktranscripts-halloway-repl-driven-development-2017.md', 'techconnection-zinovieff-data-2024.md', 'agntcon-zuluaga-agents-can-pay-talk-2026.md', 'dmtlabs-interview-emir-hamurcu-2023.md'];
/** What is typed: letters, brackets and marks that change a line's declared-speech reading (emphasis too), labels, header fields. */
const TYPED = ['a', ' ', '[', ']', '#', '\n', '00:01:02', ':', 'Q: ', '?', 'Jane: ', '### ', 'Speaker: Jo Bo', 'author: Jo Bo', 'Diego Zuluaga ', '**', '*', '_'];

describe('IncrementalAnalyzer on documents whose header declares who speaks', function () {
  this.timeout(120_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: FILES, typed: TYPED, removedBelow: 6 });
});
