// The incremental checks whose answers the baseline keeps between keystrokes (incremental.ts: the attendee field
// lines, the first line holding a host's introduction, each line's notes lead-in answer) and the procedure-line check
// that reads only the edited line and the two above it: one analyzer through a chain of edits, each equal to a full
// analyze(); an edit that changes an answer falls back, one that does not stays local.
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer, type UpdateMode } from '../../../src/core/analysis/incremental';

/** [the text to find, its replacement, the mode expected (undefined: either)]. */
type Step = readonly [string, string, UpdateMode | undefined];

function runChain(start: string, fileName: string, steps: readonly Step[]): void {
  const analyzer = new IncrementalAnalyzer({}, fileName);
  analyzer.update(start);
  let text = start;
  steps.forEach(([find, replace, mode], i) => {
    const at = text.indexOf(find);
    assert.ok(at >= 0, `step ${i}: ${find}`);
    const edited = text.slice(0, at) + replace + text.slice(at + find.length);
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: find.length, text: replace }]);
    assert.ok(isDeepStrictEqual(result, analyze(edited, {}, fileName)), `step ${i}: ${find} → ${replace} differs from a full analysis`);
    if (mode) assert.equal(analyzer.lastMode, mode, `step ${i}: ${find} → ${replace}`);
    text = edited;
  });
}

/** Minutes listing their attendees at the head, the attendees speaking below. */
const MINUTES = [
  '# 週會紀錄', '時間：2024-03-01', '參與者：Ada、Ivy、孟庭', '記錄：孟庭', '', '## 討論', '',
  '孟庭：我們先看上週的進度，前端的登入頁面已經完成了，接下來要處理的是地圖的部分，大家有什麼想法嗎？', '',
  'Ada：後端還差兩個 API 沒有寫完，我預計下週可以完成，不過資料庫的設計可能還要再討論一次。', '',
  'Ivy：測試的部分我會在週三前補上，另外我覺得我們應該先把部署的流程確定下來，不然之後會很麻煩。', '',
  '孟庭：好的，那我們下週再確認一次進度，如果有問題就在群組裡面提出來。', '',
].join('\n');

/** Attendees signed in as a list under the field. */
const SIGNED_IN = [
  '# 第四次小聚', '參與者簽到：', '- ael', '- 星翰', '', '## 會議記錄', '',
  'ael：我們先確定技術架構，後端的部分我建議用 Python，因為大家都比較熟悉，也比較好找人幫忙。', '',
  '星翰：前端的部分我來負責，我會先做一個簡單的版本，下週給大家看看，再一起討論要怎麼改。', '',
].join('\n');

/** A host who introduces herself after the first turn: the opening stays the first label's. */
const SHOW = [
  'Anna: Good morning, and thanks for joining us today on what has been a very busy week for the council.', '',
  'Ben: Glad to be here. It has been a long week, and we have a lot to get through on the budget.', '',
  'Anna: Before we start, a word about the format of the programme for anyone listening for the first time.', '',
  'Anna: I am your host, Anna Smith, and this is the weekly show about the city and its money.', '',
  'Ben: So where do we begin with the budget, then? The schools or the roads, which one comes first?', '',
  'Anna: With the schools, I think, since that is where most of the money goes every single year.', '',
].join('\n');

/** A one-off label over notes (a lead-in) between labels over speech. */
const NOTES = [
  '## 討論', '',
  '王小明：我覺得這個方向可以，但要先問過大家的意見，特別是負責後端的同學。', '',
  '結論：', '- 先做登入', '- 再做地圖', '- 最後做 API', '',
  '李小華：我同意，我們下週開始寫程式吧，第一個版本先求有再求好，之後再慢慢改。', '',
  '陳大同：那我先把開發環境準備好，大家下週一之前把帳號申請好，有問題再跟我說。', '',
].join('\n');

/** A one-off label over too short a body to be notes: a line of speech ends the body's reading two lines under it. */
const SHORT_NOTES = [
  '## 討論', '',
  '王小明：我覺得這個方向可以，但要先問過大家的意見，特別是負責後端的同學。', '',
  '結論：', '- 先做登入', '我覺得可以吧？我們先這樣做，好嗎？', '這個我同意，我們下週開始寫程式吧。', '',
  '李小華：我同意，我們下週開始寫程式吧，第一個版本先求有再求好，之後再慢慢改。', '',
].join('\n');

const TOPICS = ['budget', 'schools', 'roads', 'parks', 'water', 'housing', 'transit', 'libraries'];

