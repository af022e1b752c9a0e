import { CLAIM_KINDS, isClaimKind } from '../../core/analysis/model';
import { evidenceUrlProblem } from '../../core/desk/evidence';
import { formatVerdict, parseVerdictText } from '../../core/desk/verdict';
import { changeAnnotation, removeAnnotation, type AnnotationChanges } from '../../core/sidecar/annotations';
import type { Annotation } from '../../core/sidecar/model';
import { LineIndex } from '../../core/text/positions';
import { defineCommand, ENCODING_OPTION, positiveIntegerFlag, stringFlag, type OptionSpec, type ParsedArgs } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import { defaultAuthor, openSidecar, reportSave, requireSidecar, saveSidecar } from '../sidecar';
import { selectTag, type TagSelector } from '../tagSelection';

const SELECTOR_OPTIONS: Record<string, OptionSpec> = {
  id: { type: 'string', value: 'ID', description: "the tag's id (as `list` shows it; a unique prefix is enough)" },
  quote: { type: 'string', value: 'TEXT', description: 'the text the tag is on' },
  occurrence: { type: 'string', value: 'N', description: 'which occurrence of the quote, from 1, when several carry tags' },
};

const EXIT_NOTE = 'Exit codes: 0 done; 1 no such tag, or no sidecar; 2 wrong usage, several tags match, or an unusable file.';

function selector(command: string, args: ParsedArgs): TagSelector {
  const id = stringFlag(args, 'id');
  const quote = stringFlag(args, 'quote');
  if ((id === undefined) === (quote === undefined)) throw new CliError(`${command}: give either --id ID or --quote TEXT`, EXIT_UNUSABLE_INPUT);
  if (id === '' || quote === '') throw new CliError(`${command}: ${id === '' ? '--id' : '--quote'} is empty`, EXIT_UNUSABLE_INPUT);
  if (id !== undefined && args.flags.has('occurrence')) throw new CliError(`${command}: --occurrence goes with --quote, not --id`, EXIT_UNUSABLE_INPUT);
  return { id, quote, occurrence: positiveIntegerFlag(args, 'occurrence', command) };
}

export const retagCommand = defineCommand({
  name: 'retag',
  summary: "change a tag's kind, note, verdict, status or sources",
  positionals: ['<file>'],
  options: {
    ...SELECTOR_OPTIONS,
    kind: { type: 'string', value: 'fact|forecast|opinion', description: 'the new kind' },
    note: { type: 'string', value: 'TEXT', description: "the new note (--note '' removes it)" },
    verdict: { type: 'string', value: 'TEXT', description: "the verdict, a label optionally rated: 'False', '2/5 Mostly false' (--verdict '' removes it)" },
    status: { type: 'string', value: 'STEP', description: "the workflow step, stored with --author and the time (--status '' clears it)" },
    source: { type: 'string', value: 'URL', description: 'adds an evidence link (http or https only)' },
    'source-title': { type: 'string', value: 'TEXT', description: "the added source's title" },
    'source-quote': { type: 'string', value: 'TEXT', description: 'the passage of the added source that matters' },
    author: { type: 'string', value: 'NAME', description: "who changes it, stored as modifiedBy (default: git's user.name, else the OS user)" },
    encoding: ENCODING_OPTION,
  },
  notes: [EXIT_NOTE],
  async execute(args, out) {
    const file = args.positional[0]!;
    const which = selector('retag', args);
    const kind = stringFlag(args, 'kind');
    const note = stringFlag(args, 'note');
    const verdict = stringFlag(args, 'verdict');
    const status = stringFlag(args, 'status');
    const source = stringFlag(args, 'source');
    const sourceTitle = stringFlag(args, 'source-title')?.trim();
    const sourceQuote = stringFlag(args, 'source-quote')?.trim();
    if ([kind, note, verdict, status, source].every((value) => value === undefined)) {
      throw new CliError('retag: nothing to change; give --kind, --note, --verdict, --status or --source', EXIT_UNUSABLE_INPUT);
    }
    if (kind !== undefined && !isClaimKind(kind)) throw new CliError(`retag: --kind must be one of ${CLAIM_KINDS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    if ((sourceTitle !== undefined || sourceQuote !== undefined) && source === undefined) throw new CliError('retag: --source-title and --source-quote go with --source', EXIT_UNUSABLE_INPUT);
    const urlProblem = source === undefined ? undefined : evidenceUrlProblem(source.trim());
    if (urlProblem) throw new CliError(`retag: --source ${urlProblem}`, EXIT_UNUSABLE_INPUT);
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    await requireSidecar('retag', file, text);
    const session = await openSidecar(file);
    const { annotation, span } = selectTag('retag', file, text, session.document.annotations, which);
    const by = stringFlag(args, 'author') ?? (await defaultAuthor(file));
    const changes: AnnotationChanges = {
      ...(kind !== undefined ? { kind } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(verdict !== undefined ? { verdict: parseVerdictText(verdict) ?? null } : {}),
      ...(status !== undefined ? { status: status.trim() || null } : {}),
      ...(source !== undefined ? { sources: withSource(annotation, { url: source.trim(), ...(sourceTitle ? { title: sourceTitle } : {}), ...(sourceQuote ? { quote: sourceQuote } : {}) }) } : {}),
      by,
    };
    const changed = changeAnnotation(annotation, changes);
    session.update((document) => ({ ...document, annotations: document.annotations.map((a) => (a.id === annotation.id ? changed : a)) }));
    reportSave(session.path, await saveSidecar(session));
    const where = span ? `line ${new LineIndex(text).positionAt(span.start).line + 1}` : 'orphaned';
    const desk = [
      changed.verdict ? `verdict ${formatVerdict(changed.verdict)}` : '',
      changed.status ? `status ${changed.status.value}` : '',
      changed.sources?.length ? `${changed.sources.length} source${changed.sources.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    const what = changed === annotation ? 'unchanged' : `now ${changed.kind}${changed.note ? ` with note ${JSON.stringify(changed.note)}` : ''}${desk.length ? `; ${desk.join(', ')}` : ''}`;
    out.write(`${session.path}: tag ${annotation.id} (${where}) ${what}\n`);
    return EXIT_OK;
  },
});

/** The tag's sources with `source` added, or replacing the one with the same address. */
function withSource(annotation: Annotation, source: { url: string; title?: string; quote?: string }): Annotation['sources'] & object {
  const others = (annotation.sources ?? []).filter((existing) => existing.url !== source.url);
  return [...others, source];
}

export const untagCommand = defineCommand({
  name: 'untag',
  summary: 'remove a tag',
  positionals: ['<file>'],
  options: { ...SELECTOR_OPTIONS, encoding: ENCODING_OPTION },
  notes: [EXIT_NOTE],
  async execute(args, out) {
    const file = args.positional[0]!;
    const which = selector('untag', args);
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    await requireSidecar('untag', file, text);
    const session = await openSidecar(file);
    const { annotation, span } = selectTag('untag', file, text, session.document.annotations, which);
    session.update((document) => removeAnnotation(document, annotation.id));
    reportSave(session.path, await saveSidecar(session));
    const where = span ? `line ${new LineIndex(text).positionAt(span.start).line + 1}` : 'orphaned';
    out.write(`${session.path}: removed ${annotation.kind} tag ${annotation.id} (${where}): ${JSON.stringify(annotation.target.exact)}\n`);
    return EXIT_OK;
  },
});
