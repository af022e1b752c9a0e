// A small analysis when the worker starts: the first file's preview would otherwise build the fold and
// cue tables and compile the analysis code itself (about 0.4 s on the extension host's thread before it
// moved here). Mixed scripts and a bit of every kind of line, so that most of those paths run.
import { runAnalysisJob, runPreviewJob } from '../core/analysis/job';
import { LineIndex } from '../core/text/positions';

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

/** Runs a preview and a full analysis of a small mixed transcript; never throws (warming is optional). */
export function warmUp(now: () => number = () => performance.now()): void {
  try {
    const request = { text: WARM_UP_SAMPLE, fileName: 'warm-up.txt' };
    const lines = new LineIndex(WARM_UP_SAMPLE);
    runPreviewJob(request, lines, { firstLine: 0, lastLine: lines.lineCount - 1 }, now);
    runAnalysisJob(request, { isCancelled: () => false }, now, lines);
  } catch {
    // The real jobs report their own failures.
  }
}
