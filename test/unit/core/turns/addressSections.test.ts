import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Topic } from '../../../../src/core/analysis/model';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { recognizeLabel } from '../../../../src/core/turns/labels';
import { repoRoot } from '../../repoRoot';

// A press record as the Mainland Affairs Council publishes it: each address a numbered section naming its speaker
// (the shape of the mac.gov.tw dev files; the words here are made up).
const RECORD = [
  '記者會全文',
  '',
  '壹、秘書長致詞:',
  '',
  '  首先歡迎大家參加今天的記者會,現在恭請總統致詞。',
  '',
  '貳、 總統致詞',
  '',
  '  新政府成立到今天剛好滿一個月,感謝大家的指教。',
].join('\n');

function corpusFile(name: string): string {
  return readFileSync(join(repoRoot(), 'test/corpus/zh-Hant', name), 'utf8');
}

function label(line: string) {
  return recognizeLabel(line.slice(0, 96), line.length);
}

function topicTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...topicTitles(t.children)]);
}

describe('numbered address sections of a press record', () => {
  it('reads the speaker an address names, without the ordinal and 致詞, with or without a colon', () => {
    for (const [line, speaker] of [
      ['壹、秘書長致詞:', '秘書長'],
      ['貳、總統致詞：', '總統'],
      ['壹、 主委致詞', '主委'],
      ['三、主席致辭:', '主席'],
      ['陳代秘書長致詞:', '陳代秘書長'],
    ] as const) {
      assert.equal(label(line)?.speaker, speaker, line);
      assert.equal(labelCandidate(line, line.length)?.name, speaker, line);
    }
  });

  it('leaves numbered items that name no address alone', () => {
    for (const line of ['一、報告事項', '二、主席:', '壹、前言', '三、總統致詞全文', '四、感謝主委致詞後的說明']) {
      assert.equal(label(line), null, line);
    }
  });

  it('gives each address to its speaker and takes no topic from the section line', () => {
    const cases = [
      [RECORD, ['秘書長', '總統']],
      [corpusFile('mac-chen-shui-bian-first-press-conference-2000.txt'), ['秘書長', '總統']],
      [corpusFile('mac-tsai-ing-wen-year-end-press-conference-2001.txt'), ['主委']],
      [corpusFile('president-gov-tw-chen-press-conference-2000-08-28.txt'), ['陳代秘書長', '總統']],
    ] as const;
    for (const [text, speakers] of cases) {
      const result = analyze(text, {}, 'record.txt');
      assert.deepEqual(result.turns.map((t) => t.speaker), speakers);
      const titles = topicTitles(result.topics);
      assert.ok(!titles.some((t) => t.includes('致詞')), titles.join(' | '));
    }
  });

  it('keeps incremental analysis exact when an edit makes or unmakes a section label', () => {
    for (const anchor of ['壹、秘書長致詞:', '貳、 總統致詞']) {
      const at = RECORD.indexOf(anchor);
      for (let offset = 0; offset <= anchor.length; offset++) {
        for (const [length, inserted] of [[0, '記'], [1, ''], [1, '、'], [0, ':'], [0, '\n']] as const) {
          if (offset + length > anchor.length) continue;
          const analyzer = new IncrementalAnalyzer({}, 'record.txt');
          analyzer.update(RECORD);
          const edited = `${RECORD.slice(0, at + offset)}${inserted}${RECORD.slice(at + offset + length)}`;
          const change = { rangeOffset: at + offset, rangeLength: length, text: inserted };
          assert.deepStrictEqual(analyzer.update(edited, [change]), analyze(edited, {}, 'record.txt'), JSON.stringify([anchor, offset, length, inserted]));
        }
      }
    }
  });
});
