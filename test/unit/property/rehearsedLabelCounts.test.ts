// A rehearsed edit that changes the label scheme's counts (a label typed or renamed) must leave the counts of the
// text before it: the edits typed after the rehearsal are read with them (LabelSchemeTally.hangsOnTitle, a name's
// repeat count over a one-off title), and each must still equal a fresh analyze() of its text (rehearse48b).
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../../src/core/analysis/incremental';
import { readFixture } from '../core/transcriptFixtures';
import { applyChange, changeFor, editArbitrary } from './arbitraries';
import { searchRuns } from '../searchBudget';

const SEED = 20261207;

/** Speech lines of our own, a one-off name over a title (`何子明：脆弱的和解`) and that name labelled once again below. */
const PANEL = [
  '主持人：歡迎收聽本週節目。', '', '李明：好。', '', '何子明：脆弱的和解', '', '王芳：我認為這種擔心是多餘的。', '', '李明：對。', '',
  '何子：好的,我補充一點。', '', '王芳：是的。', '', '何子明：我們下次再談。', '', '主持人：謝謝。', '', '李明：我們的客戶非常優秀。', '',
  '王芳：我認為這種擔心是多餘的。', '',
].join('\n');

/** The column fixture's writers labelled again below (the title lines become labels), in lines of our own. */
const COLUMNS_LABELLED_AGAIN = `${readFixture('shapes45-titles/column-titles.txt')}\n曾:大家好。\n\n林美玲:好的。\n\n何子明:我們下次再談。\n\n曾:再見。\n`;

/** Every label edit changeOf makes on `text`: each label line's name, after its first character, made each other way. */
function labelEditsOf(text: string): TextChange[] {
  const edits = new Map<string, TextChange>();
  const lineCount = text.split('\n').length;
  for (let line = 0; line < lineCount; line++) {
    for (let to = 0; to < 1; to += 0.125) {
      const change = changeOf(text, { label: { at: (line + 0.5) / lineCount, to } });
      edits.set(JSON.stringify(change), change);
    }
  }
  return [...edits.values()];
}

/** `text` with `from`, where it first occurs in `context` (found in `text`), replaced by `to`, and the change that makes it. */
function replaced(text: string, context: string, from: string, to: string): { text: string; change: TextChange } {
  const at = text.indexOf(context) + context.indexOf(from);
  assert.ok(at >= text.indexOf(context) && text.indexOf(context) >= 0, `${context} is not in the text`);
  const change = { rangeOffset: at, rangeLength: from.length, text: to };
  return { text: applyChange(text, change), change };
}

