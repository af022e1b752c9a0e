import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliCommand } from '../../src/cli/commands/command';
import { CliError } from '../../src/cli/io';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  /** The CliError message when the command failed that way. */
  readonly error?: string;
}

/** Runs a CLI command in-process, capturing its output and turning a CliError into its exit code. */
export async function runCommand(command: CliCommand, argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  const out = { write: (text: string) => void (stdout += text) };
  try {
    return { code: await command.run(argv, out), stdout };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout, error: error.message };
    throw error;
  }
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ta-beyond-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}
