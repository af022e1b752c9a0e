import * as vscode from 'vscode';
import type { ClaimKind } from '../core/analysis/model';
import { CLAIM_KINDS } from '../core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../core/claims/classify';
import { readStatusWorkflow, type StatusWorkflow } from '../core/desk/status';
import { readVerdictScale, type VerdictScaleStep } from '../core/desk/verdict';
import { type DisplayScript, isDisplayScript } from '../presentation/labelDisplay';
import { Disposable } from './util/dispose';

export const SECTION = 'transcriptAnnotator';

/** Every setting, typed; read again after any configuration change, so that changes apply without a reload. */
export interface TranscriptSettings {
  /** The name written into tags; '' until the user gives one (tagging asks for it then, see AuthorName). */
  readonly author: string;
  readonly enabledLanguages: readonly string[];
  readonly filePatterns: readonly string[];
  readonly detectInLanguages: readonly string[];
  /** Pattern sources; workspace-level values only in trusted workspaces. */
  readonly speakerLabelPatterns: readonly string[];
  readonly cueWords: Partial<Record<ClaimKind, readonly string[]>>;
  readonly speakerColors: Readonly<Record<string, string>>;
  readonly speakerTurnDecorations: boolean;
  readonly suggestedClaimDecorations: boolean;
  /** Suggested claims below this confidence (0–1) are hidden everywhere in the editor. */
  readonly minimumClaimConfidence: number;
  readonly maxFileSize: number;
  readonly analysisDelay: number;
  /** Full analyses go to the worker (when it starts); off runs them on the extension host's thread. */
  readonly analysisInWorker: boolean;
  /** Local edits analysed in the worker too, the host only setting the layers it answers with (editsInWorker.ts); on by default. */
  readonly editsInWorker: boolean;
  /** Script that speaker names and topic titles are shown in; the file is never changed. */
  readonly displayScript: DisplayScript;
  /** Turn word wrap on for plain-text and Markdown transcripts (the transcript languages have it by default). */
  readonly wordWrap: boolean;
  /** The fact-checking desk: verdicts offered by Set Verdict, the status workflow, Next Claim's skipping. */
  readonly verdictScale: readonly VerdictScaleStep[];
  readonly statusWorkflow: StatusWorkflow;
  readonly nextClaimSkipsTagged: boolean;
}

/** A setting's key below `transcriptAnnotator.`, as package.json declares it. */
export type SettingKey =
  | 'author' | 'enabledLanguages' | 'filePatterns' | 'detectInLanguages' | 'speakerLabelPatterns' | 'cueWords'
  | 'speakerColors' | 'decorations.speakerTurns' | 'decorations.suggestedClaims' | 'maxFileSize' | 'analysisDelay' | 'analysisInWorker' | 'experimental.editsInWorker'
  | 'displayScript' | 'claims.minimumConfidence' | 'wordWrap'
  | 'verdictScale' | 'statusWorkflow' | 'statusCheckedFrom' | 'nextClaim.skipTagged';

export interface ConfigurationChange {
  /** True when the change may touch one of `keys` (any of our settings when none are given). */
  affects(...keys: SettingKey[]): boolean;
}

/**
 * The one place that reads settings and announces their changes, so services subscribe to
 * `onDidChange` instead of each filtering VS Code's configuration events themselves.
 */
export class Configuration extends Disposable {
  private readonly changes = this._register(new vscode.EventEmitter<ConfigurationChange>());
  readonly onDidChange = this.changes.event;
  /**
   * Settings by scope, until the configuration, the trust or the folders change: reading them takes about
   * 0.1 ms a setting, and typing reads them several times per keystroke.
   */
  private readonly cache = new Map<string, TranscriptSettings>();

