import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../../..');
const uiModule = 'src/vscode/ui/untrustedUi.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Calls that put text on screen where VS Code would read links or icons in it. */
const RAW_UI_CALL = /\bshow(?:Information|Warning|Error)Message\s*\(|\bshowQuickPick\s*\(|\bcreateQuickPick\s*\(|\bnew\s+(?:vscode\.)?MarkdownString\s*\(|\bisTrusted\s*=/gu;

describe('UI text from files goes through one module', () => {
  it(`${uiModule} is the only place in src/vscode that shows notifications, quick picks or Markdown`, () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src/vscode'))) {
      const path = relative(root, file).split('\\').join('/');
      if (path === uiModule) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, index) => {
        if (RAW_UI_CALL.test(line)) offenders.push(`${path}:${index + 1}: ${line.trim()}`);
        RAW_UI_CALL.lastIndex = 0;
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('and that module does make those calls (so the search above looks for the right thing)', () => {
    const source = readFileSync(join(root, uiModule), 'utf8');
    const found = new Set([...source.matchAll(RAW_UI_CALL)].map((match) => match[0].replace(/\s+/gu, ' ')));
    for (const call of ['showInformationMessage(', 'showWarningMessage(', 'showErrorMessage(', 'showQuickPick(', 'new vscode.MarkdownString(']) assert.ok(found.has(call), call);
  });
});
