import * as vscode from 'vscode';
import type { ClaimKind } from '../core/analysis/model';
import { CLAIM_KINDS } from '../core/analysis/model';
import { ownEntry } from '../core/text/nameTable';
import type { Span } from '../core/text/positions';
import type { AnnotationView } from '../presentation/annotationView';
import { drawingMargins, windowsCover, type LineWindow } from '../presentation/visibleWindow';
import { analysisLayers, drawnWindows, speakerSlots, SPEAKER_SLOTS, WINDOW_MARGIN_LINES, WINDOW_SLACK_LINES, type AnalysisLayers } from '../presentation/analysisLayers';
import type { AnalysisCache, AnalyzedDocument } from './analysisCache';
import type { AnnotationSessions } from './annotations/sessions';
import type { Configuration } from './configuration';
import { DocumentSlot, type DocumentStates } from './documentStates';
import type { DocumentTracker } from './documentTracker';
import { Disposable } from './util/dispose';
import { flatRanges, rangesOf, SentDecorations, type FlatRanges } from './sentDecorations';
import { plainText } from '../presentation/untrustedText';

export { SPEAKER_SLOTS };
/** Layers left as the editor moved them are sent again once typing has paused this long (SentDecorations.hasMoved). */
const SETTLE_MS = 500;

/**
 * What the decorations of one document show, for tests and the extension's API. The analysis layers
 * (turns, suggested claims) are drawn only near the visible lines; the snapshot lists them for the whole
 * document, as they would be drawn if it were all on screen.
 */
export interface DecorationSnapshot {
  readonly turns: { readonly speaker: string; readonly slot: number | string; readonly range: vscode.Range }[];
  readonly suggested: { readonly kind: ClaimKind; readonly range: vscode.Range }[];
  readonly tagged: { readonly kind: ClaimKind; readonly id: string; readonly range: vscode.Range }[];
  readonly fuzzy: vscode.Range[];
  readonly orphaned: vscode.Range[];
}

type Layer = 'analysis' | 'tags' | 'all';

/** What the analysis layers were last drawn from, kept to redraw on scrolling and for the snapshot. */
interface AnalysisSource {
  readonly analysed: AnalyzedDocument;
  readonly turnDecorations: boolean;
  readonly claimDecorations: boolean;
  readonly speakerColors: Readonly<Record<string, string>>;
  readonly slots: ReadonlyMap<string, number>;
}

interface SpeakerTypes {
  readonly label: vscode.TextEditorDecorationType;
  readonly body: vscode.TextEditorDecorationType;
}

/**
 * Draws turns, suggested claims and tags in visible transcript editors. Analysis decorations are redrawn
 * when an analysis finishes (VS Code carries them along while the user types); tag decorations when the
 * annotations change. Each redraw is queued per document and a newer one cancels the older.
 */
/** What was last drawn for a document, and the redraw queued for it. */
interface DrawnDecorations {
  pending?: { source: vscode.CancellationTokenSource; layer: Layer };
  analysis?: AnalysisSource;
  /** The version a preview of the visible lines was drawn for, before the first full analysis. */
  previewVersion?: number;
  /** The version whose layers a worker's answer last set (transcriptAnnotator.experimental.editsInWorker). */
  shownVersion?: number;
  tags?: Omit<DecorationSnapshot, 'turns' | 'suggested'>;
}

const DECORATIONS = new DocumentSlot<DrawnDecorations>('decorations', (drawn) => drawn.pending?.source.cancel());

