import { parseArgs as parseNodeArgs } from 'node:util';
import { escapeControlCharacters } from '../core/text/escape';
import type { CliCommand, Output } from './commands/command';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT } from './io';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in help, e.g. `N` for `--occurrence N`. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Positional arguments in order; `<x>` is required, `[x]` optional. */
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Paragraphs after the options in `--help` (exit codes, examples). */
  readonly notes?: readonly string[];
  /** Output is data written byte for byte (an export), not text for a terminal: control characters are kept. */
  readonly rawOutput?: boolean;
  execute(args: ParsedArgs, out: Output): Promise<number>;
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

export const ENCODING_OPTION: OptionSpec = {
  type: 'string',
  value: 'NAME',
  description: 'read the transcript in this encoding (utf-8, utf-16le, utf-16be, gbk, gb18030, big5) instead of detecting it',
};

const HELP_OPTION: OptionSpec = { type: 'boolean', description: 'show this help' };

/**
 * A command whose arguments are parsed strictly by Node's `util.parseArgs`: unknown options are errors
 * (with the nearest known one suggested), a string option never takes the next option as its value,
 * `--` ends the options, and surplus arguments are errors. `--help` / `-h` prints the command's help.
 */
export function defineCommand(spec: CommandSpec): CliCommand {
  const synopsis = [spec.name, ...spec.positionals, Object.keys(spec.options).length ? '[options]' : ''].filter(Boolean).join(' ');
  const help = (): string => commandHelp(spec, synopsis);
  return {
    name: spec.name,
    summary: spec.summary,
    synopsis,
    help,
    async run(argv, out) {
      const beforeDashes = argv.indexOf('--') < 0 ? argv : argv.slice(0, argv.indexOf('--'));
      if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
        out.write(help());
        return EXIT_OK;
      }
      const args = parseCommandArgs(spec, argv);
      return spec.execute(args, spec.rawOutput ? out : terminalSafe(out));
    },
  };
}

export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = Object.fromEntries(Object.entries({ ...spec.options, help: HELP_OPTION }).map(([name, option]) => [name, { type: option.type }]));
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw new CliError(`${spec.name}: ${describeParseError(error, spec)}; see 'transcript-annotator ${spec.name} --help'`, EXIT_UNUSABLE_INPUT);
  }
  const required = spec.positionals.filter((p) => p.startsWith('<')).length;
  if (parsed.positionals.length < required) {
    throw new CliError(`${spec.name}: missing ${spec.positionals.slice(parsed.positionals.length).filter((p) => p.startsWith('<')).join(' ')}; see 'transcript-annotator ${spec.name} --help'`, EXIT_UNUSABLE_INPUT);
  }
  if (parsed.positionals.length > spec.positionals.length) {
    const extra = parsed.positionals.slice(spec.positionals.length).map((p) => `'${p}'`).join(' ');
    const takes = spec.positionals.length ? `it takes ${spec.positionals.join(' ')}` : 'it takes none';
    throw new CliError(`${spec.name}: unexpected argument ${extra} (${takes}); see 'transcript-annotator ${spec.name} --help'`, EXIT_UNUSABLE_INPUT);
  }
  const flags = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') flags.set(name, value);
    else if (value === true) flags.set(name, true);
  }
  return { positional: parsed.positionals, flags };
}

/** Node's parseArgs messages, turned into one line that names the option and what to do. */
function describeParseError(error: unknown, spec: CommandSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^' <]*)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const suggestion = nearestOption(option, Object.keys(spec.options));
    return `unknown option ${option}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `${option} needs a value`;
    if (/ambiguous/.test(message)) return `${option} needs a value, but is followed by an option; to give a value that starts with '-', write ${option}=VALUE`;
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
  }
  return message.split('\n')[0]!;
}

/** The known option closest to what was typed, if it is a plausible typo (or prefix) of it. */
export function nearestOption(typed: string, known: readonly string[]): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0]!.toLowerCase();
  if (!name) return undefined;
  let best: { option: string; distance: number } | undefined;
  for (const option of known) {
    const distance = option.startsWith(name) ? 1 : editDistance(name, option);
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.option : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function commandHelp(spec: CommandSpec, synopsis: string): string {
  const lines = [`Usage: transcript-annotator ${synopsis}`, '', spec.summary, ''];
  const options = Object.entries({ ...spec.options, help: HELP_OPTION });
  const labels = options.map(([name, option]) => `--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}${name === 'help' ? ', -h' : ''}`);
  const width = Math.max(...labels.map((l) => l.length));
  lines.push('Options:');
  options.forEach(([, option], i) => lines.push(`  ${labels[i]!.padEnd(width)}  ${option.description}`));
  for (const note of spec.notes ?? []) lines.push('', note);
  return lines.join('\n') + '\n';
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

/** A whole number from 1, or undefined when the option is absent. */
export function positiveIntegerFlag(args: ParsedArgs, name: string, command: string): number | undefined {
  const value = stringFlag(args, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < 1) throw new CliError(`${command}: --${name} must be a whole number from 1`, EXIT_UNUSABLE_INPUT);
  return parsed;
}

/** A number from 0 to 1 (`--min-confidence 0.7`), or undefined when the option is absent. */
export function fractionFlag(args: ParsedArgs, name: string, command: string): number | undefined {
  const value = stringFlag(args, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) || !(parsed >= 0 && parsed <= 1)) throw new CliError(`${command}: --${name} must be a number from 0 to 1`, EXIT_UNUSABLE_INPUT);
  return parsed;
}

/** Output with control characters from files escaped, so a sidecar cannot drive the terminal. */
export function terminalSafe(out: Output): Output {
  return { write: (text) => out.write(escapeControlCharacters(text)), ...(out.drained ? { drained: () => out.drained!() } : {}) };
}
