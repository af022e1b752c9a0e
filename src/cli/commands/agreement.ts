import { existsSync } from 'node:fs';
import { compareAnnotators } from '../../core/agreement/agreement';
import { authorsOf, byAuthor } from '../../core/agreement/authors';
import { decodeSidecarBytes, formatProblem } from '../../core/sidecar/codec';
import { agreementToJson, formatAgreement } from '../../core/agreement/report';
import type { Annotation } from '../../core/sidecar/model';
import { SIDECAR_SUFFIX } from '../../core/sidecar/model';
import { LineIndex } from '../../core/text/positions';
import { placeAnnotations } from '../../core/export/place';
import { openSidecar } from '../annotations';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { showFileAtRef } from '../git';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, note, readTranscript } from '../io';

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: "how far two annotators' tags agree (Cohen's kappa, disagreements to review)",
  positionals: ['<a.annotations.json>', '[b.annotations.json]'],
  options: {
    against: { type: 'string', value: 'REF', description: 'B is the first sidecar as committed at REF (a branch, tag or commit), read with git show' },
    'author-a': { type: 'string', value: 'NAME', description: "only this author's tags on side A (several annotators share one sidecar)" },
    'author-b': { type: 'string', value: 'NAME', description: "only this author's tags on side B; without a second file or --against, B is the first file too" },
    transcript: { type: 'string', value: 'FILE', description: 'compare where the tags are in this transcript now (default: the stored positions; line numbers from the transcript beside the first sidecar)' },
    'min-overlap': { type: 'string', value: 'X', description: 'share of a span two tags must overlap to count as the same statement (default 0.5)' },
    'min-kappa': { type: 'string', value: 'K', description: 'exit 1 when kappa is below K (for CI)' },
    json: { type: 'boolean', description: 'print the report as JSON' },
    encoding: ENCODING_OPTION,
  },
  notes: [
    'B is the second file; or, with --against REF, the first file as it is in git at REF; or, with only --author-a and --author-b, two authors within the first file.',
    'Exit codes: 0 done; 1 kappa below --min-kappa; 2 an unusable file or wrong usage.',
  ],
  async execute(args, out) {
    const [pathA, pathB] = args.positional as [string, string | undefined];
    const against = stringFlag(args, 'against');
    const authorA = stringFlag(args, 'author-a');
    const authorB = stringFlag(args, 'author-b');
    if (pathB !== undefined && against !== undefined) throw new CliError('agreement: give a second file or --against REF, not both', EXIT_UNUSABLE_INPUT);
    if (pathB === undefined && against === undefined && (authorA === undefined || authorB === undefined)) {
      throw new CliError('agreement: compare with what? Give a second file, --against REF, or --author-a and --author-b to compare two authors within the file', EXIT_UNUSABLE_INPUT);
    }
    const minOverlap = numberFlag(stringFlag(args, 'min-overlap'), 'min-overlap', 0.5);
    const minKappa = stringFlag(args, 'min-kappa') === undefined ? undefined : numberFlag(stringFlag(args, 'min-kappa'), 'min-kappa', 0);
    const transcriptPath = stringFlag(args, 'transcript');
    const encoding = stringFlag(args, 'encoding');
    const fileA: readonly Annotation[] = (await openSidecar(pathA)).document.annotations;
    const fileB = pathB !== undefined ? (await openSidecar(pathB)).document.annotations : against !== undefined ? await sidecarAtRef(pathA, against) : fileA;
    let a = onlyBy(fileA, authorA, pathA);
    let b = onlyBy(fileB, authorB, against !== undefined ? `${pathA} at ${against}` : (pathB ?? pathA));
    let lines: LineIndex | undefined;
    if (transcriptPath) {
      // Compare where the tags are in the transcript now, not where each file last stored them.
      const text = await readTranscript(transcriptPath, { encoding });
      lines = new LineIndex(text);
      a = placedOnly(text, a);
      b = placedOnly(text, b);
    } else {
      lines = await linesBeside(pathA, pathB ?? pathA, encoding);
    }
    const report = compareAnnotators(a, b, { minOverlap });
    const name = (path: string, author: string | undefined): string => (author !== undefined ? `${path} (${author})` : path);
    const names = { a: name(pathA, authorA), b: name(against !== undefined ? `${pathA} at ${against}` : (pathB ?? pathA), authorB) };
    if (args.flags.has('json')) out.write(JSON.stringify(agreementToJson(report, names), null, 2) + '\n');
    else out.write(formatAgreement(report, names, lines ? (offset) => lines!.positionAt(offset).line + 1 : undefined));
    if (minKappa !== undefined && (report.kappa.value === null || report.kappa.value < minKappa)) return EXIT_FINDINGS;
    return EXIT_OK;
  },
});

/**
 * Line numbers for the stored offsets, from the transcript a sidecar is named after (`x.txt.annotations.json`
 * → `x.txt`), when it is there and readable; otherwise the report shows offsets, and says why.
 */
async function linesBeside(pathA: string, pathB: string, encoding: string | undefined): Promise<LineIndex | undefined> {
  for (const sidecar of [pathA, pathB]) {
    const transcript = sidecar.endsWith(SIDECAR_SUFFIX) ? sidecar.slice(0, -SIDECAR_SUFFIX.length) : undefined;
    if (!transcript || !existsSync(transcript)) continue;
    try {
      return new LineIndex(await readTranscript(transcript, { encoding }));
    } catch {
      continue;
    }
  }
  note('agreement: no transcript beside the sidecars, so places are shown as character offsets (@N); give --transcript FILE for line numbers');
  return undefined;
}

/** The sidecar at `path` as committed at `ref`. */
async function sidecarAtRef(path: string, ref: string): Promise<readonly Annotation[]> {
  const decoded = decodeSidecarBytes(await showFileAtRef(path, ref));
  if (!decoded.ok) throw new CliError(`${formatProblem(decoded.problem, `${path} at ${ref}`)}`, EXIT_UNUSABLE_INPUT);
  return decoded.document.annotations;
}

/** The tags `author` made, or all of them; an author with no tags in the file is a usage error naming those who have. */
function onlyBy(annotations: readonly Annotation[], author: string | undefined, where: string): readonly Annotation[] {
  if (author === undefined) return annotations;
  const tags = byAuthor(annotations, author);
  if (tags.length === 0) {
    const present = authorsOf(annotations);
    throw new CliError(`agreement: ${where} has no tags by '${author}'${present.length ? ` (authors: ${present.join(', ')})` : ''}`, EXIT_UNUSABLE_INPUT);
  }
  return tags;
}

/** Annotations moved to where re-anchoring places them; orphans are left out (they are not on any statement). */
function placedOnly(text: string, annotations: readonly Annotation[]): Annotation[] {
  return placeAnnotations(text, annotations).flatMap((p) =>
    p.span ? [{ ...(p.annotation as Annotation), target: { ...p.annotation.target, exact: text.slice(p.span.start, p.span.end), start: p.span.start, end: p.span.end } }] : [],
  );
}

function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!value.trim() || !Number.isFinite(parsed) || parsed < -1 || parsed > 1) throw new CliError(`agreement: --${name} must be a number between -1 and 1`, EXIT_UNUSABLE_INPUT);
  return parsed;
}
