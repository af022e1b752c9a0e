import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isHandleName } from '../../../../src/core/turns/handleNames';
import { itEqualsAnalyzeAfterRandomEdits } from '../../property/corpusEdits';

// Minutes name their speakers in forms the name reader refuses on their own: an IRC nick in the scribe bot's italics,
// a GitHub handle linked to its profile, HackMD's name tag opening a list item. The document shows they are labels
// by repeating them where its other labels stand.

const IRC_MINUTES = [
  '**Present:** Naomi, Bill Kasdorf', '', '## Content:', '',
  '> *eorgeK:* For today, recap of last meeting and talk about use cases.', '',
  '> *eorgeK:* AI from last time: Education task force kickoff.', '',
  '**Naomi Kennedy:** I am a developer and a security key will not work.', '',
  '> *eorgeK:* I do not have a solution. Amazon cannot identify the title.', '',
  '**Bill:** This gets misnamed as piracy, but counterfeiting is a better word.', '',
  '**Naomi Kennedy:** Bootlegged version is another term.', '',
].join('\n');

const LINKED_MINUTES = [
  '### Paddle 开发工具', '', 'QA 交流环节：', '',
  '- [gglin001](https://github.com/gglin001)：Paddle 目前是否有一些文档来介绍编辑器上的推荐配置吗？',
  '- [Nyakku Shigure](https://github.com/SigureMo)：目前应该还是没有的，因此我推荐将来在文档中添加。',
  '- [luotao1](https://github.com/luotao1)：Ninja 重编译与直接使用 make 的速度有对比过吗？',
  '- [gglin001](https://github.com/gglin001)：由于时间的原因没有来得及进行测试。',
  '- [luotao1](https://github.com/luotao1)：最后提到的内容非常有帮助。',
  '- [Nyakku Shigure](https://github.com/SigureMo)：对于为 C++ 代码提供 pyi 文件的话，可以参考类型提示项目。', '',
].join('\n');

const TAGGED_ITEMS = [
  '### 針對現有志工關懷計畫', '- 提議', '    - 內容：請組長提供即將要迷航的志工名單', '    - 目的：了解志工的想法。', '    - 回饋：',
  '        - [name=leila]', '            1.問卷感覺也是一個渠道可以取得志工的想法。', '            2.我覺得招募組是可以問志工喜不喜歡社群。', '',
  '### 志工見面會', '- 三月 gather.town 見面會', '    - [name=leila] 有人想host的話歡迎', '    - 下次會使用活動 快問快答', '',
  '> 以我為例，比較熟悉的就萌典', '> [name=kiang]', '',
].join('\n');

function speakerOfLine(text: string, lineText: string, name = 'minutes.md'): string | null {
  const found = text.indexOf(lineText);
  assert.ok(found >= 0, lineText);
  const offset = found + lineText.length - lineText.trimStart().length;
  return analyze(text, {}, name).turns.find((t) => t.span.start <= offset && offset < t.span.end)?.speaker ?? null;
}

