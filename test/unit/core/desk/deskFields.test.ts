import * as assert from 'node:assert/strict';
import { mergeSidecars } from '../../../../src/core/merge/mergeSidecars';
import { changeAnnotation } from '../../../../src/core/sidecar/annotations';
import { encodeSidecar } from '../../../../src/core/sidecar/codec';
import { decodedSidecar as decoded, sidecarProblem as problem } from '../sidecar/annotationFixtures';
import type { Annotation, SidecarDocument } from '../../../../src/core/sidecar/model';

function tag(id: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    kind: 'fact',
    author: 'Ann',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    target: { exact: `quote ${id}`, prefix: '', suffix: '', start: 0, end: 7 },
    ...extra,
  };
}

function doc(...annotations: Annotation[]): SidecarDocument {
  return { version: 1, speakerAliases: {}, annotations };
}

/** A file with one annotation carrying `fields`, written as people write it by hand (not by the codec). */
function fileWith(fields: Record<string, unknown>): string {
  return JSON.stringify({ version: 1, annotations: [{ ...JSON.parse(JSON.stringify(tag('a'))), ...fields }] }, null, 2);
}

const desk: Partial<Annotation> = {
  verdict: { label: 'Mostly false', rating: { value: 2, best: 5 } },
  status: { value: 'Checking', by: 'Bo', at: '2026-01-02T00:00:00.000Z' },
  sources: [{ url: 'https://example.org/report.pdf', title: 'Annual report', quote: 'revenue was 17.1bn' }, { url: 'http://example.com/a' }],
};

describe('desk fields in the sidecar: verdict, status, sources', () => {
  it('round-trip through the codec byte for byte, after topic and before target', () => {
    const text = encodeSidecar(doc(tag('a', desk)));
    assert.deepEqual(decoded(text).annotations[0], tag('a', desk));
    assert.equal(encodeSidecar(decoded(text)), text);
    const keys = Object.keys((JSON.parse(text) as { annotations: Record<string, unknown>[] }).annotations[0]!);
    assert.deepEqual(keys.slice(keys.indexOf('topic')), ['topic', 'verdict', 'status', 'sources', 'target']);
  });

  it('reads the older text verdict into the field, rated when it says N/M', () => {
    assert.deepEqual(decoded(fileWith({ verdict: '2/5 Mostly false' })).annotations[0]!.verdict, { label: 'Mostly false', rating: { value: 2, best: 5 } });
    assert.deepEqual(decoded(fileWith({ verdict: 'False' })).annotations[0]!.verdict, { label: 'False' });
    // 0 is below the scale's worst (1): the text is kept whole as the label rather than misread.
    assert.deepEqual(decoded(fileWith({ verdict: '0/5 Pants on fire' })).annotations[0]!.verdict, { label: '0/5 Pants on fire' });
  });

  it('keeps fields it does not know inside the new objects', () => {
    const annotation = decoded(fileWith({ verdict: { label: 'False', scale: 'afp' }, sources: [{ url: 'https://a.example/', archived: 'https://web.archive.org/x' }] })).annotations[0]!;
    assert.deepEqual(annotation.verdict, { label: 'False', unknown: { scale: 'afp' } });
    assert.ok(encodeSidecar(doc(annotation)).includes('"archived": "https://web.archive.org/x"'));
  });

  it('refuses a source that is not an http(s) address, saying which and where', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.terminal.new', 'https://bank.example@evil.example/', 'https://a.example/x y', 'https://']) {
      const found = problem(fileWith({ sources: [{ url: 'https://ok.example/' }, { url }] }));
      assert.equal(found.code, 'schema');
      assert.match(found.reason, /^annotation 1: 'sources\[1\]\.url' must be/);
      assert.ok(fileWith({ sources: [{ url: 'https://ok.example/' }, { url }] }).split('\n')[found.line - 1]!.includes('"url"'), url);
    }
  });

  it('refuses malformed verdicts and statuses with the field named', () => {
    assert.match(problem(fileWith({ verdict: { label: '' } })).reason, /'verdict\.label' must not be empty/);
    assert.match(problem(fileWith({ verdict: { label: 'False', rating: { value: 6, best: 5 } } })).reason, /'verdict\.rating': 'value' must be a number from 1 to 'best'/);
    assert.match(problem(fileWith({ verdict: 3 })).reason, /'verdict' must be an object/);
    assert.match(problem(fileWith({ status: { value: 'Checked', by: 'Bo' } })).reason, /missing annotation 1: 'status\.at'/);
    assert.match(problem(fileWith({ sources: { url: 'https://a.example/' } })).reason, /'sources' must be an array/);
  });

  it('reports a key repeated inside a source as a schema problem', () => {
    const text = fileWith({ sources: [{ url: 'https://a.example/' }] }).replace('"url": "https://a.example/"', '"url": "https://a.example/", "url": "https://b.example/"');
    assert.match(problem(text).reason, /'sources\[0\]' has 'url' twice/);
  });

  it('are changed by changeAnnotation, with who set the status and when', () => {
    const now = new Date('2026-02-01T00:00:00.000Z');
    const changed = changeAnnotation(tag('a'), { status: 'Checked', verdict: { label: 'False' }, sources: [{ url: 'https://a.example/' }], by: 'Bo' }, now);
    assert.deepEqual(changed.status, { value: 'Checked', by: 'Bo', at: now.toISOString() });
    assert.deepEqual(changed.verdict, { label: 'False' });
    assert.equal(changed.modifiedBy, 'Bo');
    // Setting the same status again changes nothing, not even who set it.
    assert.equal(changeAnnotation(changed, { status: 'Checked', by: 'Cy' }), changed);
    // A whole status (undo) is put back as it was, with who set it then.
    const earlier = { value: 'To check', by: 'Ann', at: '2026-01-01T00:00:00.000Z' };
    assert.deepEqual(changeAnnotation(changed, { status: earlier, by: 'Cy' }, now).status, earlier);
    const cleared = changeAnnotation(changed, { status: null, verdict: null, sources: [] }, now);
    assert.deepEqual([cleared.status, cleared.verdict, cleared.sources], [undefined, undefined, undefined]);
  });
});

