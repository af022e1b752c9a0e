import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isFieldName } from '../../../../src/core/turns/fieldNames';
import { holdsAnotherField } from '../../../../src/core/turns/scheme';
import { assertReplacementsMatchAnalyze } from '../transcriptFixtures';

// Minutes written like the corpus's committee minutes: bold field names, a decision under each item.
const MINUTES_MD = [
  '# 第27屆管理委員會 第3次會議紀錄', '', '**時間**: 114年3月11日 19:30<br>', '**地點**: 社區閱覽室<br>',
  '**出席委員**: 主委郭子仁、副主委孟秀芳、財委張麗君<br>', '', '## 一、財務報告', '財報有誤，需更正。<br>',
  '**決議**: 請總幹事更正財報後，由委員重新簽名公告。<br>', '', '## 二、清潔廠商', '兩家廠商報價。<br>',
  '**決議**: 表決8票同意，悠樂優先議約。<br>', '', '## 三、電梯', '許可證即將到期。<br>', '**決議**: 請永大電梯執行許可證申報。<br>', '',
].join('\n');

const MEETING_NOTES = [
  'Date: 2024-05-02', 'Location: Room 4', 'Attendees: Ana, Ben', '', 'Ana: Shall we start with the budget?', '',
  'Ben: Yes, it is short this year.', '', 'Ana: Then we cut travel.', '', 'Decision: travel is cut by half.', '',
].join('\n');

