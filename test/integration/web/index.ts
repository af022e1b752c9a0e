// Entry for the web-worker extension host (runWeb.mjs): one self-contained bundle, as the worker's
// `require` only knows `vscode`. Prints `N passed, N failed` like the Node suite.
import * as vscode from 'vscode';

declare const require: (id: string) => unknown;

interface BrowserMocha {
  setup(options: { ui: string; reporter: string; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): { on(event: string, listener: () => void): void };
}

export function run(): Promise<void> {
  require('mocha/mocha.js');
  const mocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false });
  // Tagging asks for a name while the author setting is empty: the suite tags as this one.
  (mocha as unknown as { suite: { beforeAll(fn: () => Thenable<void>): void } }).suite.beforeAll(() =>
    vscode.workspace.getConfiguration('transcriptAnnotator').update('author', 'Web Tester', vscode.ConfigurationTarget.Global),
  );
  require('./queue.test');
  require('./browserEntry.test');
  require('./editorDesk.test');
  require('./desk.test');
  require('./convert.test');
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} web test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => void (passed += 1));
    runner.on('fail', () => void (failed += 1));
  });
}
