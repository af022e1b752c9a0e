// Helpers for integration tests running inside the VS Code extension host (see runCodeServer.mjs).
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import type { AnnotationView } from '../../../src/presentation/annotationView';

export const extensionId = 'transcript-annotator.transcript-annotator';

/** Activates the extension under test and returns its API; fails clearly when it is not installed. */
export async function activateExtension(): Promise<TranscriptAnnotatorApi> {
  const extension = vscode.extensions.getExtension<TranscriptAnnotatorApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed`);
  return extension.activate();
}

/** Tagging asks for a name while the author setting is empty: the suites tag as this one (set before they run). */
export const TEST_AUTHOR = 'Integration Tester';

/** Absolute path of the test workspace: a fresh copy of samples/, safe to modify. */
export function testWorkspacePath(): string {
  const fromEnv = process.env.TA_TEST_WORKSPACE;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open and TA_TEST_WORKSPACE is not set');
  return folder.uri.fsPath;
}

/** URI of a file inside the test workspace, by relative path. */
export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  // Prefer the folder's own URI: its scheme is what the extension host sees (file: or vscode-remote:).
  if (folder) return vscode.Uri.joinPath(folder.uri, relativePath);
  return vscode.Uri.file(join(testWorkspacePath(), relativePath));
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/** Copies the workspace's sample transcript to `copyName` (its own sidecar, so suites do not disturb each other) and opens it. */
export async function openSampleCopy(copyName: string): Promise<vscode.TextEditor> {
  writeFileSync(join(testWorkspacePath(), copyName), readFileSync(join(testWorkspacePath(), 'interview-zh-Hant.txt'), 'utf8'));
  return openWorkspaceFile(copyName);
}

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What we are waiting for, for the error message. */
  what?: string;
}

/**
 * Polls `probe` until it returns a truthy value, and returns that value. The UI updates
 * asynchronously (a tree can take seconds to render), so poll rather than sleep.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 10_000, intervalMs = 50, what = 'condition' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** True when the runner can take screenshots (the code-server runner can; @vscode/test-electron cannot). */
export function screenshotsSupported(): boolean {
  return Boolean(process.env.TA_SCREENSHOT_DIR);
}

/**
 * Asks the runner to save a screenshot of the whole workbench as test-results/screenshots/<name>.png
 * and waits until it exists. Returns its path, or undefined when screenshots are not supported.
 * Protocol: log `@@screenshot <name>`; the runner writes <name>.png atomically, or <name>.error.
 */
export async function takeScreenshot(name: string, timeoutMs = 15_000): Promise<string | undefined> {
  const dir = process.env.TA_SCREENSHOT_DIR;
  if (!dir) return undefined;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must match [\\w.-]+: ${name}`);
  const png = join(dir, `${name}.png`);
  const error = join(dir, `${name}.error`);
  rmSync(png, { force: true });
  rmSync(error, { force: true });
  console.log(`@@screenshot ${name}`);
  await waitFor(() => existsSync(png) || existsSync(error), { timeoutMs, what: `screenshot ${name}` });
  if (existsSync(error)) throw new Error(`screenshot ${name} failed: ${readFileSync(error, 'utf8')}`);
  return png;
}

export interface DomElement {
  text: string;
  className: string;
  ariaLabel: string | null;
  title: string | null;
}

let domQueryCount = 0;

/** True when the runner can read the workbench DOM (the code-server runner can; @vscode/test-electron cannot). */
export function domQueriesSupported(): boolean {
  return Boolean(process.env.TA_DOM_DIR);
}

/**
 * Returns the workbench elements matching a CSS selector, as the user's browser has them now
 * (e.g. '.monaco-tl-contents' for tree rows). Undefined when DOM queries are not supported.
 * Combine with waitFor: the UI renders asynchronously.
 * Protocol: log `@@dom <id> <selector>`; the runner writes <id>.json atomically, or <id>.error.
 */
export async function queryDom(selector: string, timeoutMs = 10_000): Promise<DomElement[] | undefined> {
  const dir = process.env.TA_DOM_DIR;
  if (!dir) return undefined;
  if (/[\r\n]/.test(selector)) throw new Error('a selector must fit on one line');
  domQueryCount += 1;
  const id = `q${process.pid}-${domQueryCount}`;
  const json = join(dir, `${id}.json`);
  const error = join(dir, `${id}.error`);
  console.log(`@@dom ${id} ${selector}`);
  await waitFor(() => existsSync(json) || existsSync(error), { timeoutMs, what: `DOM query ${selector}` });
  if (existsSync(error)) throw new Error(`DOM query ${selector} failed: ${readFileSync(error, 'utf8')}`);
  const elements = JSON.parse(readFileSync(json, 'utf8')) as DomElement[];
  rmSync(json, { force: true });
  return elements;
}

/**
 * Waits until the workbench has painted text-editor decorations (`ced-…` classes, the ones extension decoration types
 * render as) in the visible editor, so a screenshot taken next shows them: under load the renderer can paint a frame
 * or more after the extension host set the decorations. No-op when DOM queries are not supported.
 */
export async function waitForPaintedDecorations(timeoutMs = 15_000): Promise<void> {
  if (!domQueriesSupported()) return;
  await waitFor(async () => ((await queryDom('.monaco-editor .view-lines [class*="ced-"], .monaco-editor .view-overlays [class*="ced-"]')) ?? []).length > 0,
    { timeoutMs, what: 'decorations painted in the editor' });
}

/** A JSON file the extension writes (a sidecar), or undefined while it is missing or half-written. */
export function readJsonFile<T>(path: string): T | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** A transcript written into the test workspace as `copyName`, opened, `quote` in it tagged as a forecast, its sidecar saved. */
export async function openAndTagForecast(copyName: string, text: string, quote: string): Promise<{ api: TranscriptAnnotatorApi; editor: vscode.TextEditor; tagId: string }> {
  const api = await activateExtension();
  writeFileSync(join(testWorkspacePath(), copyName), text);
  const editor = await openWorkspaceFile(copyName);
  await waitFor(() => api.isEnabled(editor.document.uri), { what: 'the transcript to be enabled' });
  const offset = editor.document.getText().indexOf(quote);
  editor.selection = new vscode.Selection(editor.document.positionAt(offset), editor.document.positionAt(offset + quote.length));
  const tagged = await vscode.commands.executeCommand<AnnotationView>('transcriptAnnotator.tagForecast');
  assert.ok(tagged, 'tagging returned nothing');
  await waitFor(() => existsSync(join(testWorkspacePath(), `${copyName}.annotations.json`)), { what: 'the sidecar' });
  return { api, editor, tagId: tagged.id };
}

