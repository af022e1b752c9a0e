import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev news reports that quote a speaker in a paragraph of its own (`總統蔡英文:「你聽得見嗎?」`) and narrate in the next:
 * the quote paragraph's turn ends at the quote, so edits that make or unmake the quote, or the blank line under it,
 * decide whether the narration is the speaker's.
 */
const HANT = ['setn-tsai-press-conference-report-2022-12-27.txt', 'gov-taipei-chiang-ai-century-press-release-2026.txt'];
/** What is typed: characters that open or close a quote, end a paragraph or make a label. */
const TYPED = ['a', ' ', '\n', '\n\n', '「', '」', '。', ':', '：', '他說', '總統蔡英文:'];

describe('IncrementalAnalyzer on reports that quote a speaker in a paragraph of its own', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: HANT, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
