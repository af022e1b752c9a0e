import type { ClaimKind } from '../../src/core/analysis/model';
import type { ExportInput, PlacedAnnotation } from '../../src/core/export/model';
import type { Annotation } from '../../src/core/sidecar/model';
import { readFixture } from './fixtures';

export const INTERVIEW = readFixture('export', 'interview.txt');

interface Tag {
  readonly id: string;
  readonly quote: string;
  readonly kind: ClaimKind;
  readonly speaker: string | null;
  readonly topic: string | null;
  readonly note?: string;
}

const TAGS: readonly Tag[] = [
  { id: '0b0c4a53-8c1e-4f7e-9d0a-000000000001', quote: '我们去年在中国的收入是170亿美元，占总收入的13%。', kind: 'fact', speaker: '黄仁勋', topic: '芯片出口', note: 'verdict: 4/5 Mostly true\n财报写的是 171 亿' },
  { id: '0b0c4a53-8c1e-4f7e-9d0a-000000000002', quote: '我预计明年的需求会翻倍，"H20" 很快就会批下来。', kind: 'forecast', speaker: '黄仁勋', topic: '芯片出口' },
  { id: '0b0c4a53-8c1e-4f7e-9d0a-000000000003', quote: '我认为这是最好的时代，也是最难的时代。', kind: 'opinion', speaker: '黄仁勋', topic: '芯片出口', note: 'quote, with "comma", and\nnewline' },
  { id: '0b0c4a53-8c1e-4f7e-9d0a-000000000004', quote: 'Our software already runs on 4 million GPUs, with 80 GB of memory each.', kind: 'fact', speaker: 'Jensen', topic: 'Software, "memory" & 𠵾 characters' },
  { id: '0b0c4a53-8c1e-4f7e-9d0a-000000000005', quote: 'I expect memory prices to fall by half next year.', kind: 'forecast', speaker: 'Jensen', topic: 'Software, "memory" & 𠵾 characters', note: 'verdict: Unproven' },
];

function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

/** The fixture's annotations, all anchored where they are, plus one orphan whose quote is gone. */
export function interviewAnnotations(text = INTERVIEW): PlacedAnnotation[] {
  const placed: PlacedAnnotation[] = TAGS.map((tag) => {
    const start = text.indexOf(tag.quote);
    if (start < 0) throw new Error(`fixture quote not found: ${tag.quote}`);
    const end = start + tag.quote.length;
    const annotation: Annotation = {
      id: tag.id,
      kind: tag.kind,
      ...(tag.note ? { note: tag.note } : {}),
      author: 'lin',
      created: '2026-11-20T08:00:00.000Z',
      modified: '2026-11-21T09:30:00.000Z',
      speaker: tag.speaker,
      topic: tag.topic,
      target: { exact: tag.quote, ...contextOf(text, start, end), start, end },
    };
    return { annotation, status: 'anchored', span: { start, end } };
  });
  placed.push({
    annotation: {
      id: '0b0c4a53-8c1e-4f7e-9d0a-000000000006',
      kind: 'fact',
      author: 'lin',
      created: '2026-11-20T08:00:00.000Z',
      modified: '2026-11-20T08:00:00.000Z',
      speaker: '主持人',
      topic: null,
      target: { exact: '这句话已经被删掉了', prefix: '', suffix: '', start: 3, end: 12 },
    },
    status: 'orphaned',
    span: null,
  });
  return placed;
}

export function interviewInput(): ExportInput {
  return { text: INTERVIEW, source: 'interview.txt', annotations: interviewAnnotations() };
}
