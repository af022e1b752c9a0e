import { checkAnnotations, type CheckedAnnotation } from '../../core/anchoring/checkAnnotations';
import { retarget } from '../../core/anchoring/retarget';
import { LineIndex, type Range } from '../../core/text/positions';
import { parseArgs } from '../args';
import { CliError, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE_INPUT, readTranscript } from '../io';
import { openSidecar, reportSave, saveSidecar } from '../sidecar';
import type { CliCommand, Output } from './command';

/** The public `check --json` shape. */
export interface CheckJson {
  annotations: { id: string; kind: string; status: 'anchored' | 'fuzzy' | 'orphaned'; exact: string; range: Range | null }[];
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check <file> [--json] [--write]   re-anchor the tags in <file>.annotations.json (exit 1: orphans, 2: invalid sidecar)',
  async run(argv, out) {
    const args = parseArgs(argv, ['json', 'write']);
    const file = args.positional[0];
    if (!file) throw new CliError('check: missing <file>', EXIT_UNUSABLE_INPUT);
    const text = await readTranscript(file);
    const session = await openSidecar(file);
    const checked = checkAnnotations(text, session.document.annotations);
    const lines = new LineIndex(text);
    if (args.flags.has('json')) out.write(JSON.stringify(checkToJson(checked, lines), null, 2) + '\n');
    else summarize(session.path, checked, lines, out);
    if (args.flags.has('write')) {
      const moved = new Map(checked.map(({ annotation, result }) => [annotation.id, retarget(annotation, text, result)]));
      session.update((document) => ({ ...document, annotations: document.annotations.map((a) => moved.get(a.id) ?? a) }));
      reportSave(session.path, await saveSidecar(session));
    }
    return checked.some((c) => c.result.status === 'orphaned') ? EXIT_FINDINGS : EXIT_OK;
  },
};

export function checkToJson(checked: readonly CheckedAnnotation[], lines: LineIndex): CheckJson {
  return {
    annotations: checked.map(({ annotation, result }) => ({
      id: annotation.id,
      kind: annotation.kind,
      status: result.status,
      exact: annotation.target.exact,
      range: result.span ? lines.rangeOf(result.span) : null,
    })),
  };
}

function summarize(path: string, checked: readonly CheckedAnnotation[], lines: LineIndex, out: Output): void {
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const rows: string[] = [];
  for (const { annotation, result } of checked) {
    counts[result.status]++;
    const where = result.span ? `${lines.positionAt(result.span.start).line + 1}:${lines.positionAt(result.span.start).character + 1}` : '-';
    const quote = annotation.target.exact.replace(/\s+/g, ' ');
    rows.push(`  ${where.padStart(9)}  ${result.status.padEnd(8)}  ${annotation.kind.padEnd(8)}  ${quote.length > 50 ? `${quote.slice(0, 49)}…` : quote}`);
  }
  out.write(`${path}: ${checked.length} annotation${checked.length === 1 ? '' : 's'}: ${counts.anchored} anchored, ${counts.fuzzy} fuzzy, ${counts.orphaned} orphaned\n`);
  if (rows.length) out.write(rows.join('\n') + '\n');
}
