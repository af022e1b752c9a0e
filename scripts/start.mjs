// `npm start`: builds, prints the CLI's analysis of the bundled sample transcript, then opens the bundled sample transcript in VS Code with the extension loaded.
// - Desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=<repo> <sample>`.
// - Otherwise (or with --browser) the same code-server the tests use, on 127.0.0.1 only, in the
//   foreground until Ctrl-C; it prints the URL to open.
// The sample opens from .cache/try-workspace/ (seeded from samples/, git-ignored) so that tags and
// sidecar files you create while trying it persist between runs without touching the repository.
//
//   npm start [-- --browser] [-- --port 8080]
import { spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createHostDirs, freePort, portIsFree, removeHostDirs, startCodeServer, workbenchUrl,
} from './lib/code-server.mjs';
import { codeServerInstalled, repoRoot } from './lib/host-paths.mjs';

const { values: options } = parseArgs({
  options: {
    browser: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
  },
});

const sampleName = 'interview-zh-Hant.txt';

function say(message) {
  console.log(`[start] ${message}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** A git-ignored folder holding copies of samples/*; existing files are kept (they may carry your edits). */
function prepareTryWorkspace() {
  const dir = join(repoRoot, '.cache', 'try-workspace');
  mkdirSync(dir, { recursive: true });
  const samples = join(repoRoot, 'samples');
  for (const name of readdirSync(samples)) {
    if (!existsSync(join(dir, name))) copyFileSync(join(samples, name), join(dir, name));
  }
  return dir;
}

run(process.execPath, ['scripts/build.mjs']);
const workspace = prepareTryWorkspace();
const sample = join(workspace, sampleName);
// The same analysis the editor shows, as the CLI prints it: a quick look before the editor opens.
run(process.execPath, ['dist/cli.js', 'analyze', sample]);

const code = options.browser ? undefined : onPath('code');
if (code) {
  say(`opening ${sample} in desktop VS Code with the extension from ${repoRoot}`);
  run(code, ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, workspace, sample]);
  process.exit(0);
}

if (!codeServerInstalled()) {
  say('code-server is not installed yet: running setup-host (once; it asks before installing Debian packages)');
  run(process.execPath, ['scripts/setup-host.mjs']);
}

const requestedPort = Number(options.port);
const port = (await portIsFree(requestedPort)) ? requestedPort : await freePort();
const dirs = createHostDirs({ prefix: 'ta-start-' });
const server = await startCodeServer({ dirs, port, logFile: join(dirs.root, 'code-server.log') });
const url = workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: repoRoot, openFile: sample });

say('VS Code (code-server) is running with Transcript Annotator loaded. Open this URL in a browser:');
console.log(`\n  ${url}\n`);
say(`workspace: ${workspace}`);
say('press Ctrl-C to stop');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  removeHostDirs(dirs);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
server.child.on('exit', (exitCode) => {
  if (stopping) return;
  say(`code-server stopped unexpectedly (exit ${exitCode})`);
  removeHostDirs(dirs);
  process.exit(1);
});
