import { dirname, relative, sep } from 'node:path';
import { exportAnnotations } from '../../core/export/exportAnnotations';
import { EXPORT_FORMATS, isExportFormat } from '../../core/export/model';
import { placeAnnotations } from '../../core/export/place';
import { openSidecarOf, writeFileAtomic } from '../annotations';
import { parseArgs, stringFlag } from '../args';
import { CliError, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import type { CliCommand } from './command';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <file> --format ${EXPORT_FORMATS.join('|')} [--out FILE]   annotations as a spreadsheet, report or JSON-LD`,
  async run(argv, out) {
    const args = parseArgs(argv, []);
    const file = args.positional[0];
    const format = stringFlag(args, 'format');
    if (!file) throw new CliError('export: missing <file>', EXIT_UNUSABLE_INPUT);
    if (!isExportFormat(format)) throw new CliError(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}`, EXIT_UNUSABLE_INPUT);
    const outFile = stringFlag(args, 'out');
    const text = await readTranscript(file);
    const session = await openSidecarOf(file);
    const annotations = placeAnnotations(text, session.document.annotations);
    // Links and W3C `source` refer to the transcript from where the output is read.
    const source = (outFile ? relative(dirname(outFile), file) : file).split(sep).join('/');
    const content = exportAnnotations(format, { text, source, annotations });
    if (outFile) await writeFileAtomic(outFile, content, 'any');
    else out.write(content);
    return EXIT_OK;
  },
};
