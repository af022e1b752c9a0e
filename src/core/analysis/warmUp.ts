// A small mixed transcript that warming runs through the analysis before real documents need it: the
// worker's first analysis, and the host's first local edit after adopting the worker's result (both
// would otherwise build the cue tables and compile the code on a document's first run). A bit of every
// kind of line, in both scripts, so that most paths run.
import { IncrementalAnalyzer } from './incremental';
import type { AnalysisOptions } from './model';

export const WARM_UP_SAMPLE = [
  '# 晶片與人工智能：專訪陳立文',
  '',
  '## 摘要',
  '- 供應鏈的壓力',
  '- 人才與教育',
  '',
  '供應鏈的壓力',
  '',
  '林雅婷：',
  '您好，感謝接受我們的訪問。今年的出貨情況如何？',
  '陳立文：',
  '據公司年報，我們去年營收達到420億元，比前年增長了18%。我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。',
  '（笑）',
  '人民日报记者：据估计，去年全行业的人才缺口约为3万人。这个市场预计在2030年达到1兆美元。',
  '陳立文說:',
  '「我們每年招收超過500名工程師，其中三成來自海外。」',
  '',
  '人才與教育',
  '',
  'Q:  What do you tell young engineers?',
  'A:  I think curiosity is the most important skill. (Laughter.)',
  'MS. JONES:  According to the ministry, 42 percent of graduates chose engineering in 2024.',
  'Dr. Amy Chen: We expect revenue to grow 12 percent next year, and I think that is likely.',
].join('\n');

/** Speech the host's warm-up types into (one Chinese line, one English), each edit inside a line of speech. */
const TYPED_AFTER = ['我們去年營收', 'curiosity is'];

/**
 * The local path of IncrementalAnalyzer once over the sample: a full analysis of it, then a keystroke and a
 * Backspace in each typed line. Returns how many of those edits stayed local (all of them, unless the
 * analysis changed; a test checks). Never throws: warming is optional.
 */
export function warmUpLocalEdits(options: AnalysisOptions = {}): number {
  let local = 0;
  try {
    const analyzer = new IncrementalAnalyzer(options, 'warm-up.txt');
    let text = WARM_UP_SAMPLE;
    analyzer.update(text);
    for (const after of TYPED_AFTER) {
      const at = text.indexOf(after) + after.length;
      for (const change of [{ rangeOffset: at, rangeLength: 0, text: '很' }, { rangeOffset: at, rangeLength: 1, text: '' }]) {
        text = text.slice(0, change.rangeOffset) + change.text + text.slice(change.rangeOffset + change.rangeLength);
        if (analyzer.updateLocally(text, [change])) local++;
        else analyzer.update(text, [change]);
      }
    }
  } catch {
    // A real edit reports its own failure.
  }
  return local;
}
