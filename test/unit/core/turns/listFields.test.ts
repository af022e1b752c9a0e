import * as assert from 'node:assert/strict';
import { isLabelAloneShape } from '../../../../src/core/turns/listFields';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** A podcast page: show notes, a bold `Links:` field over the episode's links after a blank line, then the dialogue. */
const PAGE = [
  '# Episode 24: What I mean by AI-native',
  '',
  'In this episode:',
  '',
  '- A four-question test for your most important system',
  '',
  '**Links:**',
  '',
  '- [The AI-Native Architecture series](https://example.com/series/ai-native/)',
  '- [Your Function Call Was Free (episode 18)](https://example.com/podcast/free/)',
  '',
  '## Transcript',
  '',
  'Lee: Welcome back to the show. Today I want to explain what I mean by AI-native.',
  '',
  'Guest: Thanks for having me. It is a term people use loosely.',
  '',
  'Lee: It is, and that is why I wrote the series.',
].join('\n');

/** Minutes: a `QA 交流环节：` field after each talk, over the questions and answers of the people who asked them. */
const MINUTES = [
  '### 第一个议题',
  '',
  '- 张三：介绍了新的工具链，欢迎大家试用。',
  '',
  'QA 交流环节：',
  '',
  '- 李四：目前是否有文档介绍编辑器上的推荐配置？',
  '- 张三：目前还没有，之后会在文档中补充。',
  '',
  '### 第二个议题',
  '',
  '- 王五：我们把构建时间缩短了一半。',
  '',
  'QA 交流环节：',
  '',
  '- 李四：缓存是放在本地还是远端？',
  '- 王五：都支持，默认放在本地。',
].join('\n');

/** Minutes written as lists: a member's label alone on its item, over the points she made. */
const LIST_MINUTES = [
  '## 討論',
  '',
  '- Alice:',
  '',
  '  - 我們下週要完成報名表。',
  '  - 我會負責聯絡場地。',
  '- Bob: 好，我來準備投影片。',
  '- Alice: 那就這樣決定。',
].join('\n');

const speakerOf = (text: string, words: string, file = 'notes.md'): string | null => speakerAt(text, analyseText(text, file).analysis, words);

describe('a label alone over a list is a field (listFields.ts)', () => {
  it('reads the shape of a label with nothing after it, emphasis closing after the colon allowed', () => {
    assert.ok(isLabelAloneShape('**Links:**'));
    assert.ok(isLabelAloneShape('    - 回饋：'));
    assert.ok(!isLabelAloneShape('Lee: Welcome back.'));
    assert.ok(!isLabelAloneShape('## Notes:'));
  });

  it('reads a one-off label over a list past a blank line as a field: the links are nobody\'s', () => {
    assert.equal(speakerOf(PAGE, '**Links:**'), null);
    assert.equal(speakerOf(PAGE, '- [Your Function Call'), null);
    assert.equal(speakerOf(PAGE, 'Welcome back'), 'Lee');
    assert.equal(speakerOf(PAGE, 'Thanks for having me'), 'Guest');
  });

  it('reads a recurring label over other names\' labelled items as a field, and keeps those items theirs', () => {
    // No turn of its own: the line goes on with the talk above it.
    assert.notEqual(speakerOf(MINUTES, 'QA 交流环节'), 'QA 交流环节');
    assert.equal(speakerOf(MINUTES, '目前是否有文档'), '李四');
    assert.equal(speakerOf(MINUTES, '缓存是放在本地'), '李四');
    assert.equal(speakerOf(MINUTES, '都支持'), '王五');
  });

  it('keeps a speaker\'s label alone over her own points, and a label that speaks elsewhere', () => {
    assert.equal(speakerOf(LIST_MINUTES, '我會負責聯絡場地'), 'Alice');
    // `回饋：` recurs over its speaker's own points, not over other names' labels: a speaker.
    const again = LIST_MINUTES.replace('- Alice: 那就這樣決定。', '- Alice:\n  - 那就這樣決定。');
    assert.equal(speakerOf(again, '那就這樣決定'), 'Alice');
  });

  it('keeps incremental analysis exact when the label, the blank line or the list under it changes', () => {
    assertReplacementsMatchAnalyze([
      [PAGE, '**Links:**', '**Links:** see below'],
      [PAGE.replace('**Links:**', '**Links:** see below'), '**Links:** see below', '**Links:**'],
      [PAGE, '**Links:**\n\n', '**Links:**\nOur favourite reads this week.\n'],
      [PAGE, '- [The AI-Native', 'The AI-Native'],
      [PAGE, 'Guest: Thanks', 'Links: Thanks'],
      [PAGE.replace('Guest: Thanks', 'Links: Thanks'), 'Links: Thanks', 'Guest: Thanks'],
    ], 'notes.md');
    assertReplacementsMatchAnalyze([
      [MINUTES, '- 李四：目前', '- 目前'],
      [MINUTES, 'QA 交流环节：\n\n- 李四：缓存', 'QA 交流环节：\n\n- 缓存'],
      [MINUTES, '- 李四：缓存', '李四：缓存'],
    ], 'minutes.md');
    // Typing, Enter and Backspace at every offset around the fields.
    for (const [text, file, words] of [[PAGE, 'notes.md', '**Links:**'], [MINUTES, 'minutes.md', 'QA 交流环节：']] as const) {
      const at = text.indexOf(words);
      assertEditsAcrossOffsetsMatchAnalyze(text, file, [['x', 0], ['\n', 0], ['', 1]], Math.max(0, at - 40), Math.min(text.length, at + 120));
    }
  });
});
