import assert from 'node:assert/strict';
import type { TextChange } from '../../../src/core/analysis/incremental';
import { ChunkedText } from '../../../src/core/text/chunkedText';
import { textAfterChanges as textAfterChunkedChanges } from '../../../src/vscode/textAfterChanges';

/** textAfterChanges on the text in small chunks (so changes cross chunk borders), read back as a string. */
function textAfterChanges(text: string, changes: readonly TextChange[], eol: '\n' | '\r\n'): string | undefined {
  const edited = textAfterChunkedChanges(ChunkedText.of(text, 4, false), changes, eol);
  if (edited) assert.equal(edited.isFlattened, false, 'the changes built the whole text');
  return edited?.toString();
}

/** What a change does to a text by hand: the slice before, the inserted text, the slice after. */
function spliced(text: string, { rangeOffset, rangeLength, text: inserted }: TextChange): string {
  return text.slice(0, rangeOffset) + inserted + text.slice(rangeOffset + rangeLength);
}

describe('textAfterChanges', () => {
  const TEXT = '李明：我認為這種擔心是多餘的。\nMS. JONES: I think the worry is overblown.\n王芳：據統計。';

  it('applies one change: typing, deleting, replacing, at the ends too', () => {
    for (const change of [
      { rangeOffset: 3, rangeLength: 0, text: '很' },
      { rangeOffset: 5, rangeLength: 4, text: '' },
      { rangeOffset: 0, rangeLength: 2, text: '王芳' },
      { rangeOffset: TEXT.length, rangeLength: 0, text: '!' },
      { rangeOffset: 0, rangeLength: TEXT.length, text: 'all new' },
    ]) {
      assert.equal(textAfterChanges(TEXT, [change], '\n'), spliced(TEXT, change));
    }
  });

  it('applies several changes of one event in the order VS Code sends them (last in the text first)', () => {
    const changes = [
      { rangeOffset: 40, rangeLength: 1, text: 'X' },
      { rangeOffset: 20, rangeLength: 0, text: 'Y' },
      { rangeOffset: 20, rangeLength: 0, text: 'Z' },
      { rangeOffset: 2, rangeLength: 3, text: '' },
    ];
    assert.equal(textAfterChanges(TEXT, changes, '\n'), changes.reduce(spliced, TEXT));
  });

  it('writes inserted line breaks as the document does', () => {
    assert.equal(textAfterChanges('a\r\nb', [{ rangeOffset: 1, rangeLength: 0, text: '\nc\r\nd\r' }], '\r\n'), 'a\r\nc\r\nd\r\n\r\nb');
    assert.equal(textAfterChanges('a\nb', [{ rangeOffset: 1, rangeLength: 0, text: '\r\nc' }], '\n'), 'a\nc\nb');
  });

  it('gives up on changes out of order, overlapping or outside the text', () => {
    assert.equal(textAfterChanges(TEXT, [{ rangeOffset: 2, rangeLength: 0, text: 'a' }, { rangeOffset: 9, rangeLength: 0, text: 'b' }], '\n'), undefined);
    assert.equal(textAfterChanges(TEXT, [{ rangeOffset: 9, rangeLength: 2, text: 'a' }, { rangeOffset: 8, rangeLength: 3, text: 'b' }], '\n'), undefined);
    assert.equal(textAfterChanges(TEXT, [{ rangeOffset: TEXT.length, rangeLength: 1, text: 'a' }], '\n'), undefined);
    assert.equal(textAfterChanges(TEXT, [{ rangeOffset: -1, rangeLength: 0, text: 'a' }], '\n'), undefined);
  });

  it('equals the text rebuilt from scratch after many random edits', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let kept = ChunkedText.of(TEXT, 4, false);
    let expected = TEXT;
    for (let i = 0; i < 2000; i++) {
      const rangeOffset = random(kept.length + 1);
      const change = { rangeOffset, rangeLength: random(Math.min(5, kept.length - rangeOffset) + 1), text: ['', '很', '\n', 'ab', '：'][random(5)]! };
      kept = textAfterChunkedChanges(kept, [change], '\n')!;
      expected = spliced(expected, change);
    }
    assert.equal(kept.isFlattened, false);
    assert.equal(kept.toString(), expected);
    assert.notEqual(expected, TEXT);
  });
});
