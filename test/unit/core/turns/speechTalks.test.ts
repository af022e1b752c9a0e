import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import type { Topic } from '../../../../src/core/analysis/model';
import { recognizeMarkedSpeechLead, speechBylineName, speechGiverName } from '../../../../src/core/turns/speechLeads';
import { isSignOff } from '../../../../src/core/turns/writeUpParts';
import { analyseText, assertReplacementsMatchAnalyze, type AnalysedFixture } from '../transcriptFixtures';

/** A forum talk reposted without blank lines: the lead paragraph names the speaker, a bold lead-in names nobody. */
const FORUM_TALK = [
  '# 智能背后的科学与工程 | 学术论坛演讲',
  '来源：实验室',
  '**嘉宾介绍**',
  '3月15日上午，大脑、心智和机器中心主任Tomaso Poggio教授做了主题为“智能背后的科学与工程”的演讲。',
  '**张三 **',
  '**美国某大学计算机科学系教授**',
  '**计算中心主任**',
  '![照片](https://example.com/p.png)',
  '**演讲内容**',
  '本演讲讨论了这些突破可能是什么，并且源自何处。',
  '**以下为演讲全文（为便于阅读进行过适当编辑整理）：**',
  '今天我会谈一下智能背后的科学和工程。',
  '![图](https://example.com/a.png)',
  '回到我的主题，深度学习和强化学习都源自神经科学。',
  '谢谢！',
  '**延伸阅读**',
  '三月，记者在深圳采访了Tomaso Poggio。',
].join('\n');

/** A conference talk saved as HTML: parallel bold sub-headings under heading elements, list items, a figure. */
const HTML_TALK = [
  '<p>7月17日，华为云原生开源负责人王泽锋发表了《多云容器编排平台》主题演讲。</p>',
  '<p><strong>以下为演讲全文</strong></p>',
  '<p>多云、多集群部署已经成为常态。</p>',
  '<h2 data-id="heading-0">云原生多云多集群的典型阶段</h2>',
  '<p><strong>阶段一：一群孤岛</strong></p>',
  '<ul>',
  '<li>一致的集群运维</li>',
  '</ul>',
  '<p><strong>阶段二：威尼斯水城</strong></p>',
  '<ul>',
  '<li>统一应用交付</li>',
  '</ul>',
  '<figure class="image"><img src="https://example.com/b.jpeg"><figcaption><span>照片來源：美聯社</span></figcaption></figure>',
  '<p><strong>现阶段，编排也面临着诸多挑战：</strong></p>',
  '<p>集群繁多的重复劳动。</p>',
].join('\n');

/** A lecture whose byline names the speaker; the lead-in names her in another spelling. */
const LECTURE = [
  '<p><br></p><pre class="ql-syntax" spellcheck="false">演講詞／Maria Ressa',
  '譯文 / 閻紀宇',
  '</pre>',
  '<p>2021年諾貝爾和平獎頒給兩位新聞工作者。</p>',
  '<p>以下是獲奖人之一，共同創辦人兼執行長蕾莎（Maria Ressa）在頒獎典禮上的<a href="https://example.com/lecture">演講全文</a>：</p>',
  '<p>各位貴賓大家好。</p>',
  '<h3><strong>#新聞工作的榮譽守則</strong></h3>',
  '<p>2019年我第一次遭到逮捕時，一名警官對我說：「女士，我只是在執行公務。」</p>',
  '<h3><strong>#網路暴力也是真實暴力</strong></h3>',
  '<p>網路暴力也正是真實世界的暴力。</p>',
].join('\n');

function topicTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...topicTitles(t.children)]);
}

/** Each non-blank line's speaker: the turn covering its first character, or '-' for none. */
function lineSpeakers(fixture: AnalysedFixture): string[] {
  const { lines, analysis, text } = fixture;
  const found: string[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    let start = lines.lineStart(line);
    while (start < lines.lineEnd(line) && /\s/.test(text[start]!)) start++;
    if (start === lines.lineEnd(line)) continue;
    found.push(analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? '-');
  }
  return found;
}

