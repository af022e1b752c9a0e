import * as vscode from 'vscode';
import type { Analysis } from '../core/analysis/model';
import { unpackAnalysis } from '../core/analysis/packed';
import { WINDOW_MARGIN_LINES, WINDOW_SLACK_LINES, type DrawingSettings } from '../presentation/analysisLayers';
import { drawingMargins, windowsCover, type LineWindow } from '../presentation/visibleWindow';
import type { EditMessage, EditReply, KeepRequest } from '../worker/editsProtocol';
import type { AnalysisRunner } from './analysisRunner';
import type { Configuration } from './configuration';
import type { DocumentTracker } from './documentTracker';
import { DocumentSlot, type DocumentStates } from './documentStates';
import { Disposable } from './util/dispose';

/** The runner's channel to its worker for edits (WorkerAnalysisRunner). */
export interface EditsChannel {
  postEdit(message: EditMessage): boolean;
  listenEdits(listener: (reply: EditReply) => void): void;
  readonly where: 'worker' | 'this thread';
}

/** Draws the layers a worker answered with (DecorationManager). */
export interface WorkerLayersSink {
  applyWorkerLayers(editor: vscode.TextEditor, version: number, lines: readonly LineWindow[], layers: Extract<EditReply, { type: 'layers' }>['layers']): void;
  /** The lines an editor's analysis layers were last drawn for. */
  drawnLines(editor: vscode.TextEditor): readonly LineWindow[];
}

/** Where the worker's full analyses of edits that were not local go (AnalysisCache), adopted there instead of analysing again. */
export interface WorkerAnalyses {
  /** The worker's full analysis of the document's `version` (the document may be newer by now), made with the run options `options` (runOptionsKey). */
  adopt(document: vscode.TextDocument, version: number, options: string, analysis: Analysis): void;
  /** A full analysis the worker announced will not come (it stopped following the document). */
  withdrawn(document: vscode.TextDocument): void;
}

/** Local edits analysed elsewhere, as the analysis cache asks: the keystrokes sent there wait for a typing pause here. */
export interface EditsElsewhere {
  /** The typing pause after which the cache brings its analysis up to date, when the keystroke went elsewhere. */
  deferLocal(document: vscode.TextDocument): number | undefined;
  keepFor(document: vscode.TextDocument): KeepRequest | undefined;
  /** The version the worker analyses in full now (an edit that was not local there), whose analysis `analysesTo` will be given. */
  analysingInFull(document: vscode.TextDocument): number | undefined;
  /**
   * Asks the worker that draws the document's edits for its analysis of them (true when asked): it comes to
   * `analysesTo`'s sink like a full analysis the worker announced (`analysingInFull` tells the version asked for).
   */
  shareAnalysis(document: vscode.TextDocument): boolean;
  /** Whether the worker is to follow the document but was never given an analysis of it (the setting was turned on since its last full analysis). */
  awaitsKeep(document: vscode.TextDocument): boolean;
  analysesTo(sink: WorkerAnalyses): void;
}

/** What the host knows of the worker's analyzer of a document. */
interface Followed {
  readonly document: string;
  /** The version the worker's text is at once it has read every message posted so far. */
  posted: number;
  /** The worker answered that it keeps an analyzer (a run with `keep` finished there). */
  ready: boolean;
  /** The visible lines last posted, as a key. */
  visibleKey: string;
  /** The version the worker announced it analyses in full, until that analysis comes. */
  analysing?: number;
  /** The line ending the worker writes inserted line breaks with (the document's when the run started). */
  eol: '\n' | '\r\n';
}

export function isEditsChannel(runner: AnalysisRunner): runner is AnalysisRunner & EditsChannel {
  const candidate = runner as Partial<EditsChannel>;
  return typeof candidate.postEdit === 'function' && typeof candidate.listenEdits === 'function';
}

/**
 * transcriptAnnotator.experimental.editsInWorker: local edits analysed in the worker. The worker keeps an
 * analyzer per document from the full analysis it ran (the cache asks `keepFor` with each run), is sent every
 * change event in version order, and answers each with the analysis layers of the drawn lines, which the host
 * sets (answers for an older version than the document's are dropped). The host's own analyzer is brought up
 * to date after a typing pause (`deferLocal`), or at once when a query asks (AnalysisCache.get), so hover, the
 * views and the commands read an analysis of the text as it is.
 */