  constructor() {
    super();
    // Before this class's listeners below, and before the services' (they subscribe later): none reads a stale entry.
    const forget = (): void => this.cache.clear();
    this._register(vscode.workspace.onDidChangeConfiguration(forget));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(forget));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(forget));
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(SECTION)) return;
        this.changes.fire({ affects: (...keys) => keys.length === 0 || keys.some((key) => event.affectsConfiguration(`${SECTION}.${key}`)) });
      }),
    );
    // Granting trust reveals the workspace's values of restricted settings (the label patterns), and
    // detection depends on them: every consumer re-reads.
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.changes.fire({ affects: () => true })));
  }

  get(scope?: vscode.ConfigurationScope): TranscriptSettings {
    const key = scopeKey(scope);
    const cached = this.cache.get(key);
    if (cached) return cached;
    if (this.cache.size >= MAX_CACHED_SCOPES) this.cache.clear();
    const settings = this.read(scope);
    this.cache.set(key, settings);
    return settings;
  }

  private read(scope: vscode.ConfigurationScope | undefined): TranscriptSettings {
    const config = vscode.workspace.getConfiguration(SECTION, scope);
    return {
      author: trimmedString(config.get('author')),
      enabledLanguages: stringArray(config.get('enabledLanguages')),
      filePatterns: stringArray(config.get('filePatterns')),
      detectInLanguages: stringArray(config.get('detectInLanguages')),
      speakerLabelPatterns: this.trustedPatterns(config),
      cueWords: cueWords(config.get('cueWords')),
      speakerColors: stringRecord(config.get('speakerColors')),
      speakerTurnDecorations: config.get<boolean>('decorations.speakerTurns', true),
      suggestedClaimDecorations: config.get<boolean>('decorations.suggestedClaims', true),
      minimumClaimConfidence: Math.min(1, Math.max(0, numberOr(config.get('claims.minimumConfidence'), DEFAULT_MINIMUM_CONFIDENCE))),
      maxFileSize: numberOr(config.get('maxFileSize'), 2_000_000),
      analysisDelay: Math.min(5000, Math.max(0, numberOr(config.get('analysisDelay'), 300))),
      analysisInWorker: config.get('analysisInWorker') !== false,
      editsInWorker: config.get('experimental.editsInWorker') !== false,
      displayScript: displayScript(config.get('displayScript')),
      wordWrap: config.get<boolean>('wordWrap', true),
      verdictScale: readVerdictScale(config.get('verdictScale')),
      statusWorkflow: readStatusWorkflow(config.get('statusWorkflow'), config.get('statusCheckedFrom')),
      nextClaimSkipsTagged: config.get<boolean>('nextClaim.skipTagged', false),
    };
  }

  /**
   * Regular expressions run in the extension host, so a workspace must not be able to supply them unless
   * the user trusts it. VS Code already hides restricted settings in untrusted workspaces; this guards too.
   */
  private trustedPatterns(config: vscode.WorkspaceConfiguration): string[] {
    if (vscode.workspace.isTrusted) return stringArray(config.get('speakerLabelPatterns'));
    return stringArray(config.inspect<string[]>('speakerLabelPatterns')?.globalValue);
  }
}

const MAX_CACHED_SCOPES = 200;

/** What the settings of a scope depend on: its resource, and its language (language-specific settings). */
function scopeKey(scope: vscode.ConfigurationScope | undefined): string {
  if (!scope) return '';
  if (scope instanceof vscode.Uri) return scope.toString();
  const uri = 'uri' in scope ? scope.uri?.toString() ?? '' : '';
  return 'languageId' in scope ? `${uri}\u0000${scope.languageId}` : uri;
}

function trimmedString(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function cueWords(value: unknown): Partial<Record<ClaimKind, string[]>> {
  const result: Partial<Record<ClaimKind, string[]>> = {};
  if (!value || typeof value !== 'object') return result;
  for (const kind of CLAIM_KINDS) {
    const words = stringArray((value as Record<string, unknown>)[kind]).filter((word) => word.trim() !== '');
    if (words.length > 0) result[kind] = words;
  }
  return result;
}

function displayScript(value: unknown): DisplayScript {
  return isDisplayScript(value) ? value : 'original';
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
