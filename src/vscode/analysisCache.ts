import * as vscode from 'vscode';
import { IncrementalAnalyzer, type TextChange } from '../core/analysis/incremental';
import { rehearsalEdits } from '../core/analysis/rehearsal';
import { PATTERN_BUDGET_MS, type AnalysisJobRequest, type PreviewLines } from '../core/analysis/job';
import type { Analysis, AnalysisOptions } from '../core/analysis/model';
import type { PreviewAnalysis } from '../core/analysis/preview';
import type { LineIndex } from '../core/text/positions';
import { compileLabelPatterns, type CompiledPatterns } from '../core/turns/safePattern';
import { effectiveAnalysisDelay, SMALL_DOCUMENT_DELAY_MS } from '../presentation/analysisDelay';
import { withConfidentClaims } from '../presentation/claimConfidence';
import { decorationWindows, pageMargin } from '../presentation/visibleWindow';
import { InThreadAnalysisRunner, type AnalysisRunner, type PreviewRequest } from './analysisRunner';
import type { Configuration } from './configuration';
import type { DocumentTracker } from './documentTracker';
import { DocumentSlot, type DocumentStates } from './documentStates';
import { Disposable } from './util/dispose';
import { showWarning } from './ui/untrustedUi';
import type { ChunkedText, TextSource } from '../core/text/chunkedText';
import type { DocumentTexts } from './documentTexts';
import type { EditsElsewhere } from './editsInWorker';
import { runOptionsKey } from '../worker/editsProtocol';

export interface AnalyzedDocument {
  readonly version: number;
  /** The text analysed, as one string: after a local update built on first read (a copy of the document). */
  readonly text: string;
  readonly lines: LineIndex;
  readonly analysis: Analysis;
  /** The speaker aliases the analysis ran with. */
  readonly aliasesKey: string;
}

/** From this many characters on, the first analysis is preceded by a preview of the visible lines. */
const PREVIEW_MIN_CHARS = 200_000;
/** The preview covers the visible lines and this many lines (at least a page) above and below them. */
const PREVIEW_MARGIN_LINES = 200;
/**
 * How long the first analysis of a document with no editor yet waits for one: its preview goes to the runner with the
 * full analysis, ahead of it, and a preview asked for later cancels that analysis, which the worker sees only between
 * the analysis's stages (6-16 s later at 10 MB: the first decorations waited for it). A large document's editor came
 * 0.35-0.6 s after it in a real host (2.5 s under heavy load), longer than the 250 ms waited before session 45. The editor's
 * arrival ends the wait at once; a document opened without one (by another extension) is analysed this much later.
 */
const EDITOR_WAIT_MS = 2000;

/** What the cache keeps per document. */
interface AnalysisState {
  entry?: AnalyzedDocument;
  /** Re-analyses only the paragraphs an edit touched when it can (see incremental.ts). */
  analyzer?: { analyzer: IncrementalAnalyzer; optionsKey: string };
  timer?: ReturnType<typeof setTimeout>;
  /** The edits since the last analysis, handed to the analyzer when there is exactly one. */
  changes?: TextChange[];
  /** The entry no longer reflects the settings or aliases: re-analysis is due (the views keep showing the entry meanwhile). */
  stale?: boolean;
  /** A preview of the visible lines was drawn (at most one, before the first analysis). */
  previewed?: boolean;
  /** The full analysis under way in the runner; `previewing`: it brings a preview of the visible lines first. */
  job?: { readonly version: number; readonly analyzer: IncrementalAnalyzer; readonly previewing: boolean };
  /** The first analysis waits for the document's editor (EDITOR_WAIT_MS). */
  awaitingEditor?: boolean;
  /** The local path was run on this document (a keystroke, or a rehearsal of one): no rehearsal is due. */
  localPathRun?: boolean;
  /** The rehearsal scheduled after a full analysis (see `rehearse`). */
  rehearsal?: ReturnType<typeof setTimeout>;
  /**
   * While the worker draws the keystrokes (EditsElsewhere.deferLocal): the text after each recent change event and
   * how many of `changes` led to it, so that the worker's full analysis of one of those versions can be adopted
   * with the changes made since (`adoptFromWorker`). Taken with `changes`.
   */
  recent?: RecentVersion[];
  /** The version whose analysis the worker was last asked for (`shareFromWorker`): asked once per version. */
  sharedAt?: number;
}