describe('field names in minutes are not speakers', () => {
  it('recognises metadata fields in both scripts and English, and not names or roles', () => {
    for (const field of ['時間', '时间', '地點', '決議', '出席委員', '列席住戶', '與會者', 'Date', 'Attendees', 'Agenda', 'Decision']) assert.ok(isFieldName(field), field);
    for (const name of ['主席', '主委', '郭子仁', 'Ana', 'Host', 'Chair']) assert.ok(!isFieldName(name), name);
  });

  it('an action item noted inside a call export\'s turn is no speaker: the line stays the speaker\'s', () => {
    assert.ok(isFieldName('ACTION ITEM') && isFieldName('Action item'));
    // Fathom writes its notes indented like the speech, inside the turn of whoever was speaking.
    const text = [
      '0:46 - Sam Okafor', '  Okay.', '', '1:43 - Nora Lindqvist', '  The list groups items by aisle.',
      '  ACTION ITEM: Add a density table - WATCH: https://fathom.video/share/abc?timestamp=168.9', '  ACTION ITEM: Larger text in cooking mode - WATCH: https://fathom.video/share/abc?timestamp=170.1', '',
      '3:55 - Sam Okafor', '  That makes sense.', '',
    ].join('\n');
    const analysis = analyze(text, {}, 'call.txt');
    assert.deepEqual(analysis.turns.map((turn) => turn.speaker), ['Sam Okafor', 'Nora Lindqvist', 'Sam Okafor']);
  });

  it('reads a Chinese compound headed by 信息, 时间, 地点, 主题 or 来源 as a field, and a transcription tool\'s header line as no speaker', () => {
    for (const field of ['录音信息', '錄音資訊', '采访时间', '採訪地點', '会议主题', '资料来源']) assert.ok(isFieldName(field), field);
    for (const name of ['信息', '主持人', '李明', 'Speaker 1']) assert.ok(!isFieldName(name), name);
    const text = ['录音信息：2024年3月5日 产品评审会', '', '说话人1 00:00', '上个季度我们的日活增长了23%。', '', '说话人2 00:15', '我觉得这个数据还不够好。', ''].join('\n');
    assert.deepEqual(analyze(text, {}, 'review.txt').speakers.map((s) => s.name), ['说话人1', '说话人2']);
  });

  it('reads a page\'s contact and link fields (`電子郵件:`, `原文連結：`, `Email:`) as fields: news items repeating them name no speaker', () => {
    for (const field of ['電子郵件', '电子邮件', '原文連結', '原文链接', '原始網址', '联系邮箱', 'Email', 'E-mail', 'Link']) assert.ok(isFieldName(field), field);
    for (const name of ['郵差', '連戰', 'Linkletter']) assert.ok(!isFieldName(name), name);
    const item = (title: string, id: number): string[] => [
      `# ${title}`, '', '在北京，外交部發言人郭嘉昆表示，中方堅決反對。', '', '---', '', '© rthk.hk', '', '電子郵件:', '[cnews@rthk.hk](mailto:cnews@rthk.hk)', '',
      `原文連結：[https://news.rthk.hk/rthk/ch/${id}.htm](https://news.rthk.hk/rthk/ch/${id}.htm)`, '', '---', '',
    ];
    const page = [...item('外交部：中方堅決反對', 1), ...item('國台辦：譴責台艦', 2), ...item('國防部：日方沒有資格', 3)].join('\n');
    const analysis = analyze(page, {}, 'news.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name), []);
    assert.deepEqual(analysis.turns, []);
  });

  it('bold fields and a recurring `**決議**:` give no speaker; their lines belong to nobody', () => {
    const analysis = analyze(MINUTES_MD, {}, 'minutes.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name), []);
    assert.equal(analysis.turns.length, 0);
  });

  it('fields around a conversation leave the speakers, and the field lines open no turn', () => {
    const analysis = analyze(MEETING_NOTES, {}, 'notes.txt');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['Ana', 'Ben']);
    const labelled = analysis.turns.map((t) => MEETING_NOTES.slice(t.span.start, t.span.start + 5));
    assert.ok(labelled.every((start) => start.startsWith('Ana:') || start.startsWith('Ben:')), labelled.join(' | '));
  });

  it('renaming a field into a speaker falls back and equals analyze(); editing a field value stays exact', () => {
    const analyzer = new IncrementalAnalyzer({}, 'minutes.md');
    analyzer.update(MINUTES_MD);
    const at = MINUTES_MD.indexOf('決議');
    const renamed = `${MINUTES_MD.slice(0, at)}主委${MINUTES_MD.slice(at + 2)}`;
    assert.deepStrictEqual(analyzer.update(renamed, [{ rangeOffset: at, rangeLength: 2, text: '主委' }]), analyze(renamed, {}, 'minutes.md'));
    const valueAt = renamed.indexOf('社區閱覽室');
    const retyped = `${renamed.slice(0, valueAt)}大${renamed.slice(valueAt)}`;
    assert.deepStrictEqual(analyzer.update(retyped, [{ rangeOffset: valueAt, rangeLength: 0, text: '大' }]), analyze(retyped, {}, 'minutes.md'));
  });

  it('a label line holding only a link, a handle or an e-mail address is a field, and editing it stays exact', () => {
    const text = [
      'Episode 12: The Taste Test', '', 'YouTube Channel : https://www.youtube.com/user/example', 'Twitter : @example_tea',
      'Contact: <hello@example.org>', '', '[0:00] Don Mei : Hey everyone, this is Don from the tea bar.', '',
      '[1:00] Sara Lin : And I am Sara. We tasted six teas this week.', '', '[2:00] Don Mei : Two of them came from Fujian.', '',
    ].join('\n');
    assert.deepEqual(analyze(text, {}, 'tea.txt').speakers.map((s) => s.name), ['Don Mei', 'Sara Lin']);
    // Typing words after the link makes the line speech: the incremental result follows analyze() both ways.
    const analyzer = new IncrementalAnalyzer({}, 'tea.txt');
    analyzer.update(text);
    const at = text.indexOf('@example_tea') + '@example_tea'.length;
    const typed = `${text.slice(0, at)} is where we post every week.${text.slice(at)}`;
    const afterTyping = analyzer.update(typed, [{ rangeOffset: at, rangeLength: 0, text: ' is where we post every week.' }]);
    assert.deepStrictEqual(afterTyping, analyze(typed, {}, 'tea.txt'));
    assert.ok(afterTyping.speakers.some((s) => s.name === 'Twitter'), 'a line with speech after the handle is a label again');
    const undone = analyzer.update(text, [{ rangeOffset: at, rangeLength: ' is where we post every week.'.length, text: '' }]);
    assert.deepStrictEqual(undone, analyze(text, {}, 'tea.txt'));
  });

  it('a label whose value holds a known field (`发布人: 网站 发布时间:…`) is a row of fields, and the speech below is nobody\'s', () => {
    const page = ['当前位置:主页 > 其他信函 >', '', '在开学典礼上的讲话', '', '发布人: 谜语网 发布时间:2015-10-04 字体: | | 打印文章', '', '同学们,大家好!', '', '为了新的公寓,我们推迟了一个月开学。', ''].join('\n');
    const analysis = analyze(page, {}, 'page.txt');
    assert.deepEqual(analysis.turns, [], 'no one is named');
    assert.ok(analysis.topics.some((topic) => page.slice(topic.headingSpan.start, topic.headingSpan.end).includes('在开学典礼上的讲话')), 'the headline over the row is still a title');
    for (const value of [' 谜语网 发布时间:2015-10-04', ' 2019-05-14 下载本文作者:会员上传 Date: 5 May', ' 网站 | 日期: 今天']) assert.ok(holdsAnotherField(value), value);
    // Two speakers on one line, a clock time, a sentence: no field row.
    for (const value of [' 你好 李华: 好', ' 19:18:30 开始', ' 明天见。时间: 10点', ' See you. Date: soon']) assert.ok(!holdsAnotherField(value), value);
    const dialogue = ['王明: 你好 李华: 好', '', '李华: 我们开始吧。', '', '王明: 好的。', ''].join('\n');
    assert.deepEqual(analyze(dialogue, {}, 'chat.txt').speakers.map((s) => s.name).sort(), ['李华', '王明']);
    // An edit that makes or unmakes the row falls back and equals analyze().
    assertReplacementsMatchAnalyze([[page, '发布时间:', '发布:'], [page, '发布时间:', '发布时间。'], [page.replace('发布时间:', '发布:'), '发布:', '发布时间:'], [page, '谜语网', '谜语网站'], [page, '打印文章', '打印文章。'], [page.replace('打印文章', '打印文章。'), '打印文章。', '打印文章']], 'page.txt');
  });

  it('reads a council\'s `決定：` and `大會決議：` under each agenda item as fields, not as speakers (speakers40)', () => {
    for (const field of ['決定', '决定', '大會決議', '委員會決議', '大会决议']) assert.ok(isFieldName(field), field);
    // A resolution's compound needs a first part: a name is never read from its last two characters alone.
    for (const name of ['决', '議長', '林議員']) assert.ok(!isFieldName(name), name);
    // Minutes with no speech at all: items, a decision under each, a resolution of the whole council.
    const minutes = [
      '第 3 次會議', '時 間：115 年 3 月 2 日上午 9 時', '主 席：議長', '一、秘書處報告送請大會備查案件：', '縣政府函送收費標準修正案，請備查。',
      '決定：予以備查。', '二、財政處報告送請大會備查案件：', '縣政府函送基金決算，請備查。', '決定：予以備查。', '三、討論本次大會議事日程表。',
      '大會決議：照案通過。', '四、討論議案', '計財政類 2 件。', '大會決議：詳如議案審議一覽表。', '散 會：上午 11 時',
    ].join('\n');
    assert.deepEqual(analyze(minutes, {}, 'minutes.txt').turns.map((turn) => turn.speaker), []);
    // A speaker named in the same minutes still speaks.
    const spoken = minutes.replace('散 會', '陳議員：請縣府說明。\n散 會');
    assert.ok(analyze(spoken, {}, 'minutes.txt').turns.every((turn) => turn.speaker !== '決定' && turn.speaker !== '大會決議'));
  });

  it('reads numbered fields repeated in every meeting\'s block (`1. 会议名称：`, `4. 参会人：`) as list items, not speakers (newsrc-zh5)', () => {
    const block = (n: string, date: string): string[] => [
      `# 第${n}次会议纪要`, '', '## 会议信息', '', `1. 会议名称：年报组第${n}次会议`, '', `2. 会议时间：${date} 20:00`, '',
      '4. 参会人：@李明@王芳@赵强', '', '5. 会议摘要：', '', '    1. 问卷已收集300份', '', '    2. 数据篇已完成初稿', '',
    ];
    const notes = [...block('三', '2024-10-13'), ...block('二', '2024-09-29'), ...block('一', '2024-09-22')].join('\n');
    const analysis = analyze(notes, {}, 'minutes.md');
    assert.deepEqual(analysis.turns.map((turn) => turn.speaker), []);
    // The same minutes with a dialogue under them keep its speakers, and a bullet with a name stays an item too.
    const spoken = `${notes}\n李明：问卷要延期吗？\n\n王芳：延到十一月底。\n\n李明：好的。\n\n- 赵强：补充一条。\n`;
    assert.deepEqual([...new Set(analyze(spoken, {}, 'minutes.md').turns.map((turn) => turn.speaker))], ['李明', '王芳']);
    // Editing an ordinal in or out of a field line gives what a full analysis gives.
    assertReplacementsMatchAnalyze([[notes, '4. 参会人：', '参会人：'], [notes, '5. 会议摘要：', '5 会议摘要：'], [spoken, '王芳：延到', '2. 王芳：延到']], 'minutes.md');
  });
});
