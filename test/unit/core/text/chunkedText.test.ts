import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { ChunkedText } from '../../../../src/core/text/chunkedText';
import { testChildEnv } from '../../../support/testChild';

const SEED = 20261204;

/** Characters that make borders interesting: line breaks (CRLF), a surrogate pair's halves, Han, ASCII. */
const charArbitrary = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', '李', '。', '😀', 'ab', 'ba');
const textArbitrary = (max: number): fc.Arbitrary<string> => fc.array(charArbitrary, { maxLength: max }).map((parts) => parts.join(''));
const searchArbitrary = fc.constantFrom('a', 'ab', 'ba', 'aba', '\r\n', '\n\n', '😀', '\ude00a', '李。', 'abab', '', 'a\nb');

interface Edit {
  readonly at: number;
  readonly removed: number;
  readonly inserted: string;
}
const editArbitrary: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(40), inserted: textArbitrary(30) });

/** Every read of `chunked` equals the same read of the plain string, at offsets around every chunk border and a few random ones. */
function assertReadsMatch(chunked: ChunkedText, plain: string, searches: readonly string[], offsets: readonly number[]): void {
  assert.equal(chunked.length, plain.length);
  const at = [...new Set([-3, -1, 0, 1, plain.length - 1, plain.length, plain.length + 2, ...offsets])];
  for (const i of at) {
    assert.ok(Object.is(chunked.charCodeAt(i), plain.charCodeAt(i)), `charCodeAt(${i})`);
    for (const j of at) assert.equal(chunked.slice(i, j), plain.slice(i, j), `slice(${i}, ${j})`);
    for (const search of searches) {
      assert.equal(chunked.indexOf(search, i), plain.indexOf(search, i), `indexOf(${JSON.stringify(search)}, ${i})`);
      assert.equal(chunked.lastIndexOf(search, i), plain.lastIndexOf(search, i), `lastIndexOf(${JSON.stringify(search)}, ${i})`);
      assert.equal(chunked.startsWith(search, i), plain.startsWith(search, i), `startsWith(${JSON.stringify(search)}, ${i})`);
      assert.equal(chunked.endsWith(search, i), plain.endsWith(search, i), `endsWith(${JSON.stringify(search)}, ${i})`);
      assert.equal(chunked.includes(search, i), plain.includes(search, i), `includes(${JSON.stringify(search)}, ${i})`);
    }
  }
  for (const search of searches) {
    assert.equal(chunked.indexOf(search), plain.indexOf(search));
    assert.equal(chunked.lastIndexOf(search), plain.lastIndexOf(search));
  }
}

