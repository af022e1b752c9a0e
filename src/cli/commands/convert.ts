import { Reanchorer } from '../../core/anchoring/reanchor';
import { convertDocumentScript } from '../../core/convert/convertAnnotations';
import { isScriptTarget, isSourceScript, SCRIPT_TARGET_LABELS, SCRIPT_TARGETS, SOURCE_SCRIPTS } from '../../core/convert/scripts';
import { encodeSidecar } from '../../core/sidecar/codec';
import { sidecarPathFor, type SidecarDocument } from '../../core/sidecar/model';
import { placeAnnotations } from '../../core/export/place';
import { files, openSidecarOf, readTranscriptFile, writeFileAtomic } from '../annotations';
import { parseArgs, stringFlag } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT } from '../io';
import { saveSidecar } from '../sidecar';
import type { CliCommand } from './command';

export const convertCommand: CliCommand = {
  name: 'convert',
  usage: `convert <file> --to ${SCRIPT_TARGETS.join('|')} [--from cn|t|twp] [--out FILE]   Simplified ⇄ Traditional, keeping every tag anchored`,
  async run(argv, out) {
    const args = parseArgs(argv, []);
    const file = args.positional[0];
    const to = stringFlag(args, 'to');
    const from = stringFlag(args, 'from');
    if (!file) throw new CliError('convert: missing <file>', EXIT_UNUSABLE_INPUT);
    if (!isScriptTarget(to)) throw new CliError(`convert: --to must be one of ${SCRIPT_TARGETS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    if (from !== undefined && !isSourceScript(from)) throw new CliError(`convert: --from must be one of ${SOURCE_SCRIPTS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const outFile = stringFlag(args, 'out') ?? file;

    const transcript = await readTranscriptFile(file);
    const session = await openSidecarOf(file);
    const document = session.document;
    const placed = placeAnnotations(transcript.text, document.annotations);
    const converted = await convertDocumentScript(transcript.text, placed, document.speakerAliases, to, from ? { from } : {});
    const next: SidecarDocument = { ...document, annotations: converted.annotations, speakerAliases: converted.speakerAliases };

    // The guarantee, checked: every tag that was anchored before is anchored exactly on the new text.
    const after = new Reanchorer(converted.text).anchorAll(next.annotations.map((a) => a.target));
    const lost = placed.filter((p, i) => p.status === 'anchored' && (after[i]!.status !== 'anchored' || after[i]!.span?.start !== next.annotations[i]!.target.start));
    if (lost.length) throw new CliError(`convert: ${lost.length} annotation(s) would not stay anchored; nothing was written`, EXIT_FINDINGS);

    const bom = transcript.hadBom ? '\uFEFF' : '';
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
    return EXIT_OK;
  },
};
