// Runs the same integration suite in desktop VS Code through @vscode/test-electron, for contributors
// with internet access or a desktop VS Code. Builds nothing: run `node scripts/build.mjs --tests` first
// (`npm run test:integration:electron` does both). Screenshots are skipped here (no browser to drive).
//
//   node test/integration/runElectron.mjs [--vscode-executable <path to the VS Code binary>] [--grep <regexp>]
//
// The executable can also come from VSCODE_EXECUTABLE. Without one, test-electron downloads VS Code
// stable into .vscode-test/, which needs update.code.visualstudio.com to be reachable.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from '../../scripts/lib/host-paths.mjs';

const { values: options } = parseArgs({
  options: {
    'vscode-executable': { type: 'string', default: process.env.VSCODE_EXECUTABLE },
    grep: { type: 'string' },
  },
});

const downloadHost = 'update.code.visualstudio.com';
const suiteIndex = join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js');
const fixtureWorkspace = join(repoRoot, 'samples');

function fail(message) {
  console.error(`[integration:electron] ${message}`);
  process.exit(2);
}

if (!existsSync(suiteIndex)) fail(`missing ${suiteIndex}: run \`node scripts/build.mjs --tests\` first.`);

const executable = options['vscode-executable'];
if (executable && !existsSync(executable)) fail(`VS Code executable not found: ${executable}`);
if (!executable) {
  // Fail in a second with a useful message instead of test-electron's bare ENOTFOUND.
  const reachable = await Promise.race([
    lookup(downloadHost).then(() => true, () => false),
    new Promise((resolve) => setTimeout(() => resolve(false), 3000)),
  ]);
  if (!reachable) {
    fail(`cannot reach ${downloadHost} to download VS Code. Either point VSCODE_EXECUTABLE (or --vscode-executable) `
      + 'at a desktop VS Code binary (e.g. /usr/share/code/code, or "/Applications/Visual Studio Code.app/Contents/MacOS/Electron"), '
      + 'or run the offline harness instead: npm run test:integration');
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'ta-workspace-'));
if (existsSync(fixtureWorkspace)) cpSync(fixtureWorkspace, workspace, { recursive: true });
const userData = mkdtempSync(join(tmpdir(), 'ta-electron-user-'));

let exitCode = 0;
try {
  exitCode = await runTests({
    ...(executable ? { vscodeExecutablePath: executable } : {}),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteIndex,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', userData],
    extensionTestsEnv: {
      TA_TEST_WORKSPACE: workspace,
      ...(options.grep ? { TA_TEST_GREP: options.grep } : {}),
    },
  });
} catch (error) {
  console.error(`[integration:electron] ${error?.message ?? error}`);
  if (!executable) console.error('[integration:electron] set VSCODE_EXECUTABLE to a desktop VS Code, or run: npm run test:integration');
  exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
}
process.exit(exitCode);
