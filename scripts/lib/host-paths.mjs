// Where the offline VS Code host lives. Shared by setup-host, the integration runner and `npm start`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** code-server 4.100.3 = VS Code 1.100.3, the newest release that runs on Node 20. */
export const codeServerVersion = '4.100.3';

/** Outside node_modules so that a plain `npm install` stays light; `.cache/` is git-ignored. */
export const codeServerDir = process.env.TA_CODE_SERVER_DIR || join(repoRoot, '.cache', 'code-server');
export const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const codeServerStamp = join(codeServerDir, `.installed-${codeServerVersion}`);

export const chromiumPath = process.env.TA_CHROMIUM || '/usr/bin/chromium';

// fonts-wqy-microhei (1.6 MB): without a CJK font the transcripts render as boxes in screenshots.
export const aptPackages = ['chromium', 'libkrb5-dev', 'ripgrep', 'fonts-wqy-microhei'];

export function codeServerInstalled() {
  return existsSync(codeServerStamp) && existsSync(codeServerEntry);
}