export class DecorationManager extends Disposable {
  private readonly speakerTypes: SpeakerTypes[];
  private readonly pinnedTypes = new Map<string, SpeakerTypes>();
  private readonly suggestedTypes: Record<ClaimKind, vscode.TextEditorDecorationType>;
  private readonly taggedTypes: Record<ClaimKind, vscode.TextEditorDecorationType>;
  /** The tag's icon, on an empty range at its start: on the whole range it repeated on every (wrapped) line. */
  private readonly taggedGutterTypes: Record<ClaimKind, vscode.TextEditorDecorationType>;
  private readonly fuzzyType: vscode.TextEditorDecorationType;
  private readonly fuzzyGutterType: vscode.TextEditorDecorationType;
  private readonly orphanType: vscode.TextEditorDecorationType;
  private readonly stageType: vscode.TextEditorDecorationType;
  /** Per editor: the lines its analysis decorations cover. */
  private readonly drawnWindows = new WeakMap<vscode.TextEditor, LineWindow[]>();
  private readonly windowRedraws = new Set<vscode.TextEditor>();
  /** Per visible editor: the ranges it shows of each analysis layer and each tag layer, by layer name (see shownAnalysis). */
  private readonly sent = new Map<vscode.TextEditor, { analysis: SentDecorations<string>; tags: SentDecorations<string> }>();
  /** The decoration type of each layer name sent (for the resend once typing pauses). */
  private readonly layerTypes = new Map<string, vscode.TextEditorDecorationType>();
  /** Per editor with a resend due (the layers left as the editor moved them, once typing pauses): its draws since. */
  private readonly settles = new Map<vscode.TextEditor, { draws: number }>();
  private readonly onDidRenderEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidRender = this.onDidRenderEmitter.event;

  constructor(
    private readonly states: DocumentStates,
    private readonly extensionUri: vscode.Uri,
    private readonly tracker: DocumentTracker,
    private readonly analysis: AnalysisCache,
    private readonly sessions: AnnotationSessions,
    private readonly configuration: Configuration,
  ) {
    super();
    this.speakerTypes = Array.from({ length: SPEAKER_SLOTS }, (_, i) => this.createSpeakerTypes(new vscode.ThemeColor(`transcriptAnnotator.speaker${i + 1}`)));
    this.suggestedTypes = this.perKind((kind) => ({
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      borderColor: new vscode.ThemeColor(`transcriptAnnotator.${kind}Suggestion`),
    }));
    this.taggedTypes = this.perKind((kind) => ({
      backgroundColor: new vscode.ThemeColor(`transcriptAnnotator.${kind}Background`),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      borderColor: new vscode.ThemeColor(`transcriptAnnotator.${kind}Border`),
      overviewRulerColor: new vscode.ThemeColor(`transcriptAnnotator.${kind}Border`),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    }));
    this.taggedGutterTypes = this.perKind((kind) => ({ gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', `tag-${kind}.svg`), gutterIconSize: '80%' }));
    this.fuzzyGutterType = this._register(
      vscode.window.createTextEditorDecorationType({ gutterIconPath: vscode.Uri.joinPath(this.extensionUri, 'media', 'tag-fuzzy.svg'), gutterIconSize: '80%' }),
    );
    this.fuzzyType = this._register(
      vscode.window.createTextEditorDecorationType({
        outlineStyle: 'dashed',
        outlineWidth: '1px',
        outlineColor: new vscode.ThemeColor('transcriptAnnotator.fuzzyBorder'),
        overviewRulerColor: new vscode.ThemeColor('transcriptAnnotator.fuzzyBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
    );
    this.orphanType = this._register(
      vscode.window.createTextEditorDecorationType({
        isWholeLine: true,
        after: { color: new vscode.ThemeColor('editorError.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
      }),
    );
    this.stageType = this._register(
      vscode.window.createTextEditorDecorationType({ color: new vscode.ThemeColor('transcriptAnnotator.stageDirection'), fontStyle: 'italic' }),
    );

    this._register(
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        // A hidden editor misses the edits that move its decorations: it is drawn in full when shown again.
        for (const editor of [...this.sent.keys()]) if (!editors.includes(editor)) this.sent.delete(editor);
        this.refreshVisible();
      }),
    );
    this._register(
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        for (const [editor, sent] of this.sent) {
          if (editor.document !== document) continue;
          for (const change of contentChanges) {
            sent.analysis.edited(change);
            sent.tags.edited(change);
          }
        }
      }),
    );
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.visibleRangesChanged(textEditor)));
    this._register(analysis.onDidAnalyze((document) => this.schedule(document, 'analysis')));
    this._register(analysis.onDidPreview(({ document, preview }) => this.drawPreview(document, preview)));
    this._register(sessions.onDidChange((document) => this.schedule(document, 'tags')));
    this._register(tracker.onDidChange((document) => this.schedule(document, 'all')));
    this._register(
      configuration.onDidChange((change) => {
        if (change.affects('speakerColors')) this.disposePinned();
        this.refreshVisible();
      }),
    );
    this._register({ dispose: () => this.disposePinned() });
    this.refreshVisible();
  }

  /** The decorations last drawn for a document, the analysis layers as if the whole document were visible. */
  snapshot(uri: vscode.Uri): DecorationSnapshot {
    const entry = this.states.get(uri, DECORATIONS);
    const analysis = entry?.analysis ? analysisSnapshot(entry.analysis) : undefined;
    return {
      turns: analysis?.turns ?? [],
      suggested: analysis?.suggested ?? [],
      tagged: entry?.tags?.tagged ?? [],
      fuzzy: entry?.tags?.fuzzy ?? [],
      orphaned: entry?.tags?.orphaned ?? [],
    };
  }

  /** The document version of the analysis the analysis layers were last drawn from; with `preview`, a preview counts. */
  analysedVersion(uri: vscode.Uri, preview = false): number | undefined {
    const drawn = this.states.get(uri, DECORATIONS);
    return drawn?.analysis?.analysed.version ?? (preview ? drawn?.previewVersion : undefined);
  }

  /**
   * The document version the analysis layers were last set for, by a full analysis's redraw or a worker's answer
   * (transcriptAnnotator.experimental.editsInWorker): what the editor shows near its visible lines.
   */
  shownVersion(uri: vscode.Uri): number | undefined {
    const drawn = this.states.get(uri, DECORATIONS);
    const analysed = drawn?.analysis?.analysed.version;
    if (drawn?.shownVersion === undefined) return analysed;
    return analysed === undefined ? drawn.shownVersion : Math.max(analysed, drawn.shownVersion);
  }

  /** The line windows an editor's analysis decorations were last drawn for (none before the first). */
  drawnLines(editor: vscode.TextEditor): readonly LineWindow[] {
    return this.drawnWindows.get(editor) ?? [];
  }

  private refreshVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document, 'all');
  }

