import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev speeches a document library names in its headline or in a name card under a subtitle, under rows of page
 * fields (`时间:… 作者:…`, `发布人: … 发布时间:…`), and one whose speaker the page never names. The fanwen118 page (a
 * subtitle over a name card) is left out: its 80 random edits all equalled analyze(), but none stayed local.
 */
const FILES = [
  'xiexiebang-summers-peking-university-speech.txt',
  'eeo-wen-zhao-forum-welcome-speech-2020-12-18.txt',
];
/** What is typed: characters that make or unmake a place, a name card, a page field, a salutation or a dated byline. */
const TYPED = ['a', ' ', '\n', '，', ',', '。', ':', '在', '的演讲', '校长 ', '发布时间:', '简介:', '同学们:', '——', '2020-12-18'];

describe('IncrementalAnalyzer on speeches named in a library page\'s headline', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  // A 19-line page whose headline sits under a dateline and site lines (datedHeadline.ts): every edit within its
  // first 20 lines may move the headline, so each is analysed in full (on a page this short, microseconds).
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: ['tkpao-graduate-opening-ceremony-speech-2001.txt'], typed: TYPED, removedBelow: 6, editsPerFile: 80, allFallBack: true });
});
