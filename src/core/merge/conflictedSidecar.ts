import { decodeSidecar, type SidecarProblem } from '../sidecar/codec';
import { emptySidecar, type SidecarDocument } from '../sidecar/model';
import { mergeSidecars, sharedAncestor } from './mergeSidecars';
import type { MergeConflict } from './model';

// A sidecar that git merged line by line and left with conflict markers (no merge driver configured) still holds
// both sides whole: every hunk has ours and theirs, and with `merge.conflictStyle diff3` or `zdiff3` the ancestor
// too. Taking them apart and merging tag by tag settles what the line merge could not.

/** The versions of a file that git's conflict markers hold; `base` only when every hunk carries the ancestor. */
export interface ConflictSides {
  readonly ours: string;
  readonly theirs: string;
  readonly base: string | undefined;
}

const OPEN = /^<{7}(?: |\r?\n|$)/;
const BASE = /^\|{7}(?: |\r?\n|$)/;
const SPLIT = /^={7}(?:\r?\n|$)/;
const CLOSE = /^>{7}(?: |\r?\n|$)/;

/** The sides of a text with git conflict markers, or undefined when it has none or they do not nest as git writes them. */
export function conflictSides(text: string): ConflictSides | undefined {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let ours = '';
  let theirs = '';
  let base = '';
  let baseInEveryHunk = true;
  let hunks = 0;
  let section: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  for (const line of lines) {
    if (section === 'common' && OPEN.test(line)) {
      section = 'ours';
      hunks++;
    } else if (section === 'ours' && BASE.test(line)) {
      section = 'base';
    } else if ((section === 'ours' || section === 'base') && SPLIT.test(line)) {
      if (section === 'ours') baseInEveryHunk = false;
      section = 'theirs';
    } else if (section === 'theirs' && CLOSE.test(line)) {
      section = 'common';
    } else if (OPEN.test(line) || BASE.test(line) || CLOSE.test(line)) {
      return undefined;
    } else {
      if (section === 'common' || section === 'ours') ours += line;
      if (section === 'common' || section === 'theirs') theirs += line;
      if (section === 'common' || section === 'base') base += line;
    }
  }
  if (section !== 'common' || hunks === 0) return undefined;
  return { ours, theirs, base: baseInEveryHunk ? base : undefined };
}

/** Where the merge's ancestor came from: git's index, diff3-style markers, or what both sides share. */
export type Ancestor = 'index' | 'markers' | 'shared';

export type ResolvedSidecar =
  | { readonly ok: true; readonly document: SidecarDocument; readonly conflicts: readonly MergeConflict[]; readonly ancestor: Ancestor }
  | { readonly ok: false; readonly reason: string };

/**
 * Merges, tag by tag, the sides a conflicted sidecar holds. The ancestor comes from diff3-style markers, or
 * else is what both sides share (`sharedAncestor`: nothing is lost, a tag deleted on one side is kept).
 */
export function resolveConflictedSidecar(text: string): ResolvedSidecar {
  const sides = conflictSides(text);
  if (!sides) return { ok: false, reason: 'it has no git conflict markers in the order git writes them' };
  return sides.base === undefined ? mergeSides(undefined, sides.ours, sides.theirs, 'shared') : mergeSides(sides.base, sides.ours, sides.theirs, 'markers');
}

/** Resolves three whole versions (git's index stages :1:, :2:, :3:); an empty or missing ancestor means both sides added the file. */
export function mergeSidecarTexts(base: string | undefined, ours: string, theirs: string): ResolvedSidecar {
  return mergeSides(base || undefined, ours, theirs, 'index');
}

/**
 * Decodes the versions and merges them. Without an ancestor text, `shared` merges against what both sides share;
 * `index` against an empty sidecar (git keeps no ancestor when both sides added the file).
 */
function mergeSides(base: string | undefined, ours: string, theirs: string, ancestor: Ancestor): ResolvedSidecar {
  const oursDecoded = decodeSide(ours, 'ours');
  if (!oursDecoded.ok) return oursDecoded;
  const theirsDecoded = decodeSide(theirs, 'theirs');
  if (!theirsDecoded.ok) return theirsDecoded;
  const baseDecoded = base === undefined ? undefined : decodeSide(base, 'ancestor');
  if (baseDecoded && !baseDecoded.ok) return baseDecoded;
  const origin = baseDecoded?.document ?? (ancestor === 'shared' ? sharedAncestor(oursDecoded.document, theirsDecoded.document) : emptySidecar());
  return { ok: true, ...mergeSidecars(origin, oursDecoded.document, theirsDecoded.document), ancestor };
}

function decodeSide(text: string, side: string): { ok: true; document: SidecarDocument } | { ok: false; reason: string } {
  const decoded = decodeSidecar(text);
  if (decoded.ok) return decoded;
  return { ok: false, reason: `the ${side} version does not read: ${describe(decoded.problem)}` };
}

function describe(problem: SidecarProblem): string {
  return `line ${problem.line}: ${problem.reason}`;
}
