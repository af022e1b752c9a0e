import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/** Dev records with fields over lists at their head: a hearing cover (with a line-number gutter) and a briefing index. */
const EN_FILES = ['nysenate-2013-09-17-mental-health-ogdensburg.txt', 'state-dept-briefing-2003-12-22-boucher.txt'];
/** What is typed: sentence ends and their absence, labels and fields, line breaks that join or split a list. */
const EN_TYPED = ['a', ' ', '.', '?', 'Jr.', ':', '\n', 'PRESIDING:', 'MR. SMITH: Good morning.', 'BRIEFER: ', '(Laughter.)'];
/** A LegCo record: attendance lists under running page headers written like labels. */
const ZH_FILES = ['legco-council-2013-01-10-mpf-motion.txt'];
const ZH_TYPED = ['議', ' ', '。', '？', '：', '\n', '主席：', '出席議員：', '立法會  ─  '];

describe('IncrementalAnalyzer on records whose head has fields over lists', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: EN_FILES, typed: EN_TYPED, removedBelow: 6, editsPerFile: 80 });
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ZH_FILES, typed: ZH_TYPED, removedBelow: 4, editsPerFile: 80 });
});
