import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev pages whose headline is read from the date under it and the article repeating its words
 * (datedHeadline.ts): edits near the head may make or unmake the date, the headline or the repetition.
 */
// The other three dev pages of this shape are short enough that every edit reaches their head.
const HANS = ['fx361-zhu-baoliang-economy-interview-2022-05-12.txt', 'kantie-cui-tiankai-npr-interview-2020-02-13.txt'];
/** What is typed: characters that make or unmake a date, a sentence end, a blank line or a repeated word. */
const TYPED = ['2', '-', ' ', '\n', '\n\n', '。', ',', '年', '经济', '專訪', '2019-12-30 '];

describe('IncrementalAnalyzer on dated pages\' headlines', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: HANS, typed: TYPED, removedBelow: 8, editsPerFile: 80 });
});
