// Typing latency in the real editor: the time from an edit to updated decorations on a 10,000-line
// transcript. Reported as a figure (printed), never asserted: speed belongs to the benchmark.
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { effectiveAnalysisDelay } from '../../../src/presentation/analysisDelay';
import { activateExtension, openWorkspaceFile, testWorkspacePath, waitFor } from './helpers';
import { percentile } from '../../bench/measures';

const FILE = 'typing-latency.transcript';
const LINES = 10_000;
const EDITS = 12;

function transcript(): string {
  const speakers = ['李明', '王芳', 'MS. JONES', 'Dr. Amy Chen'];
  const sentences = ['我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。', 'According to the ministry, 42 percent of graduates chose engineering in 2024.', '我認為這種擔心是多餘的。'];
  const lines: string[] = [];
  for (let i = 0; i < LINES; i++) lines.push(i % 40 === 0 ? '' : `${speakers[i % speakers.length]}：${sentences[i % sentences.length]}`);
  return lines.join('\n');
}

describe('typing latency (a figure, not an assertion)', function () {
  this.timeout(120_000);
  const path = join(testWorkspacePath(), FILE);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    rmSync(path, { force: true });
  });

  it(`prints the time from an edit to updated decorations on a ${LINES.toLocaleString('en')}-line transcript`, async () => {
    writeFileSync(path, transcript());
    const api = await activateExtension();
    const editor = await openWorkspaceFile(FILE);
    const uri = editor.document.uri;
    await waitFor(() => api.decorations(uri).turns.length > 0, { timeoutMs: 60_000, what: 'first decorations' });
    const setting = vscode.workspace.getConfiguration('transcriptAnnotator', uri).get<number>('analysisDelay') ?? 0;
    // The debounce the extension applies to a document of this size (the setting is for large files).
    const delay = effectiveAnalysisDelay(setting, editor.document.getText().length);
    const times: number[] = [];
    const applied: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const line = Math.floor(((i + 1) * LINES) / (EDITS + 2));
      const rendered = new Promise<number>((resolve) => {
        const listener = api.onDidRender((rendered) => {
          if (rendered.toString() !== uri.toString()) return;
          listener.dispose();
          resolve(performance.now());
        });
      });
      const start = performance.now();
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(line, 4), '很')));
      applied.push(performance.now() - start);
      times.push((await rendered) - start);
    }
    const median = percentile(times, 0.5);
    console.log(
      `      typing latency, ${LINES.toLocaleString('en')} lines: edit → decorations median ${median.toFixed(0)} ms, p90 ${percentile(times, 0.9).toFixed(0)} ms ` +
        `(includes the ${delay} ms debounce, analysisDelay ${setting}: ${(median - delay).toFixed(0)} ms of work; ` +
        `the edit itself came back from the workbench after ${percentile(applied, 0.5).toFixed(0)} ms), ${EDITS} edits`,
    );
    assert.ok(api.decorations(uri).turns.length > 0);
  });
});
