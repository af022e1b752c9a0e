import { agreementCommand } from './commands/agreement';
import { analyzeCommand } from './commands/analyze';
import { convertCommand } from './commands/convert';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { checkCommand } from './commands/check';
import { mergeDriverCommand } from './commands/mergeDriver';
import { tagCommand } from './commands/tag';
import type { CliCommand } from './commands/command';
import { CliError, EXIT_UNUSABLE_INPUT } from './io';

const commands: readonly CliCommand[] = [
  analyzeCommand,
  tagCommand,
  checkCommand,
  mergeDriverCommand,
  exportCommand,
  importCommand,
  convertCommand,
  agreementCommand,
];

function help(): string {
  return ['Usage: transcript-annotator <command> ...', '', ...commands.map((c) => `  ${c.usage}`), ''].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : EXIT_UNUSABLE_INPUT;
  }
  const command = commands.find((c) => c.name === name || (name === 'analyse' && c.name === 'analyze'));
  if (!command) throw new CliError(`unknown command '${name}'\n${help()}`, EXIT_UNUSABLE_INPUT);
  return command.run(rest, process.stdout);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`transcript-annotator: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`transcript-annotator: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
