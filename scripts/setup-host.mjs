// Installs what the integration tests and `npm start` need to run VS Code offline:
// Debian packages (Chromium, Kerberos headers, ripgrep) and code-server into .cache/code-server.
// Idempotent: returns in well under a second when everything is already there.
//   node scripts/setup-host.mjs            install what is missing; asks before installing Debian packages
//   node scripts/setup-host.mjs --yes      install Debian packages without asking (CI=true implies it)
//   node scripts/setup-host.mjs --check    report only; exit 1 when something is missing
import { execFileSync, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline/promises';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  aptPackages, chromiumPath, codeServerDir, codeServerInstalled, codeServerStamp, codeServerVersion,
} from './lib/host-paths.mjs';

const checkOnly = process.argv.includes('--check');
const assumeYes = process.argv.includes('--yes') || process.env.CI === 'true';
const startedAt = Date.now();

function elapsed() {
  return `${Math.round((Date.now() - startedAt) / 1000)} s`;
}

function log(message) {
  console.log(`[setup-host] ${message}`);
}

function aptPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Asks on a terminal; without one (a pipe, CI) the answer is no unless --yes was given. */
async function confirm(question) {
  if (assumeYes) return true;
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(`[setup-host] ${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

const packageManagerBusy = /Could not get lock|Unable to acquire the dpkg frontend lock|is another process using it/i;

/** Runs apt-get; returns false after one clear line when dpkg is locked by another process. */
function aptGet(args, env) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'pipe'], env, encoding: 'utf8' });
  if (result.status === 0) return true;
  if (packageManagerBusy.test(result.stderr ?? '')) {
    log('the package manager is busy (another apt-get or dpkg is running): try again when it has finished.');
  } else {
    process.stderr.write(result.stderr ?? '');
    log(`apt-get ${args[0]} failed (exit ${result.status}).`);
  }
  return false;
}

async function ensureAptPackages() {
  if (!existsSync('/usr/bin/dpkg-query')) {
    if (existsSync(chromiumPath)) return true;
    log(`not a Debian system: install Chromium yourself and set TA_CHROMIUM to its path (looked for ${chromiumPath}).`);
    return false;
  }
  const missing = aptPackages.filter((name) => !aptPackageInstalled(name));
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (checkOnly) {
    log(`missing Debian packages: ${missing.join(' ')}`);
    return false;
  }
  if (process.getuid?.() !== 0) {
    log(`missing Debian packages: ${missing.join(' ')}. Install them as root:\n  sudo sh -c '${command}'`);
    return false;
  }
  log(`the VS Code test host needs these Debian packages: ${missing.join(' ')}`);
  log('(Chromium and its libraries are about 100-150 MB to download; installing takes one to several minutes.)');
  if (!(await confirm(`run "${command}" now?`))) {
    log(`not installed. Run it yourself, or run this again with --yes:\n  ${command}`);
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptGet(['update', '-qq'], env)) return false;
  if (!aptGet(['install', '-y', '-qq', '--no-install-recommends', ...missing], env)) return false;
  log(`Debian packages installed (${elapsed()})`);
  return true;
}

/**
 * @vscode/ripgrep (a code-server dependency) downloads rg from GitHub, which is unreachable here.
 * It first looks in its download cache under TMPDIR, so we seed that cache with Debian's rg.
 */
function seedRipgrepCache(tmpDir) {
  const cacheDir = join(tmpDir, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(cacheDir, { recursive: true });
  const tarball = join(cacheDir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(tarball)) execFileSync('tar', ['czf', tarball, '-C', '/usr/bin', 'rg']);
}

function ensureCodeServer() {
  if (codeServerInstalled()) return true;
  if (checkOnly) {
    log(`code-server ${codeServerVersion} is not installed in ${codeServerDir}`);
    return false;
  }
  log(`installing code-server@${codeServerVersion} into ${codeServerDir} (about 300 MB from npm; typically one to three minutes)`);
  rmSync(codeServerDir, { recursive: true, force: true });
  const tmpDir = join(codeServerDir, '.tmp');
  mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(tmpDir);
  writeFileSync(join(codeServerDir, 'package.json'), `${JSON.stringify({ name: 'ta-code-server-cache', private: true }, null, 2)}\n`);
  const env = {
    ...process.env,
    TMPDIR: tmpDir,
    // code-server's postinstall refuses to run as root without this.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`, which would otherwise wait for a "yes".
    npm_config_yes: 'true',
    // npm 11 skips dependency install scripts unless allowed; code-server needs its postinstall
    // (and the nested installs it runs) to build its native modules. This is a throwaway folder.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const result = spawnSync('npm', ['install', '--no-save', '--no-package-lock', `code-server@${codeServerVersion}`],
    { cwd: codeServerDir, stdio: 'inherit', env });
  if (result.status !== 0) {
    log(`npm install code-server failed (exit ${result.status}); see the output above.`);
    return false;
  }
  if (!existsSync(join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'))) {
    log('code-server installed but its entry point is missing');
    return false;
  }
  rmSync(tmpDir, { recursive: true, force: true });
  writeFileSync(codeServerStamp, `${new Date().toISOString()}\n`);
  log(`code-server ready (${elapsed()})`);
  return true;
}

const aptOk = await ensureAptPackages();
// code-server needs libkrb5-dev (kerberos) and rg at install time.
const codeServerOk = aptOk ? ensureCodeServer() : codeServerInstalled();
if (!aptOk || !codeServerOk) process.exit(1);
if (!checkOnly) log('host ready');
