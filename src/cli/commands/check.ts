import { checkAnnotations, type CheckedAnnotation } from '../../core/anchoring/checkAnnotations';
import { retarget } from '../../core/anchoring/retarget';
import type { AnnotationConflict, DocumentConflict } from '../../core/sidecar/model';
import { LineIndex, type Range } from '../../core/text/positions';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { EXIT_FINDINGS, EXIT_OK, note, readTranscript } from '../io';
import { missingSidecarMessage, openSidecar, reportSave, saveSidecar, sidecarExists } from '../sidecar';
import type { Output } from './command';

/**
 * The public `check --json` shape. `current`: for a fuzzy tag, the text now at its range. `conflict`: a merge
 * kept two versions of this tag. `conflicts`: speaker aliases or fields a merge could not settle.
 */
export interface CheckJson {
  annotations: {
    id: string;
    kind: string;
    status: 'anchored' | 'fuzzy' | 'orphaned';
    exact: string;
    current?: string;
    range: Range | null;
    conflict?: { with?: string; reason: string };
  }[];
  conflicts: { on: DocumentConflict['on']; key: string; reason: string }[];
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: "re-anchor the tags in <file>.annotations.json against the transcript's text now",
  positionals: ['<file>'],
  options: {
    json: { type: 'boolean', description: 'print the result as JSON' },
    write: { type: 'boolean', description: 'store where each tag is now in the sidecar' },
    encoding: ENCODING_OPTION,
  },
  notes: [
    'Exit codes: 0 every tag found; 1 a tag is orphaned, a merge left conflicts to resolve, or the transcript has no sidecar; 2 the sidecar or transcript is unusable.',
  ],
  async execute(args, out) {
    const file = args.positional[0]!;
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    if (!(await sidecarExists(file))) {
      note(`check: ${await missingSidecarMessage(file, text)}`);
      return EXIT_FINDINGS;
    }
    const session = await openSidecar(file);
    const checked = checkAnnotations(text, session.document.annotations);
    const lines = new LineIndex(text);
    const conflicts = session.document.conflicts ?? [];
    if (args.flags.has('json')) out.write(JSON.stringify(checkToJson(checked, text, lines, conflicts), null, 2) + '\n');
    else summarize(session.path, checked, text, lines, conflicts, out);
    if (args.flags.has('write')) {
      const moved = new Map(checked.map(({ annotation, result }) => [annotation.id, retarget(annotation, text, result)]));
      session.update((document) => ({ ...document, annotations: document.annotations.map((a) => moved.get(a.id) ?? a) }));
      reportSave(session.path, await saveSidecar(session));
    }
    const unresolved = conflicts.length > 0 || checked.some((c) => c.annotation.conflict);
    return unresolved || checked.some((c) => c.result.status === 'orphaned') ? EXIT_FINDINGS : EXIT_OK;
  },
});

export function checkToJson(checked: readonly CheckedAnnotation[], text: string, lines: LineIndex, conflicts: readonly DocumentConflict[]): CheckJson {
  return {
    annotations: checked.map(({ annotation, result }) => ({
      id: annotation.id,
      kind: annotation.kind,
      status: result.status,
      exact: annotation.target.exact,
      ...(result.status === 'fuzzy' ? { current: text.slice(result.span.start, result.span.end) } : {}),
      range: result.span ? lines.rangeOf(result.span) : null,
      ...(annotation.conflict ? { conflict: conflictJson(annotation.conflict) } : {}),
    })),
    conflicts: conflicts.map(({ on, key, reason }) => ({ on, key, reason })),
  };
}

function conflictJson({ with: other, reason }: AnnotationConflict): { with?: string; reason: string } {
  return other === undefined ? { reason } : { with: other, reason };
}

function shorten(text: string, max = 50): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One row of the summary's table: where, status, kind, then the (shortened) text. */
function row(where: string, status: string, kind: string, text: string): string {
  return `  ${where.padStart(9)}  ${status.padEnd(8)}  ${kind.padEnd(8)}  ${shorten(text)}`;
}

function summarize(path: string, checked: readonly CheckedAnnotation[], text: string, lines: LineIndex, conflicts: readonly DocumentConflict[], out: Output): void {
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const rows: string[] = [];
  for (const { annotation, result } of checked) {
    counts[result.status]++;
    const where = result.span ? `${lines.positionAt(result.span.start).line + 1}:${lines.positionAt(result.span.start).character + 1}` : '-';
    rows.push(row(where, result.status, annotation.kind, annotation.target.exact));
    // A fuzzy tag needs a person to compare what was tagged with what is there now.
    if (result.status === 'fuzzy') rows.push(row('', 'now:', '', text.slice(result.span.start, result.span.end)));
    if (annotation.conflict) rows.push(row('', 'conflict', '', annotation.conflict.reason));
  }
  for (const conflict of conflicts) rows.push(row('-', 'conflict', conflict.on === 'speakerAlias' ? 'alias' : 'field', `${conflict.key}: ${conflict.reason}`));
  const conflicted = checked.filter((c) => c.annotation.conflict).length + conflicts.length;
  const conflictCount = conflicted ? `; ${conflicted} merge conflict${conflicted === 1 ? '' : 's'} to resolve` : '';
  out.write(`${path}: ${checked.length} annotation${checked.length === 1 ? '' : 's'}: ${counts.anchored} anchored, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned${conflictCount}\n`);
  if (rows.length) out.write(rows.join('\n') + '\n');
}
