import { readFile } from 'node:fs/promises';
import { decodeSidecarBytes, encodeSidecar, formatProblem } from '../../core/sidecar/codec';
import { mergeSidecars } from '../../core/merge/mergeSidecars';
import { emptySidecar, type SidecarDocument } from '../../core/sidecar/model';
import { files } from '../annotations';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, note } from '../io';
import { defineCommand } from '../args';

/**
 * A git merge driver for sidecars (see notes for the `.gitattributes` and `git config` lines): git calls it
 * with the ancestor (%O), ours (%A) and theirs (%B); the result goes to %A. Exit 0 when the merge is clean,
 * 1 when both versions of something were kept and a person should look (git then reports a conflict),
 * 2 when a side does not parse (%A is left as it was).
 */
export const mergeDriverCommand = defineCommand({
  name: 'merge-driver',
  summary: 'git merge driver for *.annotations.json (git calls it)',
  positionals: ['<%O>', '<%A>', '<%B>', '[%P]'],
  options: {},
  notes: [
    'Set up: in .gitattributes  *.annotations.json merge=transcript-annotations\n' +
      '        git config merge.transcript-annotations.driver "transcript-annotator merge-driver %O %A %B %P"',
    'Exit codes: 0 merged cleanly; 1 both versions of something were kept (marked "conflict"); 2 a side does not parse (%A left as it was).',
  ],
  async execute(args) {
    const [basePath, oursPath, theirsPath, shownPath] = args.positional as [string, string, string, string | undefined];
    const name = shownPath ?? oursPath;
    const oursBytes = await readFile(oursPath);
    const base = await readSide(basePath, 'ancestor', name);
    const ours = decodeSide(oursBytes, 'ours', name);
    const theirs = await readSide(theirsPath, 'theirs', name);
    const { document, conflicts } = mergeSidecars(base, ours, theirs);
    const outcome = await files.writeAtomic(oursPath, new TextEncoder().encode(encodeSidecar(document)), oursBytes);
    if (!outcome.written) throw new CliError(`merge-driver: ${oursPath} changed during the merge; left as it was`, EXIT_UNUSABLE_INPUT);
    for (const conflict of conflicts) note(`${name}: conflict: ${conflict.key}: ${conflict.reason}`);
    if (conflicts.length) {
      note(`${name}: both versions were kept, marked with "conflict"; resolve them, then git add the file`);
      return EXIT_FINDINGS;
    }
    return EXIT_OK;
  },
});

async function readSide(path: string, side: string, name: string): Promise<SidecarDocument> {
  return decodeSide(await readFile(path), side, name);
}

/** An empty side (git's stand-in for a missing ancestor) is an empty sidecar. */
function decodeSide(bytes: Uint8Array, side: string, name: string): SidecarDocument {
  if (bytes.length === 0) return emptySidecar();
  const decoded = decodeSidecarBytes(bytes);
  if (!decoded.ok) throw new CliError(`merge-driver: ${side} version of ${formatProblem(decoded.problem, name)}`, EXIT_UNUSABLE_INPUT);
  return decoded.document;
}
