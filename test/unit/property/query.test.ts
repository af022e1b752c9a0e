import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { Analysis, Claim } from '../../../src/core/analysis/model';
import { claimsIn, isBlockBacked, lazilyConfident, stageDirectionsIn, turnsIn } from '../../../src/core/analysis/query';
import type { Span } from '../../../src/core/text/positions';
import { withConfidentClaims } from '../../../src/presentation/claimConfidence';
import { applyChange, changeFor, editArbitrary, transcriptArbitrary } from './arbitraries';
import { ChunkedFeedAnalyzer, FEEDS } from './chunkedFeed';
import { searchRuns } from '../searchBudget';

const SEED = 20261203;

/** What a range query must return: the full array filtered. */
function touching<T extends { readonly span: Span }>(items: readonly T[], start: number, end: number): T[] {
  return items.filter((item) => item.span.start <= end && item.span.end >= start);
}

/** Every query over a few ranges (empty, edges, past the end) equals filtering the analysis's arrays. */
function assertQueriesMatch(queried: Analysis, reference: Analysis, ranges: readonly [number, number][]): void {
  for (const [start, end] of ranges) {
    assert.deepStrictEqual(turnsIn(queried, start, end), touching(reference.turns, start, end), `turns in [${start}, ${end}]`);
    assert.deepStrictEqual(stageDirectionsIn(queried, start, end), touching(reference.stageDirections, start, end), `stage directions in [${start}, ${end}]`);
    assert.deepStrictEqual(claimsIn(queried, start, end), touching(reference.claims, start, end), `claims in [${start}, ${end}]`);
  }
}

const rangesArbitrary = fc.array(fc.tuple(fc.nat(3000), fc.nat(400)).map(([start, length]): [number, number] => [start, start + length]), { minLength: 1, maxLength: 4 });

describe('range queries on an analysis', () => {
  it('equal filtering the full arrays, on a full analysis and after random edits through the IncrementalAnalyzer', () => {
    let blockBacked = 0;
    fc.assert(
      fc.property(
        transcriptArbitrary(40),
        fc.array(editArbitrary, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 3, 256),
        rangesArbitrary,
        fc.constantFrom(0, 0.5, 0.8),
        (initial, edits, blockSize, ranges, minimum) => {
          const analyzer = new IncrementalAnalyzer({}, 'doc.txt', blockSize);
          let text = initial;
          let result = analyzer.update(text);
          for (const edit of edits) {
            const change = changeFor(text, edit);
            text = applyChange(text, change);
            result = analyzer.update(text, [change]);
            if (isBlockBacked(result)) blockBacked++;
            // Queried before any array is read, so shifted blocks are still pending.
            const shown = withConfidentClaims(result, minimum);
            const reference = withConfidentClaims(analyze(text, {}, 'doc.txt'), minimum);
            const all: [number, number][] = [...ranges, [0, text.length], [text.length, text.length + 10]];
            assertQueriesMatch(shown, reference, all);
            assert.deepStrictEqual(shown.claims, reference.claims);
          }
        },
      ),
      { seed: SEED, numRuns: searchRuns(200) },
    );
    // The property must exercise the block-backed path, not only full analyses.
    assert.ok(blockBacked > 0, 'no block-backed result');
  });

  for (const feed of FEEDS) {
    it(`equal filtering the full arrays after typing inside lines of speech of a longer transcript (most edits local) (${feed.name})`, () => {
      const speech = ['李明：我認為這種擔心是多餘的，我們的客戶非常優秀，而且明年很可能會再擴建兩座工廠。', '王芳：去年營收達到420億元，成長了12%。', 'MS. JONES: We expect revenue to grow 12 percent next year, and I think that is too cautious.'];
      let local = 0;
      let total = 0;
      const initial = Array.from({ length: 120 }, (_, i) => speech[i % speech.length]!).join('\n\n') + '\n';
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(119), fc.nat(8), fc.constantFrom('很', 'x', '')), { minLength: 1, maxLength: 8 }), rangesArbitrary, fc.constantFrom(0, 0.5), (edits, ranges, minimum) => {
          const analyzer = feed.analyzer({}, 'doc.txt', 4);
          let text = initial;
          analyzer.update(text);
          for (const [line, column, inserted] of edits) {
            const lineStart = text.split('\n').slice(0, line * 2).join('\n').length + (line > 0 ? 1 : 0);
            const rangeOffset = lineStart + 12 + column;
            // An empty insertion deletes the character instead.
            const change = { rangeOffset, rangeLength: inserted ? 0 : 1, text: inserted };
            text = text.slice(0, rangeOffset) + inserted + text.slice(rangeOffset + change.rangeLength);
            const result = analyzer.update(text, [change]);
            total++;
            if (analyzer.lastMode === 'line') local++;
            // The host's keystroke path: typing in speech reads the text through its chunks, never as a whole.
            if (analyzer instanceof ChunkedFeedAnalyzer && analyzer.lastMode === 'line') assert.equal(analyzer.lastFed?.isFlattened, false, 'typing in speech built the whole text');
            const reference = withConfidentClaims(analyze(text, {}, 'doc.txt'), minimum);
            assertQueriesMatch(withConfidentClaims(result, minimum), reference, [...ranges, [0, text.length]]);
          }
        }),
        { seed: SEED, numRuns: 60 },
      );
      assert.ok(local > total / 2, `only ${local} of ${total} edits were local`);
    });
  }

  it('find an item whose empty span lies on the edge of the range, and nothing in an empty document', () => {
    const text = '李明：我們去年營收達到420億元。\n\n王芳：明年很可能會再擴建兩座工廠。\n';
    const analysis = analyze(text);
    const second = analysis.turns[1]!;
    assert.deepStrictEqual(turnsIn(analysis, second.span.start, second.span.start), touching(analysis.turns, second.span.start, second.span.start));
    assert.ok(turnsIn(analysis, second.span.start, second.span.start).includes(second));
    assert.deepStrictEqual(claimsIn(analyze(''), 0, 100), []);
  });

  it('lazilyConfident reads no array until one is read, and hides low-confidence claims from queries', () => {
    const claim = (start: number, confidence: number): Claim => ({ text: 'x', span: { start, end: start + 1 }, speaker: null, kind: 'fact', cues: [], confidence });
    let reads = 0;
    const claims = [claim(0, 0.9), claim(2, 0.3), claim(4, 0.6)];
    const base: Analysis = {
      speakers: [],
      turns: [],
      stageDirections: [],
      topics: [],
      get claims() {
        reads++;
        return claims;
      },
    };
    const view = lazilyConfident(base, 0.5);
    assert.equal(reads, 0);
    assert.deepStrictEqual(claimsIn(view, 0, 10).map((c) => c.confidence), [0.9, 0.6]);
    assert.deepStrictEqual(view.claims.map((c) => c.confidence), [0.9, 0.6]);
    assert.equal(view.turns, base.turns);
  });
});
