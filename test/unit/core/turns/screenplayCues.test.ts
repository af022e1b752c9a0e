import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

/** A screenplay: each character's name in capitals right over the lines, scene headings set apart by a blank line. */
const SCRIPT = [
  'INT. GARAGE - NIGHT',
  '',
  'Rain on the roof. NOOR (30s) leans over an engine.',
  '',
  'NOOR',
  'Pass me the wrench.',
  '',
  'ELI',
  'Which one?',
  '',
  'NOOR',
  'The small one. We leave at six.',
  '',
  'VIKTOR',
  'Nobody leaves tonight.',
  '',
  'EXT. ROAD - CONTINUOUS',
  '',
  'An empty road under the rain.',
].join('\n');

describe('a screenplay\'s names in capitals over their lines', () => {
  it('name the speakers, a one-off one too; a scene heading with a blank line under it is none', () => {
    const analysis = analyze(SCRIPT, {}, 'garage.fountain');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['NOOR', 'ELI', 'NOOR', 'VIKTOR']);
  });

  it('still take a one-off name in capitals where the names stand a blank line over their speech', () => {
    const spaced = SCRIPT.replace(/^(NOOR|ELI|VIKTOR)\n/gm, '$1\n\n');
    // There the layout tells a heading from a name no more (both stand apart), and the style alone decides, as before.
    assert.ok(analyze(spaced, {}, 'garage.txt').turns.some((t) => t.speaker === 'VIKTOR'));
  });

  it('stays exact under edits around the names and headings', () => {
    const analyzer = new IncrementalAnalyzer({}, 'garage.fountain');
    let text = SCRIPT;
    analyzer.update(text);
    const eli = text.indexOf('ELI');
    const road = text.indexOf('EXT. ROAD');
    for (const [offset, length, inserted] of [[eli + 3, 0, '\n'], [eli + 3, 1, ''], [road + 22, 1, ''], [road + 22, 0, '\n'], [19, 1, ''], [19, 0, '\n']] as const) {
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'garage.fountain'));
    }
  });
});
