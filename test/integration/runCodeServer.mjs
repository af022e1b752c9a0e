// Runs the integration suite (out/test/integration/suite/index.js) inside a real VS Code extension host:
// code-server 4.100.3 on 127.0.0.1 + Debian Chromium driven by playwright-core. Builds nothing:
// run `node scripts/build.mjs --tests` first (`npm run test:integration` does both).
//
//   node test/integration/runCodeServer.mjs [--grep <regexp>] [--timeout <ms>] [--keep] [--headed]
//                                           [--extension <dir> --suite <index.js>]   (another extension folder and suite,
//                                           e.g. the web-only build that runWeb.mjs prepares)
//
// Exit code: 0 when the suite passed, 1 when a test failed, 2 when the harness itself failed.
// Protocol with the suite (see test/integration/suite/helpers.ts):
// - env TA_TEST_WORKSPACE: a fresh copy of the bundled samples/, opened as the workspace folder.
// - env TA_SCREENSHOT_DIR: test-results/screenshots/. A suite line `@@screenshot <name>` makes the runner
//   save the page as <name>.png there (written under a temp name, then renamed, so the PNG appearing is
//   the "done" signal), or write <name>.error with the reason.
// - env TA_DOM_DIR: a temp folder. A suite line `@@dom <id> <selector>` makes the runner write
//   <id>.json there (atomically): the elements of the workbench page matching the CSS selector, as
//   [{ text, className, ariaLabel, title }], or <id>.error. Lets tests check what a user sees
//   (decorations, tree rows) where the API has no getter.
// - env TA_TEST_GREP: passed to mocha's grep.
// - The suite's last line `N passed, N failed` is required: without it the run counts as failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  createHostDirs, freePort, launchChromium, removeHostDirs, startCodeServer, workbenchUrl,
} from '../../scripts/lib/code-server.mjs';
import { chromiumPath, codeServerInstalled, repoRoot } from '../../scripts/lib/host-paths.mjs';

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    timeout: { type: 'string', default: process.env.TA_INTEGRATION_TIMEOUT ?? '600000' },
    keep: { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
    'workspace-trust': { type: 'boolean', default: false },
    extension: { type: 'string' },
    suite: { type: 'string' },
  },
});

const suiteIndex = options.suite ?? join(repoRoot, 'out', 'test', 'integration', 'suite', 'index.js');
const extensionPath = options.extension ?? repoRoot;
// Tests run on the same sample users see first (npm start), not on a copy that can drift from it.
const fixtureWorkspace = join(repoRoot, 'samples');
const resultsDir = join(repoRoot, 'test-results');
const screenshotDir = join(resultsDir, 'screenshots');
const serverLog = join(resultsDir, 'code-server.log');
const overallTimeoutMs = Number(options.timeout);

/** Workbench chatter that says nothing about the suite; code-server.log keeps the server side. */
const workbenchNoise = [
  /^Ignoring fetching additional builtin extensions/,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /^@@dom /, // tests poll with these; too chatty to print
];

function say(message) {
  console.log(`[integration] ${message}`);
}

if (!existsSync(suiteIndex)) {
  say(`missing ${suiteIndex}: run \`node scripts/build.mjs --tests\` first.`);
  process.exit(2);
}

// So that `npm install && npm test` works on a fresh machine too (CI runs setup:host explicitly).
if (!codeServerInstalled() || !existsSync(chromiumPath)) {
  say('host not set up yet: running scripts/setup-host.mjs');
  const setup = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'setup-host.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) {
    say('setup-host failed; fix what it printed, then run `npm run setup:host` and retry.');
    process.exit(2);
  }
}

mkdirSync(screenshotDir, { recursive: true });
const dirs = createHostDirs({ prefix: 'ta-integration-', workspaceTrust: options['workspace-trust'] });
const domDir = join(dirs.root, 'dom');
mkdirSync(domDir);
const workspace = mkdtempSync(join(tmpdir(), 'ta-workspace-'));
if (existsSync(fixtureWorkspace)) cpSync(fixtureWorkspace, workspace, { recursive: true });

let server;
let browser;
let cleanedUp = false;

