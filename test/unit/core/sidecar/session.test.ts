import * as assert from 'node:assert/strict';
import { createAnnotation, changeAnnotation, ownAnnotationAt, putAnnotation, removeAnnotation, setSpeakerAlias } from '../../../../src/core/sidecar/annotations';
import { decodeSidecar, encodeSidecar } from '../../../../src/core/sidecar/codec';
import { emptySidecar } from '../../../../src/core/sidecar/model';
import { SidecarSession, SidecarUnreadableError } from '../../../../src/core/sidecar/session';
import { MemoryFiles } from './memoryFiles';

const TEXT = '陳立文：我預計下半年的需求會更強。\n林雅婷：為什麼？\n陳立文：因為客戶都在擴產。\n';
const PATH = 'talk.txt.annotations.json';

function tagOn(quote: string, id: string, author = 'Ann') {
  const start = TEXT.indexOf(quote);
  return createAnnotation({ text: TEXT, span: { start, end: start + quote.length }, kind: 'forecast', author, id, now: new Date('2025-07-16T08:00:00Z') });
}

async function open(files: MemoryFiles): Promise<SidecarSession> {
  const opened = await SidecarSession.open(files, PATH);
  if (!opened.ok) assert.fail(JSON.stringify(opened.problem));
  return opened.session;
}

describe('SidecarSession', () => {
  it('starts empty when there is no file, and creates none until something is added', async () => {
    const files = new MemoryFiles();
    const session = await open(files);
    assert.deepEqual(session.document, emptySidecar());
    assert.equal((await session.save()).outcome, 'unchanged');
    assert.equal(files.writes, 0);
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    assert.equal((await session.save()).outcome, 'written');
    assert.equal(files.text(PATH), encodeSidecar(session.document));
  });

  it('writes nothing when saved again without a change, and identical bytes when re-saved after a reload', async () => {
    const files = new MemoryFiles();
    const session = await open(files);
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    await session.save();
    const bytes = files.files.get(PATH);
    assert.equal((await session.save()).outcome, 'unchanged');
    assert.equal(files.writes, 1);
    const again = await open(files);
    again.update((d) => d);
    await again.save();
    assert.equal(files.files.get(PATH), bytes);
  });

  it('never clobbers a file changed on disk since it was read: it merges with it', async () => {
    const files = new MemoryFiles();
    const first = await open(files);
    first.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    await first.save();

    const mine = await open(files);
    mine.update((d) => putAnnotation(d, tagOn('客戶都在擴產', 'mine', 'Me')));
    // Someone else saves an annotation of their own in between.
    const theirs = await open(files);
    theirs.update((d) => putAnnotation(d, tagOn('為什麼', 'theirs', 'Bo')));
    await theirs.save();

    const result = await mine.save();
    assert.equal(result.outcome, 'merged');
    const onDisk = decodeSidecar(files.text(PATH)!);
    assert.ok(onDisk.ok);
    assert.deepEqual(onDisk.document.annotations.map((a) => a.id).sort(), ['a', 'mine', 'theirs']);
  });

  it('merges when the file changes between the check and the write', async () => {
    const files = new MemoryFiles();
    const session = await open(files);
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    files.beforeWrite = (path) => files.put(path, encodeSidecar(putAnnotation(emptySidecar(), tagOn('為什麼', 'other'))));
    assert.equal((await session.save()).outcome, 'merged');
    assert.deepEqual(session.document.annotations.map((a) => a.id).sort(), ['a', 'other']);
    assert.equal(files.text(PATH), encodeSidecar(session.document));
  });

  it('refuses to open a file that does not parse, and leaves it byte for byte', async () => {
    const files = new MemoryFiles();
    const broken = '{\n  "version": 1,\n<<<<<<< HEAD\n  "annotations": []\n=======\n  "annotations": [ ]\n>>>>>>> b\n}\n';
    files.put(PATH, broken);
    const opened = await SidecarSession.open(files, PATH);
    assert.equal(opened.ok, false);
    if (!opened.ok) {
      assert.equal(opened.problem.code, 'conflict-markers');
      assert.equal(opened.problem.line, 3);
    }
    assert.equal(files.text(PATH), broken);
    assert.equal(files.writes, 0);
  });

  it('does not overwrite a file that became unreadable while it was open', async () => {
    const files = new MemoryFiles();
    const session = await open(files);
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    await session.save();
    const tooNew = '{ "version": 99, "annotations": [] }\n';
    files.put(PATH, tooNew);
    session.update((d) => putAnnotation(d, tagOn('為什麼', 'b')));
    await assert.rejects(session.save(), (error: unknown) => error instanceof SidecarUnreadableError && error.problem.code === 'version-too-new');
    assert.equal(files.text(PATH), tooNew);
  });

  it('reloads a changed file and keeps unsaved changes', async () => {
    const files = new MemoryFiles();
    const session = await open(files);
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    await session.save();
    session.update((d) => setSpeakerAlias(d, '老陳', '陳立文'));
    const other = await open(files);
    other.update((d) => putAnnotation(d, tagOn('為什麼', 'b')));
    await other.save();
    assert.deepEqual(await session.reload(), []);
    assert.deepEqual(session.document.annotations.map((a) => a.id), ['a', 'b']);
    assert.equal(session.document.speakerAliases['老陳'], '陳立文');
    assert.equal(session.dirty, true);
  });
});

