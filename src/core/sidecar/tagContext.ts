import type { Analysis, Topic } from '../analysis/model';
import type { Span } from '../text/positions';

export interface TagContext {
  readonly speaker: string | null;
  readonly topic: string | null;
}

/** The speaker whose turn holds the span's start, and the innermost topic around it, when tagging. */
export function tagContext(analysis: Analysis, span: Span): TagContext {
  const turn = analysis.turns.find((t) => t.span.start <= span.start && span.start < Math.max(t.span.end, t.span.start + 1));
  return { speaker: turn?.speaker ?? null, topic: innermostTopic(analysis.topics, span.start)?.title ?? null };
}

function innermostTopic(topics: readonly Topic[], offset: number): Topic | undefined {
  const topic = topics.find((t) => t.span.start <= offset && offset < t.span.end);
  if (!topic) return undefined;
  return innermostTopic(topic.children, offset) ?? topic;
}
