import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { readsAsDocumentHeadline } from '../../../../src/core/topics/documentHeadline';
import { topicTitles } from './topicTitles';

/** A press release saved as plain text: an exclaiming headline, a blank line, paragraphs. */
const RELEASE = [
  '輝達來了！市長發表「AI黃金世紀」新願景 拋機場遷移打造百公頃AI園區',
  '',
  '市長今（8）日發表重大政策新願景，提出機場遷移構想，規劃整合機場及周邊共300公頃腹地。',
  '',
  '市長表示，今年年初，市府完成了一項很多人原本認為不可能的任務。',
].join('\n');

describe('a document headline on the first line', () => {
  it('reads a question or an exclamation on the first line as the headline, over a blank line and body text', () => {
    assert.deepEqual(topicTitles(analyze(RELEASE, {}, 'release.txt').topics), ['輝達來了！市長發表「AI黃金世紀」新願景 拋機場遷移打造百公頃AI園區']);
    const question = RELEASE.replace(/^[^\n]*/, 'AI商业趋势有哪些?');
    assert.deepEqual(topicTitles(analyze(question, {}, 'talk.txt').topics), ['AI商业趋势有哪些?']);
  });

  it('leaves a sentence, a label, a line with no blank line under it and a later line alone', () => {
    const cases = [
      RELEASE.replace(/^[^\n]*/, '市長今日發表新願景。'),
      RELEASE.replace(/^[^\n]*/, '主持人：歡迎大家！'),
      RELEASE.replace('\n\n', '\n'),
      `\n\n\n${RELEASE}`,
      RELEASE.replace(/^[^\n]*/, '立法院第8屆第6會期司法及法制委員會第21次全體委員會議（2014/12/22，主席：尤美女）'),
    ];
    for (const text of cases) assert.deepEqual(topicTitles(analyze(text, {}, 'release.txt').topics), [], text.slice(0, 30));
    // A document that titles its sections with Markdown headings titles nothing with a bare first line.
    const headed = `${RELEASE}\n\n## 一\n\n正文。\n\n## 二\n\n正文。\n\n## 三\n\n正文。`;
    assert.deepEqual(topicTitles(analyze(headed, {}, 'release.md').topics), ['一', '二', '三']);
    assert.equal(readsAsDocumentHeadline('AI商业趋势有哪些?'), true);
    assert.equal(readsAsDocumentHeadline('Why it matters?'), false);
  });

  it('keeps incremental analysis exact when the headline or the lines under it are edited', () => {
    const cases: [string, number, number, string][] = [
      [RELEASE, RELEASE.indexOf('！'), 1, '。'],
      [RELEASE, RELEASE.indexOf('\n\n'), 1, ''],
      [RELEASE, 0, 0, '\n'],
      [RELEASE, 0, 0, '主持人：'],
      [RELEASE, RELEASE.indexOf('300公頃'), 3, '三百'],
      [RELEASE.replace(/^[^\n]*/, '市長今日發表新願景。'), '市長今日發表新願景'.length, 1, '！'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'release.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'release.txt'), JSON.stringify([at, inserted]));
    }
  });
});
