// The worker's side of local edits analysed in the worker (transcriptAnnotator.experimental.editsInWorker):
// one IncrementalAnalyzer per document, adopted from a full analysis the worker ran, fed the document's
// changes in version order and falling back to its own full analysis as the host's does. Edits that arrive
// together are analysed once, for the newest version, and answered with the layers of the drawn lines.
// No `vscode` import: unit-tested in plain Node.
import { IncrementalAnalyzer, type TextChange } from '../core/analysis/incremental';
import type { AnalysisJobRequest } from '../core/analysis/job';
import type { Analysis, AnalysisOptions } from '../core/analysis/model';
import { ChunkedText } from '../core/text/chunkedText';
import { compileLabelPatterns } from '../core/turns/safePattern';
import { analysisLayers, drawnWindows, speakerSlots, type DrawingSettings } from '../presentation/analysisLayers';
import { withConfidentClaims } from '../presentation/claimConfidence';
import type { LineWindow } from '../presentation/visibleWindow';
import { textAfterChanges } from '../vscode/textAfterChanges';
import type { EditMessage, EditReply, KeepRequest } from './editsProtocol';

interface Followed {
  readonly analyzer: IncrementalAnalyzer;
  /** What the analyzer was made with: a run with other options is no reading of the same text. */
  readonly optionsKey: string;
  readonly eol: '\n' | '\r\n';
  /** The document's text at `version`: the analyzer's text with `pending` applied. */
  text: ChunkedText;
  version: number;
  /** The changes since the analyzer's text, in order; analysed together on the next turn. */
  pending: TextChange[];
  scheduled: boolean;
  drawing: DrawingSettings;
  minimumClaimConfidence: number;
  visible: readonly LineWindow[];
}

export class DocumentAnalyzers {
  private readonly followed = new Map<string, Followed>();

  /**
   * `send`: a reply to the host. `later`: runs work after the messages waiting now (setImmediate in Node),
   * so that keystrokes queued behind a slow one are analysed together.
   */
  constructor(
    private readonly send: (reply: EditReply) => void,
    private readonly later: (work: () => void) => void,
  ) {}

  /** The documents followed (for tests). */
  get documents(): string[] {
    return [...this.followed.keys()];
  }

  /** A full analysis of `request.text` (`keep.version` of the document) ran here: its later edits follow from it. */
  keep(keep: KeepRequest, request: AnalysisJobRequest, analysis: Analysis): void {
    const optionsKey = JSON.stringify([request.fileName, request.format, request.labelPatterns, request.extraCues, request.speakerAliases]);
    const current = this.followed.get(keep.document);
    const settings = { drawing: keep.drawing, minimumClaimConfidence: keep.minimumClaimConfidence, visible: keep.visible };
    // Following that version already, with the same options: the analysis would be the same, and adopting it costs a pass.
    if (current && current.version === keep.version && current.optionsKey === optionsKey && current.pending.length === 0) {
      Object.assign(current, settings);
    } else {
      const analyzer = new IncrementalAnalyzer(analyzerOptions(request), request.fileName);
      const text = ChunkedText.of(request.text);
      analyzer.adopt(text, analysis);
      this.followed.set(keep.document, { analyzer, optionsKey, eol: keep.eol, text, version: keep.version, pending: [], scheduled: false, ...settings });
    }
    this.send({ type: 'kept', document: keep.document, version: keep.version });
  }

  receive(message: EditMessage): void {
    const followed = this.followed.get(message.document);
    if (message.type === 'close') {
      this.followed.delete(message.document);
      return;
    }
    if (!followed) {
      if (message.type === 'edit') this.send({ type: 'lost', document: message.document, reason: 'not followed' });
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
        return this.schedule(message.document, followed);
      }
      case 'window':
        followed.visible = message.visible;
        return this.schedule(message.document, followed);
      case 'drawing':
        followed.drawing = message.drawing;
        followed.minimumClaimConfidence = message.minimumClaimConfidence;
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

  /** Brings the analyzer to the newest text and sends the drawn lines' layers. */
  private answer(document: string, followed: Followed): void {
    const { analyzer } = followed;
    let analysis: Analysis;
    try {
      const changes = followed.pending;
      followed.pending = [];
      // Local when it can be, else in full: update() is what the host's `get` runs.
      analysis = changes.length > 0 || !analyzer.analysis ? analyzer.update(followed.text, changes) : analyzer.analysis;
    } catch (error) {
      return this.lose(document, error instanceof Error ? error.message : String(error));
    }
    const lines = analyzer.lines;
    if (!lines) return this.lose(document, 'no analysis');
    // As the host's commit: every claim is kept, those under the threshold are not drawn.
    const shown = withConfidentClaims(analysis, followed.minimumClaimConfidence);
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
function analyzerOptions(request: AnalysisJobRequest): AnalysisOptions {
  return {
    ...(request.format ? { format: request.format } : {}),
    extraLabelPatterns: compileLabelPatterns(request.labelPatterns ?? []).patterns,
    ...(request.extraCues ? { extraCues: request.extraCues } : {}),
    ...(request.speakerAliases ? { speakerAliases: request.speakerAliases } : {}),
  };
}
