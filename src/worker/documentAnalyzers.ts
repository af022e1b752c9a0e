// The worker's side of local edits analysed in the worker (transcriptAnnotator.experimental.editsInWorker):
// one IncrementalAnalyzer per document, adopted from a full analysis the worker ran, fed the document's
// changes in version order. Edits that arrive together are analysed once, for the newest version, and
// answered with the layers of the drawn lines. An edit that is not local is analysed in full as a run is,
// and that analysis is both adopted here and sent packed to the host, which adopts it instead of
// analysing again. No `vscode` import: unit-tested in plain Node.
import { IncrementalAnalyzer, type TextChange } from '../core/analysis/incremental';
import { runAnalysisJob, type AnalysisJobRequest } from '../core/analysis/job';
import { rehearsalEdits } from '../core/analysis/rehearsal';
import { packAnalysis, packedBuffers, packJobResult, unpackAnalysis } from '../core/analysis/packed';
import type { LineIndex } from '../core/text/positions';
import type { Analysis, AnalysisOptions } from '../core/analysis/model';
import { detectFormat } from '../core/analysis/format';
import { labelStateData, type LabelStateData } from '../core/analysis/labelEdits';
import { framesOf } from '../core/analysis/labelChecks';
import { summaryProfile } from '../core/analysis/summaryHorizon';
import { registerCounts, type RegisterCounts } from '../core/claims/register';
import type { FrameTallyData } from '../core/turns/frameTally';
import { ChunkedText } from '../core/text/chunkedText';
import { compileLabelPatterns } from '../core/turns/safePattern';
import { analysisLayers, drawnWindows, speakerSlots, type DrawingSettings } from '../presentation/analysisLayers';
import { withConfidentClaims } from '../presentation/claimConfidence';
import type { LineWindow } from '../presentation/visibleWindow';
import { textAfterChanges } from '../vscode/textAfterChanges';
import { runOptionsKey, type EditMessage, type EditReply, type KeepRequest } from './editsProtocol';

interface Followed {
  readonly analyzer: IncrementalAnalyzer;
  /** The run the analyzer was adopted from, without its text: a full analysis here runs with the same options. */
  readonly request: Omit<AnalysisJobRequest, 'text'>;
  /** What the analyzer was made with: a run with other options is no reading of the same text. */
  readonly optionsKey: string;
  readonly eol: '\n' | '\r\n';
  /** The document's text at `version`: the analyzer's text with `pending` applied. */
  text: ChunkedText;
  version: number;
  /** The changes since the analyzer's text, in order; analysed together on the next turn. */
  pending: TextChange[];
  scheduled: boolean;
  /** The next turn draws the layers (an edit, a scroll or new drawing settings asked for them). */
  redraw: boolean;
  /** The host asked for the analysis (`share`): sent on the next turn, of the newest version. */
  share: boolean;
  /** A share under way, one part a turn (its token: a full analysis for the host drops it). */
  sharing?: object;
  drawing: DrawingSettings;
  minimumClaimConfidence: number;
  visible: readonly LineWindow[];
}

/** A full analysis for an edit is never cancelled: the host waits for it. */
const NOT_CANCELLED = { isCancelled: () => false };
/**
 * Keystrokes rehearsed after a keep, in different lines below the visible lines' middle (as the host rehearses its
 * own, AnalysisCache.rehearse): V8 compiles the local path on its first run, which the user's first keystroke paid here.
 */
const REHEARSED_KEYSTROKES = 2;
const REHEARSAL_LINES = 8;

export class DocumentAnalyzers {
  private readonly followed = new Map<string, Followed>();

