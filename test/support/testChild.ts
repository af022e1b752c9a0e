import { resolve } from 'node:path';

/** The environment variable a test sets when it spawns a child program, naming the child it means. */
export const TEST_CHILD_ENV = 'TA_TEST_CHILD';

/** The environment for spawning the child `name` (a `*.child.js` file beside the test). */
export function testChildEnv(name: string): NodeJS.ProcessEnv {
  return { ...process.env, [TEST_CHILD_ENV]: name };
}

/**
 * Runs `main` only when this process was started as the test child `name`. Loaded any other way (mocha
 * given a wide glob, another bundle importing it) it does nothing: a child that ran on load once wrote an
 * endless save loop into a file named after mocha's `--config` argument.
 */
export function runAsTestChild(name: string, main: () => Promise<void>): void {
  if (process.env[TEST_CHILD_ENV] !== name) {
    const startedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === __filename;
    if (startedDirectly) {
      process.stderr.write(`${name} is a program that tests start (with ${TEST_CHILD_ENV}=${name}); it does not run on its own\n`);
      process.exitCode = 2;
    }
    return;
  }
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  });
}
