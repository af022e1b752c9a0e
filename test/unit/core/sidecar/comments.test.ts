import * as assert from 'node:assert/strict';
import { mergeSidecars } from '../../../../src/core/merge/mergeSidecars';
import { decodeSidecar, encodeSidecar } from '../../../../src/core/sidecar/codec';
import { addComment, deleteComment, editComment, newComment, type AnnotationComment } from '../../../../src/core/sidecar/comments';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';
import { annotationFixture } from './annotationFixtures';

function tag(id: string, changes: Partial<Annotation> = {}): Annotation {
  return annotationFixture(id, 0, changes);
}

function doc(...annotations: Annotation[]): SidecarDocument {
  return { version: 1, speakerAliases: {}, annotations };
}

function comment(id: string, author: string, created: string, body: string): AnnotationComment {
  return { id, author, created, body };
}

const first = comment('c1', 'Ann', '2025-01-02T00:00:00.000Z', 'Source?\n\n- annual report, p. 3');
const annReply = comment('c2', 'Ann', '2025-01-03T00:00:00.000Z', 'Found it.');
const bobReply = comment('c3', 'Bob', '2025-01-03T01:00:00.000Z', 'Checked: **correct**.');

function decodeOk(text: string): SidecarDocument {
  const decoded = decodeSidecar(text);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.problem.reason);
  return decoded.document;
}

describe('tag comments in the sidecar', () => {
  it('are written after the target, one field per line, and read back with multi-line bodies intact', () => {
    const text = encodeSidecar(doc(tag('a', { note: 'old note', comments: [first, { ...annReply, modified: '2025-01-04T00:00:00.000Z' }] })));
    const keys = Object.keys((JSON.parse(text) as { annotations: Record<string, unknown>[] }).annotations[0]!);
    assert.deepEqual(keys.slice(keys.indexOf('target')), ['target', 'comments']);
    assert.ok(text.includes('"body": "Source?\\n\\n- annual report, p. 3"'));
    const read = decodeOk(text).annotations[0]!;
    assert.equal(read.note, 'old note', 'the old note is kept beside the thread');
    assert.deepEqual(read.comments, [first, { ...annReply, modified: '2025-01-04T00:00:00.000Z' }]);
    assert.equal(encodeSidecar(decodeOk(text)), text, 'saving again writes the same bytes');
  });

  it('are left out when there are none, and a file without them reads as before', () => {
    const text = encodeSidecar(doc(tag('a', { comments: [] })));
    assert.ok(!text.includes('comments'));
    assert.equal(decodeOk(text).annotations[0]!.comments, undefined);
  });

  it('keep fields this version does not know on a comment', () => {
    const text = encodeSidecar(doc(tag('a', { comments: [{ ...first, unknown: { reactions: ['+1'] } }] })));
    assert.deepEqual(decodeOk(text).annotations[0]!.comments![0]!.unknown, { reactions: ['+1'] });
  });

  for (const [what, value, reason, needle] of [
    ['not an array', '"x"', /'comments' must be an array/u, '"comments"'],
    ['a comment without a body', '[{ "id": "c1", "author": "Ann", "created": "2025-01-01T00:00:00.000Z" }]', /comment 1: 'body'/u, '"id": "c1"'],
    ['a body that is not a string', '[{ "id": "c1", "author": "Ann", "created": "2025-01-01T00:00:00.000Z", "body": 5 }]', /'body' must be a string/u, '"body"'],
    ['an empty id', '[{ "id": " ", "author": "Ann", "created": "2025-01-01T00:00:00.000Z", "body": "" }]', /'id' must not be empty/u, '"id": " "'],
    [
      'an id used twice',
      '[{ "id": "c1", "author": "Ann", "created": "2025-01-01T00:00:00.000Z", "body": "x" },\n{ "id": "c1", "author": "Bob", "created": "2025-01-01T00:00:00.000Z", "body": "y" }]',
      /comment 2: id 'c1' is used twice/u,
      '{ "id": "c1", "author": "Bob"',
    ],
  ] as const) {
    it(`are refused with the line of the problem: ${what}`, () => {
      const good = JSON.parse(encodeSidecar(doc(tag('a')))) as { annotations: Record<string, unknown>[] };
      const lines = JSON.stringify(good, null, 2).split('\n');
      const at = lines.findIndex((l) => l.includes('"target"'));
      lines.splice(at, 0, `      "comments": ${value},`);
      const text = lines.join('\n');
      const decoded = decodeSidecar(text);
      assert.ok(!decoded.ok);
      assert.match(decoded.problem.reason, reason);
      assert.match(decoded.problem.reason, /^annotation 1/u);
      const expectedLine = text.split('\n').findIndex((l) => l.includes(needle)) + 1;
      assert.equal(decoded.problem.line, expectedLine);
    });
  }

  it('are added in time order, edited with a modified time, and deleted by id', () => {
    const now = new Date('2025-03-01T00:00:00.000Z');
    const added = addComment([annReply], newComment('Bob', 'Earlier?', new Date('2025-01-02T12:00:00.000Z'), 'c0'));
    assert.deepEqual(added.map((c) => c.id), ['c0', 'c2']);
    const edited = editComment(added, 'c2', 'Found it: p. 3', now);
    assert.equal(edited[1]!.body, 'Found it: p. 3');
    assert.equal(edited[1]!.modified, now.toISOString());
    assert.equal(editComment(added, 'c2', annReply.body, now)[1], added[1], 'the same body is no edit');
    assert.deepEqual(deleteComment(edited, 'c0').map((c) => c.id), ['c2']);
  });
});