describe('three-way merge of the desk fields', () => {
  const base = doc(tag('a'));
  const at = (day: number): string => `2026-01-0${day}T00:00:00.000Z`;

  it('takes a verdict set on one side and combines it with a status set on the other', () => {
    const ours = tag('a', { verdict: { label: 'False' }, modified: at(2) });
    const theirs = tag('a', { status: { value: 'Checked', by: 'Bo', at: at(3) }, modified: at(3) });
    const { document, conflicts } = mergeSidecars(base, doc(ours), doc(theirs));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(document.annotations[0]!.verdict, { label: 'False' });
    assert.equal(document.annotations[0]!.status?.value, 'Checked');
  });

  it('keeps both versions, marked, when both sides gave different verdicts', () => {
    const ours = tag('a', { verdict: { label: 'False' } });
    const theirs = tag('a', { verdict: { label: 'Mostly true', rating: { value: 4, best: 5 } } });
    const { document, conflicts } = mergeSidecars(base, doc(ours), doc(theirs));
    assert.equal(conflicts.length, 1);
    assert.match(conflicts[0]!.reason, /verdict/);
    assert.deepEqual(document.annotations.map((a) => a.verdict?.label).sort(), ['False', 'Mostly true']);
    assert.ok(document.annotations.every((a) => a.conflict));
  });

  it('keeps both versions when both sides moved the status to different steps, and the later one when to the same step', () => {
    const checked = tag('a', { status: { value: 'Checked', by: 'Ann', at: at(2) } });
    const published = tag('a', { status: { value: 'Published', by: 'Bo', at: at(3) } });
    assert.equal(mergeSidecars(base, doc(checked), doc(published)).conflicts.length, 1);
    const laterChecked = tag('a', { status: { value: 'Checked', by: 'Bo', at: at(4) } });
    const same = mergeSidecars(base, doc(checked), doc(laterChecked));
    assert.deepEqual(same.conflicts, []);
    assert.deepEqual(same.document.annotations[0]!.status, laterChecked.status);
  });

  it('keeps sources added on both sides, and drops one removed on a side where the other left it alone', () => {
    const report = { url: 'https://a.example/report' };
    const start = doc(tag('a', { sources: [report] }));
    const ours = tag('a', { sources: [report, { url: 'https://b.example/' }] });
    const theirs = tag('a', { sources: [{ url: 'https://c.example/', title: 'C' }] });
    const { document, conflicts } = mergeSidecars(start, doc(ours), doc(theirs));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(document.annotations[0]!.sources?.map((s) => s.url), ['https://b.example/', 'https://c.example/']);
  });
});
