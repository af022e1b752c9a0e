import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeSidecar, decodeWithPositions } from '../../../../src/core/sidecar/codec';
import { decodeValidSidecar } from '../../../../src/core/sidecar/fastDecode';
import { repoRoot } from '../../repoRoot';

const fixture = readFileSync(join(repoRoot(), 'test/fixtures/sidecar/canonical.annotations.json'), 'utf8');

const ANNOTATION =
  '{"id":"a1","kind":"fact","author":"A","created":"2025-01-01T00:00:00.000Z","speaker":null,"topic":"T",' +
  '"target":{"exact":"x","start":0,"end":1}}';

/** The fast path takes a text only when the positional decoder reads the very same document from it. */
function assertAgrees(text: string): void {
  const fast = decodeValidSidecar(text);
  const exact = decodeWithPositions(text);
  if (fast) assert.deepEqual({ ok: true, document: fast }, exact, text);
  assert.deepEqual(decodeSidecar(text), exact, text);
}

describe('sidecar fast decode', () => {
  it('reads the canonical fixture exactly as the positional decoder does', () => {
    assert.ok(decodeValidSidecar(fixture));
    assertAgrees(fixture);
  });

  it('gives up on repeated keys (the schema reports them; JSON.parse would hide them), leaving the positional result', () => {
    const texts = [
      `{"version":1,"version":1,"annotations":[]}`,
      `{"version":1,"annotations":[${ANNOTATION.replace('"kind":"fact"', '"kind":"fact","kind":"opinion"')}]}`,
      `{"version":1,"x":{"a":1},"x":2,"annotations":[]}`,
      `{"version":1,"annotations":[],"u":{"k":{"a":1,"a":2}}}`,
    ];
    for (const text of texts) {
      assert.equal(decodeValidSidecar(text), undefined, text);
      assertAgrees(text);
    }
    // In an unknown field a repeat is data, the last value kept; in a known object it is a schema problem.
    assert.equal(decodeSidecar(texts[3]!).ok, true);
    for (const text of texts.slice(0, 3)) assert.equal(decodeSidecar(text).ok, false, text);
  });

  it('gives up beyond the nesting limit and on schema problems, leaving the positional error', () => {
    const deep = `{"version":1,"annotations":[],"u":${'['.repeat(250)}${']'.repeat(250)}}`;
    assert.equal(decodeValidSidecar(deep), undefined);
    assertAgrees(deep);
    for (const text of [`{"version":2,"annotations":[]}`, `{"version":1}`, `{"version":1,"annotations":[${ANNOTATION.replace('"start":0', '"start":-1')}]}`, '[1]', '{"version":1,"annotations":[],']) {
      assert.equal(decodeValidSidecar(text), undefined, text);
      assertAgrees(text);
    }
  });

  it('reads modifiedBy as the positional decoder does, and leaves a non-string one to it', () => {
    const withBy = `{"version":1,"annotations":[${ANNOTATION.replace('"author":"A"', '"author":"A","modifiedBy":"B"')}]}`;
    assert.equal(decodeValidSidecar(withBy)?.annotations[0]!.modifiedBy, 'B');
    assertAgrees(withBy);
    const withoutBy = `{"version":1,"annotations":[${ANNOTATION}]}`;
    assert.ok(!('modifiedBy' in decodeValidSidecar(withoutBy)!.annotations[0]!));
    assertAgrees(withoutBy);
    const numeric = withBy.replace('"modifiedBy":"B"', '"modifiedBy":2');
    assert.equal(decodeValidSidecar(numeric), undefined);
    assert.equal(decodeSidecar(numeric).ok, false);
    assertAgrees(numeric);
  });

  it('keeps unknown fields with odd keys (__proto__, numbers, escapes) as the positional decoder does', () => {
    const text = `{"version":1,"9":true,"__proto__":{"b":[1,-0,2.5e3]},"annotations":[${ANNOTATION.replace('"id":"a1"', '"id":"a\\u00e91","2":null,"zz":"\\n\\\\"')}],"a":"\\ud83d\\ude00:"}`;
    assert.ok(decodeValidSidecar(text));
    assertAgrees(text);
  });

  it('agrees with the positional decoder on arbitrary JSON values', () => {
    const member = fc.oneof(fc.constantFrom('id', 'kind', 'author', 'created', 'target', 'exact', 'start', 'end', 'note', 'modifiedBy', 'conflict', 'reason', 'u', '__proto__', '1'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(member, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }), fc.boolean(), (extra, annotationFirst) => {
        const members = extra.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
        const annotation = ANNOTATION.slice(0, -1) + (members.length ? `,${members.join(',')}` : '') + '}';
        const top = annotationFirst ? `{"version":1,"annotations":[${annotation}]}` : `{"version":1,"annotations":[${ANNOTATION}],${members.join(',') || '"z":0'}}`;
        assertAgrees(top);
      }),
      { numRuns: 300 },
    );
  });
});
