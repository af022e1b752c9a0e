// One full analysis as a job that can run off the editor's thread (a worker) and be cancelled: the request
// and the result are plain data (structured-clone friendly), user patterns arrive as sources and are
// compiled here, and they run under a time budget.
import { LineIndex } from '../text/positions';
import { compileLabelPatterns, type LabelMatcher, type LabelPatternMatch } from '../turns/safePattern';
import { analyzeIndexed } from './analyze';
import { detectFormat } from './format';
import type { Analysis, AnalysisOptions, ClaimKind, TranscriptFormat } from './model';
import { previewAnalysis, type PreviewAnalysis } from './preview';
import { summaryProfile, type SummaryProfile } from './summaryHorizon';
import { labelStateData, type LabelStateData } from './labelEdits';
import { cachedOutline } from '../topics/outline';
import type { FrameTallyData } from '../turns/frameTally';
import { registerCounts, type RegisterCounts } from '../claims/register';

/** What a job analyses, as plain data. */
export interface AnalysisJobRequest {
  readonly text: string;
  /** For format detection (extension); may be empty. */
  readonly fileName: string;
  readonly format?: TranscriptFormat;
  /** Speaker-label patterns from the settings, as the user wrote them (refused ones are skipped silently: the host reports them). */
  readonly labelPatterns?: readonly string[];
  readonly extraCues?: Partial<Record<ClaimKind, readonly string[]>>;
  readonly speakerAliases?: Readonly<Record<string, string>>;
  /** Time the user patterns may take in total, in ms; past it the analysis runs again without them. */
  readonly patternBudgetMs?: number;
}

/** Set by the caller to stop a job; the job looks at it between its stages and between lines matched by user patterns. */
export interface CancellationFlag {
  readonly isCancelled: () => boolean;
}

export type AnalysisJobResult =
  | {
      readonly status: 'done';
      readonly analysis: Analysis;
      /** The user patterns took longer than the budget: this analysis ran without them. */
      readonly patternsSkipped: boolean;
      /** The index of the analysed text, when the job ran on this thread (a worker sends its line starts with the result). */
      readonly lines?: LineIndex;
      /** How the text's summary lists search (IncrementalAnalyzer's line-break edits need it): a worker computes it for the host. */
      readonly summaryProfile?: () => SummaryProfile;
      /** What a label rename is re-decided from (labelEdits.ts); none when the user patterns were skipped (the host reads labels with them). */
      readonly labelState?: () => LabelStateData;
      /** Subtitles: the register's counts (claims/register.ts), which an edit changing a line's share reads. */
      readonly register?: () => RegisterCounts;
      /** The label frames as the analysis counted them (turns/frameTally.ts), which every edit updates; none for subtitles. */
      readonly frames?: () => FrameTallyData | undefined;
    }
  | { readonly status: 'cancelled' };

/** Default budget for user speaker-label patterns in one analysis. */
export const PATTERN_BUDGET_MS = 2000;

class Cancelled extends Error {}
class OverBudget extends Error {}

/** Lines of a job's text to preview (preview.ts), inclusive; clamped to the text. */
export interface PreviewLines {
  readonly firstLine: number;
  readonly lastLine: number;
}

/**
 * The preview of some lines of `request.text` (its index `lines`), with the job's options. User patterns
 * run under the job's budget; past it the preview runs without them.
 */
export function runPreviewJob(request: AnalysisJobRequest, lines: LineIndex, window: PreviewLines, now: () => number): PreviewAnalysis {
  const last = lines.lineCount - 1;
  const firstLine = Math.max(0, Math.min(last, Math.floor(window.firstLine)));
  const lastLine = Math.max(firstLine, Math.min(last, Math.floor(window.lastLine)));
  const { patterns } = compileLabelPatterns(request.labelPatterns ?? []);
  const preview = (matchers: readonly LabelMatcher[]): PreviewAnalysis =>
    previewAnalysis(request.text, lines.lineStart(firstLine), lines.lineEnd(lastLine), options(request, matchers), request.fileName);
  if (patterns.length === 0) return preview([]);
  try {
    const spent = { ms: 0 };
    const budget = request.patternBudgetMs ?? PATTERN_BUDGET_MS;
    return preview(patterns.map((pattern) => budgetedMatcher(pattern, budget, spent, () => undefined, now)));
  } catch (error) {
    if (!(error instanceof OverBudget)) throw error;
    return preview([]);
  }
}

/**
 * Analyses `request.text` in full, as analyze() does. `now` is a millisecond clock (performance.now in
 * the worker), passed in because the core reads no host globals. `indexed`: the text's index, when the
 * caller built it already.
 */
export function runAnalysisJob(request: AnalysisJobRequest, flag: CancellationFlag, now: () => number, indexed?: LineIndex): AnalysisJobResult {
  const check = (): void => {
    if (flag.isCancelled()) throw new Cancelled();
  };
  try {
    check();
    const lines = indexed?.text === request.text ? indexed : new LineIndex(request.text);
    check();
    const { patterns } = compileLabelPatterns(request.labelPatterns ?? []);
    const budget = request.patternBudgetMs ?? PATTERN_BUDGET_MS;
    const done = (matchers: readonly LabelMatcher[], patternsSkipped: boolean): AnalysisJobResult => {
      const analysisOptions = options(request, matchers);
      const format = request.format ?? detectFormat(request.fileName, request.text);
      const analysis = analyzeStaged(lines, analysisOptions, request.fileName, check);
      return {
        status: 'done', analysis, patternsSkipped, lines, summaryProfile: () => summaryProfile(lines, format, analysisOptions),
        ...(patternsSkipped ? {} : { labelState: () => labelStateData(lines, analysis, format, analysisOptions) }),
        ...(format === 'srt' || format === 'vtt' ? { register: () => registerCounts(lines) } : { frames: () => cachedOutline(lines, format, analysisOptions)?.frames?.toData() }),
      };
    };
    if (patterns.length > 0) {
      try {
        const spent = { ms: 0 };
        return done(patterns.map((pattern) => budgetedMatcher(pattern, budget, spent, check, now)), false);
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
      }
      return done([], true);
    }
    return done([], false);
  } catch (error) {
    if (error instanceof Cancelled) return { status: 'cancelled' };
    throw error;
  }
}

function options(request: AnalysisJobRequest, patterns: readonly LabelMatcher[]): AnalysisOptions {
  return {
    ...(request.format ? { format: request.format } : {}),
    extraLabelPatterns: patterns,
    ...(request.extraCues ? { extraCues: request.extraCues } : {}),
    ...(request.speakerAliases ? { speakerAliases: request.speakerAliases } : {}),
  };
}

/** analyzeIndexed with a cancellation check between its stages and after it (user patterns also check per line). */
function analyzeStaged(lines: LineIndex, analysisOptions: AnalysisOptions, fileName: string, check: () => void): Analysis {
  // No folded key of the whole text: the claims stage folds it a window at a time (findClaims.ts).
  const analysis = analyzeIndexed(lines, analysisOptions, fileName, undefined, check);
  check();
  return analysis;
}

/** A matcher that adds the time spent in it to `spent` (shared by all patterns), stops past `budgetMs`, and looks at the cancellation flag on each line. */
function budgetedMatcher(matcher: LabelMatcher, budgetMs: number, spent: { ms: number }, check: () => void, now: () => number): LabelMatcher {
  return {
    source: matcher.source,
    exec(line: string): LabelPatternMatch | null {
      check();
      if (spent.ms > budgetMs) throw new OverBudget();
      const started = now();
      try {
        return matcher.exec(line);
      } finally {
        spent.ms += now() - started;
      }
    },
  };
}
