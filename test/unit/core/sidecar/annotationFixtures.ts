import * as assert from 'node:assert/strict';
import { decodeSidecar, type SidecarProblem } from '../../../../src/core/sidecar/codec';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';

/** The document `text` decodes to; fails the test with the problem when it does not decode. */
export function decodedSidecar(text: string): SidecarDocument {
  const result = decodeSidecar(text);
  if (!result.ok) assert.fail(`expected to decode, got ${JSON.stringify(result.problem)}`);
  return result.document;
}

/** Why `text` does not decode; fails the test when it does. */
export function sidecarProblem(text: string): SidecarProblem {
  const result = decodeSidecar(text);
  if (result.ok) assert.fail(`expected a problem: ${text}`);
  return result.problem;
}

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
