import { version } from '../../package.json';
import { escapeControlCharacters } from '../core/text/escape';
import { nearestOption } from './args';
import { agreementCommand } from './commands/agreement';
import { analyzeCommand } from './commands/analyze';
import { checkCommand } from './commands/check';
import type { CliCommand, Output } from './commands/command';
import { convertCommand } from './commands/convert';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { mergeDriverCommand } from './commands/mergeDriver';
import { resolveCommand } from './commands/resolve';
import { retagCommand, untagCommand } from './commands/retag';
import { tagCommand } from './commands/tag';
import { useLeanHeap } from './heap';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT } from './io';

const commands: readonly CliCommand[] = [
  analyzeCommand,
  tagCommand,
  retagCommand,
  untagCommand,
  listCommand,
  checkCommand,
  exportCommand,
  importCommand,
  convertCommand,
  agreementCommand,
  mergeDriverCommand,
  resolveCommand,
];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: transcript-annotator <command> [arguments] [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'transcript-annotator <command> --help' for a command's arguments and options.",
    'Options: --help, -h  this help;  --version  the version',
    'Exit codes: 0 done, 1 findings (orphaned tags, quote not found, …), 2 unusable input or wrong usage.',
    '',
  ].join('\n');
}

/** stdout with backpressure: `drained` waits when the pipe's buffer is full. */
const stdout: Output = {
  write: (text) => void process.stdout.write(text),
  drained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
};

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    process.stderr.write(help());
    return EXIT_UNUSABLE_INPUT;
  }
  if (name === '--help' || name === '-h') {
    stdout.write(help());
    return EXIT_OK;
  }
  if (name === '--version') {
    stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  if (name === 'help') {
    const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
    stdout.write(topic ? topic.help() : help());
    return EXIT_OK;
  }
  const command = findCommand(name);
  if (!command) {
    const suggestion = nearestOption(name, commands.map((c) => c.name));
    throw new CliError(`unknown command '${name}'${suggestion ? ` (did you mean ${suggestion}?)` : ''}; run 'transcript-annotator --help' for the list`, EXIT_UNUSABLE_INPUT);
  }
  return command.run(rest, stdout);
}

function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name || (name === 'analyse' && c.name === 'analyze'));
}

// `analyze … | head`: the reader went away; that is the end of the output, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});

useLeanHeap();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`transcript-annotator: ${escapeControlCharacters(error.message)}\n`);
      process.exitCode = error.exitCode;
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`transcript-annotator: internal error: ${escapeControlCharacters(detail)}\n`);
      process.exitCode = 70;
    }
  },
);
