import { CLAIM_KINDS } from '../analysis/model';
import { isEvidenceUrl } from '../desk/evidence';
import { Timecodes, formatTimecode } from '../desk/timecodes';
import { formatVerdict } from '../desk/verdict';
import type { EvidenceSource } from '../sidecar/model';
import { LineIndex } from '../text/positions';
import { inDocumentOrder, type ExportInput, type PlacedAnnotation } from './model';

const NO_TOPIC = 'No topic';
const NO_SPEAKER = 'Unknown speaker';

/**
 * A report for editors: counts by kind, then the tagged statements grouped by topic and speaker (both
 * in order of first appearance), each quote linking to its line as `[line 12](interview.txt#L12)`.
 * Orphans are listed at the end, unlinked.
 */
export function toMarkdown(input: ExportInput): string {
  const lines = new LineIndex(input.text);
  const timecodes = new Timecodes(input.text);
  const ordered = inDocumentOrder(input.annotations);
  const placed = ordered.filter((a) => a.span);
  const orphans = ordered.filter((a) => !a.span);
  const out: string[] = [`# Annotations: ${escapeInline(input.source)}`, ''];

  out.push(summaryLine(ordered), '', '| Kind | Count |', '| --- | ---: |');
  for (const kind of CLAIM_KINDS) out.push(`| ${kind} | ${ordered.filter((a) => a.annotation.kind === kind).length} |`);
  out.push(`| **total** | **${ordered.length}** |`, '');

  for (const [topic, byTopic] of groupBy(placed, (a) => a.annotation.topic ?? NO_TOPIC)) {
    out.push(`## ${escapeInline(topic)}`, '');
    for (const [speaker, bySpeaker] of groupBy(byTopic, (a) => a.annotation.speaker ?? NO_SPEAKER)) {
      out.push(`### ${escapeInline(speaker)}`, '');
      for (const a of bySpeaker) out.push(...item(a, input, lines, timecodes));
      out.push('');
    }
  }
  if (orphans.length) {
    out.push('## Not found in the current text', '');
    for (const a of orphans) out.push(...item(a, input, lines, timecodes));
    out.push('');
  }
  return out.join('\n');
}

function summaryLine(annotations: readonly PlacedAnnotation[]): string {
  const counts = CLAIM_KINDS.map((kind) => `${annotations.filter((a) => a.annotation.kind === kind).length} ${kind}`);
  const fuzzy = annotations.filter((a) => a.status === 'fuzzy').length;
  const orphaned = annotations.filter((a) => a.status === 'orphaned').length;
  const review = [fuzzy ? `${fuzzy} to review` : '', orphaned ? `${orphaned} not found` : ''].filter(Boolean);
  const total = `${annotations.length} annotation${annotations.length === 1 ? '' : 's'}`;
  return `${total}: ${counts.join(', ')}${review.length ? ` (${review.join(', ')})` : ''}.`;
}

function item(placed: PlacedAnnotation, input: ExportInput, lines: LineIndex, timecodes: Timecodes): string[] {
  const a = placed.annotation;
  const quote = placed.span ? input.text.slice(placed.span.start, placed.span.end) : a.target.exact;
  let where: string;
  if (placed.span) {
    const line = lines.positionAt(placed.span.start).line + 1;
    where = `[line ${line}](${linkTarget(input.source)}#L${line})`;
  } else {
    where = 'not found';
  }
  const flags = placed.status === 'fuzzy' ? ' _(moved, needs review)_' : '';
  const speaker = !placed.span && a.speaker ? ` (${escapeInline(a.speaker)})` : '';
  const time = placed.span ? timecodes.at(placed.span.start) : null;
  const at = time === null ? '' : ` at ${formatTimecode(time)}`;
  const result = [`- **${a.kind}** “${escapeInline(quote)}”${speaker} — ${where}${at}${flags}`];
  const desk = [a.verdict ? `verdict: **${escapeInline(formatVerdict(a.verdict))}**` : '', a.status ? `status: ${escapeInline(a.status.value)} (${escapeInline(a.status.by)})` : '']
    .filter(Boolean)
    .join(' · ');
  if (desk) result.push(`  - ${desk}`);
  if (a.note) result.push(`  - ${escapeInline(a.note)}`);
  for (const source of a.sources ?? []) result.push(`  - source: ${sourceLink(source)}`);
  return result;
}

/** `[title](url)` with the title escaped and the address percent-encoded where Markdown would end it; quote after. */
function sourceLink(source: EvidenceSource): string {
  const title = escapeInline(source.title || source.url);
  // The sidecar refuses other addresses; checked again since an export may be given any annotations.
  const link = isEvidenceUrl(source.url) ? `[${title}](${markdownUrl(source.url)})` : title;
  return source.quote ? `${link}: “${escapeInline(source.quote)}”` : link;
}

export function markdownUrl(url: string): string {
  return url.replace(/[()<>[\]`*_|"'\s]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Keeps text literal inside a Markdown line: escapes markup characters and folds line breaks. */
export function escapeInline(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** A relative link target: path segments percent-encoded, so spaces and brackets cannot break the link. */
function linkTarget(source: string): string {
  return source
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
