import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev speeches named only by their lead or headline, and a speech that ends at its credits: a full text with no
 * 以下 (`全文如下：`, `讲话全文为:`), a headline naming the speaker or a title whose holder the header names.
 */
const HANS = [
  'secretchina-tsai-lunar-new-year-address-2018-02-15.txt',
  'xinhua-taiwan-affairs-spokesperson-statement-08-03.txt',
  'rmrb-zhou-enlai-pyongyang-speech-1958-02-15.txt',
  'nanfang-ma-xingrui-governor-meets-press-2018-01-31.md',
];
const HANT = ['wikisource-ma-ying-jeou-lunar-new-year-address-2012.txt'];
/** What is typed: characters that make or unmake a lead-in, a title's holder, a headline, a credit or a clause. */
const TYPED = ['a', ' ', '\n', '，', '。', ':', '全文如下：', '总统', '的讲话', '丨', '来源：', '并', '發言人', '總統 '];

describe('IncrementalAnalyzer on Chinese speeches named by their lead or headline', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: HANS, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: HANT, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
