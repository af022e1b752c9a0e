import * as assert from 'node:assert/strict';
import { mergeSidecars } from '../../../../src/core/merge/mergeSidecars';
import { decodeSidecar, encodeSidecar } from '../../../../src/core/sidecar/codec';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';
import { annotationFixture } from '../sidecar/annotationFixtures';

const tag = annotationFixture;

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

  it('keeps their alias in the file when both sides changed it differently, ours in effect', () => {
    const aliasBase = doc([], { 老黃: '黃仁勳' });
    const { document, conflicts } = mergeSidecars(aliasBase, doc([], { 老黃: '黃先生' }), doc([], { 老黃: '黃董' }));
    assert.deepEqual(document.speakerAliases, { 老黃: '黃先生' });
    assert.deepEqual(conflicts.map((c) => [c.type, c.key]), [['alias', '老黃']]);
    assert.equal(document.conflicts?.length, 1);
    const entry = document.conflicts![0]!;
    assert.deepEqual([entry.on, entry.key, entry.theirs], ['speakerAlias', '老黃', '黃董']);
    assert.match(entry.reason, /ours is in speakerAliases/);
    // Written to the file and read back: nothing their side wrote is lost.
    const decoded = decodeSidecar(encodeSidecar(document));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.conflicts, document.conflicts);
    assert.match(encodeSidecar(document), /"speakerAlias": "老黃",\n\s*"theirs": "黃董"/);
  });

  it('keeps their top-level field in the file when both sides changed it differently', () => {
    const fieldBase = doc([], {}, { reviewers: ['Ann'] });
    const { document, conflicts } = mergeSidecars(fieldBase, doc([], {}, { reviewers: ['Ann', 'Bo'] }), doc([], {}, { reviewers: ['Ann', 'Cy'] }));
    assert.deepEqual(document.unknown, { reviewers: ['Ann', 'Bo'] });
    assert.deepEqual(conflicts.map((c) => [c.type, c.key]), [['field', 'reviewers']]);
    assert.deepEqual(document.conflicts?.map((c) => [c.on, c.key, c.theirs]), [['field', 'reviewers', ['Ann', 'Cy']]]);
    const decoded = decodeSidecar(encodeSidecar(document));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.conflicts, document.conflicts);
    assert.deepEqual(decoded.document.unknown, { reviewers: ['Ann', 'Bo'] });
  });

  it('merges the conflicts lists: a resolved entry goes, an untouched one stays, new ones from both sides come in', () => {
    const first = mergeSidecars(doc([], { x: '1' }), doc([], { x: '2' }), doc([], { x: '3' })).document;
    const resolved = { ...first, conflicts: [] as never[] };
    assert.equal(mergeSidecars(first, resolved, first).document.conflicts, undefined, 'resolved on our side');
    assert.deepEqual(mergeSidecars(first, first, { ...first, speakerAliases: { x: '2', y: 'z' } }).document.conflicts, first.conflicts, 'untouched on both sides');
    const second = mergeSidecars(first, { ...first, speakerAliases: { x: '2', y: 'a' } }, { ...first, speakerAliases: { x: '2', y: 'b' } }).document;
    assert.deepEqual(second.conflicts?.map((c) => [c.key, c.theirs]), [['x', '3'], ['y', 'b']]);
  });

  it('keeps unknown fields inside conflict markers through a merge and the file', () => {
    const marked = tag('a', 0, { conflict: { with: 'a-theirs', reason: 'r', unknown: { resolvedBy: 'Ann', note: { n: 1 } } } });
    const decoded = decodeSidecar(encodeSidecar(doc([marked])));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.document.annotations[0]!.conflict, marked.conflict);
    const merged = mergeSidecars(doc([marked]), doc([{ ...marked, note: 'ours' }]), doc([marked]));
    assert.deepEqual(merged.document.annotations[0]!.conflict, marked.conflict);
  });

  it('keeps both when the same id was added differently on both sides', () => {
    const { document, conflicts } = mergeSidecars(doc([]), doc([tag('z', 1, { kind: 'fact' })]), doc([tag('z', 1, { kind: 'opinion' })]));
    assert.equal(document.annotations.length, 2);
    assert.equal(conflicts.length, 1);
  });
});
