import type { Analysis } from '../../src/core/analysis/model';
import type { Span } from '../../src/core/text/positions';

/** Every span of an analysis, with what it is, for the range invariants (the property tests, scripts/robust-edits.ts). */
export function spansOf(analysis: Analysis): [string, Span][] {
  const found: [string, Span][] = [];
  for (const t of analysis.turns) {
    found.push(['turn', t.span]);
    if (t.labelSpan) found.push(['label', t.labelSpan]);
  }
  for (const d of analysis.stageDirections) found.push(['stage direction', d.span]);
  for (const c of analysis.claims) found.push(['claim', c.span]);
  const topics = [...analysis.topics];
  while (topics.length) {
    const topic = topics.pop()!;
    found.push(['topic', topic.span], ['heading', topic.headingSpan], ...topic.summaryLinks.map((s): [string, Span] => ['summary link', s]));
    topics.push(...topic.children);
  }
  return found;
}