describe('IncrementalAnalyzer.rehearse with the label counts', function () {
  this.timeout(300_000);

  it('keeps the counts of the text before a rehearsed rename: a later edit reads a one-off title as analyze() does', () => {
    const analyzer = new IncrementalAnalyzer({}, 'panel.txt');
    analyzer.update(PANEL);
    // `何子：` typed into `何子明：`: the name now labels three lines, in the rehearsed text only.
    const rehearsal = replaced(PANEL, '何子：好的', '：', '明：');
    assert.equal(analyzer.rehearse(rehearsal.text, rehearsal.change), true, 'the rehearsed rename is local');
    // The real edit takes 何子明's second label away: the name labels the title line alone, which is no label then.
    const edit = replaced(PANEL, '何子明：我們', '明：', '：');
    const result = analyzer.update(edit.text, [edit.change]);
    const expected = analyze(edit.text, {}, 'panel.txt');
    assert.deepEqual(result.turns.map((turn) => turn.speaker), expected.turns.map((turn) => turn.speaker));
    assert.ok(isDeepStrictEqual(result, expected));
    assert.ok(!expected.speakers.some((speaker) => speaker.name === '何子明'), 'the title line is no label in the text');
    // And the edits after it, renames and typing in speech, each as analyze() reads its text.
    let text = edit.text;
    for (const [context, from, to] of [['何子：我們', '：', '明：'], ['李明：對', '對', '對,沒錯'], ['何子明：我們', '何子明', '王芳'], ['王芳：我們', '王芳', '何子明']] as const) {
      const next = replaced(text, context, from, to);
      text = next.text;
      assert.ok(isDeepStrictEqual(analyzer.update(text, [next.change]), analyze(text, {}, 'panel.txt')), `${context} → ${to}`);
    }
  });

  it('leaves each label edit after each rehearsed label edit of the same text equal to a fresh analyze()', () => {
    let rehearsedLocally = 0;
    for (const [text, fileName] of [[PANEL, 'panel.txt'], [COLUMNS_LABELLED_AGAIN, 'columns.txt']] as const) {
      const edits = labelEditsOf(text);
      const expected = edits.map((edit) => analyze(applyChange(text, edit), {}, fileName));
      for (const rehearsed of edits) {
        for (const [index, edit] of edits.entries()) {
          const analyzer = new IncrementalAnalyzer({}, fileName);
          analyzer.update(text);
          if (analyzer.rehearse(applyChange(text, rehearsed), rehearsed)) rehearsedLocally++;
          assert.ok(isDeepStrictEqual(analyzer.update(applyChange(text, edit), [edit]), expected[index]), `after rehearsing ${JSON.stringify(rehearsed)}: ${JSON.stringify(edit)}`);
        }
      }
    }
    assert.ok(rehearsedLocally > 0, 'no rehearsed label edit was local');
  });

  it('leaves every edit after a rehearsed label or random edit equal to a fresh analyze()', () => {
    const fixtures = [PANEL, COLUMNS_LABELLED_AGAIN, readFixture('shapes45-titles/episode-page.txt'), readFixture('shapes45-titles/one-off-speech.txt')];
    // A label's name edited after its first character (another of the document's names, a character more or less), or any edit.
    const labelEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) });
    const anEdit = fc.oneof({ weight: 3, arbitrary: labelEdit.map((edit) => ({ label: edit })) }, { weight: 1, arbitrary: editArbitrary.map((edit) => ({ any: edit })) });
    let rehearsedLocally = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fixtures.keys()), anEdit, fc.array(anEdit, { minLength: 1, maxLength: 3 }), (which, rehearsed, edits) => {
        const initial = fixtures[which]!;
        const analyzer = new IncrementalAnalyzer({}, 'doc.txt');
        analyzer.update(initial);
        const rehearsal = changeOf(initial, rehearsed);
        if (analyzer.rehearse(applyChange(initial, rehearsal), rehearsal) && 'label' in rehearsed) rehearsedLocally++;
        let text = initial;
        for (const edit of edits) {
          const change = changeOf(text, edit);
          text = applyChange(text, change);
          assert.ok(isDeepStrictEqual(analyzer.update(text, [change]), analyze(text, {}, 'doc.txt')), `after rehearsing ${JSON.stringify(rehearsal)}: ${JSON.stringify(change)}`);
        }
      }),
      { seed: SEED, numRuns: searchRuns(400) },
    );
    assert.ok(rehearsedLocally > 0, 'no rehearsed label edit was local');
  });
});

/**
 * The change an edit spec makes on `text`. A label edit takes the first label line at or after `at` (of the lines) and
 * replaces its name after the first character by the rest of another name of the text with that first character, or
 * by the rest with its last character dropped or with one typed after it (`to` chooses).
 */
function changeOf(text: string, edit: { label: { at: number; to: number } } | { any: Parameters<typeof changeFor>[1] }): TextChange {
  if ('any' in edit) return changeFor(text, edit.any);
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const nameOf = (line: string): string | undefined => /^([^：:\s]{2,6})[：:]/.exec(line)?.[1];
  const names = new Set(lines.map(nameOf).filter((name) => name !== undefined));
  const from = Math.floor(edit.label.at * lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = (from + i) % lines.length;
    const name = nameOf(lines[line]!);
    if (!name) continue;
    const rest = name.slice(1);
    const tails = [...[...names].filter((other) => other !== name && other[0] === name[0]).map((other) => other.slice(1)), rest.slice(0, -1), `${rest}明`];
    return { rangeOffset: starts[line]! + 1, rangeLength: rest.length, text: tails[Math.min(tails.length - 1, Math.floor(edit.label.to * tails.length))]! };
  }
  return { rangeOffset: 0, rangeLength: 0, text: '' };
}
