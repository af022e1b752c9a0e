import type { Topic } from '../../../../src/core/analysis/model';

/** Every topic's title, nested ones after their parent, in document order. */
export function topicTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...topicTitles(t.children)]);
}
