import * as assert from 'node:assert/strict';
import { conflictSides, resolveConflictedSidecar } from '../../../../src/core/merge/conflictedSidecar';
import { encodeSidecar } from '../../../../src/core/sidecar/codec';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';
import { annotationFixture } from '../sidecar/annotationFixtures';

const tag = annotationFixture;

function encoded(annotations: Annotation[]): string {
  const document: SidecarDocument = { version: 1, speakerAliases: {}, annotations };
  return encodeSidecar(document);
}

/** Git's line merge, written out the way git does: common lines, then each differing stretch as a hunk. */
function conflicted(base: string, ours: string, theirs: string, withBase: boolean): string {
  const [b, o, t] = [base, ours, theirs].map((text) => text.split('\n'));
  let head = 0;
  while (head < o!.length && o![head] === t![head] && o![head] === b![head]) head++;
  let tail = 0;
  const shortest = Math.min(o!.length, t!.length, b!.length);
  while (tail < shortest - head && o![o!.length - 1 - tail] === t![t!.length - 1 - tail] && o![o!.length - 1 - tail] === b![b!.length - 1 - tail]) tail++;
  const middle = (lines: string[]): string[] => lines.slice(head, lines.length - tail);
  return [
    ...o!.slice(0, head),
    '<<<<<<< HEAD',
    ...middle(o!),
    ...(withBase ? ['||||||| base', ...middle(b!)] : []),
    '=======',
    ...middle(t!),
    '>>>>>>> theirs',
    ...o!.slice(o!.length - tail),
  ].join('\n');
}

describe('a sidecar git left with conflict markers', () => {
  const a = tag('a', 0);
  const z = tag('z', 900);
  const base = encoded([a, z]);
  const ours = encoded([a, tag('b', 300), z]);
  const theirs = encoded([a, tag('c', 600), z]);

  it('takes both sides (and the ancestor, in diff3 style) apart again', () => {
    const sides = conflictSides(conflicted(base, ours, theirs, true));
    assert.ok(sides);
    assert.equal(sides.ours, ours);
    assert.equal(sides.theirs, theirs);
    assert.equal(sides.base, base);
    assert.equal(conflictSides(conflicted(base, ours, theirs, false))?.base, undefined);
    assert.equal(conflictSides(ours), undefined);
    assert.equal(conflictSides('<<<<<<< HEAD\n{}\n=======\n{}\n'), undefined, 'an unterminated hunk');
    const crlf = conflictSides(conflicted(base, ours, theirs, false).replace(/\n/g, '\r\n'));
    assert.equal(crlf?.theirs, theirs.replace(/\n/g, '\r\n'));
  });

  it('merges tags added on both sides between the same two tags, which the line merge could not', () => {
    for (const withBase of [true, false]) {
      const resolved = resolveConflictedSidecar(conflicted(base, ours, theirs, withBase));
      assert.ok(resolved.ok);
      assert.deepEqual(resolved.document.annotations.map((x) => x.id), ['a', 'b', 'c', 'z']);
      assert.deepEqual(resolved.conflicts, []);
      assert.equal(resolved.ancestor, withBase ? 'markers' : 'shared');
    }
  });

  it('honours a deletion when the ancestor is known, and keeps the tag when it is not', () => {
    const oursDeleting = encoded([tag('b', 300), z]);
    const theirsAdding = encoded([a, tag('c', 600), z]);
    const known = resolveConflictedSidecar(conflicted(base, oursDeleting, theirsAdding, true));
    assert.ok(known.ok);
    assert.deepEqual(known.document.annotations.map((x) => x.id), ['b', 'c', 'z']);
    const unknown = resolveConflictedSidecar(conflicted(base, oursDeleting, theirsAdding, false));
    assert.ok(unknown.ok);
    assert.deepEqual(unknown.document.annotations.map((x) => x.id), ['a', 'b', 'c', 'z']);
  });

  it('keeps both versions of a tag changed differently on both sides, marked as a conflict', () => {
    const oursChanged = encoded([tag('a', 0, { kind: 'opinion', modified: '2025-02-01T00:00:00.000Z' }), z]);
    const theirsChanged = encoded([tag('a', 0, { kind: 'forecast', modified: '2025-02-02T00:00:00.000Z' }), z]);
    const resolved = resolveConflictedSidecar(conflicted(base, oursChanged, theirsChanged, false));
    assert.ok(resolved.ok);
    assert.deepEqual(resolved.document.annotations.map((x) => x.kind).sort(), ['fact', 'forecast', 'opinion']);
    assert.equal(resolved.conflicts.length, 1);
  });

  it('reports a side that does not parse, and text without markers', () => {
    const broken = resolveConflictedSidecar(conflicted(base, ours, theirs.replace('"c"', '"c'), false));
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? '' : broken.reason, /theirs version does not read: line \d+/);
    assert.equal(resolveConflictedSidecar(ours).ok, false);
  });
});
