import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev pages that print their title twice at the top (repeatedTitle.ts), under a skip link or nothing. */
const FILES = ['mac-tsai-ing-wen-year-end-press-conference-2001.txt', 'dailyview-tsai-press-conference-thirty-questions-2022-12-27.txt', 'tfc-news-true-false-weng-lu-chung-programme-page-2023.txt'];
/** What is typed: a character of the title, a sentence mark, line breaks, a colon, a short line. */
const TYPED = ['記', '。', '\n', '\n\n', ':', '!', '首頁\n'];

describe('IncrementalAnalyzer on pages printing their title twice', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
