/** Where a command writes its normal output (stdout in the CLI, a buffer in tests). */
export interface Output {
  write(text: string): void;
}

export interface CliCommand {
  readonly name: string;
  /** One line for the help text. */
  readonly usage: string;
  /** Returns the exit code; throws CliError for a one-line failure. */
  run(argv: readonly string[], out: Output): Promise<number>;
}