async function cleanUp() {
  if (cleanedUp) return;
  cleanedUp = true;
  await browser?.close().catch(() => undefined);
  await server?.stop();
  if (options.keep) {
    say(`kept ${dirs.root} and ${workspace}`);
  } else {
    removeHostDirs(dirs);
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function finish(code, reason) {
  if (reason) say(reason);
  await cleanUp();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void finish(130, `interrupted by ${signal}`));
}

const overallTimer = setTimeout(() => {
  void finish(2, `timed out after ${overallTimeoutMs} ms; server log: ${serverLog}`);
}, overallTimeoutMs);

try {
  const startedAt = Date.now();
  server = await startCodeServer({
    dirs,
    port: await freePort(),
    logFile: serverLog,
    env: {
      TA_TEST_WORKSPACE: workspace,
      TA_SCREENSHOT_DIR: screenshotDir,
      TA_DOM_DIR: domDir,
      ...(options.grep ? { TA_TEST_GREP: options.grep } : {}),
    },
  });
  say(`code-server up on ${server.origin} in ${Date.now() - startedAt} ms; workspace ${workspace}`);

  browser = await launchChromium(dirs, { headless: !options.headed });
  const page = browser.pages()[0] ?? (await browser.newPage());

  let summarySeen;
  let reportExit;
  const exitCode = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (!workbenchNoise.some((pattern) => pattern.test(text))) {
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    }
    const summary = /^(\d+) passed, (\d+) failed$/m.exec(text);
    if (summary) summarySeen = { passed: Number(summary[1]), failed: Number(summary[2]) };
    const request = /@@screenshot (\S+)/.exec(text);
    if (request) await takeScreenshot(page, request[1]);
    const domQuery = /@@dom (\S+) (.+)$/m.exec(text);
    if (domQuery) await queryDom(page, domQuery[1], domQuery[2]);
  });
  page.on('pageerror', (error) => say(`page error: ${error.message}`));

  await page.goto(workbenchUrl(server, {
    folder: workspace,
    extensionDevelopmentPath: extensionPath,
    extensionTestsPath: suiteIndex,
  }));

  const code = await exitCode;
  clearTimeout(overallTimer);
  say(`suite finished with code ${code} after ${Date.now() - startedAt} ms`);
  if (code === 0 && !summarySeen) {
    await finish(1, 'the suite exited 0 but never printed its `N passed, N failed` line');
  } else if (code === 0 && summarySeen.passed === 0) {
    await finish(1, 'no test passed (none matched, or none were found)');
  } else {
    await finish(code === 0 ? 0 : 1, code === 0 ? undefined : `suite failed; server log: ${serverLog}`);
  }
} catch (error) {
  clearTimeout(overallTimer);
  await finish(2, `harness error: ${error?.stack ?? error}`);
}

/** Saves the page as <name>.png atomically, or <name>.error, so the suite can poll for either. */
async function takeScreenshot(page, rawName) {
  const name = rawName.replace(/[^\w.-]/g, '_');
  const target = join(screenshotDir, `${name}.png`);
  const partial = `${target}.partial`;
  try {
    writeFileSync(partial, await page.screenshot({ type: 'png' }));
    renameSync(partial, target);
    say(`screenshot ${target}`);
  } catch (error) {
    writeFileSync(join(screenshotDir, `${name}.error`), String(error?.message ?? error));
    say(`screenshot ${name} failed: ${error?.message ?? error}`);
  }
}

/** Writes the elements matching `selector` as <id>.json (atomically), or <id>.error. */
async function queryDom(page, rawId, selector) {
  const id = rawId.replace(/[^\w.-]/g, '_');
  const target = join(domDir, `${id}.json`);
  try {
    const elements = await page.$$eval(selector, (found) => found.map((element) => ({
      text: element.textContent ?? '',
      className: typeof element.className === 'string' ? element.className : element.getAttribute('class') ?? '',
      ariaLabel: element.getAttribute('aria-label'),
      title: element.getAttribute('title'),
    })));
    writeFileSync(`${target}.partial`, JSON.stringify(elements));
    renameSync(`${target}.partial`, target);
  } catch (error) {
    writeFileSync(join(domDir, `${id}.error`), String(error?.message ?? error));
  }
}
