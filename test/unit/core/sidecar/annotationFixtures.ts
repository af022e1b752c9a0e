import type { Annotation } from '../../../../src/core/sidecar/model';

/** A valid annotation whose quote is `quote <id>` at `start`, with `changes` on top: merge and comment tests compare these. */
export function annotationFixture(id: string, start = 0, changes: Partial<Annotation> = {}): Annotation {
  return {
    id,
    kind: 'fact',
    author: 'Ann',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    target: { exact: `quote ${id}`, prefix: '', suffix: '', start, end: start + 7 },
    ...changes,
  };
}
