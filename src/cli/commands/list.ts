import { placeAnnotations } from '../../core/export/place';
import { LineIndex, type Range } from '../../core/text/positions';
import { defineCommand, ENCODING_OPTION, stringFlag } from '../args';
import { EXIT_OK, note, readTranscript } from '../io';
import { missingSidecarMessage, openSidecar, sidecarExists } from '../sidecar';

/** The public `list --json` shape: the tags in text order (orphans last), placed in the text as it is now. */
export interface ListJson {
  annotations: {
    id: string;
    kind: string;
    status: 'anchored' | 'fuzzy' | 'orphaned';
    range: Range | null;
    exact: string;
    note: string | null;
    author: string;
    created: string;
    modified: string;
    speaker: string | null;
    topic: string | null;
  }[];
}

export const listCommand = defineCommand({
  name: 'list',
  summary: "list a transcript's tags, with where they are now",
  positionals: ['<file>'],
  options: {
    json: { type: 'boolean', description: 'print the tags as JSON' },
    encoding: ENCODING_OPTION,
  },
  notes: ['Exit codes: 0 listed (also when there is no sidecar: nothing to list, said on stderr); 2 an unusable file.'],
  async execute(args, out) {
    const file = args.positional[0]!;
    const text = await readTranscript(file, { encoding: stringFlag(args, 'encoding') });
    if (!(await sidecarExists(file))) note(`list: ${await missingSidecarMessage(file, text)}`);
    const session = await openSidecar(file);
    const lines = new LineIndex(text);
    const placed = placeAnnotations(text, session.document.annotations)
      .map((p, order) => ({ ...p, order }))
      .sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) || a.order - b.order);
    const json: ListJson = {
      annotations: placed.map(({ annotation: a, status, span }) => ({
        id: a.id,
        kind: a.kind,
        status,
        range: span ? lines.rangeOf(span) : null,
        exact: a.target.exact,
        note: a.note ?? null,
        author: a.author,
        created: a.created,
        modified: a.modified,
        speaker: a.speaker,
        topic: a.topic,
      })),
    };
    if (args.flags.has('json')) {
      out.write(JSON.stringify(json, null, 2) + '\n');
      return EXIT_OK;
    }
    for (const tag of json.annotations) {
      const where = tag.range ? `${tag.range.start.line + 1}:${tag.range.start.character + 1}` : '-';
      const quote = tag.exact.replace(/\s+/g, ' ');
      out.write(`${tag.id.slice(0, 8)}  ${where.padStart(9)}  ${tag.kind.padEnd(8)}  ${tag.status.padEnd(8)}  ${quote.length > 50 ? `${quote.slice(0, 49)}…` : quote}\n`);
      const details = [tag.speaker ? `speaker ${tag.speaker}` : '', `by ${tag.author}`, tag.note ? `note: ${tag.note.replace(/\s+/g, ' ')}` : ''].filter(Boolean);
      out.write(`${''.padEnd(8)}  ${details.join('; ')}\n`);
    }
    out.write(`${json.annotations.length} tag${json.annotations.length === 1 ? '' : 's'}\n`);
    return EXIT_OK;
  },
});
