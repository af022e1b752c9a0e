import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { topicTitles } from './topicTitles';

// A volunteers' press-conference transcript: labels alone on their line, the moderator's unlabelled hand-over
// between a reporter's question and the answer (the shape of the g0v dev file; the words here are made up).
const TRANSCRIPT = [
  '# 記者會逐字稿',
  '',
  '記者甲：',
  '',
  '請問疫苗什麼時候會到？還有多少人已經施打？',
  '',
  '這部份請部長說明',
  '',
  '部長：',
  '',
  '第一批下週就會到，目前已經有三萬人施打。',
  '',
  '記者乙：',
  '',
  '請問學校什麼時候開學？',
  '',
  '部長：',
  '',
  '我們下週會再評估。',
].join('\n');

describe('lines that ask someone to do something', () => {
  it('reads a request as no title, and 請 inside a word as part of a title', () => {
    for (const line of ['這部份請部長說明', '横版全屏视频请见文末', '請問部長', '敬請期待']) assert.equal(isTitleShaped(line), false, line);
    for (const line of ['申請流程', '邀請函與名單', '請假規定', '部長說明']) assert.equal(isTitleShaped(line), true, line);
  });

  it('takes no topic from a moderator’s hand-over between a question and the answer', () => {
    assert.deepEqual(topicTitles(analyze(TRANSCRIPT, {}, 'transcript.md').topics), ['記者會逐字稿']);
    const titled = TRANSCRIPT.replace('這部份請部長說明', '疫苗與開學');
    assert.ok(topicTitles(analyze(titled, {}, 'transcript.md').topics).includes('疫苗與開學'));
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the request', () => {
    const at = TRANSCRIPT.indexOf('這部份請');
    const line = '這部份請部長說明';
    for (let offset = 0; offset <= line.length; offset++) {
      for (const [length, inserted] of [[0, '申'], [1, ''], [1, '邀'], [0, '\n']] as const) {
        if (offset + length > line.length) continue;
        const analyzer = new IncrementalAnalyzer({}, 'transcript.md');
        analyzer.update(TRANSCRIPT);
        const edited = `${TRANSCRIPT.slice(0, at + offset)}${inserted}${TRANSCRIPT.slice(at + offset + length)}`;
        const change = { rangeOffset: at + offset, rangeLength: length, text: inserted };
        assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'transcript.md'), JSON.stringify([offset, length, inserted]));
      }
    }
  });
});
