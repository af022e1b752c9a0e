// Entry the extension host loads (extensionTestsPath): runs every *.test.js next to this file with mocha.
// The last line it prints, `N passed, N failed`, is what the runners and CI judge by.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { TEST_AUTHOR } from './helpers';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    ...(process.env.TA_TEST_GREP ? { grep: process.env.TA_TEST_GREP } : {}),
  });
  const testFiles = readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of testFiles) mocha.addFile(join(__dirname, name));
  mocha.suite.beforeAll(() => vscode.workspace.getConfiguration('transcriptAnnotator').update('author', TEST_AUTHOR, vscode.ConfigurationTarget.Global));
  // TA_EDITS_IN_WORKER=0: the whole run with local edits analysed on the extension host (experimental.editsInWorker off,
  // its default before session 45); TA_EDITS_IN_WORKER=1: set on explicitly.
  const editsInWorker = process.env.TA_EDITS_IN_WORKER;
  if (editsInWorker === '0' || editsInWorker === '1') {
    mocha.suite.beforeAll(() => vscode.workspace.getConfiguration('transcriptAnnotator').update('experimental.editsInWorker', editsInWorker === '1', vscode.ConfigurationTarget.Global));
  }

  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    try {
      const runner = mocha.run(() => {
        console.log(`${passed} passed, ${failed} failed`);
        if (failed > 0) reject(new Error(`${failed} integration test(s) failed`));
        else resolve();
      });
      runner.on('pass', () => { passed += 1; });
      runner.on('fail', () => { failed += 1; });
    } catch (error) {
      console.error(error);
      console.log(`${passed} passed, ${failed + 1} failed`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
