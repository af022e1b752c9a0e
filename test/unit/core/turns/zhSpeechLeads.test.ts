import * as assert from 'node:assert/strict';
import { bylineOpeningSpeech, editorNoteSpeaker, nameCardName, recognizeMarkedSpeechLead, speechClauseSpeaker, speechGiverName } from '../../../../src/core/turns/speechLeads';
import { isBracketedParagraph, isSalutationLine, isWriteUpCredit } from '../../../../src/core/turns/writeUpParts';
import type { Topic } from '../../../../src/core/analysis/model';
import { analyseText, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

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

/**
 * A lecture saved as HTML paragraphs: a byline and the speaker's titles in brackets, no lead-in, and
 * section titles that are plain paragraphs, some split by a comma (`第一，…`), between body paragraphs.
 */
const HTML_LECTURE = [
  '<p>约翰&middot;奎尔奇说，社交媒体有很多营销挑战，如何为粉丝来估值是一个大问题。</p>',
  '<p>演讲者｜ 约翰&middot;奎尔奇</p>',
  '<p>（ 哈佛商学院教授， 曾任伦敦商学院院长）</p>',
  '<p>非常感谢大家在周日早上回来听我讲课。我今天准备了一个特别的讲座，讲一讲创业者的营销。</p>',
  '<p>创业营销，你必须做好规划</p>',
  '<p>今天将从创业营销这个话题开始，包括你如何生存和成功。创业营销包括四个关键领域，你必须很好地去规划：</p>',
  '<ul>',
  '<li>',
  '<p>要有正确的目标客户和最终用户；</p>',
  '</li>',
  '</ul>',
  '<p>第一，这是从愿景到行动的逆向工程设计</p>',
  '<p>当星巴克只有 5 家店时，创始人就有一个愿景，让星巴克成为你生活中的第三空间。</p>',
  '<p>第二，快速的周期，低成本进行试验，以提供证据</p>',
  '<p>有了愿景要去思考，怎样做一些快速的低成本实验测试创意。</p>',
  '<p>举个例子</p>',
  '<p>上世纪 90 年代末， John Osher 发明了 SpinBrush ，这是一个低成本的电动牙刷。</p>',
].join('\n');

/**
 * A community's talk write-up: a guest byline with company and title after the name, credit fields under it,
 * a bold section number over a bold title, a term explained after a colon, numbered Q&A sides, and a sign-off.
 */
const GUEST_TALK = [
  '**导读** 本文介绍数据平台的建设。',
  '',
  '分享嘉宾｜张伟博士 某科技 高级工程师',
  '',
  '编辑整理｜李四',
  '',
  '出品社区｜某社区',
  '',
  '---',
  '',
  '**01**',
  '',
  '**平台架构**',
  '',
  '平台的发展经历了三个阶段。',
  '',
  '存储层：采用对象存储，为计算引擎提供存储能力。',
  '',
  '**02**',
  '',
  '**问答环节**',
  '',
  '**Q1：平台如何扩容？**',
  '',
  'A1：按业务需求独立伸缩。',
  '',
  '以上就是本次分享的内容，谢谢大家。',
  '',
  '往期文章推荐',
].join('\n');

/**
 * A president's address and a spokesperson's statement as news sites print them: the lead-in says only that
 * the full text follows (`…讲话全文为:`, `全文如下：` after the lead), with no 以下; the lead names the title's
 * holder (`王明总统…`) or the office that gave the speech and no person (`某某部发言人受权就…发表谈话`).
 */
/** A governor's remarks handed over by a record lead-in, then the magazine's credits. */
const CREDITED_SPEECH = [
  '新一届省政府领导成员与记者见面。王明省长介绍新一届领导成员并讲话。以下为文字直播实录。',
  '新闻界的朋友们，大家好！',
  '我们将继续努力。',
  '编辑丨李华 张三',
  '校对丨赵四',
  '来源：某杂志',
  '欢迎关注。',
].join('\n');

const TITLE_HOLDER_SPEECH = [
  '【某报2月15日讯】今天是除夕,王明总统特别录制影片向国人拜年。',
  '总统新年讲话全文为:',
  '大家好!今天是除夕。',
  '我要祝福所有的国人,新的一年平安健康。',
].join('\n');

const OFFICE_STATEMENT = [
  '新华社北京8月3日电 8月3日，某某部发言人受权就某事发表谈话。全文如下：',
  '',
  '某事是最大的障碍，必须依法处理。',
  '',
  '我们将依法严惩，依法终身追责。',
].join('\n');

/** An essay site's speech: the title names the occasion only, the editor's abstract (`导语:`) who spoke, a salutation opens it. */
const NOTED_SPEECH = [
  '2016级研究生开学典礼上的讲话',
  '',
  '  导语:研究生会主席李明远在北方大学2016级研究生开学典礼上发表讲话。下面是小编为您收集整理的讲话内容,希望对你有所帮助。',
  '',
  '  尊敬的各位老师、亲爱的同学们:',
  '',
  '  大家好!我是工程物理系的博士生李明远。',
  '',
  '  不知不觉,我在校园已经度过了九年的时光。',
  '',
  '  在这里,我想和大家分享三个故事,提三个问题:',
  '',
  '  如果有一个实验遭遇瓶颈,你会怎么办?',
].join('\n');

/** A forum's repost of a translated speech: the poster's introduction, then a card `occasion演讲 Name`, a section number. */
const CARD_LINE_SPEECH = [
  '芝加哥大学的毕业演讲风格迥异,给教育界带来了一股清流。',
  '大卫·布鲁克斯毕业于芝加哥大学历史系,系专栏作家。',
  '2017芝加哥大学毕业演讲 大卫·布鲁克斯',
  '一',
  '很荣幸能受邀来作毕业典礼演讲。',
  '我首先想到的是,这肯定不是简单的开放日。',
].join('\n');

function topicTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...topicTitles(t.children)]);
}


