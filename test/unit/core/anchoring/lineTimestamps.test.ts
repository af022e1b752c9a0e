import * as assert from 'node:assert/strict';
import { lineTimestamps, withoutLineTimestamps } from '../../../../src/core/anchoring/lineTimestamps';
import { Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';

/** `[hh:mm:ss] ` before every non-empty line, 37 seconds apart, as a transcription tool exports them. */
function stamped(text: string): string {
  let seconds = 0;
  return text.replace(/^[^\n]+$/gm, (line) => {
    seconds += 37;
    const two = (n: number): string => String(n).padStart(2, '0');
    return `[${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}] ${line}`;
  });
}

/** The tag on the `occurrence`-th (1-based) copy of `quote`. */
function tagged(text: string, quote: string, occurrence = 1) {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

/** Offset of the `occurrence`-th copy of `piece`. */
function nth(text: string, piece: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k < occurrence; k++) at = text.indexOf(piece, at + 1);
  assert.ok(at >= 0, piece);
  return at;
}

// Short lines, so the 32 characters of context each side hold two or three stamps once every line has one.
const plain = ['So.', 'All right.', 'Yes.', 'Okay, next slide please.', 'All right.', 'Good, thanks.', 'Now this is the maximum', 'block weight we allow.', ''].join('\n');

describe('withoutLineTimestamps', () => {
  it('takes out the stamps opening lines, with the spaces after them, and maps back', () => {
    const text = '[00:00:37] So.\n  (1:02:03) Yes.\n[00:00:00.000 --> 00:00:05.300] Fine.\n';
    const bare = withoutLineTimestamps(text);
    assert.equal(bare.text, 'So.\n  Yes.\nFine.\n');
    assert.equal(bare.map.toSource(bare.text.indexOf('Yes')), text.indexOf('(1:02:03)'));
    assert.equal(bare.map.toSource(bare.text.indexOf('Yes') + 1) - 1, text.indexOf('Yes'));
    assert.deepEqual(lineTimestamps(text), ['[00:00:37]', '(1:02:03)', '[00:00:00.000 --> 00:00:05.300]']);
  });

  it('leaves a time inside a line, a bare time without hours, a stamp alone on its line and a cue\'s timing line', () => {
    const text = 'We met at [10:30] today.\n10:30 is when we met.\n[00:01:02]\nNext.\n00:00:01,000 --> 00:00:02,000\nWelcome.';
    assert.equal(withoutLineTimestamps(text).text, text);
    assert.deepEqual(lineTimestamps(text), []);
  });
});

describe('re-anchoring through timestamps added to or removed from every line', () => {
  it('a short quote said twice keeps its own copy, anchored, once every line is stamped', () => {
    const target = tagged(plain, 'All right.', 2);
    const after = stamped(plain);
    const [result] = new Reanchorer(after).anchorAll([target]);
    assert.equal(result!.status, 'anchored');
    const start = nth(after, 'All right.', 2);
    assert.deepEqual(result!.span, { start, end: start + 'All right.'.length });
    assert.equal(after.slice(start - 11, start), '[00:03:05] ');
  });

  it('a quote across a line break stays anchored with the new stamp inside it', () => {
    const target = tagged(plain, 'the maximum\nblock weight');
    const after = stamped(plain);
    const [result] = new Reanchorer(after).anchorAll([target]);
    assert.equal(result!.status, 'anchored');
    const start = after.indexOf('the maximum');
    assert.deepEqual(result!.span, { start, end: after.indexOf(' we allow.') });
    assert.equal(after.slice(start, result!.span!.end), 'the maximum\n[00:04:56] block weight');
  });

  it('a short quote tagged in stamped text finds its own copy once the stamps are stripped', () => {
    const before = stamped(plain);
    const target = tagged(before, 'All right.', 1);
    const [result] = new Reanchorer(plain).anchorAll([target]);
    assert.equal(result!.status, 'anchored');
    assert.deepEqual(result!.span, { start: 4, end: 14 });
  });

  it('a quote that held a stamp is placed on its words alone, flagged, once the stamps are stripped', () => {
    const before = stamped(plain);
    const target = tagged(before, '[00:03:05] All right.\n[00:03:42] Good, thanks.');
    const [result] = new Reanchorer(plain).anchorAll([target]);
    assert.equal(result!.status, 'fuzzy');
    const start = nth(plain, 'All right.', 2);
    assert.deepEqual(result!.span, { start, end: plain.indexOf('\nNow this') });
  });

  it('a stamped quote with no letter left without its stamp is orphaned, not moved to the mark', () => {
    const before = stamped('---\ntitle: Relay policy\n---\nSo.\nAll right.\n');
    const target = tagged(before, '[00:00:37] ---');
    const after = before.replace(/^\[\d{2}:\d{2}:\d{2}\] /gm, '');
    assert.equal(new Reanchorer(after).anchorAll([target])[0]!.status, 'orphaned');
  });

  it('a word changed in stamped text is not found through the stamps', () => {
    const target = tagged(plain, 'All right.', 2);
    const after = stamped(plain.replace('next slide please.\nAll right.', 'next slide please.\nAll fine.'));
    const result = new Reanchorer(after).anchorAll([target])[0]!;
    // Whatever the other steps make of it, it is not taken as unchanged, and never the first copy.
    assert.notEqual(result.status, 'anchored');
    if (result.span) assert.notEqual(result.span.start, after.indexOf('All right.'));
  });
});
