import * as assert from 'node:assert/strict';
import { mergeSidecars } from '../../../../src/core/merge/mergeSidecars';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';

function tag(id: string, start: number, changes: Partial<Annotation> = {}): Annotation {
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

function doc(annotations: Annotation[], speakerAliases: Record<string, string> = {}, unknown?: Record<string, unknown>): SidecarDocument {
  return { version: 1, speakerAliases, annotations, ...(unknown ? { unknown } : {}) };
}

const later = '2025-02-01T00:00:00.000Z';

describe('three-way sidecar merge', () => {
  const a = tag('a', 0);
  const b = tag('b', 100);
  const base = doc([a, b]);

  it('keeps additions from both sides', () => {
    const { document, conflicts } = mergeSidecars(base, doc([a, b, tag('c', 50)]), doc([a, b, tag('d', 200)]));
    assert.deepEqual(document.annotations.map((x) => x.id), ['a', 'c', 'b', 'd']);
    assert.deepEqual(conflicts, []);
  });

  it('takes a change made on one side only', () => {
    const changed = tag('a', 0, { kind: 'opinion', note: 'not a fact', modified: later });
    const { document, conflicts } = mergeSidecars(base, doc([a, b]), doc([changed, b]));
    assert.deepEqual(document.annotations[0], changed);
    assert.equal(mergeSidecars(base, doc([changed, b]), doc([a, b])).document.annotations[0]!.kind, 'opinion');
    assert.deepEqual(conflicts, []);
  });

  it('merges changes to different fields of the same annotation', () => {
    const ours = tag('a', 0, { kind: 'forecast', modified: later });
    const theirs = tag('a', 0, { note: 'source: annual report', modified: '2025-01-15T00:00:00.000Z' });
    const { document, conflicts } = mergeSidecars(base, doc([ours, b]), doc([theirs, b]));
    assert.equal(document.annotations[0]!.kind, 'forecast');
    assert.equal(document.annotations[0]!.note, 'source: annual report');
    assert.equal(document.annotations[0]!.modified, later);
    assert.deepEqual(conflicts, []);
  });

  it('keeps both versions, marked, when both sides changed the same field differently', () => {
    const ours = tag('a', 0, { kind: 'forecast', modified: later });
    const theirs = tag('a', 0, { kind: 'opinion', modified: later });
    const { document, conflicts } = mergeSidecars(base, doc([ours, b]), doc([theirs, b]));
    const kept = document.annotations.filter((x) => x.id.startsWith('a'));
    assert.equal(kept.length, 2);
    assert.deepEqual(kept.map((x) => x.kind).sort(), ['forecast', 'opinion']);
    const mine = kept.find((x) => x.id === 'a')!;
    const copy = kept.find((x) => x.id !== 'a')!;
    assert.equal(mine.conflict?.with, copy.id);
    assert.equal(copy.conflict?.with, 'a');
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]!.key, 'a');
  });

  it('treats a position-only difference of the same quote as no conflict', () => {
    const ours = tag('a', 0, { target: { ...a.target, start: 5, end: 12 } });
    const theirs = tag('a', 0, { target: { ...a.target, start: 9, end: 16 } });
    const { document, conflicts } = mergeSidecars(base, doc([ours, b]), doc([theirs, b]));
    assert.equal(document.annotations.filter((x) => x.id.startsWith('a')).length, 1);
    assert.deepEqual(conflicts, []);
  });

  it('deletes an annotation deleted on one side and untouched on the other', () => {
    assert.deepEqual(mergeSidecars(base, doc([b]), base).document.annotations.map((x) => x.id), ['b']);
    assert.deepEqual(mergeSidecars(base, base, doc([a])).document.annotations.map((x) => x.id), ['a']);
    assert.deepEqual(mergeSidecars(base, doc([b]), doc([b])).document.annotations.map((x) => x.id), ['b']);
  });

  it('keeps, with a marker, an annotation deleted on one side and changed on the other', () => {
    const changed = tag('a', 0, { note: 'important', modified: later });
    for (const [ours, theirs] of [
      [doc([changed, b]), doc([b])],
      [doc([b]), doc([changed, b])],
    ] as const) {
      const { document, conflicts } = mergeSidecars(base, ours, theirs);
      const kept = document.annotations.find((x) => x.id === 'a');
      assert.equal(kept?.note, 'important');
      assert.match(kept!.conflict!.reason, /deleted on one side/);
      assert.equal(conflicts.length, 1);
    }
  });

  it('merges speaker aliases and unknown fields key by key, reporting clashes', () => {
    const aliasBase = doc([], { 老黃: '黃仁勳' }, { team: 'x' });
    const ours = doc([], { 老黃: '黃仁勳', 小陳: '陳立文' }, { team: 'x', ours: 1 });
    const theirs = doc([], { 老黃: '黃先生', 林: '林雅婷' }, { team: 'y' });
    const { document, conflicts } = mergeSidecars(aliasBase, ours, theirs);
    assert.deepEqual(document.speakerAliases, { 小陳: '陳立文', 林: '林雅婷', 老黃: '黃先生' });
    assert.deepEqual(document.unknown, { ours: 1, team: 'y' });
    assert.deepEqual(conflicts, []);

    const clash = mergeSidecars(aliasBase, doc([], { 老黃: 'A' }), doc([], { 老黃: 'B' }));
    assert.equal(clash.document.speakerAliases['老黃'], 'A');
    assert.equal(clash.conflicts[0]!.type, 'alias');
  });

  it('takes modifiedBy from the side that changed the annotation', () => {
    const byBob = tag('a', 0, { kind: 'opinion', modified: later, modifiedBy: 'Bob' });
    for (const [ours, theirs] of [[doc([a, b]), doc([byBob, b])], [doc([byBob, b]), doc([a, b])]] as const) {
      const { document, conflicts } = mergeSidecars(base, ours, theirs);
      assert.equal(document.annotations[0]!.modifiedBy, 'Bob');
      assert.equal(document.annotations[0]!.author, 'Ann');
      assert.deepEqual(conflicts, []);
    }
  });

  it('gives modifiedBy to the later change when two people changed different fields, without a conflict', () => {
    const bobsKind = tag('a', 0, { kind: 'forecast', modified: later, modifiedBy: 'Bob' });
    const carolsNote = tag('a', 0, { note: 'source?', modified: '2025-01-15T00:00:00.000Z', modifiedBy: 'Carol' });
    for (const [ours, theirs] of [[bobsKind, carolsNote], [carolsNote, bobsKind]] as const) {
      const { document, conflicts } = mergeSidecars(base, doc([ours, b]), doc([theirs, b]));
      assert.deepEqual(conflicts, []);
      assert.equal(document.annotations.length, 2);
      const merged = document.annotations[0]!;
      assert.equal(merged.kind, 'forecast');
      assert.equal(merged.note, 'source?');
      assert.equal(merged.modifiedBy, 'Bob');
      assert.equal(merged.modified, later);
    }
  });

  it('treats the same change made by two people as one change, keeping the later', () => {
    const byBob = tag('a', 0, { kind: 'opinion', modified: '2025-01-15T00:00:00.000Z', modifiedBy: 'Bob' });
    const byCarol = tag('a', 0, { kind: 'opinion', modified: later, modifiedBy: 'Carol' });
    const { document, conflicts } = mergeSidecars(base, doc([byBob, b]), doc([byCarol, b]));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(document.annotations[0], byCarol);
  });

  it('keeps both when the same id was added differently on both sides', () => {
    const { document, conflicts } = mergeSidecars(doc([]), doc([tag('z', 1, { kind: 'fact' })]), doc([tag('z', 1, { kind: 'opinion' })]));
    assert.equal(document.annotations.length, 2);
    assert.equal(conflicts.length, 1);
  });
});
