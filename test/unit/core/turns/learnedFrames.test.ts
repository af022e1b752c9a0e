import * as assert from 'node:assert/strict';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze, lineSpeakers } from '../transcriptFixtures';
import { ZOOM_CHAT as ZOOM } from './chatFixtures';

/** The same with the message after the colon on the sender's line. */
const ZOOM_INLINE = [
  '09:14:03 From  Priya Shah  to  Everyone : good morning all',
  '09:14:20 From  Tom Becker  to  Everyone : morning! is the recording on?',
  '09:15:01 From  Priya Shah  to  Everyone : yes, it started at nine',
  '09:16:44 From  Tom Becker  to  Everyone : the budget was approved last week',
  '09:17:05 From  Lena Ortiz  to  Everyone : I will send the minutes tonight',
  '09:18:30 From  Lena Ortiz  to  Everyone : the vote passed 7 to 2',
].join('\n');

/** Discord copied from the client: the sender and the client's words and time over each message. */
const DISCORD = [
  'Mira Chen — Today at 9:41 AM',
  'anyone tried the new build yet?',
  'Owen Park — Today at 9:43 AM',
  'yeah, it crashes when you open settings',
  'Mira Chen — Today at 9:44 AM',
  'The crash happens on Windows only.',
  'Owen Park — Today at 9:50 AM',
  'I filed it as issue 212 this morning.',
  'Mira Chen — Today at 9:52 AM',
  'thanks!',
].join('\n');

/** Discord with a message from the day before among today's: the day is the frame's word, never a name. */
const DISCORD_DAYS = [
  'Mira — Today at 9:41 AM',
  'anyone tried the new build yet?',
  'Owen — Today at 9:43 AM',
  'yeah, it crashes when you open settings',
  'Mira — Today at 9:44 AM',
  'The crash happens on Windows only.',
  'Owen — Yesterday at 9:50 PM',
  'I filed it as issue 212.',
  'Mira — Today at 9:52 AM',
  'thanks!',
  'Owen — Today at 9:55 AM',
  'np',
].join('\n');

/** A forum thread: the user in the site's markup and words, the post below. */
const REDDIT = [
  '**u/harbor_lights** · 2y',
  'I moved to Lisbon in 2019 and rents have doubled since.',
  '',
  '**u/quietfox** · 2y',
  'Which neighbourhood? Alfama was already pricey then.',
  '',
  '**u/harbor_lights** · 2y',
  'Arroios. A one-bedroom went from 700 to 1400 euros.',
  '',
  '**u/quietfox** · 1y',
  'That matches what my landlord said.',
].join('\n');

/** A forum's `name commented N days ago` over each comment. */
const COMMENTS = [
  'jdavies commented 3 days ago',
  'The parser drops the last line when the file has no newline.',
  '',
  'mkato commented 3 days ago',
  'Confirmed on version 2.1, it works on 2.0.',
  '',
  'jdavies commented 2 days ago',
  'A fix is in the pull request linked above.',
  '',
  'mkato commented 1 day ago',
  'Merged, thanks.',
].join('\n');

/** A Chinese group chat: the member's group role in brackets before the name, the message below. */
const GROUP = [
  '[成员] 张伟',
  '今天下午三点开会，地点在三楼',
  '[成员] 李娜',
  '收到，我会准备上周的数据',
  '[成员] 张伟',
  '上周的销售额增长了百分之十',
  '[成员] 李娜',
  '好的',
].join('\n');

/** A chat client that writes `name 说：` over each message. */
const SAYS = [
  '王强 说：',
  '项目已经延期两周了',
  '刘芳 说：',
  '客户同意把交付日期推到月底',
  '王强 说：',
  '那我们周五前完成测试',
  '刘芳 说：',
  '好',
].join('\n');

