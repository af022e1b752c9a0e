import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * `Guest Name: Episode Title` and `Act One: Its Title` where the document sets its speakers' names alone
 * (headlineLabels.ts): random edits that make and unmake the title, the label, the layout's counts and the lines
 * between, in two dev pages and our own texts, each equal to a full analysis.
 */
const TYPED = ['a', ' ', '\n', '\n\n', '.', ':', ': The Title', 'Act Two: ', 'Sam Okafor:', 'Ira Glass', ', and'];

describe('IncrementalAnalyzer on headlines after a label where names stand alone', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({
    folder: 'en',
    files: ['hubermanlab-lex-fridman-machines-creativity-love-page.txt', 'thisamericanlife-786-its-a-game-show-transcript.txt'],
    typed: TYPED, removedBelow: 8, editsPerFile: 80,
  });
  itEqualsAnalyzeAfterRandomEdits({
    root: 'test/fixtures/transcripts', folder: 'shapes42-speakers',
    files: ['episode-page-headline.txt', 'radio-acts-name-lines.txt', 'panel-name-lines-one-off-speech.txt'],
    typed: TYPED, removedBelow: 8, editsPerFile: 80, chained: true,
  });
});
