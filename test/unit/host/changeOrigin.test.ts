import assert from 'node:assert/strict';
import { mayBeReloadFromDisk, type ChangeEventShape, type LinePosition } from '../../../src/vscode/annotations/changeOrigin';

interface Change {
  readonly range: { readonly start: LinePosition; readonly end: LinePosition };
  readonly text: string;
}

function positionAt(text: string, offset: number): LinePosition {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

function offsetAt(text: string, { line, character }: LinePosition): number {
  const lines = text.split('\n');
  return lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
}

function applied(text: string, { range, text: inserted }: Change): string {
  return text.slice(0, offsetAt(text, range.start)) + inserted + text.slice(offsetAt(text, range.end));
}

/** The change event a clean document sends after `changes` (offsets into `before`), with the text after. */
function cleanEvent(after: string, changes: readonly Change[], overrides: Partial<Pick<ChangeEventShape, 'reason'>> & { isDirty?: boolean } = {}): ChangeEventShape {
  const lines = after.split('\n');
  return {
    document: { isDirty: overrides.isDirty ?? false, lineCount: lines.length, lineAt: (line) => ({ text: lines[line]! }) },
    reason: overrides.reason,
    contentChanges: changes,
  };
}

/** A keystroke or paste in the editor: `length` characters at `offset` replaced by `inserted`. */
function typed(before: string, offset: number, length: number, inserted: string): { after: string; change: Change } {
  const change = { range: { start: positionAt(before, offset), end: positionAt(before, offset + length) }, text: inserted };
  return { after: applied(before, change), change };
}

/**
 * How VS Code writes a reload from disk into the model, as its model service describes it: keep the lines
 * both texts start with and end with, replace the lines between, in one change.
 */
function reloaded(before: string, after: string): Change {
  const old = before.split('\n');
  const next = after.split('\n');
  let head = 0;
  while (head < Math.min(old.length, next.length) && old[head] === next[head]) head++;
  let tail = 0;
  while (tail < Math.min(old.length, next.length) - head && old[old.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  if (tail > 0) {
    const text = next.slice(head, next.length - tail).map((line) => `${line}\n`).join('');
    return { range: { start: { line: head, character: 0 }, end: { line: old.length - tail, character: 0 } }, text };
  }
  if (head > 0) {
    const text = next.slice(head).map((line) => `\n${line}`).join('');
    return { range: { start: { line: head - 1, character: old[head - 1]!.length }, end: { line: old.length - 1, character: old[old.length - 1]!.length } }, text };
  }
  return { range: { start: { line: 0, character: 0 }, end: { line: old.length - 1, character: old[old.length - 1]!.length } }, text: after };
}

const LINES = ['李明：我認為這種擔心是多餘的。', 'MS. JONES: I think the worry is overblown.', '', '王芳：據統計，百分之六十。', 'Q: And then?'];

/** Texts a file on disk may change into from `before`: each line replaced, a line added or removed at each place, all of it. */
function diskVersionsOf(lines: readonly string[]): string[] {
  const versions: string[][] = [[], ['完全不同的文字'], [...lines, 'R: appended'], lines.slice(0, -1), lines.map((line) => `${line}!`)];
  for (let i = 0; i <= lines.length; i++) {
    versions.push([...lines.slice(0, i), 'S: inserted', ...lines.slice(i)]);
    if (i < lines.length) {
      versions.push([...lines.slice(0, i), `${lines[i]} changed`, ...lines.slice(i + 1)]);
      versions.push([...lines.slice(0, i), ...lines.slice(i + 1)]);
    }
  }
  return versions.flatMap((version) => [version.join('\n'), `${version.join('\n')}\n`]);
}

describe('mayBeReloadFromDisk', () => {
  for (const ending of ['', '\n']) {
    const before = LINES.join('\n') + ending;
    const label = ending ? 'ending in a line break' : 'without a final line break';

    it(`takes every reload VS Code writes into a clean document (${label}) for one`, () => {
      let checked = 0;
      for (const after of diskVersionsOf(LINES)) {
        if (after === before) continue;
        const change = reloaded(before, after);
        assert.equal(applied(before, change), after, 'the reload as written gives the file');
        assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change])), true, `${JSON.stringify(before)} → ${JSON.stringify(after)}`);
        checked++;
      }
      assert.ok(checked > 20);
    });

    it(`takes a first keystroke in a clean document (${label}) for an edit`, () => {
      const lineStart = (line: number): number => offsetAt(before, { line, character: 0 });
      const keystrokes = [
        typed(before, 3, 0, '不'), // typing inside the first line
        typed(before, lineStart(1) + 10, 0, 'x'), // inside a line
        typed(before, lineStart(1) + 10, 1, ''), // Backspace inside a line
        typed(before, lineStart(1), 0, 'x'), // at a line's start
        typed(before, lineStart(2) - 1, 0, '.'), // at a line's end
        typed(before, lineStart(2) - 1, 0, '\n'), // Enter at a line's end
        typed(before, lineStart(1) + 4, 0, '\n'), // Enter inside a line
        typed(before, lineStart(4) - 1, 1, ''), // Backspace joining two lines
        typed(before, lineStart(3) + 3, 2, '統計'), // a word pasted over a selection
        typed(before, before.length - ending.length, 0, '?'), // at the end of the last turn
        typed(before, before.length - ending.length - 1, 1, ''), // Backspace at the end of the last turn
        typed(before, before.length, 0, 'R'), // at the very end
      ];
      for (const { after, change } of keystrokes) {
        assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change])), false, `${JSON.stringify(change)}`);
      }
    });
  }

  it('never takes a change in a dirty document, or an undo or redo, for a reload', () => {
    const before = LINES.join('\n');
    const after = [...LINES.slice(0, 2), ...LINES.slice(3)].join('\n');
    const change = reloaded(before, after);
    assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change])), true);
    assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change], { isDirty: true })), false);
    assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change], { reason: 1 })), false);
  });

  it('re-anchors when in doubt: line-shaped edits, several changes at once', () => {
    const before = LINES.join('\n');
    const lineStart = offsetAt(before, { line: 1, character: 0 });
    for (const { after, change } of [typed(before, lineStart, 0, '\n'), typed(before, lineStart, LINES[1]!.length + 1, '')]) {
      assert.equal(mayBeReloadFromDisk(cleanEvent(after, [change])), true, JSON.stringify(change));
    }
    const second = typed(before, 20, 0, 'y');
    const first = typed(second.after, 5, 0, 'x');
    assert.equal(mayBeReloadFromDisk(cleanEvent(first.after, [second.change, first.change])), true);
  });
});
