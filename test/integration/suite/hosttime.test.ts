// Typing in a large transcript in the real host: the decorations the editor shows near the visible lines
// equal those of a fresh analysis of the text after the edits, though redraws send only the layers that
// changed (src/vscode/sentDecorations.ts) and VS Code moves the others along with the edits.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/analysis/analyze';
import { LineIndex } from '../../../src/core/text/positions';
import { ownEntry } from '../../../src/core/text/nameTable';
import { withConfidentClaims } from '../../../src/presentation/claimConfidence';
import { assignColorSlots } from '../../../src/presentation/speakerColors';
import type { TranscriptAnnotatorApi } from '../../../src/vscode/api';
import { SPEAKER_SLOTS } from '../../../src/vscode/decorations';
import { generateTranscript } from '../../bench/generateTranscript';
import { activateExtension, openWorkspaceFile, takeScreenshot, testWorkspacePath, waitFor } from './helpers';

const FILE = 'hosttime-1MB.transcript';

type Layers = Map<string, string[]>;

const show = (range: { start: { line: number; character: number }; end: { line: number; character: number } }): string =>
  `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

function add(layers: Layers, name: string, range: vscode.Range): void {
  const list = layers.get(name);
  if (list) list.push(show(range));
  else layers.set(name, [show(range)]);
}

/** Whether a range has a line in one of the windows. */
function inWindows(range: vscode.Range, windows: readonly { start: number; end: number }[]): boolean {
  return windows.some((window) => range.start.line <= window.end && range.end.line >= window.start);
}

/** What a fresh analysis of the document draws on the windows' lines, layer by layer, as decorations.ts names them. */
function expectedLayers(document: vscode.TextDocument, windows: readonly { start: number; end: number }[]): Layers {
  const text = document.getText();
  const config = vscode.workspace.getConfiguration('transcriptAnnotator', document.uri);
  const analysis = withConfidentClaims(analyze(text, {}, document.uri.path), config.get<number>('claims.minimumConfidence') ?? 0);
  const lines = new LineIndex(text);
  const range = (span: { start: number; end: number }): vscode.Range => {
    const { start, end } = lines.rangeOf(span);
    return new vscode.Range(start.line, start.character, end.line, end.character);
  };
  const colors = config.get<Record<string, string>>('speakerColors') ?? {};
  const slots = assignColorSlots(analysis.speakers.map((speaker) => speaker.name), SPEAKER_SLOTS);
  const layers: Layers = new Map();
  for (const turn of analysis.turns) {
    const layer = ownEntry(colors, turn.speaker) ?? String(slots.get(turn.speaker) ?? 0);
    const span = range(turn.span);
    const body = new vscode.Range(span.start.line, 0, span.end.line, 0);
    if (inWindows(body, windows)) add(layers, `body ${layer}`, body);
    const label = turn.labelSpan && range(turn.labelSpan);
    if (label && inWindows(label, windows)) add(layers, `label ${layer}`, label);
  }
  for (const direction of analysis.stageDirections) {
    const span = range(direction.span);
    if (inWindows(span, windows)) add(layers, 'stage', span);
  }
  for (const claim of analysis.claims) {
    const span = range(claim.span);
    if (inWindows(span, windows)) add(layers, `suggested ${claim.kind}`, span);
  }
  return layers;
}

/** What the editor shows on the windows' lines, without empty layers. */
function shownLayers(api: TranscriptAnnotatorApi, editor: vscode.TextEditor, windows: readonly { start: number; end: number }[]): Layers {
  const layers: Layers = new Map();
  for (const [name, ranges] of api.shownAnalysisDecorations(editor)) for (const range of ranges) if (inWindows(range, windows)) add(layers, name, range);
  return layers;
}

const sorted = (layers: Layers): [string, string[]][] => [...layers].map(([name, ranges]): [string, string[]] => [name, [...ranges].sort()]).sort(([a], [b]) => (a < b ? -1 : 1));

/** A line of speech in the middle of the screen, and a position inside its speech. */
function speechPosition(editor: vscode.TextEditor): vscode.Position {
  const visible = editor.visibleRanges[0] ?? new vscode.Range(0, 0, 40, 0);
  for (let line = Math.floor((visible.start.line + visible.end.line) / 2); line < editor.document.lineCount; line++) {
    const text = editor.document.lineAt(line).text;
    const colon = Math.max(text.indexOf('：'), text.indexOf(':'));
    if (colon > 0 && text.length > colon + 12) return new vscode.Position(line, colon + 6);
  }
  assert.fail('no line of speech below the middle of the screen');
}

describe('extension-host time per keystroke: decorations while typing in a large transcript', function () {
  this.timeout(240_000);
  const path = (): string => join(testWorkspacePath(), FILE);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('transcriptAnnotator');

  /** A generated 1 MB transcript written to the workspace and opened, once its first analysis is drawn. */
  async function openGeneratedTranscript(api: TranscriptAnnotatorApi): Promise<{ editor: vscode.TextEditor; document: vscode.TextDocument; current: (what: string) => Promise<unknown> }> {
    const text = generateTranscript(1_000_000);
    await config().update('maxFileSize', Math.max(2_000_000, text.length + 1), vscode.ConfigurationTarget.Workspace);
    writeFileSync(path(), text);
    const editor = await openWorkspaceFile(FILE);
    const { document } = editor;
    const current = (what: string): Promise<unknown> => waitFor(() => api.decoratedVersion(document.uri) === document.version, { timeoutMs: 60_000, what });
    await current('the first analysis drawn');
    return { editor, document, current };
  }

  // The first two tests are of the host's own analysis of each keystroke: experimental.editsInWorker off, whatever its default.
  before(async () => {
    await config().update('experimental.editsInWorker', false, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await config().update('experimental.editsInWorker', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    rmSync(path(), { force: true });
  });

  it('shows, after typing, deleting and a line break, the decorations of a fresh analysis near the visible lines', async () => {
    const api = await activateExtension();
    // The sidebar open, as a user watching the Topics and Speakers views while typing.
    await vscode.commands.executeCommand('workbench.view.extension.transcriptAnnotator');
    const { editor, document, current } = await openGeneratedTranscript(api);
    const settled = (): Layers => shownLayers(api, editor, api.decoratedLines(editor));
    assert.ok([...settled().values()].some((ranges) => ranges.length > 0), 'decorations are drawn near the visible lines');

    let at = speechPosition(editor);
    const type = async (edit: (builder: vscode.TextEditorEdit) => void): Promise<void> => {
      assert.ok(await editor.edit(edit, { undoStopBefore: false, undoStopAfter: false }));
    };
    // The views fill with the first analysis while typing goes on (they once waited for a pause in typing,
    // and stayed empty as long as it went on). Each keystroke is drawn before the next, well within a pause.
    const viewsShowRows = (): boolean => (['topics', 'speakers'] as const).every((view) => (api.shownTreeRows(view) ?? 0) > 0);
    let typed = 0;
    for (; typed < 40 && !viewsShowRows(); typed++) {
      await type((edit) => edit.insert(at, '很'));
      at = at.translate(0, 1);
      await current('a keystroke drawn');
    }
    assert.ok(viewsShowRows(), `the Topics and Speakers views show rows while typing goes on (after ${typed} keystrokes: ${api.shownTreeRows('topics')} and ${api.shownTreeRows('speakers')} rows)`);
    // Keystrokes each drawn before the next, then a burst faster than the redraws.
    for (const character of '很多人認為明年會更好') {
      await type((edit) => edit.insert(at, character));
      at = at.translate(0, 1);
      await current('a keystroke drawn');
    }
    for (const character of 'I think it is true。') {
      await type((edit) => edit.insert(at, character));
      at = at.translate(0, 1);
    }
    await current('the burst drawn');
    // Backspaces, then a line break with typing on the new line (the lines below move).
    for (let i = 0; i < 4; i++) {
      await type((edit) => edit.delete(new vscode.Range(at.translate(0, -1), at)));
      at = at.translate(0, -1);
      await current('a deletion drawn');
    }
    await type((edit) => edit.insert(at, '\n'));
    at = new vscode.Position(at.line + 1, 0);
    await current('the line break drawn');
    for (const character of '預計') {
      await type((edit) => edit.insert(at, character));
      at = at.translate(0, 1);
      await current('a keystroke on the new line drawn');
    }

    const windows = api.decoratedLines(editor);
    assert.ok(windows.some((window) => window.start <= at.line && window.end >= at.line), 'the edited line is among the drawn lines');
    assert.deepEqual(sorted(settled()), sorted(expectedLayers(document, windows)));
    // The views show the edited transcript's topics and speakers (they once stayed empty after typing).
    for (const view of ['topics', 'speakers'] as const) {
      const expected = view === 'topics' ? api.topicsTree().length : api.speakersTree().length;
      assert.ok(expected > 0, `the analysis has ${view}`);
      await waitFor(() => api.shownTreeRows(view) === expected, { timeoutMs: 20_000, what: `the ${view} view showing its ${expected} rows` });
    }
    await takeScreenshot('hosttime-after-typing');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('shows the decorations of a fresh analysis after typing that follows a pause (a keystroke rehearsed in it)', async () => {
    const api = await activateExtension();
    const { editor, document, current } = await openGeneratedTranscript(api);
    // Longer than the wait before a rehearsal (analysisCache.ts REHEARSAL_DELAY_MS), as a user reads before typing.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    let at = speechPosition(editor);
    for (const character of '很多人認為') {
      assert.ok(await editor.edit((edit) => edit.insert(at, character), { undoStopBefore: false, undoStopAfter: false }));
      at = at.translate(0, 1);
      await current('a keystroke drawn');
    }
    const windows = api.decoratedLines(editor);
    assert.ok(windows.some((window) => window.start <= at.line && window.end >= at.line), 'the edited line is among the drawn lines');
    assert.deepEqual(sorted(shownLayers(api, editor, windows)), sorted(expectedLayers(document, windows)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  // The transcript is still open from the tests above (closing its editor leaves the document open in the extension host,
  // at the version they reverted to and already analysed), so turning the setting on must give the worker the open
  // document's analysis (AnalysisCache.keepInWorker), not wait for its next full analysis (session 43's CI timeout).
  it("with experimental.editsInWorker, draws each keystroke from the worker's answer, equal to a fresh analysis, before the host's analysis catches up", async () => {
    const api = await activateExtension();
    await config().update('experimental.editsInWorker', true, vscode.ConfigurationTarget.Workspace);
    // The host's own analysis waits for a long pause: what is drawn meanwhile is the worker's.
    await config().update('analysisDelay', 5000, vscode.ConfigurationTarget.Workspace);
    try {
      const { editor, document, current } = await openGeneratedTranscript(api);
      await waitFor(() => api.editsFollowed(document.uri), { timeoutMs: 60_000, what: 'the worker following the edits' });
      let at = speechPosition(editor);
      const drawn = async (edit: (builder: vscode.TextEditorEdit) => void, what: string, byWorker = true): Promise<void> => {
        assert.ok(await editor.edit(edit, { undoStopBefore: false, undoStopAfter: false }));
        await waitFor(() => api.shownVersion(document.uri) === document.version, { timeoutMs: 60_000, what });
        // Drawn before the host's analysis of this version (it waits for the 5 s pause, which the fresh analysis below may take).
        if (byWorker) assert.ok((api.decoratedVersion(document.uri) ?? -1) < document.version, `${what} by the worker's answer`);
        const windows = api.decoratedLines(editor);
        assert.ok(windows.some((window) => window.start <= at.line && window.end >= at.line), 'the edited line is among the drawn lines');
        assert.deepEqual(sorted(shownLayers(api, editor, windows)), sorted(expectedLayers(document, windows)), what);
      };
      for (const character of '很多人認為明年會更好。I think so') {
        await drawn((edit) => edit.insert(at, character), 'a keystroke drawn');
        at = at.translate(0, 1);
      }
      for (let i = 0; i < 3; i++) {
        await drawn((edit) => edit.delete(new vscode.Range(at.translate(0, -1), at)), 'a deletion drawn');
        at = at.translate(0, -1);
      }
      // A line break may be a full analysis in the worker (seconds under load): the host's catch-up after the pause may come
      // first, and then a result of it be followed by the host's own update; only the layers are checked from here.
      await drawn((edit) => edit.insert(at, '\n'), 'a line break drawn', false);
      at = new vscode.Position(at.line + 1, 0);
      await drawn((edit) => edit.insert(at, '預'), 'a keystroke on the new line drawn', false);
      // After the pause the host's analysis catches up, and its redraw leaves the same layers.
      await current("the host's analysis after the pause");
      const windows = api.decoratedLines(editor);
      assert.deepEqual(sorted(shownLayers(api, editor, windows)), sorted(expectedLayers(document, windows)));
      assert.ok(api.editsFollowed(document.uri), 'the worker still follows the edits');

      // A new speaker's line is no local edit: the worker analyses it in full, once, and the host adopts that analysis
      // instead of running its own (which now waits for a pause longer than the test).
      await config().update('analysisDelay', 600_000, vscode.ConfigurationTarget.Workspace);
      at = new vscode.Position(at.line + 1, 0);
      await drawn((edit) => edit.insert(at, '王小明：我們明年一定會擴大生產。\n'), 'a new speaker drawn', false);
      await current("the worker's full analysis adopted by the host");
      const adopted = api.decoratedLines(editor);
      assert.deepEqual(sorted(shownLayers(api, editor, adopted)), sorted(expectedLayers(document, adopted)), "the adopted analysis's redraw");
      // And the worker's next keystroke is drawn from its answer again.
      at = new vscode.Position(at.line, 8);
      await drawn((edit) => edit.insert(at, '很'), 'a keystroke after the full analysis drawn');
      assert.ok(api.editsFollowed(document.uri), 'the worker follows the edits after its full analysis');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await config().update('experimental.editsInWorker', false, vscode.ConfigurationTarget.Workspace);
      await config().update('analysisDelay', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
