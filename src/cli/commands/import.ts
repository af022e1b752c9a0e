import { readFile } from 'node:fs/promises';
import { retarget } from '../../core/anchoring/retarget';
import { newAnnotationId } from '../../core/sidecar/ids';
import { addImported, fromW3c, type ImportOutcome } from '../../core/export/w3cImport';
import { placeAnnotations } from '../../core/export/place';
import { openSidecarOf } from '../annotations';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import { saveSidecar } from '../sidecar';

export const importCommand = defineCommand({
  name: 'import',
  summary: "add W3C Web Annotations (JSON-LD) to a transcript's sidecar",
  positionals: ['<file.jsonld>'],
  options: {
    into: { type: 'string', value: 'TRANSCRIPT', description: 'the transcript whose sidecar receives the annotations (required)' },
    format: { type: 'string', value: 'w3c', description: 'the input format (only w3c)' },
    encoding: ENCODING_OPTION,
  },
  notes: ['Exit codes: 0 all imported and found; 1 some skipped or not found in the transcript; 2 an unusable file or wrong usage.'],
  async execute(args, out) {
    const input = args.positional[0]!;
    const into = stringFlag(args, 'into');
    const format = stringFlag(args, 'format') ?? 'w3c';
    if (format !== 'w3c') throw new CliError('import: only --format w3c is supported', EXIT_UNUSABLE_INPUT);
    if (!into) throw new CliError('import: --into <transcript> is required', EXIT_UNUSABLE_INPUT);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(input, 'utf8'));
    } catch (error) {
      throw new CliError(`${input}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : 'cannot read'}`, EXIT_UNUSABLE_INPUT);
    }
    const text = await readTranscript(into, { encoding: stringFlag(args, 'encoding') });
    const session = await openSidecarOf(into);
    const imported = fromW3c(json, text, { newId: newAnnotationId, now: new Date().toISOString(), defaultAuthor: 'import' });
    // Place each imported annotation in the text as it is now, as `check --write` would.
    const placed = placeAnnotations(text, imported.annotations);
    const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
    const outcomes: ImportOutcome[] = [];
    session.update((document) => {
      let next = document;
      for (const p of placed) {
        counts[p.status]++;
        // Never replaces a tag already in the sidecar (see addImported).
        const added = addImported(next, retarget(p.annotation, text, p.result));
        next = added.document;
        outcomes.push(added.outcome);
      }
      return next;
    });
    const saved = await saveSidecar(session);
    out.write(`${into}: imported ${placed.length} annotation(s): ${counts.anchored} anchored, ${counts.fuzzy} fuzzy, ${counts.orphaned} not found (${saved.outcome})\n`);
    for (const outcome of outcomes) {
      if (outcome.kind === 'renamed') out.write(`  imported ${outcome.importedId} as ${outcome.id}: a different annotation with id ${outcome.importedId} is already in the sidecar and was kept\n`);
      else if (outcome.kind === 'unchanged') out.write(`  ${outcome.importedId}: already in the sidecar${outcome.id === outcome.importedId ? '' : ` as ${outcome.id}`}, left unchanged\n`);
    }
    for (const line of imported.skipped) out.write(`  skipped ${line}\n`);
    return imported.skipped.length || counts.orphaned ? EXIT_FINDINGS : EXIT_OK;
  },
});

