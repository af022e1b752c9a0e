import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// Speaker shapes earlier sessions listed and left alone (session 38, speakers40). Texts written for the tests.

function speakersOf(text: string, fileName = 'text.txt'): string[] {
  return [...new Set(analyze(text, {}, fileName).turns.map((t) => t.speaker))];
}

describe('speaker shapes left alone before (session 38, speakers40)', () => {
  describe('a Hansard label with a seat and the time of the first words', () => {
    const seated = [
      'Rail Services',
      '',
      'Ms ORCHARD (Ridgeway) (14:12): Will the minister tell the house when the line reopens?',
      '',
      'The Hon. P.K. VALE (Lakeside—Minister for Transport) (14:12): The line reopens in June.',
      '',
      'The SPEAKER: Order! The member for Ridgeway.',
      '',
      'Mr DUNN: Point of order.',
      '',
      'The SPEAKER: There is no point of order.',
      '',
      'Mr DUNN: Thank you.',
    ].join('\n');

    it('reads `Name (Seat) (14:12):` as the member with the seat, not the colon inside the time', () => {
      const analysis = analyze(seated, {}, 'text.txt');
      assert.equal(speakerAt(seated, analysis, 'Ms ORCHARD'), 'Ms ORCHARD (Ridgeway)');
      assert.equal(speakerAt(seated, analysis, 'The Hon. P.K. VALE'), 'The Hon. P.K. VALE (Lakeside—Minister for Transport)');
      const orchard = analysis.turns.find((t) => t.speaker === 'Ms ORCHARD (Ridgeway)')!;
      assert.equal(orchard.timestamp, '14:12');
      // The time is the label's: the speech starts after the colon that follows it.
      assert.equal(seated.slice(orchard.span.start, orchard.labelSpan!.end).trim(), 'Ms ORCHARD (Ridgeway) (14:12):');
    });

    it('reads Western Australia\'s `[5.33 pm]` after the seat the same way', () => {
      const text = seated.replace('(14:12): Will', '[2.12 pm]: Will').replace('(14:12): The', '[2.13 pm]: The');
      assert.equal(speakerAt(text, analyze(text, {}, 'text.txt'), 'Ms ORCHARD'), 'Ms ORCHARD (Ridgeway)');
    });

    it('keeps a seat with no time after it, or a time with no colon, as before', () => {
      // No time: the seat is the label's bracket, as always.
      const untimed = seated.replace(/ \(14:12\)/g, '');
      assert.deepEqual(speakersOf(untimed), ['Ms ORCHARD (Ridgeway)', 'The Hon. P.K. VALE (Lakeside—Minister for Transport)', 'The SPEAKER', 'Mr DUNN']);
      // `(14:12)` closing a line of prose names no one.
      const prose = 'The committee (the whole house) met at (14:12) and rose.\nIt sat again the next day.';
      assert.deepEqual(speakersOf(prose), []);
    });

    it('an edit that adds the time to a seated label equals a fresh analysis', () => {
      assertEditEqualsAnalyze(seated.replace('(Ridgeway) (14:12)', '(Ridgeway)'), 'text.txt', '(Ridgeway):', '(Ridgeway) (14:12):');
    });
  });

  describe('notes that title each question of a Q&A', () => {
    const notes = [
      '# 社群小聚筆記', '', 'Lin: 今天先介紹專案，再開放提問。', '', '## 問答', '',
      '### Q: 這個專案收到的訊息以哪一類最多？', '健康類最多，政治類其次。', '',
      '### Q: 其他國家可以直接使用嗎？', '程式碼已經是英文。', '', '資料需要在地化。', '',
    ].join('\n');

    it('reads `### Q: question` as the section\'s title, not a turn of `Q`', () => {
      const analysis = analyze(notes, {}, 'notes.md');
      assert.deepEqual([...new Set(analysis.turns.map((t) => t.speaker))], ['Lin']);
      assert.equal(speakerAt(notes, analysis, '健康類最多'), null);
      const headings = analysis.topics.flatMap(function titles(topic): string[] {
        return [notes.slice(topic.headingSpan.start, topic.headingSpan.end), ...topic.children.flatMap(titles)];
      });
      assert.ok(headings.some((heading) => heading.includes('其他國家可以直接使用嗎')), headings.join(' | '));
    });

    it('keeps `Q:` as a label in a paragraph, and a heading `### Q:` with nothing after it', () => {
      const exchange = ['Q: When does the line reopen?', '', 'Ms Vale: In June.', '', 'Q: And the buses?', '', 'Ms Vale: They stay.'].join('\n');
      assert.deepEqual(speakersOf(exchange), ['Q', 'Ms Vale']);
      const bare = ['### Q:', '', 'When does the line reopen?', '', '### A:', '', 'In June.', '', '### Q:', '', 'And the buses?', '', '### A:', '', 'They stay.'].join('\n');
      assert.deepEqual(speakersOf(bare, 'notes.md'), ['Q', 'A']);
    });

    it('reads a `QA：` item in notes as the Q&A section, no one speaking', () => {
      const list = ['## 輸入法的漏洞', '* 研究來自大學的實驗室。', '* QA：為什麼先研究這套輸入法？', '  -- 因為使用的人最多。', '* QA:', '  -- 加密不完善，公用網路也能攻擊。'].join('\n');
      assert.deepEqual(speakersOf(list, 'notes.md'), []);
      // The same notes with a person's name in its place: a speaker.
      assert.deepEqual(speakersOf(list.replace(/QA/g, 'Lin'), 'notes.md'), ['Lin']);
    });

    it('an edit that types or deletes the question after `### Q:` equals a fresh analysis', () => {
      assertEditEqualsAnalyze(notes, 'notes.md', '### Q: 其他國家可以直接使用嗎？', '### Q:');
      assertEditEqualsAnalyze(notes.replace('### Q: 其他國家可以直接使用嗎？', '### Q:'), 'notes.md', '### Q:\n程式', '### Q: 可以嗎？\n程式');
      assertEditEqualsAnalyze(notes, 'notes.md', '### Q: 這個', 'Q: 這個');
      // Typed after a bare `### Q:` (a label then), one keystroke at a time, and deleted again.
      const bare = notes.replace('### Q: 其他國家可以直接使用嗎？', '### Q:');
      assertEditEqualsAnalyze(bare, 'notes.md', '### Q:\n程式', '### Q: \n程式');
      assertEditEqualsAnalyze(bare.replace('### Q:\n', '### Q: \n'), 'notes.md', '### Q: \n', '### Q: 可\n');
      assertEditEqualsAnalyze(bare.replace('### Q:\n', '### Q: 可\n'), 'notes.md', '### Q: 可\n', '### Q:\n');
    });
  });
});
