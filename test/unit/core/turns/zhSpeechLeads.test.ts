import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { nameCardName, speechGiverName } from '../../../../src/core/turns/speechLeads';
import { analyseText, type AnalysedFixture } from '../transcriptFixtures';

/**
 * A talk clipped from a WeChat account to Markdown: the lead paragraph runs the company into the speaker's
 * name (`斗象科技谢忱发表…`), a caption under the photo names him with his titles, pictures carry an empty
 * title (`![](… "")`), and lines end in two spaces.
 */
const WECHAT_TALK = [
  '#  某科技张伟：大模型改写攻防  ',
  '  ',
  '![](https://example.com/a.png "")  ',
  '  ',
  '在“漏洞研究”论坛上，某科技张伟发表《从自动化走向自治》主题演讲，系统分享判断与实践。  ',
  '  ',
  '![](https://example.com/b.jpeg "")  ',
  '  ',
  '某科技创始人、董事长张伟  ',
  '  ',
  '以下为演讲内容整理：  ',
  '  ',
  '各位领导、专家，大家好。今天非常荣幸来到大会。  ',
  '  ',
  '![](https://example.com/c.png "")  ',
  '  ',
  '**大模型正在接替“连接器”的角色。**  ',
  '  ',
  '过去测试的是一次回答有多好。  ',
].join('\n');

/** A conference write-up reposted on a blog: the editor's note says who explained what, list markers stand alone. */
const BLOG_TALK = [
  '第九届数据库大会，阿里巴巴技术专家孟庆义对数据管道的实践与演进进行了讲解。',
  '以下为演讲内容整理：',
  '**数据导入场景**',
  '生意参谋是一种为商家服务的数据产品。',
  '- ',
  '高吞吐',
  '- ',
  '不需要WAL',
  '**总结**',
  '中间层的核心价值是易扩展。',
].join('\n');

/** Each non-blank line's speaker: the turn covering its first character, or '-' for none or an aside. */
function lineSpeakers(fixture: AnalysedFixture): string[] {
  const { lines, analysis, text } = fixture;
  const found: string[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    let start = lines.lineStart(line);
    let end = lines.lineEnd(line);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) continue;
    const aside = analysis.stageDirections.some((d) => d.span.start <= start && end <= d.span.end);
    found.push(aside ? '-' : analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? '-');
  }
  return found;
}

describe('Chinese speech write-ups: who gave the talk', () => {
  it('reads a lead paragraph with a bare 发表 or 对…进行了讲解, and a name card of titles ending in a name', () => {
    assert.equal(speechGiverName('在论坛上，某科技张伟发表《从自动化走向自治》主题演讲，系统分享判断。'), '某科技张伟');
    assert.equal(speechGiverName('第九届数据库大会，阿里巴巴技术专家孟庆义对数据管道的实践进行了讲解。'), '孟庆义');
    assert.equal(speechGiverName('孟庆义发表了一篇文章。'), null);
    assert.equal(nameCardName('某科技创始人、董事长张伟  '), '张伟');
    assert.equal(nameCardName('**阿里巴巴技术总监 李四**'), '李四');
    // A sentence, a bare name or a phrase without a title is no card.
    assert.equal(nameCardName('董事长张伟说，今年很好。'), null);
    assert.equal(nameCardName('张伟'), null);
    assert.equal(nameCardName('数据导入场景'), null);
  });

  it('gives the talk to the name the card spells when the lead paragraph runs the company into it, pictures to no one', () => {
    const fixture = analyseText(WECHAT_TALK, 'talk.md');
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', '-', '-', '-', '张伟', '-', '张伟', '张伟']);
  });

  it('hands a blog repost to the speaker its editor\'s note names; lone list markers are no one\'s', () => {
    const fixture = analyseText(BLOG_TALK, 'talk.md');
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', '孟庆义', '-', '孟庆义', '-', '孟庆义', '-', '孟庆义']);
  });

  it('keeps incremental analysis exact when the name card, the lead paragraph or a picture line is edited', () => {
    const cases: [string, string, string][] = [
      [WECHAT_TALK, '董事长张伟', '董事长张大伟'],
      [WECHAT_TALK, '董事长张伟', '董事长，张伟'],
      [WECHAT_TALK, '张伟发表', '张伟写了'],
      [WECHAT_TALK, 'c.png ""', 'c.png "图"'],
      [BLOG_TALK, '进行了讲解', '进行了整理'],
      [BLOG_TALK, '- \n高吞吐', '- 高吞吐'],
    ];
    for (const [text, from, to] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'talk.md');
      analyzer.update(text);
      const at = text.indexOf(from);
      const edited = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, 'talk.md'), JSON.stringify([from, to]));
    }
  });
});
