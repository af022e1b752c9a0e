import type { AnalysisOptions, Topic, TranscriptFormat } from '../analysis/model';
import type { LineIndex } from '../text/positions';
import { outlineOf } from './outline';
import { buildTopicTree } from './tree';

/** Builds the topic tree from headings, standalone title lines and summary lists. */
export function findTopics(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Topic[] {
  return buildTopicTree(outlineOf(lines, format, options).entries, lines);
}

/** The topics containing `offset`, outermost first; empty outside every topic. Claims and turns hang under the last. */
export function topicPathAt(topics: readonly Topic[], offset: number): Topic[] {
  const path: Topic[] = [];
  let level: readonly Topic[] = topics;
  for (;;) {
    const next = findContaining(level, offset);
    if (!next) return path;
    path.push(next);
    level = next.children;
  }
}

/** Binary search: siblings are in document order and do not overlap. */
function findContaining(siblings: readonly Topic[], offset: number): Topic | undefined {
  let low = 0;
  let high = siblings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const topic = siblings[mid]!;
    if (offset < topic.span.start) high = mid - 1;
    else if (offset > topic.span.end) low = mid + 1;
    else return topic;
  }
  return undefined;
}