describe('talks written up without speaker labels', () => {
  it('reads lead-ins in markup or naming nobody, speaking bylines, lead paragraphs and sign-offs', () => {
    assert.deepEqual(recognizeMarkedSpeechLead('**以下为演讲全文（为便于阅读进行过适当编辑整理）：**'), { subject: null, words: '' });
    assert.equal(recognizeMarkedSpeechLead('<p><strong>以下为演讲全文</strong></p>')?.subject, null);
    assert.equal(recognizeMarkedSpeechLead('<p>以下是执行长蕾莎（Maria Ressa）在典礼上的<a href="x">演講全文</a>：</p>')?.subject, 'Maria Ressa');
    assert.equal(recognizeMarkedSpeechLead('以下是我们对这次会议的一些观察：'), null);
    assert.equal(speechBylineName('<pre class="ql-syntax">演講詞／Maria Ressa'), 'Maria Ressa');
    assert.equal(speechBylineName('（主讲人：张三）'), '张三');
    assert.equal(speechBylineName('文／廖綉玉（翻譯）'), null);
    assert.equal(speechGiverName('7月17日，华为云原生开源负责人王泽锋发表了《Karmada》主题演讲，分享了思考。'), '王泽锋');
    assert.equal(speechGiverName('中心主任Tomaso Poggio教授做了主题为“智能”的演讲。'), 'Tomaso Poggio');
    assert.equal(speechGiverName('王泽锋发表了一篇文章。'), null);
    assert.ok(isSignOff('谢谢！') && isSignOff('小编的演讲到此为止。我们对此很有信心。'));
    assert.ok(!isSignOff('谢谢你们帮我们把声音传递出去，这很重要。'));
  });

  it('gives a forum talk to the speaker its lead paragraph names, up to the sign-off, under its sub-headings', () => {
    const fixture = analyseText(FORUM_TALK, 'talk.md');
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', '-', '-', '-', '-', '-', '-', '-', '-', 'Tomaso Poggio', 'Tomaso Poggio', 'Tomaso Poggio', 'Tomaso Poggio', '-', '-']);
    // Bold lines standing alone are sub-headings; the name card's block of bold lines and the lead-in are not.
    assert.deepEqual(topicTitles(fixture.analysis.topics), ['智能背后的科学与工程 | 学术论坛演讲', '嘉宾介绍', '演讲内容', '延伸阅读']);
  });

  it('reads heading elements and parallel bold paragraphs in a saved page, and a figure interrupts the talk', () => {
    const fixture = analyseText(HTML_TALK, 'talk.md');
    assert.deepEqual(topicTitles(fixture.analysis.topics), ['云原生多云多集群的典型阶段', '阶段一：一群孤岛', '阶段二：威尼斯水城']);
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '王泽锋', '-', '-', '王泽锋', '王泽锋', '王泽锋', '-', '王泽锋', '王泽锋', '王泽锋', '-', '王泽锋', '王泽锋']);
    // A section title straight over its first numbered sub-title: both titles, unlike a name card's block.
    const numbered = HTML_TALK.replace('<p><strong>阶段二：威尼斯水城</strong></p>', '<p><strong>多集群应用部署</strong></p>\n<p><strong>1）零改造 — 部署一个多集群应用</strong></p>');
    assert.deepEqual(topicTitles(analyseText(numbered, 'talk.md').analysis.topics), ['云原生多云多集群的典型阶段', '阶段一：一群孤岛', '多集群应用部署', '1）零改造 — 部署一个多集群应用']);
    // One bold paragraph in a style no other shares is emphasis, not a title.
    const lone = HTML_TALK.replace('<p><strong>阶段二：威尼斯水城</strong></p>', '<p>阶段二：威尼斯水城。</p>');
    assert.deepEqual(topicTitles(analyseText(lone, 'talk.md').analysis.topics), ['云原生多云多集群的典型阶段']);
  });

  it('names the speaker as the byline spells her, and quotes inside the speech hand over to no one', () => {
    const fixture = analyseText(LECTURE, 'lecture.md');
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', '-', '-', 'Maria Ressa', '-', 'Maria Ressa', '-', 'Maria Ressa']);
    assert.deepEqual(topicTitles(fixture.analysis.topics), ['#新聞工作的榮譽守則', '#網路暴力也是真實暴力']);
  });

  it('reads a publication in title brackets as the interviewer label', () => {
    const dialogue = '<h2>「獨裁統治過後還剩下什麼？」</h2>\n<p>《明鏡》：將普京稱為獨裁者是否正確？</p>\n<p>穆勒：他不是獨裁者，還能是什麼？</p>\n<p>《明鏡》：妳認為呢？</p>\n<p>亞歷塞維奇：不可否認的是，獨裁者都沒消失。</p>\n';
    assert.deepEqual(analyze(dialogue, {}, 'dialogue.md').turns.map((t) => t.speaker), ['明鏡', '穆勒', '明鏡', '亞歷塞維奇']);
  });

  it('keeps incremental analysis exact when a byline, lead paragraph, lead-in, sub-heading or figure is edited', () => {
    const cases: [string, string, string][] = [
      [LECTURE, 'Maria Ressa\n', 'Maria Resa\n'],
      [LECTURE, '演講詞', '演講稿'],
      [FORUM_TALK, 'Poggio教授做了', 'Poggio教授写了'],
      [FORUM_TALK, '谢谢！', '谢谢大家！'],
      [FORUM_TALK, '谢谢！', '谢了！'],
      [HTML_TALK, '以下为演讲全文', '以下为会议纪要'],
      [HTML_TALK, '阶段二：威尼斯水城', '阶段二：威尼斯水城。'],
      [HTML_TALK, '<figure class', '<p class'],
    ];
    assertReplacementsMatchAnalyze(cases, 'talk.md');
  });

  it('keeps incremental analysis exact when lines are added or joined above a lead-in', () => {
    const cases: [string, string, string][] = [
      [FORUM_TALK, '来源：实验室\n', ''],
      [FORUM_TALK, '本演讲讨论了', '本演讲\n讨论了'],
      [LECTURE, '<p>2021年', '\n<p>2021年'],
    ];
    assertReplacementsMatchAnalyze(cases, 'talk.md');
  });
});