describe('labels in a frame the document repeats around changing names', () => {
  it('reads Zoom chat senders out of the tool\'s words', () => {
    assert.deepStrictEqual(lineSpeakers(analyseText(ZOOM, 'chat.txt')), ['Alice Wong', 'Alice Wong', 'Marcus Hale', 'Marcus Hale', 'Alice Wong', 'Alice Wong', 'Dana Ruiz', 'Dana Ruiz', 'Marcus Hale', 'Marcus Hale', 'Dana Ruiz', 'Dana Ruiz']);
    const inline = analyseText(ZOOM_INLINE, 'chat.txt');
    assert.deepStrictEqual(lineSpeakers(inline), ['Priya Shah', 'Tom Becker', 'Priya Shah', 'Tom Becker', 'Lena Ortiz', 'Lena Ortiz']);
    // The frame is no part of the speech.
    assert.ok(!inline.analysis.claims.some((c) => inline.slice(c.span).includes('Everyone')));
  });

  it('reads Discord, forum and comment senders', () => {
    assert.deepStrictEqual(lineSpeakers(analyseText(DISCORD, 'chat.txt')), ['Mira Chen', 'Mira Chen', 'Owen Park', 'Owen Park', 'Mira Chen', 'Mira Chen', 'Owen Park', 'Owen Park', 'Mira Chen', 'Mira Chen']);
    assert.ok(!analyseText(DISCORD_DAYS, 'chat.txt').analysis.turns.some((t) => t.speaker === 'Yesterday' || t.speaker === 'Today'));
    assert.deepStrictEqual(lineSpeakers(analyseText(REDDIT, 'thread.md')), ['harbor_lights', 'harbor_lights', 'quietfox', 'quietfox', 'harbor_lights', 'harbor_lights', 'quietfox', 'quietfox']);
    assert.deepStrictEqual(lineSpeakers(analyseText(COMMENTS, 'thread.txt')), ['jdavies', 'jdavies', 'mkato', 'mkato', 'jdavies', 'jdavies', 'mkato', 'mkato']);
  });

  it('reads Chinese frames', () => {
    assert.deepStrictEqual(lineSpeakers(analyseText(GROUP, 'chat.txt')), ['张伟', '张伟', '李娜', '李娜', '张伟', '张伟', '李娜', '李娜']);
    assert.deepStrictEqual(lineSpeakers(analyseText(SAYS, 'chat.txt')), ['王强', '王强', '刘芳', '刘芳', '王强', '王强', '刘芳', '刘芳']);
  });

  it('gives no speakers to repeated phrases, contents, credits, logs or minutes', () => {
    const none = (text: string): void => {
      const fixture = analyseText(text, 'doc.txt');
      assert.deepStrictEqual(fixture.analysis.turns.filter((t) => t.source === 'label').map((t) => t.speaker), [], text.slice(0, 60));
    };
    none([
      'According to Smith, rates will rise.',
      'According to Jones, they will fall.',
      'According to Smith, inflation is easing.',
      'According to Jones, wages are flat.',
    ].join('\n'));
    none([
      'Contents',
      'Chapter 1 — Introduction ........ 1',
      'Chapter 2 — Methods ........ 9',
      'Chapter 3 — Results ........ 21',
      'Chapter 4 — Discussion ........ 40',
    ].join('\n'));
    none([
      'Credits',
      'Jane Doe — Director',
      'Sam Lee — Producer',
      'Ana Gomez — Editor',
      'Raj Patel — Sound',
      'Kim Yu — Producer',
    ].join('\n'));
    none([
      '2024-03-01 12:00:01 ERROR from web-a to db-main: connection refused',
      '2024-03-01 12:00:03 WARN from web-b to db-main: slow query',
      '2024-03-01 12:00:07 ERROR from web-a to db-replica: connection refused',
      '2024-03-01 12:00:09 ERROR from web-b to db-main: connection refused',
      '2024-03-01 12:00:15 WARN from web-a to db-main: slow query',
      '2024-03-01 12:00:21 ERROR from web-b to db-replica: connection refused',
      '2024-03-01 12:00:30 ERROR from web-a to db-main: connection refused',
      '2024-03-01 12:00:41 WARN from web-b to db-main: slow query',
      '2024-03-01 12:00:52 ERROR from web-a to db-main: connection refused',
      '2024-03-01 12:01:03 ERROR from web-b to db-main: connection refused',
    ].join('\n'));
    // `Action:` itself is read as a label by the known shapes (left as it was); the names after it are no frame's.
    const minutes = analyseText([
      'Minutes of the board meeting',
      'Action: Bob to send the deck.',
      'Action: Amy to book the room.',
      'Action: Bob to follow up with legal.',
      'Action: Amy to draft the budget.',
    ].join('\n'), 'minutes.txt');
    assert.ok(!minutes.analysis.turns.some((t) => t.speaker === 'Bob' || t.speaker === 'Amy'));
  });

  it('keeps incremental edits equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [ZOOM, 'From Dana Ruiz', 'From Dana Ruizz'],
      [ZOOM, 'Thanks, that answers it.', 'Thanks.'],
      [ZOOM_INLINE, 'the vote passed', 'the vote failed'],
      [DISCORD, 'Owen Park — Today at 9:50 AM', 'Owen Park — Today at 9:50'],
      [DISCORD, 'thanks!', 'Mira Chen — Today at 9:59 AM'],
      [GROUP, '[成员] 李娜\n好的', '[成员] 王芳\n好的'],
    ], 'chat.txt');
    const edits = [['x', 0], ['\n', 0], ['', 1]] as const;
    assertEditsAcrossOffsetsMatchAnalyze(DISCORD, 'chat.txt', edits);
    assertEditsAcrossOffsetsMatchAnalyze(SAYS, 'chat.txt', edits);
    assertEditsAcrossOffsetsMatchAnalyze(ZOOM, 'chat.txt', edits);
    assertEditsAcrossOffsetsMatchAnalyze(ZOOM_INLINE, 'chat.txt', edits);
  });
});
