import assert from 'node:assert/strict';
import { flatRanges, rangesOf, SentDecorations, type LineChange, type LineRange } from '../../../src/vscode/sentDecorations';
import { seededRandom as random } from '../../bench/syntheticTranscript';

interface Range extends LineRange {
  readonly start: { line: number; character: number };
  readonly end: { line: number; character: number };
}

const range = (line: number, start: number, endLine: number, end: number): Range => ({ start: { line, character: start }, end: { line: endLine, character: end } });

/** The decorations a text gets: runs of `a`, runs of `b`, and whole lines holding a `c` (as turn bodies are). */
function decorationsOf(lines: readonly string[]): Map<string, Range[]> {
  const found = new Map<string, Range[]>([['a', []], ['b', []], ['c', []]]);
  lines.forEach((text, line) => {
    for (const letter of ['a', 'b']) for (const match of text.matchAll(new RegExp(`${letter}+`, 'g'))) found.get(letter)!.push(range(line, match.index, line, match.index + match[0].length));
    if (text.includes('c')) found.get('c')!.push(range(line, 0, line + 1, 0));
  });
  return found;
}

/**
 * An editor as far as decorations go: it shows what was sent, and an edit moves what it touches. Within a
 * line, an end before the edit stays and one after it moves by what the edit added (as a text model's
 * tracked ranges do); where an end inside the edit or at its edge goes is the editor's business (its
 * stickiness), so this one moves it by an odd amount: only resending makes it right. An edit that adds or
 * removes lines moves the ranges it touches oddly too, and those after it by that many lines.
 */
class FakeEditor {
  readonly shown = new Map<string, Range[]>();

  edit(change: LineChange, lineDelta: number): void {
    const { start, end } = change.range;
    const inLine = lineDelta === 0 && start.line === end.line;
    const delta = change.text.length - (end.character - start.character);
    const moved = (position: { line: number; character: number }): { line: number; character: number } => {
      if (position.line !== start.line) return position;
      if (position.character < start.character) return position;
      if (position.character > end.character) return { line: position.line, character: position.character + delta };
      return { line: position.line, character: position.character + 7 };
    };
    for (const [key, ranges] of this.shown) {
      this.shown.set(
        key,
        ranges.map((r) => {
          if (r.end.line < start.line) return r;
          if (r.start.line > end.line) return range(r.start.line + lineDelta, r.start.character, r.end.line + lineDelta, r.end.character);
          if (inLine) return { start: moved(r.start), end: moved(r.end) };
          return range(r.start.line, r.start.character + 7, r.end.line + lineDelta, r.end.character + 7);
        }),
      );
    }
  }
}

function draw(editor: FakeEditor, sent: SentDecorations<string>, lines: readonly string[]): number {
  let sends = 0;
  for (const [key, ranges] of decorationsOf(lines)) {
    if (!sent.needsSending(key, flatRanges(ranges))) continue;
    editor.shown.set(key, ranges);
    sends++;
  }
  sent.drawn();
  return sends;
}

