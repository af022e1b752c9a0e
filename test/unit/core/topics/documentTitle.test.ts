import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { documentTitleLine, documentTitleWithinReach, readsAsDocumentTitle } from '../../../../src/core/topics/documentTitle';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A news agency's interview: its headline (a colon parts the phrases), then the labelled questions and answers. */
const INTERVIEW = [
  '城市週刊深度專訪:陳大文談城市更新的難題與出路',
  '',
  '記者:您怎麼看舊區重建的進度?您認為政府應該加快嗎?',
  '',
  '陳大文:重建不是拆了再蓋那麼簡單。很多居民在這裡住了幾十年，他們的生活網絡都在這裡，所以安置方案必須先談好。',
  '',
  '記者:資金從哪裡來?',
  '',
  '陳大文:政府、開發商和居民三方都要出一點。過去十年的經驗是，只靠一方一定走不下去。',
].join('\n');

/** A write-up of an earnings call: a headline with a comma and a bracketed note, right over the lead-in and the body. */
const CALL_NOTES = [
  'V 形反弹,或在明年一季度(某某半导体 2Q24 电话会)',
  '某某半导体北京时间 2024 年 8 月 8 日晚发布 2024 年第二季度财报(截至 2024 年 6 月),电话会要点如下:',
  '1.管理层汇报',
  '市场方面,今年上半年需求逐步回暖,库存回到了健康水平。我们预计下半年收入会继续增长,毛利率维持在两成左右。',
].join('\n');

/** A news report: a headline that exclaims, the reporters' byline, the report. */
const REPORT = [
  '首度受訪有問必答!市長親上火線回應 講了兩個小時',
  '',
  '記者王小明、李大同/台北報導',
  '',
  '市長今天首度接受媒體聯訪，面對數十家媒體的提問有問必答，並且說明了明年預算的三個重點，整場聯訪進行了兩個小時。',
].join('\n');

const titlesOf = (text: string, name = 'page.txt'): string[] => topicTitles(analyze(text, {}, name).topics);
const linesOf = (text: string): [number, (line: number) => string] => {
  const lines = text.split('\n');
  return [lines.length, (line) => lines[line] ?? ''];
};
const titleLineOf = (text: string): number => documentTitleLine(...linesOf(text), () => false);

