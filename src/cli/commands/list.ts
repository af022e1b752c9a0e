import { Timecodes, formatTimecode } from '../../core/desk/timecodes';
import { formatVerdict } from '../../core/desk/verdict';
import { placeAnnotations } from '../../core/export/place';
import type { AnnotationVerdict, CheckStatus, EvidenceSource } from '../../core/sidecar/model';
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
    /** The fact-checking desk's fields (see docs/desk.md); `time` is the statement's time in the recording, `HH:MM:SS`. */
    verdict: { label: string; rating?: { value: number; best: number } } | null;
    /** The workflow step (the sidecar's `status`; `status` here is where the tag was found). */
    checkStatus: { value: string; by: string; at: string } | null;
    sources: { url: string; title?: string; quote?: string }[];
    time: string | null;
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
    const timecodes = new Timecodes(text);
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
        verdict: a.verdict ? verdictJson(a.verdict) : null,
        checkStatus: a.status ? statusJson(a.status) : null,
        sources: (a.sources ?? []).map(sourceJson),
        time: timeAt(timecodes, span?.start),
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
      const details = [
        tag.time ? `at ${tag.time}` : '',
        tag.speaker ? `speaker ${tag.speaker}` : '',
        `by ${tag.author}`,
        tag.verdict ? `verdict ${formatVerdict(tag.verdict)}` : '',
        tag.checkStatus ? `status ${tag.checkStatus.value} (${tag.checkStatus.by})` : '',
        tag.sources.length ? `${tag.sources.length} source${tag.sources.length === 1 ? '' : 's'}` : '',
        tag.note ? `note: ${tag.note.replace(/\s+/g, ' ')}` : '',
      ].filter(Boolean);
      out.write(`${''.padEnd(8)}  ${details.join('; ')}\n`);
    }
    out.write(`${json.annotations.length} tag${json.annotations.length === 1 ? '' : 's'}\n`);
    return EXIT_OK;
  },
});

// Plain copies, without the fields this version does not know, so the JSON shape stays as documented.
function verdictJson(verdict: AnnotationVerdict): ListJson['annotations'][number]['verdict'] {
  return { label: verdict.label, ...(verdict.rating ? { rating: { value: verdict.rating.value, best: verdict.rating.best } } : {}) };
}

function statusJson(status: CheckStatus): ListJson['annotations'][number]['checkStatus'] {
  return { value: status.value, by: status.by, at: status.at };
}

function sourceJson(source: EvidenceSource): { url: string; title?: string; quote?: string } {
  return { url: source.url, ...(source.title ? { title: source.title } : {}), ...(source.quote ? { quote: source.quote } : {}) };
}

function timeAt(timecodes: Timecodes, offset: number | undefined): string | null {
  const seconds = offset === undefined ? null : timecodes.at(offset);
  return seconds === null ? null : formatTimecode(seconds);
}
