import * as vscode from 'vscode';
import type { ActiveTranscript } from '../activeTranscript';
import type { AnalysisCache, AnalyzedDocument } from '../analysisCache';
import type { AnnotationSessions } from '../annotations/sessions';
import type { ScriptDisplay } from '../scriptDisplay';
import { Disposable } from '../util/dispose';
import type { TreeChange } from './treeRefresh';

/**
 * The data behind a sidebar tree built from the active transcript's analysis: rebuilt lazily when the
 * active transcript, its analysis, its tags or the display script change, and cached until then.
 */
export abstract class AnalysisTreeModel<Node> extends Disposable {
  private cache: { uri: string; roots: Node[] } | undefined;
  /** The transcript whose tree was asked for before its first analysis: the view shows nothing for it yet. */
  private awaitingAnalysis: string | undefined;
  private readonly onDidChangeEmitter = this._register(new vscode.EventEmitter<TreeChange>());
  readonly onDidChange = this.onDidChangeEmitter.event;

  constructor(
    protected readonly active: ActiveTranscript,
    private readonly analysis: AnalysisCache,
    protected readonly sessions: AnnotationSessions,
    protected readonly scripts: ScriptDisplay,
  ) {
    super();
    const refreshFor = (document: vscode.TextDocument, why: TreeChange = 'other'): void => {
      if (document === this.active.document) this.changed(why);
    };
    this._register(active.onDidChange(() => this.changed('transcript')));
    this._register(scripts.onDidChange(() => this.changed()));
    // The first analysis fills an empty view at once, like another transcript would: while typing goes on,
    // redraws after an analysis wait for a pause, and the view stayed empty as long as the typing.
    this._register(analysis.onDidAnalyze((document) => refreshFor(document, this.awaitingAnalysis === document.uri.toString() ? 'transcript' : 'analysis')));
    this._register(sessions.onDidChange((document) => refreshFor(document, 'annotations')));
  }

  get uri(): vscode.Uri | undefined {
    return this.active.document?.uri;
  }

  roots(): Node[] {
    const document = this.active.document;
    if (!document) return [];
    const key = document.uri.toString();
    if (this.cache?.uri === key) return this.cache.roots;
    // Before the first analysis, one under way (in a worker) refreshes the tree when it is done.
    const analysed = this.analysis.latest(document);
    if (!analysed) {
      this.awaitingAnalysis = key;
      return [];
    }
    this.awaitingAnalysis = undefined;
    const roots = this.build(document, analysed);
    this.cache = { uri: key, roots };
    return roots;
  }

  protected abstract build(document: vscode.TextDocument, analysed: AnalyzedDocument): Node[];

  protected changed(why: TreeChange = 'other'): void {
    this.cache = undefined;
    this.onDidChangeEmitter.fire(why);
  }
}
