import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';

/** Slack's messages copied from the client: the sender and the time alone over each message, the time with AM/PM. */
const SLACK = [
  'Jonah Blake  9:41 AM',
  'morning all, the staging deploy failed again',
  'Priya Raman  9:42 AM',
  'the migration timed out on the orders table',
  'it has 40 million rows now',
  'Jonah Blake  9:43 AM',
  'can we run it in batches?',
  'Priya Raman  9:45 PM',
  'The batches finished at 9 pm and took 40 minutes.',
].join('\n');

/** A WeChat chat exported as text: a date and a time to the second before the sender, the message below. */
const WECHAT = [
  '微信聊天记录导出',
  '',
  '2024-05-20 09:01:12 张伟',
  '早上好，今天下午三点开会，大家别忘了',
  '',
  '2024-05-20 09:05:02 王强',
  '我可能晚到十分钟，地铁在维修',
  '',
  '2024-05-20 09:06:30 张伟',
  '另外客户说下周一要看到初稿',
  '',
  '2024-05-20 09:11:40 王强',
  '这是昨天的统计，转化率比上个月高了3%',
].join('\n');

/** WeeChat's log: date and time, the nick and the message in tab-separated fields; the client's own lines put arrows in the nick's field. */
const WEECHAT = [
  '2024-11-02 14:01:22\t-->\talice (~alice@host.example.net) has joined #rust-beginners',
  '2024-11-02 14:01:30\talice\thi, is there a way to sort a Vec of floats?',
  '2024-11-02 14:02:05\tbob_k\talice: f64 is not Ord, so use sort_by with partial_cmp.',
  '2024-11-02 14:03:11\tbob_k\tThen total_cmp has been stable since Rust 1.62.',
  '2024-11-02 14:04:02\talice\tthanks both!',
  '2024-11-02 14:05:12\t<--\talice (~alice@host.example.net) has quit (Quit: Client closed)',
].join('\n');

/** A Chinese court record (庭审笔录): the parties labelled by their roles, `被告` among them. */
const COURT = [
  '庭审笔录',
  '',
  '审判长：现在开庭。首先核对当事人身份。',
  '原告：我叫王丽，1980年出生，住杭州市西湖区。',
  '审判长：被告？',
  '被告：我叫赵强，是某某贸易有限公司的法定代表人。',
  '审判长：原告陈述诉讼请求。',
  '原告：请求判令被告支付货款十二万元。被告收货后一直没有付款。',
  '审判长：被告答辩。',
  '被告：货物存在质量问题，我们已经书面通知过原告。',
  '审判长：今天庭审到此结束，休庭。',
].join('\n');

