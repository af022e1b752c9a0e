/** Where a command writes its normal output (stdout in the CLI, a buffer in tests). */
export interface Output {
  write(text: string): void;
  /** Resolves when the reader is ready for more (stdout's backpressure); absent when output is buffered. */
  drained?(): Promise<void>;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** `name <file> [options]`: the first line of its help. */
  readonly synopsis: string;
  /** The full `--help` text. */
  help(): string;
  /** Returns the exit code; throws CliError for a one-line failure. */
  run(argv: readonly string[], out: Output): Promise<number>;
}