interface RecentVersion {
  readonly version: number;
  readonly text: ChunkedText;
  /** `changes.length` after the event. */
  readonly changes: number;
}

/**
 * Versions kept in AnalysisState.recent: the keystrokes typed while the worker analyses an Enter in full (about
 * half a second at 1 MB, five at 10 MB). Each shares all but the edited chunk of its text with the next.
 */
const RECENT_VERSIONS = 64;

/**
 * How long after a full analysis is adopted a keystroke is rehearsed, when nothing else is under way: after
 * the decorations it brings are drawn, before the user is likely to type.
 */
const REHEARSAL_DELAY_MS = 300;
/**
 * Keystrokes rehearsed in different lines at first: a second compiles more of the claim rules' branches (the
 * first keystroke after one rehearsal still cost twice a median one). Lines tried: a label or heading line is
 * not re-analysed locally.
 */
const REHEARSED_KEYSTROKES = 2;
/**
 * Then one more keystroke per timer tick, in the next lines, up to this many in all: after two, V8 still runs
 * the local path from its baseline code, and the user's first keystrokes cost 2-5× a later one (bench
 * hostshare at 10 MB: the first 19-28 ms, the second 8-10 ms, later ones 3-4 ms); by about a dozen runs it is
 * optimised. One per tick, so the host's thread is never held for more than one keystroke.
 */
const REHEARSED_KEYSTROKES_IN_ALL = 12;
const REHEARSAL_LINES = 8;
/** Lines tried for all of them. */
const REHEARSAL_LINES_IN_ALL = 40;
/** The pause between the later rehearsed keystrokes. */
const REHEARSAL_STEP_MS = 10;

const ANALYSIS = new DocumentSlot<AnalysisState>('analysis', (state) => {
  clearTimeout(state.timer);
  clearTimeout(state.rehearsal);
});

/**
 * One analysis per document version. Typing schedules a re-analysis after a pause (off the typing path):
 * an edit inside a line is re-analysed here (a few ms), anything else in full by the runner, off this
 * thread, and a newer version cancels the older job. Commands that need the current state ask with
 * `get`, which analyses at once, on this thread, when the cache is stale.
 */
export class AnalysisCache extends Disposable {
  private readonly reportedPatternProblems = new Set<string>();
  private readonly reportedSlowPatterns = new Set<string>();
  /** For documents whose settings turn the worker off (transcriptAnnotator.analysisInWorker). */
  private readonly inThread = new InThreadAnalysisRunner();
  private patternCache: { key: string; compiled: CompiledPatterns } | undefined;
  private readonly onDidAnalyzeEmitter = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  readonly onDidAnalyze = this.onDidAnalyzeEmitter.event;
  private readonly onDidPreviewEmitter = this._register(new vscode.EventEmitter<{ document: vscode.TextDocument; preview: AnalyzedDocument }>());
  /** Fires before the first analysis of a large document, with an approximate analysis of its visible lines only. */
  readonly onDidPreview = this.onDidPreviewEmitter.event;

