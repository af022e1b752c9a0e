import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev speeches named by a `Name:headline` title and a byline naming the person again, by a speaking byline with
 * titles after the name, by a draft's headline (`…在…上讲话稿`), by a lead-in with an honorific or by a note that the
 * piece is someone's talk written up (`本文根据…的发言整理。`); and a report under
 * a `Name:headline` title that names the person only once more, in a caption. The 51haodu page (a headline over an
 * editor's note and a `文/Name(titles)` byline) is left out: it is all head, so its 80 random edits all equalled
 * analyze() but none stayed local.
 */
const FILES = [
  '50forum-li-daokui-big-country-development-lecture-2016.txt',
  'thinktank-liu-guchang-china-cee-think-tank-speech-2015.txt',
  'szmhf-zhou-qiren-logic-of-reform-talk-2014.txt',
  'crntt-wu-jinglian-reform-obstacles-report-2014.txt',
  'cesruc-yang-guangbin-world-politics-forum-remarks-2018.txt',
];
/** What is typed: characters that make or unmake a colon headline, a byline, a bracketed card, a draft, an honorific or a note. */
const TYPED = ['a', ' ', '\n', '，', '。', ':', '：', '文/', '（', '）', '周其仁', '稿', '在', '教授', '演讲者:', '本文根据', '的发言整理'];

describe('IncrementalAnalyzer on speeches named by a headline and a byline', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
