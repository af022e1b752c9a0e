import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev files whose sections are numbered in sequence on the title's line (numberedTitles.ts): a dialogue write-up
 * (`01 …` over a rule and the next question), a talk (`① …`, `② …`), a weekly (`1、[…](…)`). The sequence is
 * read across the document, each title with its neighbours.
 */
const HANS = ['zhangxiaojun-yang-zhilin-kimi-dialogue-2025.md', 'datafun-yu-yang-tencent-content-data-science-talk.md', 'ruanyf-weekly-198-made-in-usa-2022.md'];
/** What is typed: numbers and their marks, line breaks, a rule, a sentence mark, a word. */
const TYPED = ['0', '1、', '②', '\n', '\n\n', '---', '。', '好', '\n\n03 新的一节\n\n'];

describe('IncrementalAnalyzer on documents numbering their section titles', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: HANS, typed: TYPED, removedBelow: 8, editsPerFile: 80 });
});
