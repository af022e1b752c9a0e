import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Path of a file under test/fixtures (tests run from the repository root). */
export function fixturePath(...parts: string[]): string {
  return join(process.cwd(), 'test', 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}
