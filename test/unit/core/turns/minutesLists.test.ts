import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { endsListItemTurn, listItemIndent } from '../../../../src/core/turns/listItems';
import { itEqualsAnalyzeAfterRandomEdits } from '../../property/corpusEdits';

// HackMD minutes as the corpus's g0v and PyCon TW notes write them: one point per item, a name on some.
const SIGNED_ITEMS = [
  '# Action Items', '', '- 贊助 [name=Cynthia]', '    - 詢問對方需要哪種身份', '    - 確認贊助商 logo 上到官網',
  '- 議程 [name=Wei]', '    - 收到名單後轉交', '', '1. pr宣傳', '2. 表單的易填性[name=allen]', '3.分類帽與志工招募[name=Jojo]', '',
  '這是一段', '很長的回答 [name=chihao]', '',
].join('\n');

const LABELLED_ITEMS = [
  '提案', '---', '* 仔魚：大松線上諮詢會議檢討', '    * 主持人很無助', '    * 羅政委辦公室說媒體不是他們負責的', '',
  '* 之後的行動：', '    * 子絜：可以再開一個討論', '    * 子絜：下次或許可以分小組', '    * 自律和共律的討論很少', '* Facebook 會議 - tmonk 參加', '',
  '* 仔魚：回泰國人信', '', '- 提議', '    - 回饋：', '    - 我覺得可以線上線下同時舉辦', '        - 但要有人錄影', '- 用好用的東西介紹新進志工手冊', '',
  '- 提議', '    - 回饋：', '        - 組長的時間壓力會減少', '',
].join('\n');

function speakerOfLine(text: string, lineText: string): string | null {
  const found = text.indexOf(lineText);
  assert.ok(found >= 0, lineText);
  // A turn starts at its label, past the item's indentation.
  const offset = found + lineText.length - lineText.trimStart().length;
  return analyze(text, {}, 'minutes.md').turns.find((t) => t.span.start <= offset && offset < t.span.end)?.speaker ?? null;
}

describe('minutes written as lists', () => {
  it('reads how far a list item is indented, tabs as four spaces, and -1 for a line that is no item', () => {
    assert.equal(listItemIndent('- 贊助'), 0);
    assert.equal(listItemIndent('    * 主持人很無助'), 4);
    assert.equal(listItemIndent('\t2. 表單'), 4);
    assert.equal(listItemIndent('這是一段'), -1);
    assert.equal(listItemIndent('-not an item'), -1);
  });

  it('a signed list item signs itself alone: the items above it are not the signer\'s', () => {
    assert.equal(speakerOfLine(SIGNED_ITEMS, '- 贊助'), 'Cynthia');
    assert.equal(speakerOfLine(SIGNED_ITEMS, '    - 確認贊助商'), null);
    assert.equal(speakerOfLine(SIGNED_ITEMS, '- 議程'), 'Wei');
    assert.equal(speakerOfLine(SIGNED_ITEMS, '1. pr宣傳'), null);
    assert.equal(speakerOfLine(SIGNED_ITEMS, '2. 表單的易填性'), 'allen');
    // A signed paragraph line still signs the lines above it.
    assert.equal(speakerOfLine(SIGNED_ITEMS, '這是一段'), 'chihao');
  });

  it('a labelled item keeps its sub-items; the next item as far out or further ends the turn', () => {
    assert.equal(speakerOfLine(LABELLED_ITEMS, '    * 主持人很無助'), '仔魚');
    assert.equal(speakerOfLine(LABELLED_ITEMS, '* 之後的行動'), null);
    assert.equal(speakerOfLine(LABELLED_ITEMS, '    * 子絜'), '子絜');
    assert.equal(speakerOfLine(LABELLED_ITEMS, '    * 自律和共律'), null);
    assert.equal(speakerOfLine(LABELLED_ITEMS, '* Facebook 會議'), null);
  });

  it('a label alone on its item keeps the siblings below it, until an item further out', () => {
    assert.equal(speakerOfLine(LABELLED_ITEMS, '    - 我覺得可以'), '回饋');
    assert.equal(speakerOfLine(LABELLED_ITEMS, '        - 但要有人錄影'), '回饋');
    assert.equal(speakerOfLine(LABELLED_ITEMS, '- 用好用的東西'), null);
    assert.ok(!endsListItemTurn({ labelStart: 0, indent: 4, speechOnLine: false }, 4));
    assert.ok(endsListItemTurn({ labelStart: 0, indent: 4, speechOnLine: true }, 4));
    assert.ok(!endsListItemTurn({ labelStart: 0, indent: 4, speechOnLine: true }, -1));
  });

  it('an edit that makes a signed line an item, or indents an item under a label, equals analyze()', () => {
    for (const [text, before, typed] of [
      [SIGNED_ITEMS, '很長的回答', '- '],
      [SIGNED_ITEMS, '分類帽', ' '],
      [LABELLED_ITEMS, '* Facebook', '    '],
      [LABELLED_ITEMS, '自律和共律', '張三：'],
    ] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'minutes.md');
      analyzer.update(text);
      const at = text.indexOf(before);
      const edited = text.slice(0, at) + typed + text.slice(at);
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]), analyze(edited, {}, 'minutes.md'), `${typed} before ${before}`);
    }
  });

  describe('random edits of the corpus minutes', () => {
    const typed = ['字', ' ', '    ', '- ', '* ', '2. ', '：', '\n', '[name=kiang]', '張三：', '。'];
    itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['pycontw-recruitment-team-minutes-2022.md', 'pycontw-sponsorship-aid-meeting-2020-08-11.md'], typed, removedBelow: 5, editsPerFile: 80 });
    // No edit of this one stays local today; what is checked is that each equals analyze().
    itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hant', files: ['g0v-vtaiwan-hackathon-minutes-2019-05-29.md'], typed, removedBelow: 5, editsPerFile: 80, allFallBack: true });
  });
});
