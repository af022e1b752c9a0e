import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Letters, sentence ends, a field comma, override tags and escapes, a name, a whole event, section headers, a line break. */
const TYPED = ['a', ' ', 'the', '.', '?', ',', 'Well. So', '{\\i1}', '\\N', 'Ann', 'JOHN: ', 'Dialogue: 0,0:00:01.00,0:00:02.00,Default,Ann,0,0,0,,Hello.', 'Comment: ', '[Events]', '[Script Info]', '\n', '我', '。'];

/**
 * Dev ASS scripts (issue 13): a script is read through a view of the whole script, so every edit is analysed in
 * full (none may stay local) and equals analyze() of the edited text.
 */
describe('IncrementalAnalyzer on ASS/SSA scripts', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({
    folder: 'en',
    files: ['bartek-vymazal-job-interview-film-subtitles.ass', 'chai-jing-under-the-dome-english-subtitles.ass'],
    typed: TYPED,
    removedBelow: 8,
    editsPerFile: 40,
    allFallBack: true,
  });
});
