import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis/analyze';
import type { Analysis } from '../../../src/core/analysis/model';
import { readFixture } from '../../support/fixtures';

// Transcription-tool exports in each tool's layout (invented content, test/fixtures/tool-exports): who speaks each
// line, and the tool's own lines (credits, titles, cue numbers) nobody's. What the corpus figures of the private
// recordings removed in session 31 used to guard.

interface Read {
  readonly analysis: Analysis;
  /** The speaker of the turn covering the line's first non-blank character (1-based line), or null. */
  readonly speakerOf: (line: number) => string | null;
  readonly lineOf: (words: string) => number;
}

function read(name: string): Read {
  const text = readFixture('tool-exports', name);
  const analysis = analyze(text, {}, name);
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset + line.length - line.trimStart().length);
    offset += line.length + 1;
  }
  return {
    analysis,
    speakerOf: (line) => analysis.turns.find((turn) => turn.span.start <= starts[line - 1]! && starts[line - 1]! < turn.span.end)?.speaker ?? null,
    lineOf: (words) => 1 + lines.findIndex((line) => line.includes(words)),
  };
}

function speakers(analysis: Analysis): string[] {
  return analysis.speakers.map((s) => `${s.name}×${s.turns}`);
}

describe('transcription-tool exports (test/fixtures/tool-exports)', () => {
  it('Sonix: `Name: [hh:mm:ss] speech` paragraphs, names with a shortened lower-case word, the credit footer nobody\'s', () => {
    const f = read('sonix-bread-class.txt');
    assert.deepEqual(speakers(f.analysis), ['Class mem. 2×9', 'Chef×20', 'Class mem. 1×11']);
    assert.equal(f.speakerOf(f.lineOf('Good morning. Let\'s begin.')), 'Class mem. 1');
    assert.equal(f.speakerOf(f.lineOf('That is seventy percent hydration.')), 'Chef');
    const credit = f.lineOf('(Transcribed by Sonix.ai');
    assert.equal(f.speakerOf(credit), null);
    assert.equal(f.analysis.stageDirections.length, 1);
    assert.ok(!f.analysis.claims.some((c) => c.text.includes('Sonix')), 'the credit is no claim');
    assert.ok(!f.analysis.claims.some((c) => /\bmem\. \d: \[/.test(c.text)), 'no label read as a claim');
  });

  it('TurboScribe: the credit line first, then undiarised paragraphs: no turn, the credit no claim', () => {
    const f = read('turboscribe-garden-app-demo.txt');
    assert.deepEqual(f.analysis.turns, []);
    assert.equal(f.analysis.stageDirections.length, 1);
    assert.equal(f.analysis.stageDirections[0]!.span.start, 0);
    assert.ok(!f.analysis.claims.some((c) => c.text.includes('Unlimited') || c.text.includes('TurboScribe')));
    assert.ok(f.analysis.claims.some((c) => c.text.startsWith('The library has about two hundred plants')));
  });

  it('Fathom: `M:SS - Name (site)` over indented speech, `ACTION ITEM` notes in the speaker\'s turn, the head nobody\'s', () => {
    const f = read('fathom-recipe-app-walkthrough.txt');
    assert.deepEqual(speakers(f.analysis), ['Nora Lindqvist (recipebox.example)×11', 'Sam Okafor×10']);
    assert.deepEqual([1, 2, 4].map(f.speakerOf), [null, null, null]);
    assert.deepEqual(f.analysis.turns.slice(0, 2).map((t) => t.timestamp), ['0:00', '0:12']);
    for (const note of ['ACTION ITEM: Add a density', 'ACTION ITEM: Add a breakfast', 'ACTION ITEM: Larger text']) {
      assert.equal(f.speakerOf(f.lineOf(note)), 'Nora Lindqvist (recipebox.example)', note);
    }
    assert.equal(f.speakerOf(f.lineOf('Does the screen stay on?')), 'Sam Okafor');
  });

  it('Otter: `Speaker 1  0:05` lines over the speech, `Unknown Speaker` kept, the credit line nobody\'s', () => {
    const f = read('otter-product-demo.txt');
    assert.deepEqual(speakers(f.analysis), ['Unknown Speaker×2', 'Speaker 1×11', 'Speaker 2×5', 'Speaker 3×5']);
    assert.equal(f.speakerOf(f.lineOf('okay, that\'s')), 'Unknown Speaker');
    assert.equal(f.speakerOf(f.lineOf('There are eight steps.')), 'Speaker 1');
    assert.equal(f.speakerOf(f.lineOf('Transcribed by https://otter.ai')), null);
  });

  it('Zoom WebVTT: `Name (SL): text` and `Name: text` cues; cue numbers and timing lines nobody\'s', () => {
    const f = read('zoom-cooking-video-planning.vtt');
    assert.deepEqual(speakers(f.analysis), ['Ines Moreau (SL)×23', 'Pablo Reyes×21']);
    assert.equal(f.speakerOf(f.lineOf('Okay, I think it\'s recording now.')), 'Ines Moreau (SL)');
    assert.equal(f.speakerOf(f.lineOf('today\'s cooking video.')), 'Pablo Reyes');
    assert.deepEqual([1, 3, 4].map(f.speakerOf), [null, null, null]);
    // A sentence going on over two cues behind the same label is one claim's text, without the second label.
    assert.ok(!f.analysis.claims.some((c) => c.text.includes('Pablo Reyes:') || c.text.includes('Ines Moreau')));
  });
});
