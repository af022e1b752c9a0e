import { compareAnnotators } from '../../core/agreement/agreement';
import { agreementToJson, formatAgreement } from '../../core/agreement/report';
import type { Annotation } from '../../core/sidecar/model';
import { LineIndex } from '../../core/text/positions';
import { placeAnnotations } from '../../core/export/place';
import { openSidecar } from '../annotations';
import { parseArgs, stringFlag } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import type { CliCommand } from './command';

export const agreementCommand: CliCommand = {
  name: 'agreement',
  usage:
    'agreement <a.annotations.json> <b.annotations.json> [--transcript FILE] [--min-overlap 0.5] [--min-kappa K] [--json]   how far two annotators agree',
  async run(argv, out) {
    const args = parseArgs(argv, ['json']);
    const [pathA, pathB] = args.positional;
    if (!pathA || !pathB) throw new CliError('agreement: needs two sidecar files', EXIT_UNUSABLE_INPUT);
    const minOverlap = numberFlag(stringFlag(args, 'min-overlap'), 'min-overlap', 0.5);
    const minKappa = stringFlag(args, 'min-kappa') === undefined ? undefined : numberFlag(stringFlag(args, 'min-kappa'), 'min-kappa', 0);
    const transcriptPath = stringFlag(args, 'transcript');
    let a: readonly Annotation[] = (await openSidecar(pathA)).document.annotations;
    let b: readonly Annotation[] = (await openSidecar(pathB)).document.annotations;
    let lines: LineIndex | undefined;
    if (transcriptPath) {
      // Compare where the tags are in the transcript now, not where each file last stored them.
      const text = await readTranscript(transcriptPath);
      lines = new LineIndex(text);
      a = placedOnly(text, a);
      b = placedOnly(text, b);
    }
    const report = compareAnnotators(a, b, { minOverlap });
    const names = { a: pathA, b: pathB };
    if (args.flags.has('json')) out.write(JSON.stringify(agreementToJson(report, names), null, 2) + '\n');
    else out.write(formatAgreement(report, names, lines ? (offset) => lines!.positionAt(offset).line + 1 : undefined));
    if (minKappa !== undefined && (report.kappa.value === null || report.kappa.value < minKappa)) return EXIT_FINDINGS;
    return EXIT_OK;
  },
};

/** Annotations moved to where re-anchoring places them; orphans are left out (they are not on any statement). */
function placedOnly(text: string, annotations: readonly Annotation[]): Annotation[] {
  return placeAnnotations(text, annotations).flatMap((p) =>
    p.span ? [{ ...(p.annotation as Annotation), target: { ...p.annotation.target, exact: text.slice(p.span.start, p.span.end), start: p.span.start, end: p.span.end } }] : [],
  );
}

function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < -1 || parsed > 1) throw new CliError(`agreement: --${name} must be a number between -1 and 1`, EXIT_UNUSABLE_INPUT);
  return parsed;
}
