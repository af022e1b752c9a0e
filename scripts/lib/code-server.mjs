// Starts code-server (VS Code 1.100 in a browser) on loopback with throwaway state, and Debian's
// Chromium through playwright-core. Used by the integration runner and by `npm start`.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, codeServerEntry, codeServerInstalled } from './host-paths.mjs';

/** Asks the OS for a free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when `port` on 127.0.0.1 can be bound right now. */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const defaultSettings = {
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
};

/**
 * Creates a fresh temp folder holding everything code-server and Chromium would otherwise write
 * into $HOME: user data (with User/settings.json), extensions, XDG dirs, a Chromium profile.
 */
export function createHostDirs({ prefix = 'ta-host-', settings = {}, workspaceTrust = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const dirs = {
    root,
    userData: join(root, 'user-data'),
    extensions: join(root, 'extensions'),
    home: join(root, 'home'),
    xdgConfig: join(root, 'xdg-config'),
    xdgData: join(root, 'xdg-data'),
    xdgCache: join(root, 'xdg-cache'),
    chromiumProfile: join(root, 'chromium-profile'),
    config: join(root, 'config.yaml'),
    workspaceTrust,
  };
  for (const dir of [dirs.userData, dirs.extensions, dirs.home, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache, dirs.chromiumProfile]) {
    mkdirSync(dir, { recursive: true });
  }
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  const merged = { ...defaultSettings, 'security.workspace.trust.enabled': workspaceTrust, ...settings };
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

export function removeHostDirs(dirs) {
  rmSync(dirs.root, { recursive: true, force: true });
}

/**
 * Spawns code-server in its own process group (so the extension host dies with it) and waits
 * until it answers HTTP. `env` is added to the server's environment, which the extension host
 * (and so the test suite) inherits. `logFile` receives the server's stdout and stderr.
 */
export async function startCodeServer({ dirs, port, env = {}, logFile, startTimeoutMs = 30_000 }) {
  if (!codeServerInstalled()) {
    throw new Error('code-server is not installed: run `npm run setup:host` first.');
  }
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--config', dirs.config,
  ];
  if (!dirs.workspaceTrust) args.push('--disable-workspace-trust');
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}',
      HOME: dirs.home,
      XDG_CONFIG_HOME: dirs.xdgConfig,
      XDG_DATA_HOME: dirs.xdgData,
      XDG_CACHE_HOME: dirs.xdgCache,
      ...env,
    },
  });
  const log = logFile ? createWriteStream(logFile) : undefined;
  child.stdout.on('data', (chunk) => log?.write(chunk));
  child.stderr.on('data', (chunk) => log?.write(chunk));
  let exited = false;
  child.on('exit', () => { exited = true; });

  const server = {
    child,
    port,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      await killProcessGroup(child);
      log?.end();
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) {
      log?.end();
      throw new Error(`code-server exited during start-up (exit ${child.exitCode})${logFile ? `; see ${logFile}` : ''}`);
    }
    if (await answers(`${server.origin}/healthz`)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer on ${server.origin} within ${startTimeoutMs} ms`);
    }
    await delay(100);
  }
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** SIGTERM to the whole group, then SIGKILL after a grace period; killing only the server orphans the extension host. */
export async function killProcessGroup(child, graceMs = 3000) {
  if (!child.pid) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // group already gone
    }
  };
  if (!signalGroup('SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(0)) return;
    await delay(50);
  }
  signalGroup('SIGKILL');
}

/**
 * The workbench URL. `payload` entries become the workbench's launch arguments:
 * extensionDevelopmentPath, extensionTestsPath, openFile (a file to show once the folder is open). Paths must use the page's own authority.
 */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, openFile } = {}) {
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${query}`;
}

/** Debian's Chromium, headless, with a throwaway profile. */
export async function launchChromium(dirs, { headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(dirs.chromiumProfile, {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