describe("the document's own title, from its layout", () => {
  it('titles a headline standing apart over the body: a colon, a comma and a bracket, an exclamation', () => {
    assert.deepEqual(titlesOf(INTERVIEW), ['城市週刊深度專訪:陳大文談城市更新的難題與出路']);
    // The headline is no speaker's label, and the questions and answers below keep theirs.
    assert.deepEqual(analyze(INTERVIEW, {}, 'page.txt').turns.map((turn) => turn.speaker), ['記者', '陳大文', '記者', '陳大文']);
    assert.deepEqual(titlesOf(CALL_NOTES)[0], 'V 形反弹,或在明年一季度(某某半导体 2Q24 电话会)');
    assert.deepEqual(titlesOf(REPORT), ['首度受訪有問必答!市長親上火線回應 講了兩個小時']);
  });

  it('takes a title over its subtitle, and a speech title over the salutation that opens it', () => {
    const overSubtitle = ['我在台北、我與老友共話台北', '《某某週刊》總編輯對話作家王某', '', '9月1日晚,兩人在電台進行了近一小時的直播對談。這次對談受到了很多聽眾的關注,節目結束後仍有許多留言。'].join('\n');
    assert.equal(titleLineOf(overSubtitle), 0);
    const speech = ['某某主席在第二届城市论坛开幕式上的致辞(全文)', '尊敬的各位来宾,', '女士们,先生们:', '今天我们在这里相聚，共同讨论城市的未来。过去一年，我们的城市经历了很多变化。'].join('\n');
    assert.equal(titleLineOf(speech), 0);
  });

  it('takes no first line that is the text itself, a label, a cue or a page header', () => {
    // A spoken first line: a sentence; two clauses; a speech-to-text line with more of its kind under it.
    assert.equal(titleLineOf(['大家好，今天我们来聊一聊城市更新。', '', '城市更新这个话题，最近讨论得非常多，我们请到了两位嘉宾。'].join('\n')), -1);
    assert.equal(readsAsDocumentTitle('好的，那我们开始吧，先请你介绍一下'), false);
    const whisper = ['那我们今天就开始吧', '先请你介绍一下自己', '我是做城市规划的', '做了大概有十年了', '主要是在旧区改造这一块'].join('\n');
    assert.equal(titleLineOf(whisper), -1, 'no paragraph under it');
    // A label line stays the speaker's: the label scheme wins.
    const labelled = ['主持人：欢迎收听本期节目', '', '嘉宾：谢谢邀请。很高兴能来到这里和大家聊一聊最近的城市更新项目。', '', '主持人：我们先从旧区说起。'].join('\n');
    assert.deepEqual(titlesOf(labelled), []);
    assert.equal(analyze(labelled, {}, 'page.txt').turns[0]?.speaker, '主持人');
    // A subtitle file's header and cues, and a record's opening line of fields (date, room, chair in brackets).
    assert.deepEqual(titlesOf(['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '城市更新的三个问题', '', '00:00:04.000 --> 00:00:09.000', '第一个问题是资金从哪里来，这个问题我们讨论了很多年。'].join('\n'), 'talk.vtt'), []);
    assert.equal(readsAsDocumentTitle('立法院第9屆第1會期內政委員會第5次全體委員會議（2016/3/10，紅樓101會議室，主席：某委員）'), false);
    // A skip link over a release's title over a rule: the site's header, not the text's title.
    const release = ['跳至主要内容', '', '行政长官出席论坛致辞全文(只有中文)', '*****************', '', '以下是行政长官今日(三月一日)上午在论坛上的致辞全文:', '', '各位嘉宾:今天很高兴出席论坛。过去一年，我们在城市更新方面做了很多工作，也遇到了不少困难。'].join('\n');
    assert.equal(titleLineOf(release), -1);
    assert.equal(titleLineOf(release.replace('跳至主要内容\n\n', '')), -1, 'the rule under the title');
    // A skip link over the site's furniture (`:::`), and one field of a record's header block over the next.
    assert.equal(titleLineOf(['跳到主要內容', ':::', '', '本院新聞', '', '政院澄清媒體報導與原意不符', '', '針對媒體的報導,發言人今天澄清,此項報導與院長答詢的原意不符。'].join('\n')), -1);
    assert.equal(titleLineOf(['主題:年度業務記者會談話紀錄', '時間:95/03/02', '', '今年我們將推動三項新的工作，首先是加強與各國的交流。'].join('\n')), -1);
    assert.equal(titleLineOf(['主題:年度業務記者會談話紀錄', '', '今年我們將推動三項新的工作，首先是加強與各國的交流。'].join('\n')), 0, 'a headline parted by a colon');
    // A breadcrumb, and an English transcript's own title line (the English labels leave it unlabelled).
    assert.equal(readsAsDocumentTitle('论坛首页 -> 2016年论坛'), false);
    assert.equal(titleLineOf(['Full Transcript: Jane Doe and John Roe', '', 'The following is a transcript of an interview with Jane Doe, which aired on Sunday.'].join('\n')), -1);
  });

  it('needs the body under the title to run longer than the title', () => {
    const shortBody = ['城市週刊深度專訪:陳大文談城市更新的難題與出路', '', '記者:好。', '', '陳大文:好。'].join('\n');
    assert.equal(titleLineOf(shortBody), -1);
  });

  it('keeps incremental analysis exact near the title, its byline and its body', () => {
    assert.equal(documentTitleWithinReach(...linesOf(REPORT), 4), true, 'the body');
    assert.equal(documentTitleWithinReach(...linesOf([...REPORT.split('\n'), ...Array<string>(12).fill(''), '後記。'].join('\n')), 16), false, 'far below');
    assertReplacementsMatchAnalyze([
      [REPORT, '講了兩個小時\n', '講了兩個小時。\n'],
      [REPORT, '小時\n\n記者', '小時\n記者'],
      // The body's full stop makes it the paragraph the title stands over; without it the line is no body.
      [REPORT, '進行了兩個小時。', '進行了兩個小時'],
      [CALL_NOTES, '毛利率维持在两成左右。', '毛利率维持在两成左右'],
      [REPORT, '/台北報導', '/台北報導，並且說明了明年預算的三個重點，整場聯訪進行了兩個小時。'],
      [INTERVIEW, '深度專訪:', '深度專訪，'],
      [CALL_NOTES, '電话会要点如下:'.replace('電', '电'), '电话会要点如下'],
    ], 'page.txt');
    const longer = [REPORT, ...Array.from({ length: 8 }, (_, i) => `第${i + 1}個問題談的是預算，市長說明了來源和用途。`)].join('\n\n');
    const local = assertEditsAcrossOffsetsMatchAnalyze(longer, 'page.txt', [['，', 0], ['\n', 0], ['', 1]]);
    assert.ok(local > 0, 'edits in the report far below the title stay local');
    assertEditsAcrossOffsetsMatchAnalyze(CALL_NOTES, 'page.txt', [['。', 0], ['\n', 0], ['', 1]]);
  });
});
