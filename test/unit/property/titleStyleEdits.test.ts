import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev articles that title their sections in bold, with picture captions left between paragraphs
 * (titleStyle.ts): an edit that makes or unmakes a bold title changes whether any plain line is a title.
 */
const HANS = ['pincong-chinahouse-ninth-anniversary-2023.md', 'vista-talk-shows-commentary-2020.md'];
/** What is typed: bold marks, line breaks, a caption's mark, a clause or sentence mark, a word. */
const TYPED = ['**', '\n', '\n\n', '▲', '，', '。', '好', '**开始：2024**\n\n'];

describe('IncrementalAnalyzer on articles titled in bold', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: HANS, typed: TYPED, removedBelow: 8, editsPerFile: 80 });
});
