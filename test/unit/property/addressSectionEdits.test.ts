import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Dev press records whose addresses are sections naming their speaker (addressSections.ts): `壹、秘書長致詞:`,
 * `壹、 主委致詞` without a colon, `陳代秘書長致詞:` without an ordinal.
 */
const FILES = ['mac-chen-shui-bian-first-press-conference-2000.txt', 'mac-tsai-ing-wen-year-end-press-conference-2001.txt', 'president-gov-tw-chen-press-conference-2000-08-28.txt'];
/** What is typed: ordinals and their mark, colons, the verb, line breaks, a word. */
const TYPED = ['壹', '、', ':', '：', '致詞', '\n', '\n\n', '好', '\n\n參、部長致詞\n\n'];

describe('IncrementalAnalyzer on press records numbering their addresses', function () {
  this.timeout(180_000);
  itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
});