  private schedule(document: vscode.TextDocument, what: Layer): void {
    if (!vscode.window.visibleTextEditors.some((editor) => editor.document === document)) return;
    const drawn = this.states.ensure(document.uri, DECORATIONS, () => ({}));
    const previous = drawn.pending;
    previous?.source.cancel();
    // The newer request replaces the older one, and inherits what the older one still had to draw.
    const layer: Layer = previous && previous.layer !== what ? 'all' : what;
    const source = new vscode.CancellationTokenSource();
    drawn.pending = { source, layer };
    setTimeout(() => {
      if (source.token.isCancellationRequested || this.isDisposed) return;
      drawn.pending = undefined;
      source.dispose();
      this.render(document, layer);
    }, 0);
  }

  private render(document: vscode.TextDocument, what: Layer): void {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
    if (editors.length === 0) return;
    const entry = this.states.ensure(document.uri, DECORATIONS, () => ({}));
    const enabled = this.tracker.isEnabled(document);
    // Until the analysis of this version is done, the analysis layers stay as they are (a preview, nothing, or
    // the last analysis's, which VS Code moves along with the edits); the analysis redraws them when it is done.
    if (what !== 'tags' && (!enabled || this.analysis.isCurrent(document))) entry.analysis = this.renderAnalysis(document, editors, enabled);
    if (what !== 'analysis') entry.tags = this.renderTags(document, editors, enabled);
    this.onDidRenderEmitter.fire(document.uri);
  }

  private renderAnalysis(document: vscode.TextDocument, editors: vscode.TextEditor[], enabled: boolean): AnalysisSource | undefined {
    const analysed = enabled ? this.analysis.get(document) : undefined;
    const source = analysed && this.sourceFor(document, analysed);
    for (const editor of editors) this.drawAnalysis(editor, source);
    return source;
  }

  private sourceFor(document: vscode.TextDocument, analysed: AnalyzedDocument): AnalysisSource {
    const settings = this.configuration.get(document.uri);
    return {
      analysed,
      turnDecorations: settings.speakerTurnDecorations,
      claimDecorations: settings.suggestedClaimDecorations,
      speakerColors: settings.speakerColors,
      slots: speakerSlots(analysed.analysis),
    };
  }

  /** Draws a preview of the visible lines at once, unless the full analysis was drawn already. */
  private drawPreview(document: vscode.TextDocument, preview: AnalyzedDocument): void {
    const drawn = this.states.ensure(document.uri, DECORATIONS, () => ({}));
    if (drawn.analysis) return;
    drawn.previewVersion = preview.version;
    const source = this.sourceFor(document, preview);
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.drawAnalysis(editor, source);
    this.onDidRenderEmitter.fire(document.uri);
  }

