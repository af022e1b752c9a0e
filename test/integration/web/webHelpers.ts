// Helpers shared by the web-worker suite. It is one self-contained bundle whose `require` only knows
// `vscode`, so these stand apart from the Node suite's helpers.ts.

export const EXTENSION_ID = 'transcript-annotator.transcript-annotator';

/** Node's assert is not in the worker. */
export function check(value: unknown, message: string): asserts value {
  if (!value) throw new Error(message);
}

/** Polls `probe` every 50 ms until it gives a truthy value, or fails after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