describe('ChunkedText', () => {
  it('reads as the plain string it was made from, across chunk borders (small chunks)', () => {
    fc.assert(
      fc.property(textArbitrary(60), fc.integer({ min: 1, max: 7 }), fc.array(searchArbitrary, { maxLength: 3 }), (plain, chunkSize, searches) => {
        const chunked = ChunkedText.of(plain, chunkSize);
        const borders = Array.from({ length: chunked.chunkCount + 1 }, (_, c) => c * chunkSize);
        assertReadsMatch(chunked, plain, searches, borders.flatMap((b) => [b - 2, b - 1, b, b + 1]));
        assert.equal(chunked.toString(), plain);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('after random edits, reads as a plain string edited the same way, without building the whole text', () => {
    fc.assert(
      fc.property(textArbitrary(200), fc.integer({ min: 1, max: 9 }), fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), fc.array(searchArbitrary, { maxLength: 3 }), (initial, chunkSize, edits, searches) => {
        let plain = initial;
        let chunked = ChunkedText.of(initial, chunkSize);
        const versions: [ChunkedText, string][] = [[chunked, plain]];
        for (const edit of edits) {
          const at = Math.floor(edit.at * plain.length);
          const removed = Math.min(edit.removed, plain.length - at);
          chunked = chunked.edited(at, removed, edit.inserted);
          plain = plain.slice(0, at) + edit.inserted + plain.slice(at + removed);
          assert.equal(chunked.isFlattened, false, 'an edit builds only the chunks it touches');
          assertReadsMatch(chunked, plain, searches, [at - 1, at, at + 1, at + edit.inserted.length, at + edit.inserted.length + 1]);
          versions.push([chunked, plain]);
        }
        // Older versions are untouched by later edits.
        for (const [version, text] of versions) assert.equal(version.toString(), text);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('keeps chunks near their target size under many small edits and large pastes', () => {
    const base = 'line of speech 李明说。\n'.repeat(20_000);
    let chunked = ChunkedText.of(base);
    let plain = base;
    const initialChunks = chunked.chunkCount;
    for (let i = 0; i < 2_000; i++) {
      const at = (i * 7919) % plain.length;
      const removed = i % 3 === 0 ? 5 : 0;
      chunked = chunked.edited(at, removed, i % 2 ? 'x' : '');
      plain = plain.slice(0, at) + (i % 2 ? 'x' : '') + plain.slice(at + removed);
    }
    const paste = 'pasted\r\n'.repeat(20_000);
    chunked = chunked.edited(1000, 0, paste);
    plain = plain.slice(0, 1000) + paste + plain.slice(1000);
    assert.equal(chunked.toString(), plain);
    // Deleting text shrinks chunks, which then join their neighbours; a paste is split to about the target.
    assert.ok(chunked.chunkCount <= Math.ceil(plain.length / 4096) && chunked.chunkCount >= Math.floor(plain.length / 32_768), `${chunked.chunkCount} chunks for ${plain.length} characters (${initialChunks} at first)`);
    // Deleting everything leaves an empty text that still takes edits.
    const empty = chunked.edited(0, chunked.length, '');
    assert.equal(empty.length, 0);
    assert.equal(empty.toString(), '');
    assert.equal(empty.indexOf('a'), -1);
    assert.equal(empty.edited(0, 0, 'ab\r\n').toString(), 'ab\r\n');
  });

  it('refuses an edit outside the text', () => {
    const chunked = ChunkedText.of('abc');
    assert.throws(() => chunked.edited(2, 2, ''), RangeError);
    assert.throws(() => chunked.edited(-1, 0, 'x'), RangeError);
  });
});

describe('ChunkedText and the string it was read from', function () {
  this.timeout(120_000);

  it('keeps one copy of the document, not two, once the whole text is built after an edit', () => {
    const child = spawnSync(process.execPath, ['--expose-gc', join(__dirname, 'chunkedTextRetention.child.js')], {
      encoding: 'utf8',
      env: testChildEnv('chunkedTextRetention'),
      timeout: 110_000,
    });
    assert.equal(child.status, 0, child.stderr);
    const report = JSON.parse(child.stdout) as { beforeBuilding: number; afterBuilding: number };
    // Edited chunks still view the document as read: one copy (and the measure works).
    assert.ok(report.beforeBuilding > 0.9 && report.beforeBuilding < 1.3, `before building: ${report.beforeBuilding} copies`);
    // The whole text built and kept (by the edited text's chunks); the document as read is no longer reachable.
    assert.ok(report.afterBuilding > 0.9 && report.afterBuilding < 1.3, `after building: ${report.afterBuilding} copies`);
  });

  it('blanks runs chunk for chunk, a run across a chunk boundary on both sides of it', () => {
    const text = '12  one\n 3  two\n45  three';
    const chunked = ChunkedText.of(text, 5, false);
    // Chunks of 5: [4, 6) straddles chunks 0 and 1, and chunk 1 holds [9, 10) too.
    const runs = Int32Array.of(0, 2, 4, 6, 9, 10, 17, 19);
    const blanked = chunked.withSpacesAt(runs);
    const want = text.split('');
    for (let at = 0; at < runs.length; at += 2) for (let i = runs[at]!; i < runs[at + 1]!; i++) want[i] = ' ';
    assert.equal(blanked.toString(), want.join(''));
    assert.equal(blanked.length, text.length);
    assert.equal(blanked.chunkCount, chunked.chunkCount);
    assert.equal(chunked.toString(), text);
  });
});
