import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text/positions';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { PositionCursor } from '../../../src/presentation/positionCursor';
import { seededRandom as random } from '../../bench/syntheticTranscript';

/** What LineIndex.positionAt gives for `start..end`, flat. */
function expected(lines: LineIndex, start: number, end: number): number[] {
  const range = lines.rangeOf({ start, end });
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

describe('PositionCursor', () => {
  it('gives the positions LineIndex.positionAt gives, for ascending, repeated, backward and far offsets, CRLF and lone CR', () => {
    const next = random(7);
    const pieces = ['李明：', '我們的客戶', 'abc', '\n', '\r\n', '\r', '\n\n', ' '];
    for (let round = 0; round < 50; round++) {
      const text = Array.from({ length: 200 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      for (const source of [text, ChunkedText.of(text, 7)]) {
        const lines = new LineIndex(source);
        const cursor = new PositionCursor(lines);
        const flat: number[] = [];
        const wanted: number[] = [];
        let at = Math.floor(next() * 10) - 5;
        for (let i = 0; i < 100; i++) {
          // Mostly forward by a little (items in document order), sometimes a jump back or far ahead, or past either end.
          const roll = next();
          at = roll < 0.1 ? Math.floor(next() * text.length) : roll < 0.15 ? text.length + 3 : at + Math.floor(next() * 12);
          const end = at + Math.floor(next() * 30);
          cursor.push(flat, at, end);
          wanted.push(...expected(lines, at, end));
          assert.equal(cursor.lineOf(end), lines.positionAt(end).line);
        }
        assert.deepEqual(flat, wanted, `round ${round}`);
      }
    }
  });

  it('reads an empty text and offsets before its start', () => {
    const lines = new LineIndex('');
    const flat: number[] = [];
    new PositionCursor(lines).push(flat, -4, 2);
    assert.deepEqual(flat, [0, 0, 0, 0]);
  });
});