  constructor(
    private readonly states: DocumentStates,
    private readonly texts: DocumentTexts,
    private readonly tracker: DocumentTracker,
    private readonly configuration: Configuration,
    private readonly aliasesFor: (uri: vscode.Uri) => Readonly<Record<string, string>>,
    private readonly log: vscode.LogOutputChannel,
    private readonly runner: AnalysisRunner,
    private readonly edits?: EditsElsewhere,
  ) {
    super();
    this._register({ dispose: () => [runner, this.inThread].forEach((r) => r.dispose()) });
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.cancelRunners(document.uri)));
    this._register(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || !this.tracker.isEnabled(event.document)) return;
        const { document } = event;
        const state = this.stateOf(document.uri);
        if (state.changes) state.changes.push(...event.contentChanges);
        else state.changes = [...event.contentChanges];
        this.texts.follow(event);
        const { local, full } = this.typingDelays(document);
        const pause = this.edits?.deferLocal(document);
        if (pause !== undefined) {
          this.rememberVersion(document, state);
          this.schedule(document, pause);
        } else this.schedule(document, local, () => this.refresh(document, false, full - local));
      }),
    );
    // While the worker draws the edits, scrolling puts off the catch-up as typing does: the worker draws the new lines,
    // and a catch-up it is asked to share holds it for seconds at 10 MB (a page drawn late, 1.4 s).
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.scrolled(textEditor.document)));
    edits?.analysesTo({ adopt: (document, version, options, analysis) => this.adoptFromWorker(document, version, options, analysis), withdrawn: (document) => this.workerWithdrew(document) });
    // A file is often tracked before its editor shows: its first analysis waits a moment for the editor,
    // whose visible lines are previewed first.
    this._register(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const { document } of editors) {
          // Shown again after the setting was turned on (it stayed open without an editor, see keepInWorker).
          if (this.tracker.isEnabled(document)) this.keepInWorker(document);
          const state = this.states.get(document.uri, ANALYSIS);
          // Shown again with edits made while it had no editor (refresh leaves a large one's full analysis until then).
          if (state?.entry && state.timer === undefined && !state.job && this.tracker.isEnabled(document) && !this.isCurrent(document)) this.schedule(document, 0);
          if (!state || state.entry || state.previewed || !this.tracker.isEnabled(document)) continue;
          if (state.awaitingEditor) this.schedule(document, 0);
          // Waited too long: the analysis under way makes way for one that previews first.
          else if (state.job && !state.job.previewing) this.refresh(document, true);
        }
      }),
    );
    this._register(
      tracker.onDidChange((document) => {
        if (!tracker.isEnabled(document)) return this.forget(document.uri);
        // A worker starts and warms up while the editor opens, not when the first analysis needs it.
        runner.warm();
        this.scheduleFirst(document);
      }),
    );
    this._register(
      configuration.onDidChange((change) => {
        if (change.affects('speakerLabelPatterns', 'cueWords', 'claims.minimumConfidence')) this.invalidateAll();
        if (change.affects('experimental.editsInWorker', 'analysisInWorker')) for (const document of this.tracker.enabledDocuments()) if (isShown(document)) this.keepInWorker(document);
      }),
    );
  }

  /** The analysis of the document as it is now, or `undefined` when it is not an enabled transcript. */
  get(document: vscode.TextDocument): AnalyzedDocument | undefined {
    if (!this.tracker.isEnabled(document)) return undefined;
    if (this.isCurrent(document)) return this.states.get(document.uri, ANALYSIS)?.entry;
    return this.run(document);
  }

  /** Where full analyses run (unless a document's settings turn the worker off). */
  get where(): 'worker' | 'this thread' {
    return this.runner.where;
  }

  /** Whether the last analysis is of the document as it is now (else a newer one is scheduled or under way). */
  isCurrent(document: vscode.TextDocument): boolean {
    const state = this.states.get(document.uri, ANALYSIS);
    const cached = state?.entry;
    return cached !== undefined && !state?.stale && cached.version === document.version && cached.aliasesKey === aliasesKey(this.aliasesFor(document.uri));
  }

  /** The last analysis; when there is none yet and none is on its way, the analysis of the document now. */
  latest(document: vscode.TextDocument): AnalyzedDocument | undefined {
    const state = this.states.get(document.uri, ANALYSIS);
    if (state?.entry) return state.entry;
    return state?.job || state?.timer !== undefined ? undefined : this.get(document);
  }

  /** The last analysis, even if the document changed since (for decorations while typing). */
  peek(document: vscode.TextDocument): AnalyzedDocument | undefined {
    return this.states.get(document.uri, ANALYSIS)?.entry;
  }

  /** Re-analyses soon when the speaker aliases differ from those the last analysis ran with. */
  aliasesMayHaveChanged(document: vscode.TextDocument): void {
    const cached = this.states.get(document.uri, ANALYSIS)?.entry;
    if (cached && cached.aliasesKey !== aliasesKey(this.aliasesFor(document.uri))) this.invalidate(document);
  }

  /** Re-analyses a document soon, e.g. after its speaker aliases changed. */
  invalidate(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri, ANALYSIS);
    if (state) state.stale = true;
    this.schedule(document, 0);
  }

  private invalidateAll(): void {
    for (const document of this.tracker.enabledDocuments()) this.invalidate(document);
  }

  /**
   * The pauses after typing before re-analysing: `full` before a full analysis, short while that is cheap
   * (see analysisDelay.ts); `local` before trying the edit locally, which costs a few ms at any size.
   */
  private typingDelays(document: vscode.TextDocument): { local: number; full: number } {
    const setting = this.configuration.get(document.uri).analysisDelay;
    const length = this.states.get(document.uri, ANALYSIS)?.entry?.lines.source.length;
    const full = length === undefined ? setting : effectiveAnalysisDelay(setting, length);
    return { local: Math.min(full, SMALL_DOCUMENT_DELAY_MS), full };
  }

  /**
   * The first analysis: a document large enough for a preview and with no editor yet waits a moment for one
   * (see EDITOR_WAIT_MS); a smaller one has no preview to wait for. The text read here is the one analysed.
   */
  private scheduleFirst(document: vscode.TextDocument): void {
    const state = this.stateOf(document.uri);
    const shown = vscode.window.visibleTextEditors.some((editor) => editor.document === document);
    state.awaitingEditor = !shown && this.texts.chunksOf(document).length >= PREVIEW_MIN_CHARS;
    this.schedule(document, state.awaitingEditor ? EDITOR_WAIT_MS : 0);
  }

  /**
   * The lines a first analysis previews before the rest (the visible lines and a margin), for a large
   * document shown in an editor; computed where the analysis runs (in the worker, off this thread).
   */
  private previewLines(document: vscode.TextDocument, state: AnalysisState, text: string): PreviewLines | undefined {
    if (state.entry || state.previewed || text.length < PREVIEW_MIN_CHARS) return undefined;
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    if (!editor) return undefined;
    const visible = editor.visibleRanges.map((range) => ({ start: range.start.line, end: range.end.line }));
    const windows = decorationWindows(visible, document.lineCount, pageMargin(visible, PREVIEW_MARGIN_LINES));
    const first = windows[0];
    const last = windows[windows.length - 1];
    if (!first || !last) return undefined;
    return { firstLine: first.start, lastLine: last.end };
  }

  /** Draws a preview unless its job was superseded or an analysis came first. */
  private previewed(document: vscode.TextDocument, state: AnalysisState, job: NonNullable<AnalysisState['job']>, text: string, preview: PreviewAnalysis, lines: LineIndex): void {
    if (state.job !== job || state.entry || state.previewed || this.states.get(document.uri, ANALYSIS) !== state) return;
    state.previewed = true;
    const analysis = withConfidentClaims(preview, this.configuration.get(document.uri).minimumClaimConfidence);
    this.onDidPreviewEmitter.fire({ document, preview: { version: job.version, text, lines, analysis: { ...analysis, topics: [] }, aliasesKey: '' } });
  }

  /** Runs `work` (by default the analysis) after `delay`, replacing whatever was scheduled for the document. */
  private schedule(document: vscode.TextDocument, delay: number, work: () => void = () => this.refresh(document)): void {
    const state = this.stateOf(document.uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.awaitingEditor = false;
      if (!document.isClosed && this.tracker.isEnabled(document)) work();
    }, delay);
  }

  /** The document was turned off: its analysis state goes (closing a document drops it through DocumentStates). */
  private forget(uri: vscode.Uri): void {
    this.cancelRunners(uri);
    this.states.delete(uri, ANALYSIS);
    // Turned off: nothing reads this document's text any more (a later reader gets it from VS Code again).
    this.texts.forget(uri);
  }

  private stateOf(uri: vscode.Uri): AnalysisState {
    return this.states.ensure(uri, ANALYSIS, () => ({}));
  }

  /**
   * Brings the analysis up to date in the background: a local edit here, anything else in the runner.
   * Results are applied (and onDidAnalyze fired) only for the version they were computed from.
   * `forPreview`: replace a job under way for this version by one that previews the visible lines first.
   * `fullAfter`: when the edit is not local, the full analysis waits this much longer (typing goes on).
   */
  private refresh(document: vscode.TextDocument, forPreview = false, fullAfter = 0): void {
    if (this.isCurrent(document)) return;
    const state = this.stateOf(document.uri);
    // The worker analyses these edits in full and sends that analysis (adoptFromWorker): not analysed here as well.
    if (this.awaitsWorker(document, state)) return;
    const chunks = this.texts.chunksOf(document);
    const started = Date.now();
    const { changes, recent } = state;
    state.changes = undefined;
    state.recent = undefined;
    let analyzer: IncrementalAnalyzer | undefined;
    try {
      analyzer = this.analyzerFor(document);
      // While a full analysis is under way, the analyzer holds the text before it and the changes follow the job's
      // text: only a diff of both whole texts (milliseconds per megabyte) would relate them, and the job's result follows.
      const behind = state.job !== undefined && state.job.analyzer === analyzer;
      // Read through the chunks: a local edit never builds the whole text. Several changes (keystrokes made while a
      // full analysis waited) are taken together.
      const local = behind ? undefined : analyzer.updateLocally(chunks, changes);
      if (local) {
        state.localPathRun = true;
        this.cancelJob(document, state);
        this.commit(document, state, chunks, analyzer, local, started);
        return;
      }
      if (fullAfter > 0) {
        // Nothing changed in the analyzer: the same edits are tried again with the full analysis.
        state.changes = changes;
        state.recent = recent;
        this.schedule(document, fullAfter);
        return;
      }
      if (this.shareFromWorker(document, state)) {
        // The analyzer is unchanged: the changes still lead from its text (a query before the answer takes them).
        state.changes = changes;
        state.recent = recent;
        return;
      }
    } catch (error) {
      analyzer?.reset();
      this.log.error(`Analysis of ${document.uri.toString(true)} failed`, error);
      return;
    }
    if (state.job?.version === document.version && state.job.analyzer === analyzer && !(forPreview && !state.job.previewing)) return;
    // A large document shown in no editor (its editor closed, the document still open in the host, as after a revert) is
    // analysed in full when it is shown again or a query asks (`get`): that analysis ran in the worker ahead of the next
    // document's preview (10 s of 10 MB under load). The analyzer is unchanged: the changes still lead from its text.
    if (state.entry && chunks.length >= PREVIEW_MIN_CHARS && !isShown(document)) {
      state.changes = changes;
      state.recent = recent;
      return;
    }
    // A full analysis reads (and sends) the whole string.
    const text = chunks.toString();
    const window = this.previewLines(document, state, text);
    if (forPreview && !window) return;
    const job = { version: document.version, analyzer, previewing: window !== undefined };
    state.job = job;
    const preview: PreviewRequest | undefined = window && { ...window, onPreview: (analysis, lines) => this.previewed(document, state, job, text, analysis, lines) };
    const request = this.requestFor(document, text);
    const runner = this.runnerFor(document);
    runner.run(document.uri.toString(), request, preview, runner === this.runner ? this.edits?.keepFor(document) : undefined).then(
      (result) => {
        // Superseded by a newer job, a local update or `get`, or the document was closed or turned off.
        if (state.job !== job || this.states.get(document.uri, ANALYSIS) !== state) return;
        state.job = undefined;
        if (result.status === 'cancelled') {
          // Not by cancelJob (that clears state.job first): the edits this job took are in no text the analyzer
          // holds, so the next update must not read later changes as following the analyzer's text.
          job.analyzer.reset();
          return;
        }
        if (state.analyzer?.analyzer !== job.analyzer) return;
        job.analyzer.adopt(text, result.analysis);
        // The analyzer's view of it: built lazily, block by block, from a worker's packed result.
        const adopted = job.analyzer.analysis ?? result.analysis;
        if (result.patternsSkipped) this.reportSlowPatterns(document);
        if (document.version === job.version) {
          this.commit(document, state, text, job.analyzer, adopted, started, runner.where);
          this.scheduleRehearsal(document, state);
        }
        // The document changed meanwhile: the next refresh starts from this analysis (often locally).
        else if (state.timer === undefined) this.schedule(document, 0);
      },
      (error: unknown) => {
        if (state.job === job) {
          state.job = undefined;
          // As for a cancelled job: the edits it took must not be lost to the next local update.
          job.analyzer.reset();
        }
        this.log.error(`Analysis of ${document.uri.toString(true)} failed`, error);
      },
    );
  }

  /** Once per document, a keystroke is rehearsed soon after its first full analysis (see `rehearse`). */
  private scheduleRehearsal(document: vscode.TextDocument, state: AnalysisState): void {
    if (state.localPathRun) return;
    clearTimeout(state.rehearsal);
    state.rehearsal = setTimeout(() => {
      state.rehearsal = undefined;
      if (!document.isClosed && this.states.get(document.uri, ANALYSIS) === state) this.rehearse(document, state);
    }, REHEARSAL_DELAY_MS);
  }

  /**
   * Runs the local re-analysis on a keystroke nobody typed, in the middle of the screen, and drops the
   * result: V8 compiles the local path on its first run (tens of ms), which the user's first keystroke
   * would otherwise pay. Only when idle: with an edit or an analysis pending, the user's keystroke comes
   * first (and compiles it itself).
   */
  private rehearse(document: vscode.TextDocument, state: AnalysisState): void {
    const analyzer = state.analyzer?.analyzer;
    const lines = analyzer?.lines;
    if (!analyzer || !lines || state.localPathRun || !this.idleFor(document, state)) return;
    const chunks = this.texts.chunksOf(document);
    if (chunks.length !== lines.source.length) return;
    state.localPathRun = true;
    const started = performance.now();
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    const visible = editor?.visibleRanges[0];
    const middle = visible ? (visible.start.line + visible.end.line) >> 1 : 0;
    const edits = rehearsalEdits(lines, middle, REHEARSAL_LINES_IN_ALL);
    const entry = state.entry;
    let next = 0;
    let local = 0;
    const rehearseNext = (): boolean => {
      const edit = edits[next++];
      if (!edit) return false;
      if (analyzer.rehearse(chunks.edited(edit.rangeOffset, edit.rangeLength, edit.text), edit)) local++;
      return true;
    };
    const failed = (error: unknown): void => {
      // The analyzer is left as it was whatever happened; a keystroke will tell the same error properly.
      this.log.debug(`Rehearsing a keystroke in ${document.uri.toString(true)} failed: ${String(error)}`);
    };
    try {
      while (local < REHEARSED_KEYSTROKES && next < REHEARSAL_LINES && rehearseNext());
    } catch (error) {
      return failed(error);
    }
    this.log.debug(`Rehearsed ${local} local keystroke(s) in ${document.uri.toString(true)} in ${(performance.now() - started).toFixed(1)} ms`);
    // The rest one per tick, while the document stays as it was and nothing else is due (the user typing stops them).
    const step = (): void => {
      state.rehearsal = undefined;
      if (document.isClosed || this.states.get(document.uri, ANALYSIS) !== state || state.entry !== entry || !this.idleFor(document, state)) return;
      try {
        if (local < REHEARSED_KEYSTROKES_IN_ALL && rehearseNext()) state.rehearsal = setTimeout(step, REHEARSAL_STEP_MS);
        else this.log.debug(`Rehearsed ${local} local keystroke(s) in all in ${document.uri.toString(true)}`);
      } catch (error) {
        failed(error);
      }
    };
    state.rehearsal = setTimeout(step, REHEARSAL_STEP_MS);
  }

  /** Nothing is due for the document: no edit, timer or job, and the analysis is of its text now. */
  private idleFor(document: vscode.TextDocument, state: AnalysisState): boolean {
    return state.timer === undefined && !state.changes && !state.job && this.isCurrent(document);
  }

  private cancelJob(document: vscode.TextDocument, state: AnalysisState): void {
    if (!state.job) return;
    state.job = undefined;
    this.cancelRunners(document.uri);
  }

  private cancelRunners(uri: vscode.Uri): void {
    for (const runner of [this.runner, this.inThread]) runner.cancel(uri.toString());
  }

  private runnerFor(document: vscode.TextDocument): AnalysisRunner {
    return this.configuration.get(document.uri).analysisInWorker ? this.runner : this.inThread;
  }

  /** Keeps an analysis of the document's current version and tells the views. */
  private commit(document: vscode.TextDocument, state: AnalysisState, text: TextSource, analyzer: IncrementalAnalyzer, full: Analysis, started: number, where = 'this thread'): AnalyzedDocument {
    // The analyzer keeps every claim; the editor shows those the user's threshold lets through.
    const analysis = withConfidentClaims(full, this.configuration.get(document.uri).minimumClaimConfidence);
    this.log.debug(`Analysed ${document.uri.toString(true)} (${text.length} chars, ${analyzer.lastMode === 'line' ? 'locally' : `in full, ${where}`}) in ${Date.now() - started} ms`);
    const entry: AnalyzedDocument = {
      version: document.version,
      get text() {
        return text.toString();
      },
      lines: analyzer.lines!,
      analysis,
      aliasesKey: aliasesKey(this.aliasesFor(document.uri)),
    };
    state.entry = entry;
    state.stale = false;
    this.onDidAnalyzeEmitter.fire(document);
    return entry;
  }

  private requestFor(document: vscode.TextDocument, text: string): AnalysisJobRequest {
    // Compiled here too, to report refused patterns; the job compiles its own copy.
    this.optionsFor(document);
    return { text, ...this.runOptions(document) };
  }

  /** What a run of the document's text is sent besides the text. */
  private runOptions(document: vscode.TextDocument): Omit<AnalysisJobRequest, 'text'> {
    const settings = this.configuration.get(document.uri);
    return {
      fileName: document.uri.path,
      labelPatterns: settings.speakerLabelPatterns,
      extraCues: settings.cueWords,
      speakerAliases: this.aliasesFor(document.uri),
      patternBudgetMs: PATTERN_BUDGET_MS,
    };
  }

  private reportSlowPatterns(document: vscode.TextDocument): void {
    const key = `${document.uri.toString()}\u0000${JSON.stringify(this.configuration.get(document.uri).speakerLabelPatterns)}`;
    if (this.reportedSlowPatterns.has(key)) return;
    this.reportedSlowPatterns.add(key);
    void showWarning(
      vscode.l10n.t(
        'Speaker-label patterns took more than {0} s on {1}, so its analysis ran without them (turns they find are missing). Simpler or fewer patterns help.',
        PATTERN_BUDGET_MS / 1000,
        document.uri.path.split('/').pop() ?? '',
      ),
    );
  }

  private run(document: vscode.TextDocument): AnalyzedDocument | undefined {
    const state = this.stateOf(document.uri);
    const text = this.texts.chunksOf(document);
    const started = Date.now();
    const changes = state.changes;
    state.changes = undefined;
    state.recent = undefined;
    // The changes since a job under way follow its text, not the analyzer's: the analyzer compares the texts instead.
    const chained = state.job === undefined;
    // Done here and now: a job under way for the same text would only repeat it.
    this.cancelJob(document, state);
    let analysis: Analysis;
    let analyzer: IncrementalAnalyzer | undefined;
    try {
      analyzer = this.analyzerFor(document);
      // The changes since the last analysis lead from the analyzer's text to this one: no need to diff.
      analysis = analyzer.update(text, chained ? changes : undefined);
    } catch (error) {
      // The analyzer's text may now lag behind more than the next changes: start afresh next time.
      analyzer?.reset();
      this.log.error(`Analysis of ${document.uri.toString(true)} failed`, error);
      return undefined;
    }
    return this.commit(document, state, text, analyzer, analysis, started);
  }

  /** The catch-up after the typing pause, while the worker draws the edits, waits for the scrolling to pause too. */
  private scrolled(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri, ANALYSIS);
    if (!state?.changes || state.timer === undefined || state.job) return;
    const pause = this.edits?.deferLocal(document);
    if (pause !== undefined) this.schedule(document, pause);
  }

  /** Keeps the text of the version a change event made, while the worker draws the keystrokes (AnalysisState.recent). */
  private rememberVersion(document: vscode.TextDocument, state: AnalysisState): void {
    const recent = (state.recent ??= []);
    if (recent.length >= RECENT_VERSIONS) recent.shift();
    recent.push({ version: document.version, text: this.texts.chunksOf(document), changes: state.changes?.length ?? 0 });
  }

  /**
   * Where the worker's full analysis of `version` fits the cache's state: the text it analysed and the changes made
   * since; `undefined` when it cannot be placed (the version is no longer kept, or a job under way is newer).
   */
  private workerBase(document: vscode.TextDocument, state: AnalysisState, version: number): { text: TextSource; changes: TextChange[]; recent: RecentVersion[] | undefined } | undefined {
    if (state.job && state.job.version > version) return undefined;
    if (version === document.version) return { text: this.texts.chunksOf(document), changes: [], recent: undefined };
    const at = state.recent?.findIndex((kept) => kept.version === version) ?? -1;
    const kept = state.recent?.[at];
    if (!kept) return undefined;
    const later = state.recent!.slice(at + 1).map((next) => ({ ...next, changes: next.changes - kept.changes }));
    return { text: kept.text, changes: state.changes?.slice(kept.changes) ?? [], recent: later };
  }

  /**
   * The worker draws the document's edits and has analysed each (locally, or in full and sent here): its analysis is
   * adopted rather than analysed in full again, which would run in the worker ahead of the next edit. Once per version,
   * so that an answer this cache cannot place (adoptFromWorker) ends in a full analysis.
   */
  private shareFromWorker(document: vscode.TextDocument, state: AnalysisState): boolean {
    if (state.sharedAt === document.version || this.edits?.deferLocal(document) === undefined || !this.edits.shareAnalysis(document)) return false;
    state.sharedAt = document.version;
    return true;
  }

  /** The worker announced a full analysis of a version this cache can adopt: waiting for it costs this thread nothing. */
  private awaitsWorker(document: vscode.TextDocument, state: AnalysisState): boolean {
    const version = this.edits?.analysingInFull(document);
    return version !== undefined && this.workerBase(document, state, version) !== undefined;
  }

  /**
   * The worker analysed `version` in full (an edit that was not local there) and sent it packed: adopted as a job's
   * result is, with the options the analyzer has (else ignored), and the changes since applied as usual. One full
   * analysis for such an edit, in the worker; this thread unpacks and adopts.
   */
  private adoptFromWorker(document: vscode.TextDocument, version: number, options: string, analysis: Analysis): void {
    const state = this.states.get(document.uri, ANALYSIS);
    if (!state || document.isClosed || !this.tracker.isEnabled(document) || this.isCurrent(document)) return;
    const started = Date.now();
    const base = this.workerBase(document, state, version);
    const analyzer = this.analyzerFor(document);
    if (!base || options !== runOptionsKey(this.runOptions(document))) return this.workerWithdrew(document);
    // A job under way is of an older version (workerBase): this analysis replaces it.
    this.cancelJob(document, state);
    analyzer.adopt(base.text, analysis);
    state.changes = base.changes.length > 0 ? base.changes : undefined;
    state.recent = base.recent;
    if (version === document.version) this.commit(document, state, base.text, analyzer, analyzer.analysis ?? analysis, started, 'worker');
    // Typed on since: those keystrokes are the worker's to draw, and this analysis follows them after the pause.
    else if (state.timer === undefined) this.schedule(document, this.edits?.deferLocal(document) ?? 0);
  }

  /** The worker's full analysis that the cache waited for will not come, or does not fit: the cache catches up itself. */
  private workerWithdrew(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri, ANALYSIS);
    if (state && !document.isClosed && state.timer === undefined && !state.job && !this.isCurrent(document)) this.schedule(document, 0);
  }

  /**
   * The worker is to follow the document's edits from now (experimental.editsInWorker turned on) but holds no analysis
   * of it: a full analysis there gives it one (the next would otherwise come only with an edit that is not local). For
   * a document shown in an editor (the worker draws only those): one open without an editor (closing an editor leaves
   * its document open a while) gets it when it is shown again.
   */
  private keepInWorker(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri, ANALYSIS);
    // Not analysed yet and nothing under way: the first analysis is to come, and keeps.
    if (!state || (!state.entry && !state.job) || this.runnerFor(document) !== this.runner || !this.edits?.awaitsKeep(document)) return;
    // A job under way was sent without `keep`; the analyzer's text is dropped so the next refresh is a full run.
    this.cancelJob(document, state);
    state.analyzer?.analyzer.reset();
    state.changes = undefined;
    state.recent = undefined;
    state.stale = true;
    this.schedule(document, 0);
  }

  /** The document's analyzer, new when the options it was made with changed (aliases, patterns, cue words). */
  private analyzerFor(document: vscode.TextDocument): IncrementalAnalyzer {
    const state = this.stateOf(document.uri);
    const settings = this.configuration.get(document.uri);
    const optionsKey = JSON.stringify([settings.speakerLabelPatterns, settings.cueWords, aliasesKey(this.aliasesFor(document.uri))]);
    const existing = state.analyzer;
    if (existing && existing.optionsKey === optionsKey) return existing.analyzer;
    const analyzer = new IncrementalAnalyzer(this.optionsFor(document), document.uri.path);
    state.analyzer = { analyzer, optionsKey };
    return analyzer;
  }

  private optionsFor(document: vscode.TextDocument): AnalysisOptions {
    const settings = this.configuration.get(document.uri);
    const { patterns, refused } = this.compiledPatterns(settings.speakerLabelPatterns);
    for (const problem of refused) this.reportPatternProblem(problem.source, problem.reason);
    return {
      extraLabelPatterns: patterns,
      extraCues: settings.cueWords,
      speakerAliases: this.aliasesFor(document.uri),
    };
  }

  /** Compiled once per distinct list of patterns, not per analysis. */
  private compiledPatterns(sources: readonly string[]): CompiledPatterns {
    const key = JSON.stringify(sources);
    if (this.patternCache?.key !== key) this.patternCache = { key, compiled: compileLabelPatterns(sources) };
    return this.patternCache.compiled;
  }

  private reportPatternProblem(source: string, reason: string): void {
    const key = `${source}\u0000${reason}`;
    if (this.reportedPatternProblems.has(key)) return;
    this.reportedPatternProblems.add(key);
    void showWarning(vscode.l10n.t('Ignoring speaker-label pattern {0}: {1}', JSON.stringify(source), reason));
  }
}

function aliasesKey(aliases: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(aliases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function isShown(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
}
