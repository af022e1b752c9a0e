import * as vscode from 'vscode';
import type { Configuration } from './configuration';
import { SECTION } from './configuration';

/** A name to offer when asking for the author: the git user name or the OS user (desktop), nothing on the web. */
export type AuthorSuggestion = (scope: vscode.Uri | undefined) => Promise<string | undefined>;

/**
 * Who is tagging. Tags carry their author's name, so an empty setting is not papered over with a guess:
 * before the first change the user is asked once (a likely name prefilled) and the answer is stored in the
 * user setting, where it can be changed.
 */
export class AuthorName {
  /** One question at a time: a second command while the box is open waits for the same answer. */
  private asking: Promise<string | undefined> | undefined;

  constructor(
    private readonly configuration: Configuration,
    private readonly suggest: AuthorSuggestion,
  ) {}

  /** The configured name, or '' when there is none yet (nothing is asked). */
  current(scope?: vscode.Uri): string {
    return this.configuration.get(scope).author;
  }

  /** The configured name, else the one the user enters now; undefined when they cancel (Escape). */
  async ensure(scope?: vscode.Uri): Promise<string | undefined> {
    const configured = this.current(scope);
    if (configured) return configured;
    this.asking ??= this.ask(scope).finally(() => (this.asking = undefined));
    return this.asking;
  }

  private async ask(scope: vscode.Uri | undefined): Promise<string | undefined> {
    const suggested = await this.suggest(scope).catch(() => undefined);
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Your Name for Tags'),
      prompt: vscode.l10n.t('Stored as the author of the tags you make and as who changed a tag, and saved in the user setting Transcript Annotator: Author. Escape cancels.'),
      value: suggested ?? '',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter a name.') : undefined),
    });
    const trimmed = name?.trim();
    if (!trimmed) return undefined;
    await vscode.workspace.getConfiguration(SECTION).update('author', trimmed, vscode.ConfigurationTarget.Global);
    return trimmed;
  }
}