describe('merging tag comments', () => {
  const base = doc(tag('a', { comments: [first] }));

  it('keeps replies made on both branches, in time order, without a conflict', () => {
    const { document, conflicts } = mergeSidecars(base, doc(tag('a', { comments: [first, annReply] })), doc(tag('a', { comments: [first, bobReply] })));
    assert.deepEqual(conflicts, []);
    assert.equal(document.annotations.length, 1);
    assert.deepEqual(document.annotations[0]!.comments, [first, annReply, bobReply]);
  });

  it('keeps the first replies on a tag nobody had commented on before', () => {
    const { document, conflicts } = mergeSidecars(doc(tag('a')), doc(tag('a', { comments: [annReply] })), doc(tag('a', { comments: [bobReply] })));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(document.annotations[0]!.comments, [annReply, bobReply]);
  });

  it('takes an edit or a deletion made on one side only, beside a reply from the other', () => {
    const edited = { ...first, body: 'Source, please.', modified: '2025-01-05T00:00:00.000Z' };
    const merged = mergeSidecars(base, doc(tag('a', { comments: [edited] })), doc(tag('a', { comments: [first, bobReply] })));
    assert.deepEqual(merged.document.annotations[0]!.comments, [edited, bobReply]);
    const deleted = mergeSidecars(base, doc(tag('a')), doc(tag('a', { comments: [first, bobReply] })));
    assert.deepEqual(deleted.document.annotations[0]!.comments, [bobReply]);
    assert.deepEqual([...merged.conflicts, ...deleted.conflicts], []);
  });

  it('keeps both versions through the annotation conflict when both sides edited one comment differently', () => {
    const ours = { ...first, body: 'ours', modified: '2025-01-05T00:00:00.000Z' };
    const theirs = { ...first, body: 'theirs', modified: '2025-01-06T00:00:00.000Z' };
    const { document, conflicts } = mergeSidecars(base, doc(tag('a', { comments: [ours] })), doc(tag('a', { comments: [theirs, bobReply] })));
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0]!.reason, /comments/u);
    const [kept, copy] = document.annotations;
    assert.deepEqual(kept!.comments, [ours, bobReply], 'ours keeps our edit and their new reply');
    assert.equal(kept!.conflict?.with, copy!.id);
    assert.deepEqual(copy!.comments, [theirs, bobReply]);
    // The merged file reads back: the conflict is in the file, not only in the driver's exit code.
    assert.equal(decodeOk(encodeSidecar(document)).annotations.length, 2);
  });

  it('keeps a comment edited on one side and deleted on the other, and reports it', () => {
    const edited = { ...first, body: 'edited', modified: '2025-01-05T00:00:00.000Z' };
    const { document, conflicts } = mergeSidecars(base, doc(tag('a', { comments: [edited] })), doc(tag('a')));
    assert.equal(conflicts.length, 1);
    assert.ok(document.annotations.some((a) => a.comments?.some((c) => c.body === 'edited')));
  });
});
