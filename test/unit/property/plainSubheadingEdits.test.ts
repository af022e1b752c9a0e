import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev talks handed over by a lead-in, a byline or the header, with plain sub-headings between their paragraphs that
 * the outline does not take (`AI发展史上的三波浪潮`): such a line set apart by blank lines is no one's, so edits of its
 * words' end, or of the blank lines around it, decide where the speech's turns end. The yidun talk is left out: none
 * of its random edits stayed local before this rule either.
 */
const FILES = ['infoq-han-jian-infinity-aicon-talk-2025.md', 'jiemian-wang-hua-ai-trends-speech.txt', 'datafun-yu-yang-tencent-content-data-science-talk.md'];
/** What is typed: marks that end a sentence or a clause, line breaks, words. */
const TYPED = ['a', ' ', '\n', '\n\n', '。', '，', ',', '?', '；', '浪潮', '**'];

describe('IncrementalAnalyzer on talks with plain sub-headings', function () {
  this.timeout(240_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
