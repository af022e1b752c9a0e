import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeSidecarBytes, decodeWholeText, encodeSidecar } from '../../../../src/core/sidecar/codec';
import type { SidecarDocument } from '../../../../src/core/sidecar/model';
import { afterByteOrderMarks, decodeInPieces } from '../../../../src/core/sidecar/pieceDecode';
import { assertSameDecoding, corrupted, corruptionArbitrary, placeArbitrary, documentArbitrary, laidOut, type SidecarLayout } from '../../property/properties';
import { repoRoot } from '../../repoRoot';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Every `*.annotations.json` under test/. */
function sidecarFixtures(dir = join(repoRoot(), 'test')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sidecarFixtures(path);
    return name.endsWith('.annotations.json') ? [path] : [];
  });
}

const ANNOTATION = (id: string, extra = ''): string =>
  `{"id":"${id}","kind":"fact","author":"A","created":"2025-01-01T00:00:00.000Z","speaker":null,"topic":"T",${extra}"target":{"exact":"x","start":0,"end":1}}`;

function file(annotations: string[], before = '"version":1', after = ''): string {
  return `{${before},"annotations":[\n${annotations.join(',\n')}\n]${after}}\n`;
}

/** Whether the piece decoder answered itself (rather than leaving the file to the whole-text decoder). */
function answeredInPieces(bytes: Uint8Array): boolean {
  return decodeInPieces(bytes, afterByteOrderMarks(bytes)) !== undefined;
}

