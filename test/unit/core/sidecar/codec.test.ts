import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSidecarBytes, encodeSidecar } from '../../../../src/core/sidecar/codec';
import { decodedSidecar as decoded, sidecarProblem as problem } from './annotationFixtures';
import { syntaxProblem } from '../../../../src/core/sidecar/locate';
import { repoRoot } from '../../repoRoot';
import { emptySidecar, SIDECAR_SCHEMA_URI, type Annotation, type SidecarDocument } from '../../../../src/core/sidecar/model';

const fixture = readFileSync(join(repoRoot(), 'test/fixtures/sidecar/canonical.annotations.json'), 'utf8');

function annotation(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    kind: 'opinion',
    author: 'A',
    created: '2025-01-01T00:00:00.000Z',
    modified: '2025-01-01T00:00:00.000Z',
    speaker: null,
    topic: null,
    target: { exact: 'x', prefix: '', suffix: '', start, end: start + 1 },
    ...extra,
  };
}

describe('sidecar codec', () => {
  it('decodes and re-encodes a canonical file byte for byte, unknown fields included', () => {
    assert.equal(encodeSidecar(decoded(fixture)), fixture);
  });

  it('keeps unknown fields at the top level, on annotations and on targets', () => {
    const document = decoded(fixture);
    assert.deepEqual(document.unknown, { 'x-team': { project: 'chips', reviewers: 2 } });
    assert.deepEqual(document.annotations[0]!.unknown, { reviewedBy: ['Bo'] });
    assert.deepEqual(document.annotations[0]!.target.unknown, { futureSelector: { type: 'XPath', value: '/p[3]' } });
    assert.deepEqual(document.speakerAliases, { 老黃: '黃仁勳' });
  });

  it('writes deterministically: sorted annotations and aliases, 2-space indent, trailing newline, $schema first', () => {
    const document: SidecarDocument = {
      version: 1,
      speakerAliases: { 小明: '王明', 老黃: '黃仁勳', A: 'Alice' },
      annotations: [annotation('b', 10), annotation('c', 2), annotation('a', 10)],
    };
    const text = encodeSidecar(document);
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.startsWith(`{\n  "$schema": "${SIDECAR_SCHEMA_URI}",\n  "version": 1,\n`));
    assert.deepEqual(decoded(text).annotations.map((a) => a.id), ['c', 'a', 'b']);
    assert.deepEqual(Object.keys(decoded(text).speakerAliases), ['A', '小明', '老黃']);
    const shuffled = { ...document, annotations: [...document.annotations].reverse(), speakerAliases: { 老黃: '黃仁勳', A: 'Alice', 小明: '王明' } };
    assert.equal(encodeSidecar(shuffled), text);
    assert.equal(encodeSidecar(decoded(text)), text);
  });

  it('writes an empty sidecar that reads back empty', () => {
    assert.deepEqual(decoded(encodeSidecar(emptySidecar())), emptySidecar());
  });

  it('omits an empty note and keeps a key named __proto__ as plain data', () => {
    const text = encodeSidecar({ version: 1, speakerAliases: {}, annotations: [annotation('a', 0, { note: '' })] });
    assert.ok(!text.includes('"note"'));
    const withProto = fixture.replace('"x-team": {', '"__proto__": { "polluted": true },\n  "x-team": {');
    const document = decoded(withProto);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(document.unknown!), ['__proto__', 'x-team']);
    assert.ok(encodeSidecar(document).includes('"__proto__": {'));
  });

  it('writes modifiedBy after modified and reads it back; a tag never changed has none', () => {
    const changed = annotation('a', 0, { author: 'Alice', modified: '2025-02-01T00:00:00.000Z', modifiedBy: 'Bob' });
    const document: SidecarDocument = { version: 1, speakerAliases: {}, annotations: [changed, annotation('b', 5, { author: 'Alice' })] };
    const text = encodeSidecar(document);
    assert.match(text, /"modified": "2025-02-01T00:00:00.000Z",\n {6}"modifiedBy": "Bob",\n {6}"speaker"/u);
    assert.equal(text.match(/"modifiedBy"/gu)?.length, 1);
    const back = decoded(text);
    assert.deepEqual(back, document);
    assert.equal(back.annotations[1]!.modifiedBy, undefined);
    assert.ok(!('modifiedBy' in back.annotations[1]!));
    assert.equal(back.version, 1, 'old readers keep unknown fields, so modifiedBy needs no new version');
  });

  it('reports a modifiedBy that is not a string, with its line', () => {
    const text = encodeSidecar({ version: 1, speakerAliases: {}, annotations: [annotation('a', 0, { modifiedBy: 'Bob' })] }).replace('"modifiedBy": "Bob"', '"modifiedBy": 7');
    const found = problem(text);
    assert.equal(found.code, 'schema');
    assert.equal(found.reason, "annotation 1: 'modifiedBy' must be a string");
    assert.equal(found.line, text.split('\n').findIndex((l) => l.includes('"modifiedBy"')) + 1);
  });

  it('reports git conflict markers with their line', () => {
    const conflicted = fixture.replace('      "kind": "forecast",\n', '<<<<<<< HEAD\n      "kind": "forecast",\n=======\n      "kind": "fact",\n>>>>>>> other\n');
    const found = problem(conflicted);
    assert.equal(found.code, 'conflict-markers');
    assert.equal(found.line, conflicted.split('\n').indexOf('<<<<<<< HEAD') + 1);
    assert.equal(found.column, 1);
  });

  it('reports a schema version that is too new, with the line of the version', () => {
    const found = problem(fixture.replace('"version": 1', '"version": 2'));
    assert.equal(found.code, 'version-too-new');
    assert.equal(found.line, 3);
    assert.equal(found.column, 14);
    assert.match(found.reason, /version 2 is newer/);
  });

  it('reports invalid JSON with line and column', () => {
    const broken = fixture.replace('"kind": "forecast",', '"kind": "forecast"');
    const found = problem(broken);
    assert.equal(found.code, 'invalid-json');
    const lines = broken.split('\n');
    const line = lines.findIndex((l) => l.includes('"kind": "forecast"')) + 2;
    assert.equal(found.line, line);
    assert.equal(found.column, lines[line - 1]!.indexOf('"') + 1);
    assert.equal(problem('{"version": 1, "annotations": [}').code, 'invalid-json');
    assert.equal(problem('').code, 'invalid-json');
    assert.equal(problem('{"version": 1, "annotations": []} x').code, 'invalid-json');
  });

  it('places syntax errors where the jsonc scanner does, from JSON.parse\'s position, without scanning again', () => {
    const typos = [
      fixture.replace('"kind": "forecast",', '"kind": "forecast"'), // missing comma
      fixture.replace(/("kind": "[a-z]+")/, '$1,,'), // doubled comma
      fixture.replace('"kind": "forecast"', '"kind" "forecast"'), // missing colon
      fixture.slice(0, fixture.lastIndexOf('"kind"')), // truncated between members
      `${fixture}x`, // trailing garbage
    ];
    for (const text of typos) {
      let message = '';
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const found = problem(text);
      const scanned = syntaxProblem(text, message);
      assert.equal(found.code, 'invalid-json');
      assert.deepEqual([found.line, found.column], [scanned.line, scanned.column], message);
      // The engine's own words, so the second scan was skipped (Node's V8 always gives a position here).
      const words = /^(.*?) (?:in|after) JSON at position/.exec(message)![1]!;
      assert.equal(found.reason, `invalid JSON: ${words[0]!.toLowerCase()}${words.slice(1)}`);
    }
    // Cut inside a string: JSON.parse says where the text ran out (the scanner, where the string began).
    const cut = fixture.slice(0, fixture.lastIndexOf('"kind"') + 3);
    const lines = cut.split('\n');
    assert.deepEqual([problem(cut).line, problem(cut).column], [lines.length, lines[lines.length - 1]!.length + 1]);
  });

  it('reports schema violations with the line of the offending value', () => {
    const badKind = fixture.replace('"kind": "forecast"', '"kind": "rumour"');
    const found = problem(badKind);
    assert.equal(found.code, 'schema');
    assert.equal(found.line, badKind.split('\n').findIndex((l) => l.includes('"rumour"')) + 1);
    assert.match(found.reason, /annotation 2: 'kind'/);
    assert.equal(problem(fixture.replace('"start": 168', '"start": -1')).code, 'schema');
    assert.equal(problem(fixture.replace('"start": 168', '"start": 190')).reason, "annotation 2: 'target.end' is before 'target.start'");
    assert.equal(problem('[]').code, 'schema');
    assert.equal(problem('{"annotations": []}').reason, "missing 'version'");
    assert.match(problem(fixture.replace('9d2e6c55-1a7b-4d0e-8f3c-6b2a1e0d4c99', '0b7c1d9e-2f44-4c1e-9a57-3f0f3c1d2b10')).reason, /used twice/);
  });

  it('accepts a BOM and CRLF line breaks, and rejects bytes that are not UTF-8', () => {
    assert.equal(decoded('\uFEFF' + fixture.replace(/\n/g, '\r\n')).annotations.length, 2);
    const crlfProblem = problem(fixture.replace(/\n/g, '\r\n').replace('"version": 1', '"version": 9'));
    assert.equal(crlfProblem.line, 3);
    const bytes = decodeSidecarBytes(new Uint8Array([0x7b, 0xff, 0x7d]));
    assert.equal(bytes.ok, false);
  });
});