describe('annotation helpers', () => {
  it('creates an annotation with a quote target and times', () => {
    const annotation = tagOn('需求會更強', 'a');
    assert.equal(annotation.target.exact, '需求會更強');
    assert.equal(TEXT.slice(annotation.target.start, annotation.target.end), '需求會更強');
    assert.equal(annotation.created, '2025-07-16T08:00:00.000Z');
    assert.equal(annotation.modified, annotation.created);
  });

  it('gives every new annotation its own random UUID', () => {
    const ids = new Set(Array.from({ length: 500 }, () => createAnnotation({ text: TEXT, span: { start: 0, end: 3 }, kind: 'fact', author: 'x' }).id));
    assert.equal(ids.size, 500);
    for (const id of [...ids].slice(0, 5)) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('changes kind and note, stamping modified, and removes annotations by id', () => {
    const annotation = tagOn('需求會更強', 'a');
    const changed = changeAnnotation(annotation, { kind: 'opinion', note: 'hedged' }, new Date('2025-08-01T00:00:00Z'));
    assert.equal(changed.kind, 'opinion');
    assert.equal(changed.note, 'hedged');
    assert.equal(changed.modified, '2025-08-01T00:00:00.000Z');
    assert.equal(changeAnnotation(changed, { note: '' }).note, undefined);
    assert.equal(changeAnnotation(changed, { kind: 'opinion' }), changed);
    const document = putAnnotation(putAnnotation(emptySidecar(), annotation), tagOn('為什麼', 'b'));
    assert.deepEqual(removeAnnotation(document, 'a').annotations.map((a) => a.id), ['b']);
  });

  it('records who changed an annotation, and only when something changed', () => {
    const annotation = tagOn('需求會更強', 'a', 'Alice');
    assert.equal(annotation.modifiedBy, undefined);
    const byBob = changeAnnotation(annotation, { kind: 'opinion', by: 'Bob' });
    assert.equal(byBob.author, 'Alice');
    assert.equal(byBob.modifiedBy, 'Bob');
    assert.equal(changeAnnotation(byBob, { kind: 'opinion', by: 'Carol' }), byBob);
    assert.equal(changeAnnotation(byBob, { note: 'n', by: 'Alice' }).modifiedBy, 'Alice');
    assert.equal(changeAnnotation(byBob, { note: 'n' }).modifiedBy, 'Bob');
  });

  it("finds one's own annotation on a span, never someone else's", () => {
    const alices = tagOn('需求會更強', 'a', 'Alice');
    const span = { start: alices.target.start, end: alices.target.end };
    const bobs = { ...tagOn('需求會更強', 'b', 'Bob'), kind: 'fact' as const };
    assert.equal(ownAnnotationAt([alices, bobs], span, 'Bob'), bobs);
    assert.equal(ownAnnotationAt([alices, bobs], span, 'Alice'), alices);
    assert.equal(ownAnnotationAt([alices], span, 'Bob'), undefined);
    assert.equal(ownAnnotationAt([alices], { start: span.start, end: span.end - 1 }, 'Alice'), undefined);
  });
});

describe('SidecarSession saves', () => {
  it('runs overlapping saves one after another, writing each change once', async () => {
    const files = new MemoryFiles();
    const opened = await SidecarSession.open(files, PATH);
    assert.ok(opened.ok);
    const session = opened.session;
    session.update((d) => putAnnotation(d, tagOn('需求會更強', 'a')));
    const first = session.save();
    session.update((d) => putAnnotation(d, tagOn('為什麼', 'b')));
    const second = session.save();
    const outcomes = (await Promise.all([first, second])).map((r) => r.outcome);
    assert.deepEqual(outcomes, ['written', 'unchanged']);
    assert.equal(files.writes, 1);
    assert.equal(files.text(PATH), encodeSidecar(session.document));
  });
});
