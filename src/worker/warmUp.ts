// A small analysis when the worker starts: the first file's preview would otherwise build the fold and
// cue tables and compile the analysis code itself (about 0.4 s on the extension host's thread before it
// moved here). Mixed scripts and a bit of every kind of line, so that most of those paths run.
import { runAnalysisJob, runPreviewJob } from '../core/analysis/job';
import { LineIndex } from '../core/text/positions';
import { WARM_UP_SAMPLE } from '../core/analysis/warmUp';

export { WARM_UP_SAMPLE };

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
