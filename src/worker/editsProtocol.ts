// Messages between the extension host and the analysis worker for local edits analysed in the worker
// (transcriptAnnotator.experimental.editsInWorker). The worker keeps one IncrementalAnalyzer per document,
// from a full analysis it ran with `keep` (see RunMessage), fed the document's changes in version order; each
// change is answered with the analysis layers of the drawn lines; an edit that is not local is analysed in full
// there, once, and that analysis sent packed for the host to adopt. No `vscode` import.
import type { TextChange } from '../core/analysis/incremental';
import type { AnalysisJobRequest } from '../core/analysis/job';
import type { PackedAnalysis } from '../core/analysis/packed';
import { isAnalysisLayers, type AnalysisLayers, type DrawingSettings } from '../presentation/analysisLayers';
import type { LineWindow } from '../presentation/visibleWindow';

/** Sent with a full analysis's run: the worker keeps an analyzer of that text for the document's later edits. */
export interface KeepRequest {
  readonly document: string;
  /** The document version of the run's text. */
  readonly version: number;
  /** How the document writes line breaks (inserted ones are written so, as VS Code's copy does). */
  readonly eol: '\n' | '\r\n';
  readonly drawing: DrawingSettings;
  /** Claims below this confidence are not drawn (withConfidentClaims). */
  readonly minimumClaimConfidence: number;
  /** The editor's visible lines; the layers are gathered for them and the margins around them. */
  readonly visible: readonly LineWindow[];
}

/** Messages to the worker besides runs. */
export type EditMessage =
  /** One change event: `previous` is the version the changes apply to, `version` the one they lead to; `visible` when the visible lines changed. */
  | { readonly type: 'edit'; readonly document: string; readonly previous: number; readonly version: number; readonly changes: readonly TextChange[]; readonly visible?: readonly LineWindow[] }
  /** The editor's visible lines changed: answered with the layers of the new drawn lines. */
  | { readonly type: 'window'; readonly document: string; readonly visible: readonly LineWindow[] }
  /** The drawing settings changed. */
  | { readonly type: 'drawing'; readonly document: string; readonly drawing: DrawingSettings; readonly minimumClaimConfidence: number }
  /**
   * The host's analysis could not follow the edits locally: the worker's analysis of its newest version is sent
   * (`analysed`) for the host to adopt, instead of a full analysis that would hold up the worker's next edits.
   */
  | { readonly type: 'share'; readonly document: string }
  /** The document was closed or turned off: its analyzer goes. */
  | { readonly type: 'close'; readonly document: string };

/** Replies to edit messages and to runs with `keep`. */
export type EditReply =
  /** The worker keeps an analyzer of the document at `version`. */
  | { readonly type: 'kept'; readonly document: string; readonly version: number }
  /** The layers of `version` in the line windows `lines`. */
  | { readonly type: 'layers'; readonly document: string; readonly version: number; readonly lines: readonly LineWindow[]; readonly layers: AnalysisLayers }
  /** The worker no longer follows the document (an edit that did not follow its text, or a failed update). */
  | { readonly type: 'lost'; readonly document: string; readonly reason: string }
  /** The edits up to `version` are not local: the worker analyses that version in full now; `analysed` (or `lost`) follows. */
  | { readonly type: 'analysing'; readonly document: string; readonly version: number }
  /**
   * The worker's full analysis of `version` (or, asked with `share`, its analyzer's), packed as a run's result (its buffers transferred), for the host to adopt;
   * `options`: runOptionsKey of the run the worker's analyzer was kept from (the options it analysed with).
   */
  | { readonly type: 'analysed'; readonly document: string; readonly version: number; readonly options: string; readonly packed: PackedAnalysis };

/** What a run's analysis depends on besides its text: one made with other options is no reading of the same text. */
export function runOptionsKey(request: Omit<AnalysisJobRequest, 'text'>): string {
  return JSON.stringify([request.fileName, request.format, request.labelPatterns, request.extraCues, request.speakerAliases]);
}

export function isEditMessage(value: unknown): value is EditMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  if (typeof message['document'] !== 'string') return false;
  switch (message['type']) {
    case 'edit':
      return (
        Number.isInteger(message['previous']) && Number.isInteger(message['version']) && Array.isArray(message['changes']) && message['changes'].every(isTextChange) &&
        (message['visible'] === undefined || isLineWindows(message['visible']))
      );
    case 'window':
      return isLineWindows(message['visible']);
    case 'drawing':
      return isDrawingSettings(message['drawing']) && typeof message['minimumClaimConfidence'] === 'number';
    case 'share':
    case 'close':
      return true;
    default:
      return false;
  }
}

export function isKeepRequest(value: unknown): value is KeepRequest {
  if (typeof value !== 'object' || value === null) return false;
  const keep = value as Partial<Record<keyof KeepRequest, unknown>>;
  return (
    typeof keep.document === 'string' && Number.isInteger(keep.version) && (keep.eol === '\n' || keep.eol === '\r\n') &&
    isDrawingSettings(keep.drawing) && typeof keep.minimumClaimConfidence === 'number' && isLineWindows(keep.visible)
  );
}

export function isEditReply(value: unknown): value is EditReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Partial<Record<string, unknown>>;
  if (typeof reply['document'] !== 'string') return false;
  switch (reply['type']) {
    case 'kept':
      return Number.isInteger(reply['version']);
    case 'layers':
      return Number.isInteger(reply['version']) && isLineWindows(reply['lines']) && isAnalysisLayers(reply['layers']);
    case 'lost':
      return typeof reply['reason'] === 'string';
    case 'analysing':
      return Number.isInteger(reply['version']);
    case 'analysed':
      // Checked in full where it is unpacked (unpackAnalysis throws on a malformed one).
      return Number.isInteger(reply['version']) && typeof reply['options'] === 'string' && typeof reply['packed'] === 'object' && reply['packed'] !== null;
    default:
      return false;
  }
}

function isTextChange(value: unknown): value is TextChange {
  if (typeof value !== 'object' || value === null) return false;
  const { rangeOffset, rangeLength, text } = value as Partial<TextChange>;
  return Number.isInteger(rangeOffset) && Number.isInteger(rangeLength) && typeof text === 'string';
}

function isLineWindows(value: unknown): value is LineWindow[] {
  return Array.isArray(value) && value.every((window: Partial<LineWindow> | null) => typeof window === 'object' && window !== null && Number.isInteger(window.start) && Number.isInteger(window.end));
}

function isDrawingSettings(value: unknown): value is DrawingSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { turnDecorations, claimDecorations, speakerColors } = value as Partial<DrawingSettings>;
  return typeof turnDecorations === 'boolean' && typeof claimDecorations === 'boolean' && typeof speakerColors === 'object' && speakerColors !== null;
}
