import { Reanchorer } from '../../core/anchoring/reanchor';
import { convertDocumentScript } from '../../core/convert/convertAnnotations';
import { isScriptTarget, isSourceScript, SCRIPT_TARGET_LABELS, SCRIPT_TARGETS, SOURCE_SCRIPTS } from '../../core/convert/scripts';
import { encodeSidecar } from '../../core/sidecar/codec';
import { sidecarPathFor, type SidecarDocument } from '../../core/sidecar/model';
import { placeAnnotations } from '../../core/export/place';
import { displayEncoding } from '../../core/text/decode';
import { files, openSidecarOf, writeFileAtomic } from '../annotations';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, note, readTranscriptFile } from '../io';
import { saveSidecar } from '../sidecar';

export const convertCommand = defineCommand({
  name: 'convert',
  summary: 'Simplified ⇄ Traditional Chinese, keeping every tag anchored',
  positionals: ['<file>'],
  options: {
    to: { type: 'string', value: SCRIPT_TARGETS.join('|'), description: 'the script to convert to (required)' },
    from: { type: 'string', value: SOURCE_SCRIPTS.join('|'), description: 'the script the file is in (default: detected)' },
    out: { type: 'string', value: 'FILE', description: 'write the converted transcript (and its sidecar) here instead of in place' },
    encoding: ENCODING_OPTION,
  },
  notes: [
    'The converted transcript is written as UTF-8. A transcript in another encoding (GBK, Big5, UTF-16) is converted only with --out.',
    'Exit codes: 0 converted; 1 a tag would not stay anchored (nothing written); 2 an unusable file or wrong usage.',
  ],
  async execute(args, out) {
    const file = args.positional[0]!;
    const to = stringFlag(args, 'to');
    const from = stringFlag(args, 'from');
    if (!isScriptTarget(to)) throw new CliError(`convert: --to must be one of ${SCRIPT_TARGETS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    if (from !== undefined && !isSourceScript(from)) throw new CliError(`convert: --from must be one of ${SOURCE_SCRIPTS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const outFile = stringFlag(args, 'out') ?? file;

    const transcript = await readTranscriptFile(file, { encoding: stringFlag(args, 'encoding') });
    const utf8 = transcript.encoding === 'utf-8';
    if (!utf8 && outFile === file) {
      throw new CliError(`convert: ${file} is ${displayEncoding(transcript.encoding)}; converting writes UTF-8, so give --out NEW_FILE rather than replace it`, EXIT_UNUSABLE_INPUT);
    }
    const session = await openSidecarOf(file);
    const document = session.document;
    const placed = placeAnnotations(transcript.text, document.annotations);
    const converted = await convertDocumentScript(transcript.text, placed, document.speakerAliases, to, from ? { from } : {});
    const next: SidecarDocument = { ...document, annotations: converted.annotations, speakerAliases: converted.speakerAliases };

    // The guarantee, checked: every tag that was anchored before is anchored exactly on the new text.
    const after = new Reanchorer(converted.text).anchorAll(next.annotations.map((a) => a.target));
    const lost = placed.filter((p, i) => p.status === 'anchored' && (after[i]!.status !== 'anchored' || after[i]!.span?.start !== next.annotations[i]!.target.start));
    if (lost.length) throw new CliError(`convert: ${lost.length} annotation(s) would not stay anchored; nothing was written`, EXIT_FINDINGS);

    const bom = transcript.hadBom && utf8 ? '\uFEFF' : '';
    if (outFile === file) {
      // Sidecar first: if the transcript write then fails, re-anchoring (folded T→S) still finds the tags.
      if (next.annotations.length || Object.keys(next.speakerAliases).length) {
        session.update(() => next);
        await saveSidecar(session);
      }
      await writeFileAtomic(file, bom + converted.text, transcript.bytes);
    } else {
      await writeFileAtomic(outFile, bom + converted.text, 'any');
      if (next.annotations.length || Object.keys(next.speakerAliases).length) {
        await writeFileAtomic(sidecarPathFor(outFile), encodeSidecar(next), (await files.read(sidecarPathFor(outFile))) ?? null);
      }
    }
    const statuses = { anchored: 0, fuzzy: 0, orphaned: 0 };
    for (const p of placed) statuses[p.status]++;
    out.write(
      `${outFile}: converted from ${converted.from === 'cn' ? 'Simplified' : 'Traditional'} to ${SCRIPT_TARGET_LABELS[to]}; ` +
        `${placed.length} annotation(s) carried (${statuses.anchored} anchored exactly, ${statuses.fuzzy} fuzzy, ${statuses.orphaned} not found before converting)\n`,
    );
    if (!utf8) note(`convert: ${outFile} is written as UTF-8 (${file} was ${displayEncoding(transcript.encoding)})`);
    return EXIT_OK;
  },
});
