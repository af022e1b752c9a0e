import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

/** An SRT whose cues carry the labels, some moved to the top of the screen with an ASS override block (`{\an8}`). */
const CUES = [
  '1', '00:00:01,000 --> 00:00:03,000', '<font color="white">MARIA: The river flooded twice last year.</font>', '',
  '2', '00:00:03,500 --> 00:00:06,000', '<font color="yellow">JONAS: It will flood again in spring.</font>', '',
  '3', '00:00:06,500 --> 00:00:08,000', '{\\an8}<font color="white">MARIA: Not if the dam holds.</font>', '',
  '4', '00:00:08,500 --> 00:00:10,000', '{\\an8}JONAS: We will see.', '',
].join('\n');

describe('subtitles: an ASS override block before a cue\'s label', () => {
  it('is markup: the label after `{\\an8}` names the speaker, whose speech is not the previous one\'s', () => {
    const analysis = analyze(CUES, {}, 'river.srt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), ['MARIA', 'JONAS', 'MARIA', 'JONAS']);
    const dam = CUES.indexOf('the dam holds');
    assert.equal(analysis.turns.find((t) => t.span.start <= dam && dam < t.span.end)?.speaker, 'MARIA');
  });

  it('a brace that opens no override block stays text', () => {
    const text = ['{note} MARIA: draft only', 'MARIA: The river flooded.', 'JONAS: Twice.'].join('\n');
    assert.deepEqual(analyze(text, {}, 'notes.txt').turns.map((t) => t.speaker), ['MARIA', 'JONAS']);
  });

  it('stays exact when the block is typed or deleted', () => {
    const analyzer = new IncrementalAnalyzer({}, 'river.srt');
    let text = CUES;
    analyzer.update(text);
    const at = text.indexOf('{\\an8}JONAS');
    for (const [offset, length, inserted] of [[at, 6, ''], [at, 0, '{\\an8}'], [at + 1, 1, ''], [at + 1, 0, '\\']] as const) {
      text = text.slice(0, offset) + inserted + text.slice(offset + length);
      assert.deepStrictEqual(analyzer.update(text, [{ rangeOffset: offset, rangeLength: length, text: inserted }]), analyze(text, {}, 'river.srt'));
    }
  });
});