describe('SentDecorations', () => {
  it('after random edits, the editor shows exactly the decorations of the text, though unchanged layers are not resent', () => {
    const next = random(13);
    const letters = 'abc  xyz';
    const word = (): string => Array.from({ length: 1 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let round = 0; round < 30; round++) {
      let lines = Array.from({ length: 12 }, word);
      const editor = new FakeEditor();
      const sent = new SentDecorations<string>();
      draw(editor, sent, lines);
      let skipped = 0;
      for (let step = 0; step < 60; step++) {
        // Zero to two edits between draws (typing faster than the redraw), each within a line or splitting one.
        const edits = Math.floor(next() * 3);
        for (let e = 0; e < edits; e++) {
          const line = Math.floor(next() * lines.length);
          const text = lines[line]!;
          const at = Math.floor(next() * (text.length + 1));
          const deleted = Math.min(text.length - at, Math.floor(next() * 2));
          const breaks = next() < 0.1;
          const inserted = breaks ? '\n' : word().slice(0, 2);
          const change: LineChange = { range: range(line, at, line, at + deleted), text: inserted };
          const after = text.slice(0, at) + inserted + text.slice(at + deleted);
          lines = [...lines.slice(0, line), ...after.split('\n'), ...lines.slice(line + 1)];
          editor.edit(change, breaks ? 1 : 0);
          sent.edited(change);
        }
        skipped += 3 - draw(editor, sent, lines);
        assert.deepEqual(editor.shown, decorationsOf(lines), `round ${round}, step ${step}: ${JSON.stringify(lines)}`);
      }
      assert.ok(skipped > 0, 'some unchanged layers were not sent again');
    }
  });

  it('resends a layer with a range end inside an edit or at its edge even when its new ranges equal the sent ones', () => {
    const sent = new SentDecorations<string>();
    assert.equal(sent.needsSending('a', flatRanges([range(2, 0, 2, 5)])), true);
    assert.equal(sent.needsSending('b', flatRanges([range(4, 0, 4, 5)])), true);
    sent.drawn();
    sent.edited({ range: range(2, 5, 2, 5), text: 'x' });
    assert.equal(sent.needsSending('a', flatRanges([range(2, 0, 2, 5)])), true, 'typed at its end');
    assert.equal(sent.needsSending('b', flatRanges([range(4, 0, 4, 5)])), false);
    sent.drawn();
    assert.equal(sent.needsSending('a', flatRanges([range(2, 0, 2, 5)])), false, 'the edit was accounted for by the last draw');
    sent.edited({ range: range(2, 1, 2, 3), text: '' });
    assert.equal(sent.needsSending('a', flatRanges([range(2, 0, 2, 3)])), false, 'the deletion inside it moved its end by as much');
    sent.drawn();
    sent.edited({ range: range(2, 2, 2, 4), text: 'yz' });
    assert.equal(sent.needsSending('a', flatRanges([range(2, 0, 2, 3)])), true, 'its end inside the replaced text');
  });

  it('takes a range on an edited line as the editor moved it: an end before the edit stays, one after it moves by what the edit added', () => {
    const sent = new SentDecorations<string>();
    sent.needsSending('claim', flatRanges([range(3, 4, 3, 20), range(5, 0, 5, 9)]));
    sent.needsSending('body', flatRanges([range(1, 0, 6, 0)]));
    sent.drawn();
    // Two keystrokes before the next draw, then a deletion: the editor shows the claim's end 2 - 1 further on.
    sent.edited({ range: range(3, 10, 3, 10), text: 'a' });
    sent.edited({ range: range(3, 11, 3, 11), text: 'b' });
    sent.edited({ range: range(3, 6, 3, 7), text: '' });
    assert.equal(sent.needsSending('claim', flatRanges([range(3, 4, 3, 21), range(5, 0, 5, 9)])), false);
    assert.equal(sent.needsSending('body', flatRanges([range(1, 0, 6, 0)])), false, 'no end on the edited line');
    assert.deepEqual(sent.shown().get('claim'), [3, 4, 3, 21, 5, 0, 5, 9], 'shown as moved');
    assert.equal(sent.editedSinceDrawn(), true);
    sent.drawn();
    assert.equal(sent.editedSinceDrawn(), false);
    // Left as the editor moved it: to be sent once typing pauses (the body was not moved at all).
    assert.equal(sent.hasMoved(), true);
    assert.deepEqual(sent.takeMoved(), ['claim']);
    assert.equal(sent.hasMoved(), false);
    sent.edited({ range: range(3, 8, 3, 8), text: 'c' });
    assert.equal(sent.needsSending('claim', flatRanges([range(3, 4, 3, 21), range(5, 0, 5, 9)])), true, 'the analysis did not move it as the editor did');
    assert.equal(sent.needsSending('body', flatRanges([range(1, 0, 6, 0)])), false);
    sent.drawn();
    assert.deepEqual(sent.takeMoved(), [], 'sent: nothing left to send again');
  });

  it('resends every layer after an edit that adds or removes lines', () => {
    const sent = new SentDecorations<string>();
    sent.needsSending('a', flatRanges([range(9, 0, 9, 5)]));
    sent.needsSending('empty', flatRanges([]));
    sent.drawn();
    sent.edited({ range: range(0, 0, 1, 0), text: '' });
    assert.equal(sent.needsSending('a', flatRanges([range(9, 0, 9, 5)])), true);
    assert.equal(sent.needsSending('empty', flatRanges([])), true);
    assert.deepEqual([...sent.shown().keys()], ['a', 'empty']);
  });

  it('compares ranges as flat numbers: a change in any of the four numbers is sent, and they turn back into the same ranges', () => {
    const ranges = [range(1, 2, 3, 4), range(5, 0, 5, 9)];
    const flat = flatRanges(ranges);
    assert.deepEqual(flat, [1, 2, 3, 4, 5, 0, 5, 9]);
    assert.deepEqual(rangesOf(flat, (l, c, el, ec) => range(l, c, el, ec)), ranges);
    const sent = new SentDecorations<string>();
    sent.needsSending('a', flat);
    sent.drawn();
    for (let i = 0; i < flat.length; i++) {
      const changed = [...flat];
      changed[i]! += 1;
      assert.equal(sent.needsSending('a', changed), true, `number ${i} changed`);
      sent.needsSending('a', flat);
      sent.drawn();
    }
    assert.equal(sent.needsSending('a', [...flat]), false);
  });
});
