import { analyze } from '../../core/analysis/analyze';
import { CLAIM_KINDS, isClaimKind } from '../../core/analysis/model';
import { changeAnnotation, createAnnotation, ownAnnotationAt, putAnnotation } from '../../core/sidecar/annotations';
import { tagContext } from '../../core/sidecar/tagContext';
import { LineIndex } from '../../core/text/positions';
import { defineCommand, ENCODING_OPTION, positiveIntegerFlag, stringFlag } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import { defaultAuthor, openSidecar, reportSave, saveSidecar } from '../sidecar';
import { quoteOccurrence } from '../tagSelection';

export const tagCommand = defineCommand({
  name: 'tag',
  summary: 'tag a quote in a transcript as a fact, forecast or opinion',
  positionals: ['<file>'],
  options: {
    kind: { type: 'string', value: 'fact|forecast|opinion', description: 'what the statement is (required)' },
    quote: { type: 'string', value: 'TEXT', description: 'the exact text to tag (required); in either Chinese script' },
    occurrence: { type: 'string', value: 'N', description: 'which occurrence of the quote, from 1 (required when it occurs more than once)' },
    note: { type: 'string', value: 'TEXT', description: 'a note for the tag' },
    author: { type: 'string', value: 'NAME', description: "who tagged it (default: git's user.name, else the OS user)" },
    encoding: ENCODING_OPTION,
  },
  notes: ['Exit codes: 0 tagged; 1 the quote (or that occurrence) is not in the file; 2 wrong usage, an ambiguous quote, or an unusable file.'],
  async execute(args, out) {
    const file = args.positional[0]!;
    const kind = stringFlag(args, 'kind');
    if (!isClaimKind(kind)) throw new CliError(`tag: --kind must be one of ${CLAIM_KINDS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const quote = stringFlag(args, 'quote');
    if (!quote) throw new CliError('tag: --quote "<exact text>" is required', EXIT_UNUSABLE_INPUT);
    const occurrence = positiveIntegerFlag(args, 'occurrence', 'tag');

    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    const span = quoteOccurrence('tag', file, text, quote, occurrence);
    const session = await openSidecar(file);
    const author = stringFlag(args, 'author') ?? (await defaultAuthor(file));
    const note = stringFlag(args, 'note');
    const position = new LineIndex(text).positionAt(span.start);
    const at = `${position.line + 1}:${position.character + 1}`;
    // One tag per author per statement: the author's own tag there is changed; anyone else's is left alone.
    const own = ownAnnotationAt(session.document.annotations, span, author);
    if (own) {
      const changed = changeAnnotation(own, { kind, ...(note !== undefined ? { note } : {}), by: author });
      if (changed === own) {
        out.write(`${session.path}: already tagged ${kind} by ${author} at ${at} (id ${own.id})\n`);
        return EXIT_OK;
      }
      session.update((document) => putAnnotation(document, changed));
      reportSave(session.path, await saveSidecar(session));
      out.write(`${session.path}: changed ${author}'s tag at ${at} to ${kind} (id ${own.id})\n`);
      return EXIT_OK;
    }
    const analysis = analyze(text, { speakerAliases: session.document.speakerAliases }, file);
    const annotation = createAnnotation({ text, span, kind, note, author, ...tagContext(analysis, span) });
    session.update((document) => putAnnotation(document, annotation));
    reportSave(session.path, await saveSidecar(session));
    out.write(`${session.path}: tagged ${kind} at ${at} (id ${annotation.id})\n`);
    return EXIT_OK;
  },
});
