import { mergeSidecarTexts, resolveConflictedSidecar, type ResolvedSidecar } from '../../core/merge/conflictedSidecar';
import { encodeSidecar, hasConflictMarkers, NOT_UTF8, sidecarBytesToText } from '../../core/sidecar/codec';
import { sidecarPathFor } from '../../core/sidecar/model';
import { files, writeFileAtomic } from '../annotations';
import { defineCommand } from '../args';
import { conflictStages } from '../git';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, note } from '../io';

/**
 * After a git merge left conflict markers in a sidecar (no merge driver configured), merges it tag by tag as
 * the driver would have: from git's index when the merge is still in progress, else from the markers.
 */
export const resolveCommand = defineCommand({
  name: 'resolve',
  summary: "merge tag by tag a sidecar that git left with conflict markers",
  positionals: ['<file>'],
  options: {},
  notes: [
    'Run it on the transcript (or its .annotations.json) after `git merge` or `git pull` reported a conflict in the sidecar;',
    'then check the result and `git add` it. The merge driver (see merge-driver --help) makes this step unnecessary.',
    'Exit codes: 0 merged cleanly; 1 both versions of some tags were kept (marked "conflict"), or nothing to resolve; 2 a side does not parse (the file is left as it was).',
  ],
  async execute(args) {
    const given = args.positional[0]!;
    const path = given.endsWith('.annotations.json') ? given : sidecarPathFor(given);
    const bytes = await files.read(path);
    if (!bytes) throw new CliError(`resolve: ${path} does not exist`, EXIT_UNUSABLE_INPUT);
    const text = sidecarBytesToText(bytes);
    if (text === undefined) throw new CliError(`resolve: ${path}: ${NOT_UTF8} (the file was left unchanged)`, EXIT_UNUSABLE_INPUT);
    if (!hasConflictMarkers(text)) {
      note(`resolve: ${path} has no conflict markers; nothing to resolve`);
      return EXIT_FINDINGS;
    }
    const stages = await conflictStages(path);
    const resolved: ResolvedSidecar = stages ? mergeStages(stages) : resolveConflictedSidecar(text);
    if (!resolved.ok) throw new CliError(`resolve: ${path}: ${resolved.reason} (the file was left unchanged)`, EXIT_UNUSABLE_INPUT);
    await writeFileAtomic(path, encodeSidecar(resolved.document), bytes);
    const from = { index: "git's index", markers: 'the conflict markers (with the ancestor)', shared: 'the conflict markers (no ancestor: every tag kept)' }[resolved.ancestor];
    note(`${path}: merged tag by tag from ${from}: ${resolved.document.annotations.length} tags`);
    for (const conflict of resolved.conflicts) note(`${path}: conflict: ${conflict.key}: ${conflict.reason}`);
    if (resolved.conflicts.length) {
      note(`${path}: both versions of some tags were kept, marked with "conflict"; resolve them, then git add the file`);
      return EXIT_FINDINGS;
    }
    note(`${path}: check it, then git add it`);
    return EXIT_OK;
  },
});

/** Merges git's three index stages; a stage that is not UTF-8 is refused rather than read with U+FFFD in it. */
function mergeStages(stages: { base: Uint8Array | undefined; ours: Uint8Array; theirs: Uint8Array }): ResolvedSidecar {
  const base = stages.base && sidecarBytesToText(stages.base);
  const ours = sidecarBytesToText(stages.ours);
  const theirs = sidecarBytesToText(stages.theirs);
  if (ours === undefined || theirs === undefined || (stages.base && base === undefined)) {
    return { ok: false, reason: "a side of the merge in git's index is not valid UTF-8" };
  }
  return mergeSidecarTexts(base, ours, theirs);
}