describe('names written as handles, profile links and name tags', () => {
  it('a handle is one word with a capital after a lower-case letter that reads as no name; a word or a name is none', () => {
    assert.ok(isHandleName('eorgeK'));
    assert.ok(isHandleName('zhengXu'));
    assert.ok(!isHandleName('note'));
    assert.ok(!isHandleName('McDonald'), 'a capitalised name reads as a name already');
    assert.ok(!isHandleName('Naomi Kennedy'));
    assert.ok(!isHandleName('gglin001'), 'digits make an id, judged as ids are');
  });

  it('an IRC nick the minutes repeat in their italics is a speaker beside the bold labels', () => {
    assert.equal(speakerOfLine(IRC_MINUTES, '> *eorgeK:* For today'), 'eorgeK');
    assert.equal(speakerOfLine(IRC_MINUTES, '> *eorgeK:* I do not have'), 'eorgeK');
    assert.equal(speakerOfLine(IRC_MINUTES, '**Bill:**'), 'Bill');
  });

  it('a handle heard once is no speaker: the line goes on with the turn before it', () => {
    const once = IRC_MINUTES.replace('> *eorgeK:* I do not have', '> *macOS:* I do not have').replace('> *eorgeK:* AI from', '> AI from');
    assert.equal(speakerOfLine(once, '> *macOS:* I do not have'), 'Naomi Kennedy');
    assert.equal(speakerOfLine(once, '> *eorgeK:* For today'), null);
  });

  it('names linked to their profiles are labels where the minutes repeat them, ids included', () => {
    assert.equal(speakerOfLine(LINKED_MINUTES, '- [gglin001](https://github.com/gglin001)：Paddle'), 'gglin001');
    assert.equal(speakerOfLine(LINKED_MINUTES, '- [Nyakku Shigure](https://github.com/SigureMo)：目前'), 'Nyakku Shigure');
    assert.equal(speakerOfLine(LINKED_MINUTES, '- [luotao1](https://github.com/luotao1)：最后'), 'luotao1');
  });

  it('a list of links with descriptions, each named once, has no speakers', () => {
    const links = ['## Links', '', '- [Docs](https://example.org/docs): the reference for the release.', '- [Blog](https://example.org/blog): what changed and why.', '- [Forum](https://example.org/forum): questions.', ''].join('\n');
    assert.deepEqual(analyze(links, {}, 'notes.md').speakers, []);
  });

  it('a name tag alone on an item labels the sub-items below it; one with speech ends at its next sibling', () => {
    assert.equal(speakerOfLine(TAGGED_ITEMS, '            1.問卷'), 'leila');
    assert.equal(speakerOfLine(TAGGED_ITEMS, '            2.我覺得'), 'leila');
    assert.equal(speakerOfLine(TAGGED_ITEMS, '    - [name=leila] 有人想host'), 'leila');
    assert.equal(speakerOfLine(TAGGED_ITEMS, '    - 下次會使用活動'), null);
  });

  it('a name tag that ends a quote still signs the quoted lines above it', () => {
    assert.equal(speakerOfLine(TAGGED_ITEMS, '> 以我為例'), 'kiang');
  });

  it('edits that make a handle, a linked name or a name tag, or unmake one, equal analyze()', () => {
    for (const [text, before, typed, removed] of [
      [IRC_MINUTES, 'eorgeK:* I do not', 'x', 0],
      [IRC_MINUTES, 'eorgeK:* AI from', '', 1],
      [IRC_MINUTES, 'For today', 'zhengXu: ', 0],
      [LINKED_MINUTES, 'luotao1](https://github.com/luotao1)：最后', 'x', 0],
      [LINKED_MINUTES, '(https://github.com/gglin001)：由于', '', 1],
      [TAGGED_ITEMS, '[name=leila]\n', '回覆 ', 0],
      [TAGGED_ITEMS, '有人想host', '', 1],
      [TAGGED_ITEMS, '下次會使用活動', '[name=Rex] ', 0],
    ] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'minutes.md');
      analyzer.update(text);
      const at = text.indexOf(before);
      assert.ok(at >= 0, before);
      const edited = text.slice(0, at) + typed + text.slice(at + removed);
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: removed, text: typed }]), analyze(edited, {}, 'minutes.md'), `${typed} at ${before}`);
    }
  });

  describe('random edits of the corpus minutes with handles and linked names', () => {
    const typed = ['x', 'K', ' ', '*', '- ', '：', ':', '\n', '[name=kiang]', '](https://github.com/a)', '1', '。'];
    itEqualsAnalyzeAfterRandomEdits({ folder: 'en', files: ['w3c-publishingcg-minutes-2022-08-10.md'], typed, removedBelow: 5, editsPerFile: 80 });
    itEqualsAnalyzeAfterRandomEdits({ folder: 'zh-Hans', files: ['paddle-pfcc-10th-meeting-minutes-2022-09-08.md'], typed, removedBelow: 5, editsPerFile: 80 });
  });
});