  /**
   * Sets the analysis decorations of one editor, for the lines near its visible ranges only. Ranges are
   * gathered as numbers and compared with what was sent; range objects are built only for the layers sent
   * (a keystroke sends the few layers with a range on its line).
   */
  private drawAnalysis(editor: vscode.TextEditor, source: AnalysisSource | undefined): void {
    let layers: AnalysisLayers | undefined;
    if (source) {
      const { analysed } = source;
      const lines = drawnWindows(editor.visibleRanges.map(lineWindow), analysed.lines.lineCount);
      this.drawnWindows.set(editor, lines);
      layers = analysisLayers(analysed.analysis, analysed.lines, lines, source, source.slots);
    } else {
      this.drawnWindows.delete(editor);
    }
    this.sendLayers(editor, layers);
  }

  /**
   * Sets the analysis layers a worker gathered for `version` of the editor's document, in the line windows
   * `lines` (transcriptAnnotator.experimental.editsInWorker): as drawAnalysis would from the same analysis.
   */
  applyWorkerLayers(editor: vscode.TextEditor, version: number, lines: readonly LineWindow[], layers: AnalysisLayers): void {
    if (editor.document.version !== version || !vscode.window.visibleTextEditors.includes(editor)) return;
    this.drawnWindows.set(editor, [...lines]);
    this.sendLayers(editor, layers);
    const drawn = this.states.ensure(editor.document.uri, DECORATIONS, () => ({}));
    drawn.shownVersion = version;
    this.onDidRenderEmitter.fire(editor.document.uri);
  }

  /** Sends the layers whose ranges changed: a keystroke changes one or two near the edited line. */
  private sendLayers(editor: vscode.TextEditor, layers: AnalysisLayers | undefined): void {
    const sent = this.sentTo(editor).analysis;
    const send = (name: string, type: vscode.TextEditorDecorationType, ranges: FlatRanges | undefined): void => {
      const flat = ranges ?? NO_RANGES;
      this.layerTypes.set(name, type);
      if (sent.needsSending(name, flat)) editor.setDecorations(type, rangesOf(flat, newRange));
    };
    this.speakerTypes.forEach((types, slot) => {
      send(`label ${slot}`, types.label, layers?.labels.get(slot));
      send(`body ${slot}`, types.body, layers?.bodies.get(slot));
    });
    // A pinned colour drawn for the first time gets its types before the loop below sends it.
    for (const key of [...(layers?.labels.keys() ?? []), ...(layers?.bodies.keys() ?? [])]) if (typeof key === 'string') this.pinnedTypesFor(key);
    for (const [color, types] of this.pinnedTypes) {
      send(`label ${color}`, types.label, layers?.labels.get(color));
      send(`body ${color}`, types.body, layers?.bodies.get(color));
    }
    for (const kind of CLAIM_KINDS) send(`suggested ${kind}`, this.suggestedTypes[kind], layers?.suggested[kind]);
    send('stage', this.stageType, layers?.stage);
    sent.drawn();
    if (sent.hasMoved()) this.settleLater(editor);
  }

  /**
   * Sends again, once typing has paused, the layers left as the editor moved them (see SentDecorations.hasMoved):
   * SETTLE_MS after a timer tick that found no draw since the last. One timer per editor; a draw only counts
   * itself, which costs less than a timer set and cleared, or a clock read, on every keystroke.
   */
  private settleLater(editor: vscode.TextEditor): void {
    const settle = this.settles.get(editor);
    if (settle) {
      settle.draws++;
      return;
    }
    const next = { draws: 0 };
    let seen = 0;
    const fire = (): void => {
      if (next.draws !== seen && !this.isDisposed) {
        seen = next.draws;
        setTimeout(fire, SETTLE_MS);
        return;
      }
      this.settles.delete(editor);
      const sent = this.sent.get(editor);
      if (this.isDisposed || !sent || !vscode.window.visibleTextEditors.includes(editor)) return;
      for (const layers of [sent.analysis, sent.tags]) {
        // Edited since: the next draw moves or sends them, and calls this again.
        if (layers.editedSinceDrawn()) continue;
        for (const name of layers.takeMoved()) {
          const type = this.layerTypes.get(name);
          const ranges = layers.shown().get(name);
          if (type && ranges) editor.setDecorations(type, rangesOf(ranges, newRange));
        }
      }
    };
    this.settles.set(editor, next);
    setTimeout(fire, SETTLE_MS);
  }

