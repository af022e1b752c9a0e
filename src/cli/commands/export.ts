import { dirname, relative, sep } from 'node:path';
import { exportAnnotations } from '../../core/export/exportAnnotations';
import { EXPORT_FORMATS, isExportFormat } from '../../core/export/model';
import { placeAnnotations } from '../../core/export/place';
import { openSidecarOf, writeFileAtomic } from '../annotations';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, note, readTranscript } from '../io';
import { missingSidecarMessage, sidecarExists } from '../sidecar';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'the tags as a spreadsheet, report or JSON-LD',
  positionals: ['<file>'],
  options: {
    format: { type: 'string', value: EXPORT_FORMATS.join('|'), description: 'the output format (required)' },
    out: { type: 'string', value: 'FILE', description: 'write to FILE instead of stdout' },
    encoding: ENCODING_OPTION,
  },
  notes: ['Exit codes: 0 exported (a transcript without a sidecar exports no tags, said on stderr); 2 an unusable file.'],
  // The export is data (CSV keeps its CRLFs): written as it is.
  rawOutput: true,
  async execute(args, out) {
    const file = args.positional[0]!;
    const format = stringFlag(args, 'format');
    if (!isExportFormat(format)) throw new CliError(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const outFile = stringFlag(args, 'out');
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    if (!(await sidecarExists(file))) note(`export: ${await missingSidecarMessage(file, text)}`);
    const session = await openSidecarOf(file);
    const annotations = placeAnnotations(text, session.document.annotations);
    // Links and W3C `source` refer to the transcript from where the output is read.
    const source = (outFile ? relative(dirname(outFile), file) : file).split(sep).join('/');
    const content = exportAnnotations(format, { text, source, annotations });
    if (outFile) await writeFileAtomic(outFile, content, 'any');
    else out.write(content);
    return EXIT_OK;
  },
});