/** Remarks whose title declares who speaks, over more paragraphs than the header's reading reads. */
const REMARKS = [
  '# Remarks by Jane Doe', '',
  ...Array.from({ length: 40 }, (_, i) => [`The ${TOPICS[i % 8]} come up in part ${i + 1}, and I will say more about the ${TOPICS[(i + 3) % 8]} after that.`, '']).flat(),
].join('\n');

/** A hearing record: examination headings (the record repeats them) and a note it wraps over two lines. */
const HEARING = [
  'EXAMINATION BY MR. OKAFOR:',
  'Q.   And did you review the file before the hearing on the motion?',
  'A.   Yes, I did review it with counsel, twice in the week before.',
  'MR. HENDERSON:   Objection, form.',
  'THE COURT:   Overruled. You may answer the question.',
  'A.   We expect enrollment to grow by 12 percent next year, as I said.',
  '(Whereupon, Exhibit No. 12 was marked for',
  'identification.)',
  'Q.   What did the report say about the budget for the district?',
  'A.   I think the budget is too small for what they are asked to do.',
  'Q.   When did you first look into it?',
  'CROSS-EXAMINATION BY MS. LEE:',
  'Q.   Did anyone else review the file with you?',
  'A.   No, nobody else did, as far as I know.',
  '',
].join('\n');

/** Minutes without dialogue: fields alone on their lines over lists of names, and a paragraph far below them. */
const SILENT_FIELDS = [
  'Committee on Social Affairs', '', 'Witnesses:', 'Ada Lee, Director of Research', 'Ivy Chan, Analyst', '',
  'Clerk of the Committee:', 'Mona Wright', '',
  ...Array.from({ length: 6 }, (_, i) => [`The committee met at ${i + 9} a.m. to study the ${TOPICS[i]} in camera`, '']).flat(),
].join('\n');

/** A label over speech near the top, then labels alone over their speech, as a panel's transcript opens. */
const PANEL = [
  'Panel on the city budget', '',
  'Chair: Good morning, everyone, and welcome to the panel on the budget for next year.', '',
  'Ann Lee:', 'The schools come first in my view, and the roads come right after them this year.',
  'The parks matter too, but they can wait another year or so, I think, and so can the pools.', '',
  'Ben Ortiz:', 'We disagree on the roads, as you know, and on the parks as well, I am afraid.', '',
].join('\n');