  /**
   * `send`: a reply to the host, with the buffers to transfer. `later`: runs work after the messages waiting now
   * (setImmediate in Node), so that keystrokes queued behind a slow one are analysed together. `now`: a
   * millisecond clock for the user patterns' budget in a full analysis (job.ts).
   */
  constructor(
    private readonly send: (reply: EditReply, transfer?: ArrayBuffer[]) => void,
    private readonly later: (work: () => void) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The documents followed (for tests). */
  get documents(): string[] {
    return [...this.followed.keys()];
  }

  /**
   * A full analysis of `request.text` (`keep.version` of the document) ran here: its later edits follow from it.
   * `analysis` is best unpacked from the run's packed result (serve does so): what the first edits read comes with it.
   */
  keep(keep: KeepRequest, request: AnalysisJobRequest, analysis: Analysis): void {
    const optionsKey = runOptionsKey(request);
    const current = this.followed.get(keep.document);
    const settings = { drawing: keep.drawing, minimumClaimConfidence: keep.minimumClaimConfidence, visible: keep.visible };
    // Following that version already, with the same options: the analysis would be the same, and adopting it costs a pass.
    if (current && current.version === keep.version && current.optionsKey === optionsKey && current.pending.length === 0) {
      Object.assign(current, settings);
    } else {
      const analyzer = new IncrementalAnalyzer(analyzerOptions(request), request.fileName);
      const text = ChunkedText.of(request.text);
      analyzer.adopt(text, analysis);
      const { text: _text, ...options } = request;
      const followed: Followed = { analyzer, request: options, optionsKey, eol: keep.eol, text, version: keep.version, pending: [], scheduled: false, redraw: false, share: false, ...settings };
      this.followed.set(keep.document, followed);
      this.later(() => this.rehearse(keep.document, followed));
    }
    this.send({ type: 'kept', document: keep.document, version: keep.version });
  }

  /** Runs the local path on keystrokes nobody typed and drops them, unless an edit or a request came first (it compiles the path itself). */
  private rehearse(document: string, followed: Followed): void {
    const lines = followed.analyzer.lines;
    if (this.followed.get(document) !== followed || followed.scheduled || followed.pending.length > 0 || !lines) return;
    const visible = followed.visible[0];
    const middle = visible ? (visible.start + visible.end) >> 1 : 0;
    let local = 0;
    try {
      for (const edit of rehearsalEdits(lines, middle, REHEARSAL_LINES)) {
        if (local >= REHEARSED_KEYSTROKES) break;
        if (followed.analyzer.rehearse(followed.text.edited(edit.rangeOffset, edit.rangeLength, edit.text), edit)) local++;
      }
    } catch {
      // The analyzer is left as it was whatever happened; a keystroke will tell the same error properly.
    }
  }

  receive(message: EditMessage): void {
    const followed = this.followed.get(message.document);
    if (message.type === 'close') {
      this.followed.delete(message.document);
      return;
    }
    if (!followed) {
      // The host waits for an edit's layers or a shared analysis: told it will not come.
      if (message.type === 'edit' || message.type === 'share') this.send({ type: 'lost', document: message.document, reason: 'not followed' });
      return;
    }
    switch (message.type) {
      case 'edit': {
        const text = followed.version === message.previous ? textAfterChanges(followed.text, message.changes, followed.eol) : undefined;
        if (!text) return this.lose(message.document, followed.version === message.previous ? 'changes that do not fit the text' : `version ${message.previous} after ${followed.version}`);
        followed.text = text;
        followed.version = message.version;
        followed.pending.push(...message.changes);
        if (message.visible) followed.visible = message.visible;
        followed.redraw = true;
        return this.schedule(message.document, followed);
      }
      case 'window':
        followed.visible = message.visible;
        followed.redraw = true;
        return this.schedule(message.document, followed);
      case 'drawing':
        followed.drawing = message.drawing;
        followed.minimumClaimConfidence = message.minimumClaimConfidence;
        followed.redraw = true;
        return this.schedule(message.document, followed);
      case 'share':
        followed.share = true;
        return this.schedule(message.document, followed);
    }
  }

  private schedule(document: string, followed: Followed): void {
    if (followed.scheduled) return;
    followed.scheduled = true;
    this.later(() => {
      followed.scheduled = false;
      // Closed, lost or replaced since.
      if (this.followed.get(document) === followed) this.answer(document, followed);
    });
  }

  /** Brings the analyzer to the newest text and sends the drawn lines' layers (after a full analysis, the analysis too). */
  private answer(document: string, followed: Followed): void {
    const { analyzer } = followed;
    let analysis: Analysis | undefined;
    try {
      const changes = followed.pending;
      followed.pending = [];
      analysis = changes.length > 0 || !analyzer.analysis ? analyzer.updateLocally(followed.text, changes) : analyzer.analysis;
      // Not local: in full, once, for the host too.
      if (!analysis) return this.answerInFull(document, followed);
    } catch (error) {
      return this.lose(document, error instanceof Error ? error.message : String(error));
    }
    const lines = analyzer.lines;
    if (!lines) return this.lose(document, 'no analysis');
    if (followed.redraw) this.sendLayers(document, followed, analysis, lines);
    if (followed.share && !followed.sharing) this.share(document, followed, analysis, lines);
  }

  /**
   * The analyzer's analysis of the newest version, packed for the host to adopt as it adopts a full analysis from
   * here: the host's own catch-up after a pause takes many edits together, which are seldom local there, and its full
   * analysis would run in this thread, ahead of the next edit (an Enter then waited a whole analysis for its layers).
   */
  private share(document: string, followed: Followed, analysis: Analysis, lines: LineIndex): void {
    followed.share = false;
    const token = {};
    followed.sharing = token;
    const version = followed.version;
    // With what a run sends for adoption (job.ts), read here from the newest text: else the host's first edit after
    // adopting reads it on its own thread (the label frames: a pass over the text, a second at 10 MB).
    const format = followed.request.format ?? detectFormat(followed.request.fileName, lines.source);
    const options = analyzerOptions(followed.request);
    const subtitles = format === 'srt' || format === 'vtt';
    let labelState: LabelStateData | undefined;
    let counts: RegisterCounts | FrameTallyData | undefined;
    // One part a turn (each a pass over the text, up to seconds at 10 MB): an edit or a scroll that comes meanwhile is
    // answered between them, not after the whole share. The parts read `lines` and `analysis`, this version's, which
    // later edits replace but never change: the share is of `version` however many edits come meanwhile.
    const parts = [
      () => (labelState = labelStateData(lines, analysis, format, options)),
      () => (counts = subtitles ? registerCounts(lines) : framesOf(lines, format, options).toData()),
      () => {
        const packed = packAnalysis(
          analysis,
          lines,
          () => summaryProfile(lines, format, options),
          () => labelState!,
          subtitles ? () => counts as RegisterCounts : undefined,
          subtitles ? undefined : () => counts as FrameTallyData,
        );
        this.send({ type: 'analysed', document, version, options: followed.optionsKey, packed }, packedBuffers(packed));
      },
    ];
    const next = (part: number): void => {
      // Closed, lost or replaced since, or a full analysis went to the host instead.
      if (this.followed.get(document) !== followed || followed.sharing !== token) return;
      try {
        parts[part]!();
      } catch (error) {
        followed.sharing = undefined;
        return this.lose(document, error instanceof Error ? error.message : String(error));
      }
      if (part + 1 < parts.length) return this.later(() => next(part + 1));
      followed.sharing = undefined;
      // Asked again meanwhile (for a newer version).
      if (followed.share) this.schedule(document, followed);
    };
    next(0);
  }

  /**
   * The version analysed in full as a run analyses it (job.ts, with the host's options), announced first so that the
   * host waits for it rather than running its own. Drawn from the run's result, then sent packed for the host to adopt,
   * and adopted here from an unpacked copy, as `keep` adopts: the next keystrokes are local and read what the run
   * computed (the summary lists' profile, the label state, the frames) instead of scanning the text for it.
   */
  private answerInFull(document: string, followed: Followed): void {
    // The host is sent this analysis: one asked for with `share` is no longer due, nor one under way.
    followed.share = false;
    followed.sharing = undefined;
    this.send({ type: 'analysing', document, version: followed.version });
    try {
      const result = runAnalysisJob({ ...followed.request, text: followed.text.toString() }, NOT_CANCELLED, this.now);
      // Run without the user's patterns (over their budget): no reading the host's analyzer would make.
      if (result.status !== 'done' || result.patternsSkipped || !result.lines) return this.lose(document, 'speaker-label patterns over their budget');
      this.sendLayers(document, followed, result.analysis, result.lines);
      const packed = packJobResult(result);
      // Copied before the buffers go to the host.
      const copy = structuredClone(packed);
      this.send({ type: 'analysed', document, version: followed.version, options: followed.optionsKey, packed }, packedBuffers(packed));
      followed.analyzer.adopt(followed.text, unpackAnalysis(copy));
    } catch (error) {
      this.lose(document, error instanceof Error ? error.message : String(error));
    }
  }

  /** The drawn lines' layers of `analysis` (of the followed text, indexed by `lines`). */
  private sendLayers(document: string, followed: Followed, analysis: Analysis, lines: LineIndex): void {
    // As the host's commit: every claim is kept, those under the threshold are not drawn.
    const shown = withConfidentClaims(analysis, followed.minimumClaimConfidence);
    followed.redraw = false;
    const windows = drawnWindows(followed.visible, lines.lineCount);
    const layers = analysisLayers(shown, lines, windows, followed.drawing, speakerSlots(shown));
    this.send({ type: 'layers', document, version: followed.version, lines: windows, layers });
  }

  private lose(document: string, reason: string): void {
    this.followed.delete(document);
    this.send({ type: 'lost', document, reason });
  }
}

/** The options a job runs `request` with (job.ts), its patterns compiled as the host compiles them. */
function analyzerOptions(request: Omit<AnalysisJobRequest, 'text'>): AnalysisOptions {
  return {
    ...(request.format ? { format: request.format } : {}),
    extraLabelPatterns: compileLabelPatterns(request.labelPatterns ?? []).patterns,
    ...(request.extraCues ? { extraCues: request.extraCues } : {}),
    ...(request.speakerAliases ? { speakerAliases: request.speakerAliases } : {}),
  };
}
