import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from the bundled test's folder (tests run from out/test/unit/...). */
export function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error('package.json not found above ' + __dirname);
}