export class EditsInWorker extends Disposable implements EditsElsewhere {
  private readonly slot: DocumentSlot<Followed>;
  private sink: WorkerLayersSink | undefined;
  private analyses: WorkerAnalyses | undefined;

  constructor(
    private readonly states: DocumentStates,
    private readonly tracker: DocumentTracker,
    private readonly configuration: Configuration,
    private readonly channel: EditsChannel | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.slot = new DocumentSlot<Followed>('editsInWorker', (followed) => this.channel?.postEdit({ type: 'close', document: followed.document }));
    channel?.listenEdits((reply) => this.received(reply));
    // Registered before the analysis cache's listener (activate makes this first): the cache defers a keystroke the worker was sent.
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.changed(event)));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.scrolled(textEditor)));
    this._register(tracker.onDidChange((document) => (tracker.isEnabled(document) ? undefined : this.states.delete(document.uri, this.slot))));
    this._register(
      configuration.onDidChange((change) => {
        if (change.affects('experimental.editsInWorker')) for (const document of vscode.workspace.textDocuments) if (!this.isOn(document)) this.states.delete(document.uri, this.slot);
        if (!change.affects('speakerColors', 'decorations.speakerTurns', 'decorations.suggestedClaims', 'claims.minimumConfidence')) return;
        for (const document of vscode.workspace.textDocuments) {
          const followed = this.states.get(document.uri, this.slot);
          if (followed) this.channel?.postEdit({ type: 'drawing', document: followed.document, ...this.drawingOf(document) });
        }
      }),
    );
  }

  /** Where the worker's layers are drawn (the decorations are made after the analysis cache, which asks this first). */
  drawWith(sink: WorkerLayersSink): void {
    this.sink = sink;
  }

  analysesTo(sink: WorkerAnalyses): void {
    this.analyses = sink;
  }

  /** The worker is to keep an analyzer of the run the cache starts now for the document's current version. */
  keepFor(document: vscode.TextDocument): KeepRequest | undefined {
    if (!this.channel || this.channel.where !== 'worker' || !this.isOn(document)) return undefined;
    const key = document.uri.toString();
    const editor = this.editorOf(document);
    const visible = editor ? visibleLines(editor) : [];
    const eol = eolOf(document);
    const followed = this.states.ensure(document.uri, this.slot, () => ({ document: key, posted: document.version, ready: false, visibleKey: '', eol }));
    // Following it already: the changes posted lead to this version (the run reads the same text).
    followed.posted = document.version;
    followed.visibleKey = JSON.stringify(visible);
    followed.eol = eol;
    return { document: key, version: document.version, eol, visible, ...this.drawingOf(document) };
  }

  /**
   * When the keystroke that made the document's current version was sent to a worker that follows it and whose
   * answer will be drawn, the typing pause after which the cache brings its own analysis up to date: the
   * analysisDelay setting, also for a document under a million characters (whose keystrokes the host analyses
   * 50 ms after typing, analysisDelay.ts: here that pause would come between keystrokes).
   */
  deferLocal(document: vscode.TextDocument): number | undefined {
    const followed = this.states.get(document.uri, this.slot);
    const drawn = followed !== undefined && followed.ready && followed.posted === document.version && this.editorOf(document) !== undefined && this.sink !== undefined;
    return drawn ? this.configuration.get(document.uri).analysisDelay : undefined;
  }

  /** Whether the worker follows the document's edits (it answered a run with `keep`, and nothing was lost since). */
  follows(uri: vscode.Uri): boolean {
    return this.states.get(uri, this.slot)?.ready === true;
  }

  shareAnalysis(document: vscode.TextDocument): boolean {
    const followed = this.states.get(document.uri, this.slot);
    if (!followed?.ready || followed.posted !== document.version || !this.channel?.postEdit({ type: 'share', document: followed.document })) return false;
    followed.analysing = document.version;
    return true;
  }

  analysingInFull(document: vscode.TextDocument): number | undefined {
    return this.states.get(document.uri, this.slot)?.analysing;
  }

  awaitsKeep(document: vscode.TextDocument): boolean {
    return this.channel?.where === 'worker' && this.isOn(document) && this.states.get(document.uri, this.slot) === undefined;
  }

  private changed({ document, contentChanges }: vscode.TextDocumentChangeEvent): void {
    const followed = this.states.get(document.uri, this.slot);
    if (!followed || contentChanges.length === 0) return;
    // A reload from disk that changes the line endings: the worker would write the new text's line breaks as the old
    // ones, so it stops following; the cache analyses the new version as after any lost message.
    if (eolOf(document) !== followed.eol) {
      this.channel?.postEdit({ type: 'close', document: followed.document });
      return this.states.delete(document.uri, this.slot);
    }
    const changes = contentChanges.map(({ rangeOffset, rangeLength, text }) => ({ rangeOffset, rangeLength, text }));
    const editor = this.editorOf(document);
    const visible = editor ? visibleLines(editor) : undefined;
    const visibleKey = visible ? JSON.stringify(visible) : followed.visibleKey;
    const moved = visible && visibleKey !== followed.visibleKey;
    const message: EditMessage = { type: 'edit', document: followed.document, previous: followed.posted, version: document.version, changes, ...(moved ? { visible } : {}) };
    if (!this.channel?.postEdit(message)) return this.states.delete(document.uri, this.slot);
    followed.posted = document.version;
    followed.visibleKey = visibleKey;
  }

  /**
   * Scrolled near the edge of what was drawn (as DecorationManager redraws): the worker draws the new lines, which
   * the host's redraw skips while its analysis lags behind. Within them, the next edit takes the visible lines along.
   */
  private scrolled(editor: vscode.TextEditor): void {
    const followed = this.states.get(editor.document.uri, this.slot);
    if (!followed?.ready || !this.sink || this.editorOf(editor.document) !== editor) return;
    const visible = visibleLines(editor);
    const visibleKey = JSON.stringify(visible);
    if (visibleKey === followed.visibleKey) return;
    if (windowsCover(this.sink.drawnLines(editor), visible, editor.document.lineCount, drawingMargins(visible, WINDOW_MARGIN_LINES, WINDOW_SLACK_LINES).slack)) return;
    followed.visibleKey = visibleKey;
    this.channel?.postEdit({ type: 'window', document: followed.document, visible });
  }

  private received(reply: EditReply): void {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === reply.document);
    const followed = document && this.states.get(document.uri, this.slot);
    if (!document || !followed) {
      // Closed, turned off or lost here since: the worker need not follow it.
      if (reply.type === 'kept') this.channel?.postEdit({ type: 'close', document: reply.document });
      return;
    }
    switch (reply.type) {
      case 'kept':
        followed.ready = true;
        return;
      case 'lost':
        return this.lost(document, followed, reply.reason);
      case 'analysing':
        followed.analysing = reply.version;
        return;
      case 'analysed': {
        followed.analysing = undefined;
        let analysis: Analysis;
        try {
          analysis = unpackAnalysis(reply.packed);
        } catch (error) {
          // Dropped (which tells the worker to close it): the document's keystrokes are analysed here again.
          return this.lost(document, followed, `a malformed analysis: ${String(error)}`);
        }
        this.analyses?.adopt(document, reply.version, reply.options, analysis);
        return;
      }
      case 'layers': {
        const editor = this.editorOf(document);
        // An older version's answer is dropped: the newer one's is on its way.
        if (editor && followed.ready && reply.version === document.version) this.sink?.applyWorkerLayers(editor, reply.version, reply.lines, reply.layers);
      }
    }
  }

  private lost(document: vscode.TextDocument, followed: Followed, reason: string): void {
    this.log.debug(`The analysis worker no longer follows ${document.uri.toString(true)}'s edits (${reason}): they are analysed here`);
    this.states.delete(document.uri, this.slot);
    if (followed.analysing !== undefined) this.analyses?.withdrawn(document);
  }

  private isOn(document: vscode.TextDocument): boolean {
    return this.tracker.isEnabled(document) && this.configuration.get(document.uri).editsInWorker;
  }

  /** The document's editor, when exactly one shows it (split editors draw other lines: the host draws them). */
  private editorOf(document: vscode.TextDocument): vscode.TextEditor | undefined {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
    return editors.length === 1 ? editors[0] : undefined;
  }

  private drawingOf(document: vscode.TextDocument): { drawing: DrawingSettings; minimumClaimConfidence: number } {
    const settings = this.configuration.get(document.uri);
    return {
      drawing: { turnDecorations: settings.speakerTurnDecorations, claimDecorations: settings.suggestedClaimDecorations, speakerColors: settings.speakerColors },
      minimumClaimConfidence: settings.minimumClaimConfidence,
    };
  }
}

function visibleLines(editor: vscode.TextEditor): LineWindow[] {
  return editor.visibleRanges.map((range) => ({ start: range.start.line, end: range.end.line }));
}

function eolOf(document: vscode.TextDocument): '\n' | '\r\n' {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}