  /**
   * The analysis layers an editor shows, by layer (`label <slot or pinned colour>`, `body …`, `suggested
   * <kind>`, `stage`): what was last sent, as the edits since moved it in the editor (see SentDecorations).
   */
  shownAnalysis(editor: vscode.TextEditor): ReadonlyMap<string, readonly vscode.Range[]> {
    const shown = new Map<string, vscode.Range[]>();
    for (const [name, flat] of this.sent.get(editor)?.analysis.shown() ?? []) shown.set(name, rangesOf(flat, newRange));
    return shown;
  }

  private sentTo(editor: vscode.TextEditor): { analysis: SentDecorations<string>; tags: SentDecorations<string> } {
    let sent = this.sent.get(editor);
    if (!sent) this.sent.set(editor, (sent = { analysis: new SentDecorations(), tags: new SentDecorations() }));
    return sent;
  }

  /** Scrolling: redraws the analysis layers once the visible lines near the edge of what was drawn. */
  private visibleRangesChanged(editor: vscode.TextEditor): void {
    const drawn = this.drawnWindows.get(editor);
    if (!drawn || this.windowRedraws.has(editor)) return;
    const visible = editor.visibleRanges.map(lineWindow);
    if (windowsCover(drawn, visible, editor.document.lineCount, drawingMargins(visible, WINDOW_MARGIN_LINES, WINDOW_SLACK_LINES).slack)) return;
    this.windowRedraws.add(editor);
    setTimeout(() => {
      this.windowRedraws.delete(editor);
      if (this.isDisposed) return;
      const source = this.states.get(editor.document.uri, DECORATIONS)?.analysis;
      // After an edit, the analysis under way redraws when it is done; the old spans would be misplaced.
      if (source && source.analysed.version === editor.document.version) this.drawAnalysis(editor, source);
    }, 0);
  }

  private renderTags(document: vscode.TextDocument, editors: vscode.TextEditor[], enabled: boolean): Omit<DecorationSnapshot, 'turns' | 'suggested'> {
    const session = enabled ? this.sessions.peek(document.uri) : undefined;
    const annotations: readonly AnnotationView[] = session?.annotations ?? [];
    const tagged = this.perKindLists<vscode.Range>();
    const fuzzy: vscode.Range[] = [];
    const orphaned: vscode.DecorationOptions[] = [];
    const taggedSnapshot: DecorationSnapshot['tagged'] = [];
    for (const annotation of annotations) {
      if (annotation.span) {
        const range = new vscode.Range(document.positionAt(annotation.span.start), document.positionAt(annotation.span.end));
        tagged[annotation.kind].push(range);
        taggedSnapshot.push({ kind: annotation.kind, id: annotation.id, range });
        if (annotation.status === 'fuzzy') fuzzy.push(range);
      } else {
        const line = document.positionAt(annotation.storedStart).line;
        const range = document.lineAt(line).range;
        orphaned.push({
          range,
          renderOptions: { after: { contentText: plainText(vscode.l10n.t('⚠ orphaned {0} tag: “{1}”', kindLabel(annotation.kind), shorten(annotation.exact))) } },
        });
      }
    }
    const atStart = (range: vscode.Range): vscode.Range => new vscode.Range(range.start, range.start);
    const orphanRanges = orphaned.map((o) => o.range);
    for (const editor of editors) {
      // As for the analysis layers: only the layers whose ranges changed (a keystroke moves the tags after it).
      const sent = this.sentTo(editor).tags;
      const send = (name: string, type: vscode.TextEditorDecorationType, ranges: vscode.Range[]): void => {
        this.layerTypes.set(name, type);
        if (sent.needsSending(name, flatRanges(ranges))) editor.setDecorations(type, ranges);
      };
      for (const kind of CLAIM_KINDS) {
        send(`tagged ${kind}`, this.taggedTypes[kind], tagged[kind]);
        send(`tag gutter ${kind}`, this.taggedGutterTypes[kind], tagged[kind].map(atStart));
      }
      send('fuzzy', this.fuzzyType, fuzzy);
      send('fuzzy gutter', this.fuzzyGutterType, fuzzy.map(atStart));
      // An orphan's text may change where its range does not: sent whenever there are any (its type is not in
      // layerTypes, so the resend after a pause, which has only ranges, leaves it out).
      if (sent.needsSending('orphaned', flatRanges(orphanRanges)) || orphaned.length > 0) editor.setDecorations(this.orphanType, orphaned);
      sent.drawn();
      if (sent.hasMoved()) this.settleLater(editor);
    }
    return { tagged: taggedSnapshot, fuzzy, orphaned: orphanRanges };
  }