describe('sidecar decode in pieces (same result as decoding the whole text)', () => {
  it('decodes every sidecar fixture under test/ as the whole-text decoder does, in pieces', () => {
    const fixtures = sidecarFixtures();
    assert.ok(fixtures.length > 0);
    for (const path of fixtures) {
      const bytes = readFileSync(path);
      assertSameDecoding(bytes);
      assert.ok(answeredInPieces(bytes), path);
      assert.ok(decodeSidecarBytes(bytes).ok, path);
    }
  });

  it('gives the same problem or document for edge cases, answering in pieces where it can', () => {
    const valid = file([ANNOTATION('a'), ANNOTATION('b')]);
    const cases: [string, string | Uint8Array, boolean][] = [
      ['valid', valid, true],
      ['a byte order mark', '\ufeff' + valid, true],
      ['two byte order marks', '\ufeff\ufeff' + valid, true],
      ['three byte order marks', '\ufeff\ufeff\ufeff' + valid, false],
      ['U+FEFF starting a value', valid.replace('"version":1', '"version":\ufeff1'), false],
      ['U+FEFF starting a string', valid.replace('"topic":"T"', '"topic":"\ufeffT"'), true],
      ['no annotations', '{"version":1,"annotations":[]}', true],
      ['empty object', '{}', true],
      ['empty file', '', false],
      ['an array at the top', '[]', false],
      ['a syntax error inside an annotation', valid.replace('"kind":', 'kind":'), true],
      ['an unterminated string at the end', valid.slice(0, valid.lastIndexOf('"exact":"x"') + 10), true],
      ['a raw line break in a string', valid.replace('"exact":"x"', '"exact":"x\ny"'), true],
      ['a control character in a string', valid.replace('"exact":"x"', '"exact":"x\u0001"'), true],
      ['a missing comma between annotations', valid.replace('},\n{', '}\n{'), false],
      ['a trailing comma in annotations', valid.replace('}\n]', '},\n]'), false],
      ['a bad literal at the top', valid.replace('"version":1', '"version":tru'), false],
      ['a schema error in the last annotation', valid.replace(/"kind":"fact"(?!.*"kind")/s, '"kind":"rumour"'), true],
      ['a schema error and a later syntax error', file([ANNOTATION('a').replace('"fact"', '"rumour"'), ANNOTATION('b').replace('"id":', '"id" ')]), true],
      ['a schema error, then a deleted quote the scan sees', file([ANNOTATION('a').replace('"fact"', '"rumour"'), ANNOTATION('b').replace('"kind":', 'kind":')]), true],
      ['a syntax error the scan cannot see, then a deleted quote it sees', file([ANNOTATION('a').replace('"id":', '"id" '), ANNOTATION('b'), ANNOTATION('c').replace('"kind":', 'kind":')]), true],
      ['a missing comma inside an annotation, then a missing comma between two', file([ANNOTATION('a').replace(',"author"', ' "author"'), ANNOTATION('b')]).replace('},\n{', '}\n{'), true],
      ['a version error after an annotation error', file([ANNOTATION('a').replace('"fact"', '"rumour"')], '"version":2'), true],
      ['a speaker alias error', file([ANNOTATION('a')], '"version":1,"speakerAliases":{"x":""}'), true],
      ['missing version', file([ANNOTATION('a')], '"x":1'), true],
      ['an id used twice', file([ANNOTATION('a'), ANNOTATION('a')]), true],
      ['a key repeated in an annotation', file([ANNOTATION('a', '"note":"n","note":"m",')]), false],
      ['a key repeated in an unknown field', file([ANNOTATION('a', '"u":{"k":1,"k":2},')]), false],
      ['a repeated top-level key', file([ANNOTATION('a')], '"version":1,"version":1'), false],
      ['nesting past the limit', file([ANNOTATION('a', `"u":${'['.repeat(250)}${']'.repeat(250)},`)]), false],
      ['odd unknown keys', file([ANNOTATION('a', '"__proto__":{"b":[1,-1,2.5e3]},"9":true,"zz":"\\n\\\\",')], '"version":1,"2":null,"__proto__":1'), true],
      ['a conflict marker', valid.replace('\n{', '\n<<<<<<< ours\n{'), false],
      // Valid JSON: decodeSidecarBytes finds the marker before decoding in pieces.
      ['a conflict marker after U+2028 in a string', valid.replace('"topic":"T"', '"topic":"T\u2028======= x"'), true],
      ['=======, not a marker', valid.replace('"topic":"T"', '"topic":"========"'), true],
      ['invalid UTF-8 after a syntax error', new Uint8Array([...utf8(valid.replace('"kind":', 'kind":')), 0xff]), false],
      ['invalid UTF-8 inside an annotation', new Uint8Array([...utf8(valid.slice(0, 20)), 0xc3, 0x28, ...utf8(valid.slice(20))]), false],
      ['CRLF line breaks with an error', valid.replace(/\n/g, '\r\n').replace('"kind":', 'kind":'), true],
      ['text beyond the BMP before an error', valid.replace('"topic":"T"', '"topic":"😀é中"').replace(/"kind":(?!.*"kind")/s, 'kind":'), true],
    ];
    for (const [name, source, inPieces] of cases) {
      const bytes = typeof source === 'string' ? utf8(source) : source;
      assert.doesNotThrow(() => assertSameDecoding(bytes), name);
      assert.equal(answeredInPieces(bytes), inPieces, name);
    }
  });

  it('gives the same answer for thousands of annotations, valid or with an error near the end or the start', () => {
    const annotations = Array.from({ length: 3000 }, (_, i) => ANNOTATION(`id${i}`));
    const valid = file(annotations);
    const lastKind = valid.lastIndexOf('"kind":');
    const typoNearTheEnd = valid.slice(0, lastKind) + valid.slice(lastKind + 1);
    const variants = [
      valid,
      typoNearTheEnd,
      valid.replace('"kind":', 'kind":'),
      // The first annotation's schema error loses to the syntax error near the end, as in the whole text.
      typoNearTheEnd.replace('"fact"', '"rumour"'),
      valid.slice(0, lastKind) + valid.slice(lastKind).replace('"fact"', '"rumour"'),
    ];
    for (const text of variants) {
      const bytes = utf8(text);
      assertSameDecoding(bytes);
      assert.ok(answeredInPieces(bytes));
    }
    const decoded = decodeSidecarBytes(utf8(valid));
    assert.ok(decoded.ok);
    assert.equal(decoded.document.annotations.length, 3000);
  });

  it('places an error inside a piece longer than its parse window, without parsing past it', () => {
    const big = 'x'.repeat(100);
    const lines = Array.from({ length: 6000 }, (_, i) => `"k${i}":"${big}"`);
    const valid = file([ANNOTATION('a', `"u":{\n${lines.join(',\n')}\n},`), ANNOTATION('b')]);
    assert.ok(valid.length > 512 * 1024);
    for (const text of [valid, valid.replace('"k100":', 'k100":'), valid.replace('"k5900":', '"k5900" '), valid.replace('"k1000":"x', '"k1000":x'), valid.replace('"k3000":"x', '"k3000":x')]) {
      const bytes = utf8(text);
      assertSameDecoding(bytes);
      assert.ok(answeredInPieces(bytes));
    }
  });

  it('equals the whole-text decoder on random files and single-character corruptions, most answered in pieces', () => {
    let corruptions = 0;
    let inPieces = 0;
    const property = fc.property(
      documentArbitrary,
      fc.constantFrom<SidecarLayout>('pretty', 'compact', 'crlf'),
      fc.constantFrom('replace' as const, 'delete' as const, 'insert' as const),
      placeArbitrary,
      corruptionArbitrary,
      (document: SidecarDocument, layout, how, at, junk) => {
        const valid = utf8(laidOut(document, layout));
        assertSameDecoding(valid);
        assert.ok(answeredInPieces(valid), 'a file the encoder wrote is decoded in pieces');
        const bytes = utf8(corrupted(laidOut(document, layout), how, at, junk));
        assertSameDecoding(bytes);
        corruptions++;
        if (answeredInPieces(bytes)) inPieces++;
      },
    );
    fc.assert(property, { seed: 1203, numRuns: 400 });
    // Most corruptions land inside an annotation or a top-level value, which pieces answer themselves.
    assert.ok(inPieces > corruptions / 2, `${inPieces} of ${corruptions} answered in pieces`);
  });

  it('equals the whole-text decoder when one byte of the UTF-8 is changed', () => {
    fc.assert(
      fc.property(documentArbitrary, placeArbitrary, fc.integer({ min: 0, max: 255 }), (document, at, byte) => {
        const bytes = utf8(encodeSidecar(document));
        bytes[Math.min(bytes.length - 1, Math.floor(at * bytes.length))] = byte;
        assertSameDecoding(bytes);
      }),
      { seed: 1204, numRuns: 300 },
    );
  });

  it('the whole-text decoder is what decodeSidecarBytes answered before: a problem for invalid UTF-8 and oversized files', () => {
    assert.deepEqual(decodeWholeText(new Uint8Array([0x7b, 0xff, 0x7d])), { ok: false, problem: { code: 'invalid-json', line: 1, column: 1, reason: 'the file is not valid UTF-8' } });
    assert.equal(decodeSidecarBytes(new Uint8Array(64 * 1024 * 1024 + 1)).ok, false);
  });
});
