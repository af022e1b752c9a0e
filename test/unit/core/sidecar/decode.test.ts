import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeSidecar, encodeSidecar, type SidecarProblem } from '../../../../src/core/sidecar/codec';
import { repoRoot } from '../../repoRoot';
import { sidecarProblem as problem } from './annotationFixtures';

const fixture = readFileSync(join(repoRoot(), 'test/fixtures/sidecar/canonical.annotations.json'), 'utf8');

const ANNOTATION =
  '{"id":"a1","kind":"fact","author":"A","created":"2025-01-01T00:00:00.000Z","speaker":null,"topic":"T",' +
  '"target":{"exact":"x","start":0,"end":1}}';

/** The text from a problem's line and column on, so a test can check what it points at. */
function textAt(text: string, { line, column }: SidecarProblem): string {
  return text.split(/\r\n|\r|\n/)[line - 1]!.slice(column - 1);
}

describe('sidecar decode (JSON.parse, one validator, positions only for problems)', () => {
  it('reports a key repeated in an object the schema defines, at the repeat', () => {
    const cases: [string, RegExp, string][] = [
      [`{"version":1,"version":1,"annotations":[]}`, /^the file has 'version' twice$/, '"version":1,"annotations"'],
      [`{"version":1,"annotations":[${ANNOTATION.replace('"kind":"fact"', '"kind":"fact","kind":"opinion"')}]}`, /^annotation 1 has 'kind' twice$/, '"kind":"opinion"'],
      [`{"version":1,"x":{"a":1},"x":2,"annotations":[]}`, /^the file has 'x' twice$/, '"x":2'],
      [`{"version":1,"annotations":[${ANNOTATION.replace('"start":0', '"start":0,"start":0')}]}`, /^annotation 1: 'target' has 'start' twice$/, '"start":0,"end"'],
      [`{"version":1,"speakerAliases":{"a":"b","a":"c"},"annotations":[]}`, /^'speakerAliases' has 'a' twice$/, '"a":"c"'],
    ];
    for (const [text, reason, at] of cases) {
      const found = problem(text);
      assert.equal(found.code, 'schema', text);
      assert.match(found.reason, reason);
      assert.ok(textAt(text, found).startsWith(at), `${text} → ${textAt(text, found)}`);
    }
  });

  it('keeps a repeat inside a field it does not know as data: the last value, as JSON.parse reads it', () => {
    const result = decodeSidecar(`{"version":1,"annotations":[],"u":{"k":{"a":1,"a":2}}}`);
    assert.ok(result.ok);
    assert.deepEqual(result.document.unknown, { u: { k: { a: 2 } } });
  });

  it('refuses nesting past the limit as invalid JSON, at the bracket that goes too deep', () => {
    const deep = `{"version":1,"annotations":[],"u":${'['.repeat(250)}${']'.repeat(250)}}`;
    const found = problem(deep);
    assert.equal(found.code, 'invalid-json');
    assert.match(found.reason, /nesting too deep/);
    // The root object is level 1, so the 200th bracket of `u` is the first past the limit.
    assert.equal(found.column, deep.indexOf('"u":') + 4 + 200);
    assert.ok(decodeSidecar(`{"version":1,"annotations":[],"u":${'['.repeat(150)}${']'.repeat(150)}}`).ok);
  });

  it('points every schema problem at the value it is about', () => {
    const cases: [string, string][] = [
      [fixture.replace('"kind": "forecast"', '"kind": "rumour"'), '"rumour"'],
      [fixture.replace('"start": 168', '"start": -1'), '-1'],
      [fixture.replace('"author": "Ann"', '"author": 7'), '7'],
      [fixture.replace('"version": 1', '"version": 2'), '2'],
      [fixture.replace('"speakerAliases": {', '"speakerAliases": {\n    "x": "",'), '""'],
    ];
    for (const [text, at] of cases) {
      const found = problem(text);
      assert.ok(textAt(text, found).startsWith(at), `${found.reason} → ${textAt(text, found)}`);
    }
    // "missing" points at the object that lacks the field.
    const missing = `{"version":1,"annotations":[\n  {"id":"a1","kind":"fact","created":"x","target":{"exact":"x","start":0,"end":1}}]}`;
    const found = problem(missing);
    assert.equal(found.reason, "missing annotation 1: 'author'");
    assert.deepEqual([found.line, found.column], [2, 3]);
  });

  it('keeps unknown fields with odd keys (__proto__, numbers, escapes) exactly and writes them back', () => {
    const text = `{"version":1,"9":true,"__proto__":{"b":[1,-1,2.5e3]},"annotations":[${ANNOTATION.replace('"id":"a1"', '"id":"a\\u00e91","2":null,"zz":"\\n\\\\"')}],"a":"\\ud83d\\ude00:"}`;
    const result = decodeSidecar(text);
    assert.ok(result.ok);
    assert.equal(({} as Record<string, unknown>)['b'], undefined);
    assert.deepEqual(Object.keys(result.document.unknown!), ['9', '__proto__', 'a']);
    assert.deepEqual(result.document.annotations[0]!.unknown, { 2: null, zz: '\n\\' });
    const again = decodeSidecar(encodeSidecar(result.document));
    assert.ok(again.ok);
    assert.deepEqual(again.document, result.document);
  });

  it('reads any extra members either into a document that writes back the same, or into a located problem', () => {
    const member = fc.oneof(fc.constantFrom('id', 'kind', 'author', 'created', 'target', 'exact', 'start', 'end', 'note', 'conflict', 'reason', 'u', '__proto__', '1'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(member, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }), fc.boolean(), (extra, annotationFirst) => {
        const members = extra.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
        const annotation = ANNOTATION.slice(0, -1) + (members.length ? `,${members.join(',')}` : '') + '}';
        const text = annotationFirst ? `{"version":1,"annotations":[${annotation}]}` : `{"version":1,"annotations":[${ANNOTATION}],${members.join(',') || '"z":0'}}`;
        const result = decodeSidecar(text);
        if (result.ok) {
          // Writing is canonical (an empty note is left out), so what is written reads back and writes the same.
          const written = encodeSidecar(result.document);
          const again = decodeSidecar(written);
          assert.ok(again.ok);
          assert.equal(encodeSidecar(again.document), written);
        } else {
          assert.equal(result.problem.code, 'schema', result.problem.reason);
          assert.equal(result.problem.line, 1);
          assert.ok(result.problem.column >= 1 && result.problem.column <= text.length, text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
