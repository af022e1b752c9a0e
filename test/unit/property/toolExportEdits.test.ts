import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { itEqualsAnalyzeAfterRandomEdits } from './corpusEdits';

/**
 * Transcription-tool exports, invented in each tool's layout (test/fixtures/tool-exports): Sonix (`Class mem. 1:
 * [00:00:14] …`, a credit footer), TurboScribe (a credit header over unlabelled paragraphs), Fathom (`0:14 - Name
 * (site)` over indented speech, `ACTION ITEM` notes), Otter (`Speaker 1  0:05` over the speech, a credit line).
 */
const FILES = ['sonix-bread-class.txt', 'turboscribe-garden-app-demo.txt', 'fathom-recipe-app-walkthrough.txt', 'otter-product-demo.txt'];
/** What is typed: abbreviations that make or break a stamped name, times, brackets that open or close a credit line, line breaks. */
const TYPED = ['a', ' ', '.', '\n', '\n\n', ' mem.', 'Team mem. 3: [00:01:02] ', ': [00:00:05]', '(', ')', '(Transcribed by Sonix.ai)', 'Transcribed by ', '0:12 - ', ' - ', 'ACTION ITEM: ', 'Speaker 4  1:02  ', 'x'];
const FIXTURES = { root: 'test/fixtures', folder: 'tool-exports' };

describe('IncrementalAnalyzer near transcription-tool exports (turns/labels.ts, turns/stageDirections.ts)', function () {
  this.timeout(300_000);
  itEqualsAnalyzeAfterRandomEdits({ ...FIXTURES, files: FILES, typed: TYPED, removedBelow: 6, editsPerFile: 80 });
  // The Otter chain types `Speaker 4  1:02  ` into a label line: `Speaker 4  1:02  1  0:05` is a dated field (topics/datedFields.ts)
  // until `0:x5` makes it a label again, which the incremental analyzer reads in full.
  itEqualsAnalyzeAfterRandomEdits({ ...FIXTURES, files: FILES, typed: TYPED, removedBelow: 12, editsPerFile: 60, chained: true });
});

describe('IncrementalAnalyzer on a label line whose words are only a time (topics/datedFields.ts)', () => {
  it('reads in full an edit that makes a one-off name\'s dated field a label (`Speaker 4  1:02  1  0:05` → `0:x5`), as analyze() does', () => {
    const text = 'Unknown Speaker  0:02  \nSpeaker 4  1:02  1  0:05  \nUnknown Speaker  0:46  ';
    const at = text.indexOf('0:05');
    const edited = `${text.slice(0, at)}x${text.slice(at + 1)}`;
    const expected = analyze(edited, {}, 'otter.txt');
    // The edit changes what the line is: a field before, `Speaker 4`'s label after.
    assert.ok(!analyze(text, {}, 'otter.txt').turns.some((turn) => turn.speaker === 'Speaker 4'));
    assert.ok(expected.turns.some((turn) => turn.speaker === 'Speaker 4'));
    const analyzer = new IncrementalAnalyzer({}, 'otter.txt');
    analyzer.update(text);
    assert.ok(isDeepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: 'x' }]), expected));
  });
});
