import type { Topic } from '../analysis/model';
import type { LineIndex } from '../text/positions';
import { trimEnd } from '../turns/chars';
import type { OutlineEntry } from './outline';

interface TopicNode {
  title: string;
  span: { start: number; end: number };
  headingSpan: { start: number; end: number };
  level: number;
  children: TopicNode[];
  summaryLinks: { start: number; end: number }[];
}

/**
 * Nests outline entries by level. Plain title lines sit one level below the nearest heading above them,
 * skipping summary headings (`## 摘要`), whose titles are their siblings. A section runs to the end of
 * its last non-blank line before the next entry of the same or a higher level.
 */
export function buildTopicTree(entries: readonly OutlineEntry[], lines: LineIndex): Topic[] {
  const roots: TopicNode[] = [];
  const open: TopicNode[] = [];
  let contextLevel = 0;
  const close = (node: TopicNode, beforeLine: number): void => {
    node.span.end = Math.max(node.headingSpan.end, contentEndBefore(lines, beforeLine));
  };
  for (const entry of entries) {
    let level = entry.level;
    if (entry.kind === 'heading') contextLevel = entry.isSummaryHeading ? level - 1 : level;
    else level = Math.min(6, contextLevel + 1 + (entry.depth ?? 0));
    while (open.length && open[open.length - 1]!.level >= level) close(open.pop()!, entry.line);
    const node: TopicNode = {
      title: entry.title,
      span: { start: entry.headingSpan.start, end: entry.headingSpan.end },
      headingSpan: entry.headingSpan,
      level,
      children: [],
      summaryLinks: entry.summaryLinks,
    };
    (open.length ? open[open.length - 1]!.children : roots).push(node);
    open.push(node);
  }
  while (open.length) close(open.pop()!, lines.lineCount);
  return roots;
}

/** End of the last non-blank line before `line`. */
function contentEndBefore(lines: LineIndex, line: number): number {
  for (let l = line - 1; l >= 0; l--) {
    const start = lines.lineStart(l);
    const end = trimEnd(lines.source, start, lines.lineEnd(l));
    if (end > start) return end;
  }
  return 0;
}
