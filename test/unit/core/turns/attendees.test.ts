import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/text/positions';
import { namesAttendee, readAttendees } from '../../../../src/core/turns/attendees';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** HackMD minutes: attendees listed inline at the head, three of them speaking under short labels further down. */
const MINUTES = [
  '# 教案平臺 1091103 會議紀錄',
  '',
  '形式：online',
  '參與者：Ada、Ivy、孟庭、嘉豪',
  '記錄：孟庭',
  '',
  '## 討論事項',
  '1. 確認約訪文案',
  '',
  '### 後端使用語言討論',
  '嘉豪：預計想要用 AWS + Golang',
  'Ada：如果用 node.js，前端也較好協助',
  'Ivy：大家都有意願學，所以想採用 Go',
  '',
  '### mockup',
  '嘉豪希望可以採用 Material Design 設計',
].join('\n');

/** Meetup notes: attendees signed in as a list, then notes whose colons head points (`後端：`), none a person's. */
const NOTES = [
  '# 第四次小聚',
  '',
  '時間：20190918',
  '',
  '參與者簽到：',
  '- ael',
  '- 星翰',
  '- Simon',
  '',
  '## 會議記錄',
  '',
  '### 要有帳號登入嗎？',
  '- 第一版先不做',
  '',
  '## 確定技術架構',
  '後端：node.js or django?',
  '後端是 Python，負責人是 Simon',
  '',
  'GitHub 資料夾：一個 server 一個 client',
  '',
  '資料庫',
  'PostgreSQL：有內建強大的地理查詢能力',
  '',
  '## API',
  '- 工廠資料',
].join('\n');

const speakerOf = (text: string, words: string, file = 'notes.md'): string | null => speakerAt(text, analyseText(text, file).analysis, words);

describe('the attendees notes list tell people from lead-ins (attendees.ts)', () => {
  it('reads the attendees written on the field line or listed under it', () => {
    assert.deepEqual(readAttendees(new LineIndex(MINUTES)), ['ada', 'ivy', '孟庭', '嘉豪']);
    assert.deepEqual(readAttendees(new LineIndex(NOTES)), ['ael', '星翰', 'simon']);
    assert.deepEqual(readAttendees(new LineIndex('Attendees: Ana Smith, Ben Lee\n\nAna Smith: Welcome.')), ['anasmith', 'benlee']);
    // One name is no list of people; a field of another kind is none.
    assert.deepEqual(readAttendees(new LineIndex('出席：王小明\n')), []);
    assert.deepEqual(readAttendees(new LineIndex('地點：台北、新竹\n')), []);
    assert.ok(namesAttendee('孟庭（記錄）', ['孟庭']));
    assert.ok(!namesAttendee('後端', ['ael', '星翰', 'simon']));
  });

  it('keeps a listed person\'s short label a speaker, not a field of a block', () => {
    assert.equal(speakerOf(MINUTES, '預計想要用'), '嘉豪');
    assert.equal(speakerOf(MINUTES, '如果用 node.js'), 'Ada');
    assert.equal(speakerOf(MINUTES, '大家都有意願學'), 'Ivy');
    // Without the list, the three one-off labels in a row read as a field block, as before.
    const unlisted = MINUTES.replace('參與者：Ada、Ivy、孟庭、嘉豪\n', '');
    assert.equal(speakerOf(unlisted, '預計想要用'), null);
  });

  it('reads one-off labels as lead-ins where the notes list attendees and no label names one', () => {
    assert.equal(speakerOf(NOTES, 'node.js or django'), null);
    assert.equal(speakerOf(NOTES, '後端是 Python'), null);
    assert.equal(speakerOf(NOTES, '一個 server'), null);
    assert.equal(speakerOf(NOTES, '有內建強大'), null);
    // A label naming an attendee shows the notes record who spoke: every label stays a speaker.
    const spoken = NOTES.replace('GitHub 資料夾：一個 server', 'Simon：一個 server');
    assert.equal(speakerOf(spoken, '一個 server'), 'Simon');
    assert.equal(speakerOf(spoken, 'node.js or django'), '後端');
  });

  it('keeps incremental analysis exact when the list or a label changes', () => {
    assertReplacementsMatchAnalyze([
      [NOTES, '- Simon\n', ''],
      [NOTES, '參與者簽到：', '簽到：'],
      [NOTES, 'GitHub 資料夾：', 'Simon：'],
      [NOTES, '- ael', '- 後端'],
      [NOTES, 'PostgreSQL：有', 'GitHub 資料夾：有'],
      [MINUTES, 'Ivy、', ''],
      [MINUTES, '參與者：', '形式二：'],
      [MINUTES, '嘉豪：預計', '阿豪：預計'],
    ], 'notes.md');
    for (const [text, words] of [[NOTES, '參與者簽到'], [NOTES, '後端：'], [MINUTES, '參與者'], [MINUTES, '嘉豪：']] as const) {
      const at = text.indexOf(words);
      assertEditsAcrossOffsetsMatchAnalyze(text, 'notes.md', [['x', 0], ['\n', 0], ['', 1]], Math.max(0, at - 30), Math.min(text.length, at + 80));
    }
  });
});