  private createSpeakerTypes(color: string | vscode.ThemeColor): SpeakerTypes {
    return {
      label: this._register(vscode.window.createTextEditorDecorationType({ color, fontWeight: 'bold' })),
      body: this._register(
        vscode.window.createTextEditorDecorationType({
          isWholeLine: true,
          borderStyle: 'none none none solid',
          borderWidth: '0 0 0 3px',
          borderColor: color,
          overviewRulerColor: color,
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      ),
    };
  }

  private pinnedTypesFor(color: string): SpeakerTypes {
    let types = this.pinnedTypes.get(color);
    if (!types) {
      const value = /^(#|rgb|hsl)/iu.test(color) ? color : new vscode.ThemeColor(color);
      types = {
        label: vscode.window.createTextEditorDecorationType({ color: value, fontWeight: 'bold' }),
        body: vscode.window.createTextEditorDecorationType({
          isWholeLine: true,
          borderStyle: 'none none none solid',
          borderWidth: '0 0 0 3px',
          borderColor: value,
          overviewRulerColor: value,
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      };
      this.pinnedTypes.set(color, types);
    }
    return types;
  }

  private disposePinned(): void {
    // Their layers go with them; a new type of the same colour starts with nothing shown.
    this.sent.clear();
    for (const types of this.pinnedTypes.values()) {
      types.label.dispose();
      types.body.dispose();
    }
    this.pinnedTypes.clear();
  }

  private perKind(options: (kind: ClaimKind) => vscode.DecorationRenderOptions): Record<ClaimKind, vscode.TextEditorDecorationType> {
    return Object.fromEntries(CLAIM_KINDS.map((kind) => [kind, this._register(vscode.window.createTextEditorDecorationType(options(kind)))])) as Record<
      ClaimKind,
      vscode.TextEditorDecorationType
    >;
  }

  private perKindLists<T>(): Record<ClaimKind, T[]> {
    return { fact: [], forecast: [], opinion: [] };
  }
}

/** The turns and suggested claims of the whole document, as the snapshot reports them. */
function analysisSnapshot(source: AnalysisSource): Pick<DecorationSnapshot, 'turns' | 'suggested'> {
  const { analysed } = source;
  const range = (span: Span): vscode.Range => toRange(analysed.lines.rangeOf(span));
  const turns = source.turnDecorations
    ? analysed.analysis.turns.map((turn) => ({ speaker: turn.speaker, slot: ownEntry(source.speakerColors, turn.speaker) ?? source.slots.get(turn.speaker) ?? 0, range: range(turn.span) }))
    : [];
  const suggested = source.claimDecorations ? CLAIM_KINDS.flatMap((kind) => analysed.analysis.claims.filter((c) => c.kind === kind).map((c) => ({ kind, range: range(c.span) }))) : [];
  return { turns, suggested };
}

function lineWindow(range: vscode.Range): LineWindow {
  return { start: range.start.line, end: range.end.line };
}

export function toRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function kindLabel(kind: ClaimKind): string {
  switch (kind) {
    case 'fact':
      return vscode.l10n.t('fact');
    case 'forecast':
      return vscode.l10n.t('forecast');
    case 'opinion':
      return vscode.l10n.t('opinion');
  }
}

export function shorten(text: string, max = 40): string {
  const chars = Array.from(text.replace(/\s+/gu, ' '));
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

const NO_RANGES: FlatRanges = [];

function newRange(startLine: number, startCharacter: number, endLine: number, endCharacter: number): vscode.Range {
  return new vscode.Range(startLine, startCharacter, endLine, endCharacter);
}
