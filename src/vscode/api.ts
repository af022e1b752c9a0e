import type * as vscode from 'vscode';
import type { QueueItem } from '../core/queue/queue';
import type { AnnotationGroupNode } from '../presentation/annotationsTree';
import type { AnnotationView } from '../presentation/annotationView';
import type { SpeakerNode } from '../presentation/speakersTree';
import type { TopicNode } from '../presentation/topicsTree';
import type { SidecarProblem } from './annotations/repository';
import type { DecorationSnapshot } from './decorations';
import type { ThreadSnapshot } from './threads';
import type { ShownMessage } from './ui/untrustedUi';

/** What `activate` returns: read-only views of the extension's state, for tests and other extensions. */
export interface TranscriptAnnotatorApi {
  isEnabled(uri: vscode.Uri): boolean;
  /** `enabled`, `tooLarge` or `disabled` for an open document. */
  state(uri: vscode.Uri): 'enabled' | 'tooLarge' | 'disabled' | undefined;
  decorations(uri: vscode.Uri): DecorationSnapshot;
  /** The document version whose full analysis the decorations show; undefined before the first, unless `preview` counts a preview of the visible lines. */
  decoratedVersion(uri: vscode.Uri, preview?: boolean): number | undefined;
  /** The document version the analysis layers near the visible lines were last set for: by a full analysis's redraw, or a worker's answer to an edit (`experimental.editsInWorker`). */
  shownVersion(uri: vscode.Uri): number | undefined;
  /** Whether the worker follows the document's local edits and answers them with layers (`experimental.editsInWorker`). */
  editsFollowed(uri: vscode.Uri): boolean;
  /** The lines (0-based, inclusive) an editor's analysis decorations were last drawn for: the visible lines and the margins around them. */
  decoratedLines(editor: vscode.TextEditor): readonly { readonly start: number; readonly end: number }[];
  /** The analysis layers an editor shows near its visible lines, by layer (`label <slot>`, `body <slot>`, `suggested <kind>`, `stage`; a pinned speaker colour in place of the slot). */
  shownAnalysisDecorations(editor: vscode.TextEditor): ReadonlyMap<string, readonly vscode.Range[]>;
  /** Where full analyses run: `worker`, or `this thread` (the extension host's) when no worker could start. */
  analysisThread(): 'worker' | 'this thread';
  topicsTree(): TopicNode[];
  speakersTree(): SpeakerNode[];
  /** How many top-level rows a sidebar view was last given (what it shows); `undefined` while it has not asked since a full redraw. */
  shownTreeRows(view: 'topics' | 'speakers'): number | undefined;
  annotationsTree(): AnnotationGroupNode[];
  annotations(uri: vscode.Uri): readonly AnnotationView[];
  sidecarProblem(uri: vscode.Uri): SidecarProblem | undefined;
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
  /** Which services still keep state for a document (`tracking`, `analysis`, …); none once it is closed. */
  documentState(uri: vscode.Uri): string[];
  /** The discussion threads shown on a document's tags (Comments API), with their comments as shown. */
  threads(uri: vscode.Uri): ThreadSnapshot[];
  /** The latest notifications, oldest first, as the extension passed them to VS Code. */
  shownMessages(): readonly ShownMessage[];
  /** The desk queue as its view shows it: groups (key as stored, label as shown) of items, and the view's message. */
  queue(): { grouping: string; filter: string; groups: { key: string | undefined; label: string; items: readonly QueueItem[] }[]; message: string | undefined };
  /** Resolves once the desk queue has read and checked every file it was told about so far. */
  queueSettled(): Promise<void>;
  /** Fires after decorations are drawn for a document. */
  readonly onDidRender: vscode.Event<vscode.Uri>;
}
