import { analyze } from '../../core/analysis/analyze';
import { CLAIM_KINDS, isClaimKind } from '../../core/analysis/model';
import { findQuote } from '../../core/anchoring/findQuote';
import { changeAnnotation, createAnnotation, ownAnnotationAt, putAnnotation } from '../../core/sidecar/annotations';
import { tagContext } from '../../core/sidecar/tagContext';
import { LineIndex } from '../../core/text/positions';
import { parseArgs, stringFlag } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import { defaultAuthor, openSidecar, reportSave, saveSidecar } from '../sidecar';
import type { CliCommand } from './command';

export const tagCommand: CliCommand = {
  name: 'tag',
  usage: 'tag <file> --kind fact|forecast|opinion --quote "<exact text>" [--occurrence N] [--note TEXT] [--author NAME]',
  async run(argv, out) {
    const args = parseArgs(argv, []);
    const file = args.positional[0];
    if (!file) throw new CliError('tag: missing <file>', EXIT_UNUSABLE_INPUT);
    const kind = stringFlag(args, 'kind');
    if (!isClaimKind(kind)) throw new CliError(`tag: --kind must be one of ${CLAIM_KINDS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const quote = stringFlag(args, 'quote');
    if (!quote) throw new CliError('tag: --quote "<exact text>" is required', EXIT_UNUSABLE_INPUT);
    const occurrenceFlag = stringFlag(args, 'occurrence');
    const occurrence = occurrenceFlag === undefined ? undefined : Number(occurrenceFlag);
    if (occurrence !== undefined && (!Number.isInteger(occurrence) || occurrence < 1)) {
      throw new CliError('tag: --occurrence must be a whole number from 1', EXIT_UNUSABLE_INPUT);
    }

    const text = await readTranscript(file);
    const spans = findQuote(text, quote);
    if (!spans.length) {
      process.stderr.write(`transcript-annotator: ${file}: quote not found: ${JSON.stringify(quote)}\n`);
      return EXIT_FINDINGS;
    }
    if (occurrence !== undefined && occurrence > spans.length) {
      process.stderr.write(`transcript-annotator: ${file}: the quote occurs ${spans.length} time(s), so there is no occurrence ${occurrence}\n`);
      return EXIT_FINDINGS;
    }
    if (occurrence === undefined && spans.length > 1) {
      process.stderr.write(`transcript-annotator: the quote occurs ${spans.length} times; tagging the first (choose with --occurrence N)\n`);
    }
    const span = spans[(occurrence ?? 1) - 1]!;

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
};