describe('incremental checks that keep their answers in the baseline or read only the edited lines', () => {
  it('keeps the attendee list without reading the head for speech typed there, and falls back when the list changes', () => {
    runChain(MINUTES, 'notes.md', [
      ['下週可以完成', '下週一定可以完成', 'line'],
      ['週三前', '週三以前', 'line'],
      // Ivy leaves the list: the attendee check falls back.
      ['參與者：Ada、Ivy、孟庭', '參與者：Ada、孟庭', 'full'],
      ['測試的部分', '測試部分', 'line'],
      ['記錄：孟庭', '出席：孟庭、Ada', undefined],
      ['參與者：Ada、孟庭', '參與：Ada、孟庭', 'full'],
      ['再確認一次', '再來確認一次', 'line'],
    ]);
    runChain(SIGNED_IN, 'notes.md', [
      ['後端的部分我', '後端部分我', 'line'],
      // An item of the list under the field, renamed or replaced: the list changes.
      ['- 星翰', '- 星翰二', 'full'],
      ['前端的部分', '前端部分', 'line'],
      ['- ael', '- 阿宏', 'full'],
    ]);
  });

  it('keeps where a host introduces herself, and falls back when an edit moves the first turn or types an introduction', () => {
    runChain(SHOW, 'show.txt', [
      ['where do we begin', 'where shall we begin', 'line'],
      ['since that is', 'because that is', 'line'],
      // The first turn's line: the introduction below it may take the opening.
      ['Good morning, and', 'Good morning and', 'full'],
      ['So where shall', 'And where shall', 'line'],
      // The introduction's own line, its words removed: local, and the kept line is read again.
      ['I am your host, Anna Smith, and this', 'Anna Smith here, and this', 'line'],
      ['because that is', 'since that is', 'line'],
      ['a word about the format', 'I am your host, Anna Smith', 'full'],
    ]);
  });

  it("keeps each line's lead-in answer while speech is typed below a lead-in, and falls back when its body changes", () => {
    runChain(NOTES, 'notes.md', [
      ['我同意', '我也同意', 'line'],
      ['開發環境', '開發的環境', 'line'],
      ['下週一之前', '下週二之前', 'line'],
      ['- 再做地圖', '- 再做地圖，這個最難，要等後端完成之後才能開始。', 'full'],
      ['我也同意', '我同意', 'line'],
    ]);
  });

  it("keeps how far a lead-in's reading reaches while speech is typed below it, and reads it again once an edit reaches it", () => {
    runChain(SHORT_NOTES, 'notes.md', [
      // Below where the body's reading stops (the line of speech two under the label): the reading cannot change.
      ['之後再慢慢改', '之後再來慢慢改', 'line'],
      // The line that stopped it, no longer speech (questions are no clause): the body reads on to the next line of
      // speech, still too short.
      ['先這樣做，好嗎', '先這樣做好嗎', 'line'],
      // That line, now within the reading's reach, no longer speech either: three lines of notes, the label leads them.
      ['這個我同意，我們下週開始寫程式吧。', '這個我同意我們下週開始寫程式吧？', 'full'],
      ['之後再來慢慢改', '之後再慢慢改', 'line'],
    ]);
  });

  it("reads the declaring header again only for an edit within what its reading read, and falls back when the declaration changes", () => {
    runChain(REMARKS, 'remarks.md', [
      // Far below the header's lines: not read again.
      ['in part 38,', 'in part 38 still,', 'line'],
      // Among the lines read: read again, the same declaration.
      ['in part 2,', 'in part 2 still,', 'line'],
      ['in part 39,', 'in part 39 still,', 'line'],
      // The title: another speaker declared.
      ['Remarks by Jane Doe', 'Remarks by John Roe', 'full'],
      ['in part 37,', 'in part 37 still,', 'line'],
      ['Remarks by John Roe', 'Remarks by Jane Doe', 'full'],
    ]);
  });

  it('keeps speech typed beside an examination heading local, and falls back for the lines of a wrapped note', () => {
    runChain(HEARING, 'hearing.txt', [
      // Under a heading and above a note's opener: neither reads these lines (they fell back within three lines of one).
      ['review the file before', 'review the whole file before', 'line'],
      ['with counsel, twice', 'with counsel, three times', 'line'],
      ['grow by 12 percent', 'grow by 14 percent', 'line'],
      // The note's own lines, and a line two under its opener, which the note may read.
      ['No. 12 was marked', 'No. 14 was marked', 'full'],
      ['identification.)', 'identification.) It was', 'full'],
      ['report say about', 'report say, about', 'full'],
      ['the budget is too small', 'the budget is much too small', 'line'],
      ['anyone else review', 'anybody else review', 'line'],
    ]);
  });
  it("takes the lead-in readings of the last keystroke's text while typing goes on in one line, and reads another line's text anew", () => {
    runChain(NOTES, 'notes.md', [
      ['我同意', '我同意了', 'line'],
      ['我同意了', '我同意了吧', 'line'],
      ['開發環境', '開發的環境', 'line'],
      ['我同意了吧', '我同意', 'line'],
      ['- 再做地圖', '- 再做地圖，這個最難，要等後端完成之後才能開始。', 'full'],
      ['我同意', '我同意了', 'line'],
    ]);
  });

  it('keeps the labels-without-dialogue answer for edits past the line that shows a dialogue, and reads it again for an edit up to it', () => {
    runChain(PANEL, 'panel.txt', [
      // Right under a label without speech, below the dialogue line that ends the reading: local, the answer kept.
      ['schools come', 'schools do come', 'line'],
      ['schools do come', 'schools do still come', 'line'],
      ['disagree on the roads', 'do disagree on the roads', 'line'],
      // Within the reading: the dialogue line loses its speech, then the label alone over speech ends the reading.
      ['Chair: Good morning, everyone, and welcome to the panel on the budget for next year.', 'Chair:', undefined],
      ['schools do still come', 'schools come', undefined],
      ['on the city budget', 'on the budget', undefined],
      ['do disagree on the roads', 'disagree on the roads', undefined],
      ['Chair:', 'Chair: Good morning again.', undefined],
      ['schools come', 'schools do come', 'line'],
    ]);
  });

  it('takes the line above the last edit\'s first line as read then only for an edit starting on that line', () => {
    runChain(SILENT_FIELDS, 'minutes.txt', [
      ['met at 12 a.m.', 'met at 12 p.m.', 'line'],
      ['the housing in', 'the housing again in', 'line'],
      // Under a label without speech, in a document without dialogue: falls back.
      ['Mona Wright', 'Mona Wrights', 'full'],
      ['the parks in', 'the parks again in', 'line'],
      ['Mona Wrights', 'Mona Wright', 'full'],
      ['Ada Lee, Director', 'Ada Lee, Deputy Director', 'full'],
      ['the water in', 'the water again in', 'line'],
    ]);
  });
});