describe('chat logs and court records of kinds not tried before (session 35, robust37)', () => {
  it('takes the AM/PM after a sender\'s time into the label (`Jonah Blake  9:41 AM`), so no claim opens with it', () => {
    const fixture = analyseText(SLACK, 'slack.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Jonah Blake', 'Priya Raman', 'Jonah Blake', 'Priya Raman']);
    for (const turn of fixture.analysis.turns) assert.match(fixture.slice(turn.labelSpan!), /[AP]M$/, fixture.slice(turn.labelSpan!));
    assert.ok(fixture.analysis.claims.length > 0);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^[AP]M\b/, claim.text);
    // A time with AM in the middle of a message is the message's.
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('9 pm')));
  });

  it('leaves AM/PM alone where words follow it on the line', () => {
    const text = ['Doors open  9:41 AM sharp, said the sign.', 'Nobody came.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.txt').turns, []);
  });

  it('reads a bare date and time to the second as a chat stamp, and the sender alone after it (WeChat\'s export)', () => {
    const fixture = analyseText(WECHAT, 'chat.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['张伟', '王强', '张伟', '王强']);
    assert.ok(fixture.analysis.claims.length > 0);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /2024-05-20|张伟$|王强$/, claim.text);
  });

  it('keeps a log\'s stamped sentences prose: a stamp over a sentence names no sender', () => {
    const text = [
      '2024-05-20 09:01:12 The backup finished without errors.',
      '2024-05-20 09:02:40 The disk is 91 percent full.',
      '2024-05-20 09:03:05 The backup finished without errors.',
    ].join('\n');
    const analysis = analyze(text, {}, 'server.log.txt');
    assert.deepEqual(analysis.turns, []);
    // The stamp stays out of the claim, as a chat stamp does.
    for (const claim of analysis.claims) assert.doesNotMatch(claim.text, /2024|09:0/, claim.text);
  });

  it('reads the sender before a date and time alone on its line (`张伟 2024/5/20 9:01:12`), the message below', () => {
    const text = ['张伟 2024/5/20 9:01:12', '早上好，今天下午三点开会', '', '李娜 2024/5/20 9:03:45', '收到', '', '王强 2024/5/20 9:05:02', '我可能晚到十分钟，地铁在维修', '', '张伟 2024/5/20 9:06:30', '客户说下周一要看到初稿'].join('\n');
    const fixture = analyseText(text, 'chat.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['张伟', '李娜', '王强', '张伟']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /2024/, claim.text);
    // A sentence that ends in a date and time is no sender line.
    const prose = ['The meeting moved to 2024/5/20 9:00', 'Everyone agreed.', 'The venue moved to 2024/5/21 9:00', 'Nobody minded.'].join('\n');
    assert.deepEqual(analyze(prose, {}, 'notes.txt').turns, []);
    // A byline with its date and time, once over an article, names no speaker: the shape must recur.
    const article = ['央行宣布降准', '', '王明 2023-05-01 10:30:15', '', '中国人民银行今天宣布下调存款准备金率。', '', '此次降准共释放长期资金约5000亿元。'].join('\n');
    assert.deepEqual(analyze(article, {}, 'news.txt').turns, []);
  });

  it('reads WeeChat\'s tab-separated nick as the sender, and its arrow lines as the client\'s, no claims', () => {
    const fixture = analyseText(WEECHAT, 'irc.log');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['alice', 'bob_k', 'bob_k', 'alice']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /has joined|has quit|2024/, claim.text);
    assert.ok(fixture.analysis.claims.some((c) => c.text.includes('total_cmp')));
  });

  it('reads `被告：` as a party where the record repeats it beside its other labels', () => {
    const fixture = analyseText(COURT, 'court.txt');
    assert.deepEqual(lineSpeakers(fixture).slice(1), ['审判长', '原告', '审判长', '被告', '审判长', '原告', '审判长', '被告', '审判长']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(claim.text, /^被告：/, claim.text);
    // `被告人`, `被上诉人` alike.
    const appeal = COURT.replace(/^被告：/gm, '被上诉人：');
    assert.deepEqual(analyze(appeal, {}, 'court.txt').turns.map((t) => t.speaker).filter((s) => s.startsWith('被')), ['被上诉人', '被上诉人']);
  });

  it('leaves a one-off passive phrase and a repeated ordinal before a colon no speaker', () => {
    const once = COURT.replace('被告：货物存在质量问题', '被告知：货物存在质量问题');
    const speakers = new Set(analyze(once, {}, 'court.txt').turns.map((t) => t.speaker));
    assert.equal(speakers.has('被告知'), false);
    const ordinals = ['主持人：今天讲两点。', '第一：先讲预算。', '嘉宾：好的。', '第一：再讲人员。', '主持人：谢谢。', '嘉宾：谢谢。'].join('\n');
    assert.equal(analyze(ordinals, {}, 'talk.txt').turns.some((t) => t.speaker === '第一'), false);
  });

  it('reads an interview\'s legend (`采访者：… （以下简称“记者”）`) as no claim, and a sentence that declares a short form as one', () => {
    const text = [
      '访谈实录',
      '',
      '受访者：陈秀英（以下简称“陈”）',
      '采访者：本刊记者 刘洋（以下简称“记者”）',
      'Interviewer: David Kim, Ohio History Project (hereafter "DK")',
      '',
      '记者：您是哪一年来到这所学校的？',
      '',
      '陈：2004年。那时候学校只有三间教室，十几个学生。2018年，华为技术有限公司（以下简称“华为”）捐建了新教学楼。',
      '',
      '记者：现在有多少学生？',
      '',
      '陈：现在有一百二十多个学生。',
    ].join('\n');
    const claims = analyze(text, {}, 'interview.txt').claims.map((c) => c.text);
    assert.equal(claims.some((c) => /刘洋|David Kim/.test(c)), false, claims.join(' | '));
    assert.ok(claims.some((c) => c.includes('华为技术有限公司')), claims.join(' | '));
  });

  it('keeps incremental edits equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [COURT, '被告：我叫', '被告人：我叫'],
      [COURT, '被告：货物', '货物'],
      [COURT, '原告：请求', '被告：请求'],
      [WECHAT, '09:05:02 王强', '09:05 王强'],
      [WECHAT, '09:06:30 张伟', '09:06:30 张伟：'],
      [WEECHAT, '\tbob_k\tThen', '\tcarol\tThen'],
      [SLACK, '9:43 AM', '9:43 AM ok'],
      [SLACK, 'Priya Raman  9:45 PM', 'Priya Raman  9:45'],
      ['张伟 2024/5/20 9:01:12\n早上好\n\n李娜 2024/5/20 9:03:45\n收到\n\n张伟 2024/5/20 9:06:30\n好的', '李娜 2024/5/20 9:03:45', '李娜 2024/5/20 9:03'],
    ], 'chat.txt');
    const edits = [['x', 0], ['\n', 0], ['：', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(COURT, 'court.txt', edits);
    assertEditsAcrossOffsetsMatchAnalyze(WECHAT, 'chat.txt', edits);
    assertEditsAcrossOffsetsMatchAnalyze(WEECHAT, 'irc.log', [['x', 0], ['\t', 0], ['', 1]]);
  });
});
