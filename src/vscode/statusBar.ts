import * as vscode from 'vscode';
import { StatusMenuCommand } from './commands/statusMenu';
import { couldBeTranscript } from '../presentation/detect';
import type { Services } from './services';
import { Disposable } from './util/dispose';
import { plainText } from '../presentation/untrustedText';

/** How many lines of a file the could-it-be-a-transcript guess reads. */
const SAMPLE_LINES = 400;
/** Tag changes update the item after this pause: typing moves the tags after the cursor on every keystroke, and the counts shown rarely change. */
const TAGS_UPDATE_DELAY_MS = 250;

/**
 * Shows whether the active file is treated as a transcript, on transcripts and files that could be one
 * (never on every README); a click opens its menu (StatusMenuCommand).
 */
export class TranscriptStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('transcriptAnnotator.status', vscode.StatusBarAlignment.Right, 100));
  private tagsUpdate: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly services: Services) {
    super();
    this.item.name = vscode.l10n.t('Transcript Annotator');
    this.item.command = StatusMenuCommand.ID;
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(services.tracker.onDidChange(() => this.update()));
    this._register(
      services.sessions.onDidChange(() => {
        clearTimeout(this.tagsUpdate);
        this.tagsUpdate = setTimeout(() => this.update(), TAGS_UPDATE_DELAY_MS);
      }),
    );
    this._register({ dispose: () => clearTimeout(this.tagsUpdate) });
    this._register(services.configuration.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      this.item.hide();
      return;
    }
    const state = this.services.tracker.state(document);
    const settings = this.services.configuration.get(document.uri);
    const candidate = settings.detectInLanguages.includes(document.languageId) || settings.enabledLanguages.includes(document.languageId);
    this.item.backgroundColor = undefined;
    switch (state.kind) {
      case 'enabled': {
        const session = this.services.sessions.peek(document.uri);
        const tags = session?.annotations.length ?? 0;
        const orphaned = session?.annotations.filter((a) => a.status === 'orphaned').length ?? 0;
        if (session?.problem) {
          this.item.text = `$(warning) ${vscode.l10n.t('Transcript')}`;
          this.item.tooltip = plainText(vscode.l10n.t('The annotations file cannot be read: {0}', session.problem.message));
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        } else {
          this.item.text = `$(comment-discussion) ${vscode.l10n.t('Transcript')}${tags ? ` $(tag) ${tags}` : ''}${orphaned ? ` $(warning) ${orphaned}` : ''}`;
          this.item.tooltip = vscode.l10n.t('Transcript Annotator is on for this file. Click for a summary, to turn it off or to open the views.');
        }
        break;
      }
      case 'tooLarge':
        this.item.text = `$(circle-slash) ${vscode.l10n.t('Transcript: too large')}`;
        this.item.tooltip = vscode.l10n.t('Not analysed: {0} characters, the limit is {1}.', state.size.toLocaleString(), state.limit.toLocaleString());
        break;
      case 'disabled':
        if (state.reason === 'unrelated' && !(candidate && this.couldBeTranscript(document))) {
          this.item.hide();
          return;
        }
        this.item.text = `$(circle-slash) ${vscode.l10n.t('Transcript')}`;
        this.item.tooltip = vscode.l10n.t('Transcript Annotator is off for this file. Click to turn it on or to open the views.');
        break;
    }
    this.item.show();
  }

  private couldBeTranscript(document: vscode.TextDocument): boolean {
    const sample = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, SAMPLE_LINES), 0));
    return couldBeTranscript(sample, document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1));
  }
}