/**
 * A welcome address and a governor's remarks as news sites print them: the lead paragraph says who gave the
 * speech (`…做欢迎致辞`, `…并讲话`) and ends in a lead-in naming only a record (`以下为文字实录:`).
 */
const RECORD_SPEECH = [
  '论坛在三亚举办,报社执行总编辑王明代表主办方做欢迎致辞,以下为文字实录:',
  '',
  '尊敬的各位嘉宾,我谨代表报社表示欢迎。',
  '',
  '今年的一些采访是在线上完成的。',
].join('\n');

const RECORD_REMARKS = [
  '<p>',
  '    新一届省政府领导成员与记者见面。李强省长介绍新一届领导成员并讲话。以下为文字直播实录。',
  '</p>',
  '<p>',
  '    新闻界的朋友们，大家好！',
  '</p>',
].join('\n');

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

  it('lets a speaking byline with no lead-in below open the speech, its bracketed titles no one\'s', () => {
    assert.equal(bylineOpeningSpeech('<p>演讲者｜ 约翰&middot;奎尔奇</p>', () => undefined), '约翰·奎尔奇');
    // A lead-in below the byline hands over instead, as before.
    assert.equal(bylineOpeningSpeech('演讲者｜张三', (i) => ['第一段。', '以下为演讲全文：'][i]), null);
    assert.equal(bylineOpeningSpeech('作者｜张三', () => undefined), null);
    assert.ok(isBracketedParagraph('<p>（ 哈佛商学院教授， 曾任伦敦商学院院长）</p>'));
    assert.ok(!isBracketedParagraph('（笑）大家好。') && !isBracketedParagraph('（一）愿景'));
    const fixture = analyseText(HTML_LECTURE, 'lecture.md');
    const name = '约翰·奎尔奇';
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', name, '-', name, '-', '-', name, '-', '-', '-', name, '-', name, '-', name]);
  });

  it('opens the speech at a guest byline naming the speaker before company and title; credits and section numbers are no one\'s', () => {
    assert.equal(bylineOpeningSpeech('分享嘉宾｜张伟博士 某科技 高级工程师', () => undefined), '张伟');
    assert.equal(bylineOpeningSpeech('> 演讲嘉宾：王五（花名：小五），某云资深技术专家。', () => undefined), '王五');
    assert.equal(bylineOpeningSpeech('**演讲嘉宾：** 赵六｜某公司 CTO', () => undefined), '赵六');
    // Whoever edited or published the write-up is no speaker.
    assert.equal(bylineOpeningSpeech('编辑整理｜李四', () => undefined), null);
    // A speaking byline reads the same way when the titles and the page's fields follow the name.
    assert.equal(bylineOpeningSpeech('演讲者:李明远 论坛特邀专家、北方大学研究中心主任    时间:2016-04-28    阅读:1117次', () => undefined), '李明远');
    assert.equal(bylineOpeningSpeech('主讲人：李明远 北方大学教授', () => undefined), '李明远');
    // A spokesperson's label with words after the name stays a label; a Latin name with a space is not cut at the space.
    assert.equal(bylineOpeningSpeech('发言人：李明远 今天说明三件事', () => undefined), null);
    assert.equal(bylineOpeningSpeech('演讲者：SeongJae Park（SJ）、王炼', () => undefined), null);
    // A note that the piece is someone's talk written up opens it too; one naming only the talk's title names no one.
    assert.equal(bylineOpeningSpeech('本文根据李明远教授在北方论坛2018上的发言整理。', () => undefined), '李明远');
    assert.equal(bylineOpeningSpeech('本文根据《数据平台建设》线下meetup演讲实录整理而成。', () => undefined), null);
    assert.equal(bylineOpeningSpeech('本文根据李明远教授在北方论坛2018上的发言整理。', (i) => ['', '以下为演讲全文：'][i]), null);
    const fixture = analyseText(GUEST_TALK, 'talk.md');
    // A one-off `存储层：` inside the speech is the speaker's term; numbered Q&A sides stay voices; the sign-off ends the speech.
    assert.deepEqual(lineSpeakers(fixture), ['-', '-', '-', '-', '-', '-', '-', '张伟', '张伟', '-', '-', 'Q1', 'A1', '张伟', '-']);
  });

  it('keeps a label that names a voice twice, or a role, inside a handed-over speech', () => {
    const twice = GUEST_TALK.replace('平台的发展经历了三个阶段。', '存储层：最早只有一台机器。');
    assert.deepEqual(lineSpeakers(analyseText(twice, 'talk.md')).slice(7, 9), ['存储层', '存储层']);
    const host = GUEST_TALK.replace('存储层：采用对象存储', '主持人：采用对象存储');
    assert.deepEqual(lineSpeakers(analyseText(host, 'talk.md')).slice(7, 9), ['张伟', '主持人']);
    const audience = GUEST_TALK.replace('存储层：采用对象存储', '现场观众提问：采用对象存储');
    assert.deepEqual(lineSpeakers(analyseText(audience, 'talk.md')).slice(7, 9), ['张伟', '现场观众']);
  });

  it('re-reads the speech in full when a label edit may make a one-off term a voice, or a voice a term', () => {
    const body = Array.from({ length: 12 }, (_, i) => `第${i + 1}段正文，平台继续演进，我们做了很多工作。`);
    const long = GUEST_TALK.replace('平台的发展经历了三个阶段。', ['平台的发展经历了三个阶段。', ...body].join('\n\n'));
    // Renaming `存储层` to `存算层` inside the label makes two lines name `存算层`: both are voices then.
    const twoTerms = long.replace('第10段正文，', '存算层：第10段正文，');
    assertReplacementsMatchAnalyze([
      [twoTerms, '储层：采用', '算层：采用'],
      [twoTerms.replace('存储层：采用', '存算层：采用'), '算层：采用', '储层：采用'],
      [long, '储层：采用', '算层：采用'],
    ], 'talk.md');
  });

  it('reads the comparative 小于 in a speech as no nickname of a speaker surnamed 于', () => {
    const talk = ['**导读** 本文分享数据科学。', '', '分享嘉宾｜于扬 某公司 数据科学家', '', '我们先看第一个例子。', '', '两者的差异小于 1%，但是工资差了五倍。'].join('\n');
    assert.deepEqual(lineSpeakers(analyseText(talk, 'talk.md')), ['-', '-', '于扬', '于扬']);
  });

  it('reads a saved page\'s comma-split paragraphs as section titles when several paragraphs stand that way', () => {
    const fixture = analyseText(HTML_LECTURE, 'lecture.md');
    assert.deepEqual(topicTitles(fixture.analysis.topics), ['创业营销，你必须做好规划', '第一，这是从愿景到行动的逆向工程设计', '第二，快速的周期，低成本进行试验，以提供证据', '举个例子']);
    // With the ordinals' paragraphs made sentences, the comma title is read by its shape: a `<p>` paragraph with no
    // sentence over prose, like `<p>举个例子</p>`, which the page repeats (recurringShapes.ts).
    const single = HTML_LECTURE.replace('<p>第一，这是从愿景到行动的逆向工程设计</p>', '<p>第一，这是从愿景到行动的逆向工程设计。</p>').replace('<p>第二，快速的周期，低成本进行试验，以提供证据</p>', '<p>第二，快速的周期，低成本进行试验。</p>');
    assert.deepEqual(topicTitles(analyseText(single, 'lecture.md').analysis.topics), ['创业营销，你必须做好规划', '举个例子']);
  });

  it('reads two bold lines in a row as a title over its first sub-title when the document pairs them twice', () => {
    const paired = ['以下为演讲内容整理：', '**数据导入场景**', '**生意参谋**', '生意参谋是一种为商家服务的数据产品，帮助商家决策。', '**蚂蚁风控**', '每一笔交易支付都会调用风控。', '**数据导出场景**', '**菜鸟联盟**', '一个物流详情会传到数据仓库。', '**淘宝客服**', '退款会实时写入队列。'].join('\n');
    assert.deepEqual(topicTitles(analyseText(paired, 'talk.md').analysis.topics), ['数据导入场景', '生意参谋', '蚂蚁风控', '数据导出场景', '菜鸟联盟', '淘宝客服']);
    // Paired once, two bold lines are a name over an affiliation: a block, no titles.
    const once = paired.replace('**数据导出场景**\n', '');
    assert.deepEqual(topicTitles(analyseText(once, 'talk.md').analysis.topics), ['蚂蚁风控', '菜鸟联盟', '淘宝客服']);
  });

  it('hands a lead-in naming only a record to the speaker its paragraph says gave the speech', () => {
    assert.equal(speechClauseSpeaker('论坛在三亚举办,报社执行总编辑王明代表主办方做欢迎致辞,以下为文字实录:'), '王明');
    assert.equal(speechClauseSpeaker('李强省长介绍新一届领导成员并讲话。'), '李强');
    assert.equal(speechClauseSpeaker('部长出席开幕式并致辞。'), null);
    assert.equal(speechClauseSpeaker('总统致詞時表示，消防人員辛苦了。'), null);
    assert.deepEqual(recognizeMarkedSpeechLead('以下为文字实录：'), { subject: null, words: '', recordOnly: true });
    // An interview's record is no speech: its labels decide.
    assert.equal(recognizeMarkedSpeechLead('以下为采访实录:'), null);
    assert.deepEqual(lineSpeakers(analyseText(RECORD_SPEECH, 'speech.txt')), ['-', '王明', '王明']);
    assert.deepEqual(lineSpeakers(analyseText(RECORD_REMARKS, 'remarks.md')), ['-', '-', '-', '-', '李强', '-']);
    // Without a sentence saying who gave a speech, the record's lead-in hands over to no one.
    const nobody = RECORD_SPEECH.replace('代表主办方做欢迎致辞', '主持');
    assert.deepEqual(lineSpeakers(analyseText(nobody, 'speech.txt')), ['-', '-', '-']);
  });

  it('hands a full text that follows with no 以下 to the title holder the lead names, or to the office that spoke', () => {
    assert.deepEqual(recognizeMarkedSpeechLead('总统新年讲话全文为:'), { subject: null, words: '总统新年讲话', recordOnly: true, fullText: true });
    assert.deepEqual(lineSpeakers(analyseText(TITLE_HOLDER_SPEECH, 'speech.txt')), ['-', '-', '王明', '王明']);
    assert.deepEqual(lineSpeakers(analyseText(OFFICE_STATEMENT, 'statement.txt')), ['-', '某某部发言人', '某某部发言人']);
    // A full text that is no speech (a licence, a document) hands over to no one.
    const licence = ['某机构今天发布了一份文件。全文如下：', '', '第一条 本文件适用于全体成员。'].join('\n');
    assert.deepEqual(lineSpeakers(analyseText(licence, 'notice.txt')), ['-', '-']);
    // A title in the lead-in that no one in the lead holds names no speaker.
    const noHolder = TITLE_HOLDER_SPEECH.replace('王明总统', '总统');
    assert.deepEqual(lineSpeakers(analyseText(noHolder, 'speech.txt')), ['-', '-', '-', '-']);
  });

  it('ends a speech at the write-up\'s credits, which are no one\'s, and reads credits as credits only', () => {
    assert.deepEqual(lineSpeakers(analyseText(CREDITED_SPEECH, 'speech.txt')), ['-', '王明', '王明', '-', '-', '-', '-']);
    assert.equal(isWriteUpCredit('来源：网易雷火UX用户体验中心'), true);
    assert.equal(isWriteUpCredit('整理:謝宜帆、黃敬哲'), true);
    assert.equal(isWriteUpCredit('<p>    编辑丨莫群 林琳</p>'), true);
    // What a speaker says about a source, a summary line or a sentence after a production word is no credit.
    assert.equal(isWriteUpCredit('数据来源：国家统计局'), false);
    assert.equal(isWriteUpCredit('总结：要把基础打牢'), false);
    assert.equal(isWriteUpCredit('来源：我们自己的调查。'), false);
    // A table's rows without outer bars are no credits.
    assert.equal(isWriteUpCredit('名称 | 说明 | 备注'), false);
    assert.equal(isWriteUpCredit('---|---'), false);
  });

  it('opens the speech at the salutation under an editor\'s abstract that names who gave it; a note over a commentary opens none', () => {
    // The speaker's own lead-in to questions (`提三个问题:`) stays in the speech.
    assert.deepEqual(lineSpeakers(analyseText(NOTED_SPEECH, 'speech.txt')), ['-', '-', '李明远', '李明远', '李明远', '李明远', '李明远']);
    assert.equal(editorNoteSpeaker('编者按：北方大学校长王华在开学典礼上发表致辞。'), '王华');
    assert.equal(editorNoteSpeaker('导语:本文介绍开学典礼上的几篇讲话。'), null);
    assert.equal(editorNoteSpeaker('作者:李明远在典礼上发表讲话。'), null);
    for (const line of ['尊敬的各位老师、亲爱的同学们:', '各位来宾：', '敬爱的首相同志,敬爱的同志们、朋友们:']) assert.ok(isSalutationLine(line), line);
    for (const line of ['王先生:', '提三个问题:', '以下为讲话全文:']) assert.ok(!isSalutationLine(line), line);
    // No salutation under the note (a commentary on the speech follows): the note hands over to no one.
    const commentary = NOTED_SPEECH.replace('  尊敬的各位老师、亲爱的同学们:', '  这篇讲话值得每一位新生细读。');
    assert.deepEqual(lineSpeakers(analyseText(commentary, 'speech.txt')), ['-', '-', '-', '-', '-', '-', '-']);
  });

  it('opens the speech under a card naming the occasion and the speaker after a space; a section number alone is no one\'s', () => {
    assert.deepEqual(lineSpeakers(analyseText(CARD_LINE_SPEECH, 'speech.txt')), ['-', '-', '-', '-', '大卫·布鲁克斯', '大卫·布鲁克斯']);
    assert.equal(bylineOpeningSpeech('东京大学入学典礼 演讲 演讲人 上野千鹤子', () => undefined), '上野千鹤子');
    // No space before the name, a clause in the card, or no speech word: no card.
    for (const line of ['2017芝加哥大学毕业演讲大卫·布鲁克斯', '他在毕业典礼上发表演讲,布鲁克斯', '2017芝加哥大学毕业典礼 大卫·布鲁克斯']) {
      assert.equal(bylineOpeningSpeech(line, () => undefined), null, line);
    }
  });

  it('keeps incremental analysis exact when the name card, the lead paragraph or a picture line is edited', () => {
    const cases: [string, string, string][] = [
      [WECHAT_TALK, '董事长张伟', '董事长张大伟'],
      [WECHAT_TALK, '董事长张伟', '董事长，张伟'],
      [WECHAT_TALK, '张伟发表', '张伟写了'],
      [WECHAT_TALK, 'c.png ""', 'c.png "图"'],
      [BLOG_TALK, '进行了讲解', '进行了整理'],
      [BLOG_TALK, '- \n高吞吐', '- 高吞吐'],
      [HTML_LECTURE, '演讲者｜', '作者｜'],
      [HTML_LECTURE, '院长）', '院长'],
      [HTML_LECTURE, '<p>第一，这是', '<p>第一这是'],
      [HTML_LECTURE, '以提供证据</p>', '以提供证据。</p>'],
      [HTML_LECTURE, '你必须做好规划', '你必须做好规划。'],
      [HTML_LECTURE, '去规划：</p>', '去规划。</p>'],
      [HTML_LECTURE, '</li>\n</ul>', '</li>\n\n</ul>'],
      [HTML_LECTURE, '<p>举个例子</p>\n', ''],
      [GUEST_TALK, '编辑整理｜李四', '编辑整理李四'],
      [GUEST_TALK, '\n\n出品社区｜某社区', '\n出品社区｜某社区'],
      [GUEST_TALK, '张伟博士 某科技', '张伟博士某科技'],
      [GUEST_TALK, '**01**', '**01**。'],
      [GUEST_TALK, '平台的发展经历了三个阶段。', '存储层：平台的发展经历了三个阶段。'],
      [GUEST_TALK, '存储层：采用', '存储层采用'],
      [GUEST_TALK, '存储层：采用', '计算层：采用'],
      [GUEST_TALK, '以上就是本次分享的内容，谢谢大家。', '以上就是本次分享的内容。'],
      [GUEST_TALK, '以上就是本次分享的内容，谢谢大家。', '谢谢大家。'],
      [RECORD_SPEECH, '做欢迎致辞', '做欢迎'],
      [RECORD_SPEECH, '王明代表', '王明明代表'],
      [RECORD_SPEECH, '文字实录', '采访实录'],
      [RECORD_REMARKS, '并讲话。', '。'],
      [RECORD_REMARKS, '李强省长', '李刚省长'],
      [CREDITED_SPEECH, '编辑丨李华', '编辑李华'],
      [CREDITED_SPEECH, '编辑丨李华 张三', '编辑丨李华丨张三'],
      [CREDITED_SPEECH, '校对丨赵四', '校对：赵四'],
      [CREDITED_SPEECH, '来源：某杂志', '来源是某杂志'],
      [CREDITED_SPEECH, '我们将继续努力。', '来源：某杂志'],
      [TITLE_HOLDER_SPEECH, '王明总统', '王明的总统'],
      [TITLE_HOLDER_SPEECH, '讲话全文为:', '讲话:'],
      [TITLE_HOLDER_SPEECH, '总统新年讲话', '部长新年讲话'],
      [OFFICE_STATEMENT, '发表谈话', '发表文章'],
      [OFFICE_STATEMENT, '全文如下：', '全文：'],
      [OFFICE_STATEMENT, '某某部发言人受权', '某某部的人受权'],
      [CARD_LINE_SPEECH, '演讲 大卫', '演讲大卫'],
      [CARD_LINE_SPEECH, '演讲 大卫', '典礼 大卫'],
      [CARD_LINE_SPEECH, '\n一\n', '\n一。\n'],
      [CARD_LINE_SPEECH, '\n一\n', '\n'],
      [NOTED_SPEECH, '提三个问题:', '提三个问题。'],
      [NOTED_SPEECH, '九年的时光。', '九年的时光,有三个问题:'],
      [NOTED_SPEECH, '发表讲话。', '发表文章。'],
      [NOTED_SPEECH, '导语:', '导语，'],
      [NOTED_SPEECH, '同学们:', '同学们。'],
      [NOTED_SPEECH, '  尊敬的各位老师、亲爱的同学们:', '  这篇讲话值得细读。'],
      [NOTED_SPEECH, '有所帮助。\n', '有所帮助。\n\n\n'],
      [NOTED_SPEECH, '有所帮助。\n\n', '有所帮助。\n'],
    ];
    assertReplacementsMatchAnalyze(cases, 'talk.md');
  });
});
