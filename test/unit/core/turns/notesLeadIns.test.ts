import * as assert from 'node:assert/strict';
import { readsAsSpeech } from '../../../../src/core/turns/notesLeadIns';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** Meetup notes: a talk written up as points under lead-ins with a colon, then the next meetup's heading. */
const NOTES = [
  '## 2023.06.15 AI 法不法',
  '',
  'Peter 分享（中研院資創的研究）：',
  '歐盟今天有通過 AI 法規範內容～',
  'Responsibal AI: NIST 人工智慧風險管理框架',
  '',
  '可信任的特徵？',
  '- 風險：評估對於個人 / 組織 / 社會的危害',
  '- 第三方開發與應用者資料的不透明',
  '風險的容忍與排序',
  '- 資料敏感性',
  '- 是否與人類互動',
  '',
  '[獨步全球！　歐洲議會通過AI法草案](https://www.example.com/news?id=1)',
  '',
  '## 2023.05.25 零信任網路',
  '',
  '- 大家很容易搞混「零信任」名詞解釋',
].join('\n');

/** Minutes as a list: a quiz question with a colon over its options, the next item a person's own words. */
const MINUTES = [
  '### 見面會',
  '- 蒐集題目',
  '    - PyCon TW在台灣的代表: 開放文化基金會縮寫是?',
  '        - OEF',
  '        - OFF',
  '        - OCF',
  '- 見面會頻率',
  '    - 可能會改為一個月兩次，每次邀請4~5位新志工就好',
].join('\n');

/** Notes that record who spoke: a one-off label over the speaker's own sentences stays a speaker. */
const SPOKEN = [
  '## 討論',
  '',
  '王小明：我覺得這個方向可以，但要先問過大家。',
  '我們下週再決定，時間上來得及。',
  '',
  'Peter 分享：',
  '今天我想談三件事，第一是法規，第二是資料。',
  '最後，我們談談風險管理。',
  '也請大家多多指教。',
].join('\n');

const speakerOf = (text: string, words: string, file = 'notes.md'): string | null => speakerAt(text, analyseText(text, file).analysis, words);

describe('a one-off label over notes is a lead-in (notesLeadIns.ts)', () => {
  it('tells speech from a note: clauses and sentences, not phrases, questions or link titles', () => {
    assert.ok(readsAsSpeech('我覺得這個方向可以，但要先問過大家。'));
    assert.ok(readsAsSpeech('We looked at the numbers again.'));
    assert.ok(!readsAsSpeech('NIST 人工智慧風險管理框架'));
    assert.ok(!readsAsSpeech('可信任的特徵？'));
    assert.ok(!readsAsSpeech('[獨步全球！　歐洲議會通過AI法草案](https://www.example.com/news?id=1)'));
  });

  it('reads lead-ins over points, short phrases and links as nobody\'s', () => {
    assert.equal(speakerOf(NOTES, 'NIST 人工智慧'), null);
    assert.equal(speakerOf(NOTES, '第三方開發'), null);
    assert.equal(speakerOf(NOTES, '歐盟今天有通過'), null);
    assert.equal(speakerOf(NOTES, '獨步全球'), null);
  });

  it('reads a list item\'s lead-in over its sub-items alone', () => {
    assert.equal(speakerOf(MINUTES, '開放文化基金會'), null);
    assert.equal(speakerOf(MINUTES, 'OCF'), null);
  });

  it('keeps a label over speech, and a name that labels two lines, a speaker', () => {
    assert.equal(speakerOf(SPOKEN, '我們下週再決定'), '王小明');
    assert.equal(speakerOf(SPOKEN, '今天我想談三件事'), 'Peter');
    // The same notes, with sentences under the lead-in: a speaker.
    const said = NOTES.replace('- 資料敏感性', '我們認為，資料的敏感性要先評估。');
    assert.equal(speakerOf(said, 'NIST 人工智慧'), 'Responsibal AI');
    // A name that labels a second line is the document's speaker.
    const twice = NOTES.replace('- 是否與人類互動', 'Responsibal AI: 是否與人類互動');
    assert.equal(speakerOf(twice, 'NIST 人工智慧'), 'Responsibal AI');
  });

  it('keeps incremental analysis exact when the lead-in, its body or another label changes', () => {
    assertReplacementsMatchAnalyze([
      [NOTES, '- 資料敏感性', '我們認為，資料的敏感性要先評估。'],
      [NOTES, '- 是否與人類互動', 'Responsibal AI: 是否與人類互動'],
      [NOTES, 'NIST 人工智慧風險管理框架', '我們談了風險，也談了管理。'],
      [NOTES, '## 2023.05.25 零信任網路', '2023.05.25 零信任網路'],
      [NOTES, '## 2023.06.15 AI 法不法\n', ''],
      [SPOKEN, '我們下週再決定，時間上來得及。', '- 下週再決定'],
      [SPOKEN, '今天我想談三件事，第一是法規，第二是資料。', '- 法規'],
      [MINUTES, '        - OFF', '        - 這題太難了，換一題。'],
    ], 'notes.md');
    for (const [text, words] of [[NOTES, 'Responsibal AI'], [NOTES, '風險的容忍'], [MINUTES, 'PyCon TW'], [SPOKEN, 'Peter']] as const) {
      const at = text.indexOf(words);
      assertEditsAcrossOffsetsMatchAnalyze(text, 'notes.md', [['x', 0], ['\n', 0], ['', 1]], Math.max(0, at - 30), Math.min(text.length, at + 90));
    }
  });
});
