// The one way the extension shows text in VS Code's UI: notifications, quick picks and Markdown. Every
// message may hold text from a file (a sidecar value, a quote, a name, a reason built from them), so each
// is neutralised here (see src/presentation/untrustedText.ts) before VS Code sees it. A unit test keeps
// raw `vscode.window.show*Message(`, `showQuickPick(` and `new vscode.MarkdownString(` out of the rest of src/vscode.
import * as vscode from 'vscode';
import { pickText, plainText } from '../../presentation/untrustedText';

/** `status`: a short confirmation in the status bar rather than a notification. */
export type MessageSeverity = 'information' | 'warning' | 'error' | 'status';

/** A notification as it was passed to VS Code, for tests (through the extension's API) to check. */
export interface ShownMessage {
  readonly severity: MessageSeverity;
  readonly text: string;
  readonly actions: readonly string[];
}

const KEPT_MESSAGES = 50;
const shown: ShownMessage[] = [];

/** The latest notifications, oldest first, exactly as VS Code received them. */
export function shownMessages(): readonly ShownMessage[] {
  return [...shown];
}

function remember(message: ShownMessage): void {
  shown.push(message);
  if (shown.length > KEPT_MESSAGES) shown.shift();
}

function show(severity: Exclude<MessageSeverity, 'status'>, message: string, actions: readonly string[]): Thenable<string | undefined> {
  const text = plainText(message);
  remember({ severity, text, actions: [...actions] });
  switch (severity) {
    case 'information':
      return vscode.window.showInformationMessage(text, ...actions);
    case 'warning':
      return vscode.window.showWarningMessage(text, ...actions);
    case 'error':
      return vscode.window.showErrorMessage(text, ...actions);
  }
}

/** `actions` are the extension's own button titles; the chosen one comes back as given. */
export function showInformation(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('information', message, actions);
}

export function showWarning(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('warning', message, actions);
}

export function showError(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('error', message, actions);
}

/**
 * `message` in the status bar for `timeoutMs`, after the extension's own `icon` (a codicon name). The status
 * bar renders `$(icon)` too, so the message's own are escaped. Dispose to take it away sooner.
 */
export function showStatus(icon: string, message: string, timeoutMs: number): vscode.Disposable {
  const text = pickText(message);
  remember({ severity: 'status', text, actions: [] });
  return vscode.window.setStatusBarMessage(`$(${icon}) ${text}`, timeoutMs);
}

/**
 * A quick pick whose labels, descriptions and details may come from files. Returns the item picked, as
 * given (not the neutralised copy VS Code showed).
 */
export async function pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T | undefined> {
  const shownItems = items.map((item, index) => ({
    label: pickText(item.label),
    ...(item.description !== undefined ? { description: pickText(item.description) } : {}),
    ...(item.detail !== undefined ? { detail: pickText(item.detail) } : {}),
    index,
  }));
  const picked = await vscode.window.showQuickPick(shownItems, {
    ...options,
    ...(options.title !== undefined ? { title: plainText(options.title) } : {}),
    ...(options.placeHolder !== undefined ? { placeHolder: plainText(options.placeHolder) } : {}),
  });
  return picked ? items[picked.index] : undefined;
}

/**
 * A menu of the extension's own items (`$(icon)`s and separators kept): their labels and descriptions hold
 * nothing read from a file, only words and numbers the extension composed. Still made one line each.
 */
export async function pickMenu<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Promise<T | undefined> {
  const shownItems = items.map((item, index) => ({
    label: plainText(item.label),
    ...(item.kind !== undefined ? { kind: item.kind } : {}),
    ...(item.description !== undefined ? { description: plainText(item.description) } : {}),
    index,
  }));
  const picked = await vscode.window.showQuickPick(shownItems, { ...options, ...(options.title !== undefined ? { title: plainText(options.title) } : {}) });
  return picked ? items[picked.index] : undefined;
}

/** Picks one of some strings (speaker names, say), returned as given. */
export async function pickString(values: readonly string[], title: string): Promise<string | undefined> {
  return (await pick(values.map((value) => ({ label: value, value })), { title }))?.value;
}

/**
 * Markdown for a tooltip or a hover: untrusted (links to commands do nothing), no HTML. File text goes in
 * only through escapeMarkdown and its siblings.
 */
export function untrustedMarkdown(): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString('', false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/**
 * Markdown a person wrote (a comment in a tag's thread), shown formatted but untrusted: links to commands
 * do nothing, HTML is shown as text, `$(icon)`s are not drawn.
 */
export function userMarkdown(body: string): vscode.MarkdownString {
  const markdown = untrustedMarkdown();
  markdown.supportThemeIcons = false;
  markdown.appendMarkdown(body);
  return markdown;
}

/**
 * Markdown whose own links may run the given commands of this extension, and nothing else. The links and
 * their arguments must be built by the extension (numbers it computed), never from file text.
 */
export function commandMarkdown(enabledCommands: readonly string[]): vscode.MarkdownString {
  const foreign = enabledCommands.filter((command) => !command.startsWith('transcriptAnnotator.'));
  if (foreign.length > 0) throw new Error(`Only the extension's own commands may run from its Markdown: ${foreign.join(', ')}`);
  const markdown = new vscode.MarkdownString('', true);
  markdown.isTrusted = { enabledCommands: [...enabledCommands] };
  markdown.supportHtml = false;
  return markdown;
}
