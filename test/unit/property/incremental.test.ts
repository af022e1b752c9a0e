import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { diff, IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import type { AnalysisOptions, TranscriptFormat } from '../../../src/core/analysis/model';
import { applyChange, changeFor, editArbitrary, transcriptArbitrary } from './arbitraries';

const SEED = 20261129;

describe('IncrementalAnalyzer', () => {
  it('equals a full analyze() after every edit of random transcripts', () => {
    let local = 0;
    let total = 0;
    fc.assert(
      fc.property(
        transcriptArbitrary(40),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        fc.constantFrom<TranscriptFormat | undefined>(undefined, 'plain', 'markdown', 'srt'),
        fc.boolean(),
        fc.constantFrom(1, 2, 3, 256),
        fc.boolean(),
        (initial, edits, format, passChanges, blockSize, readEvery) => {
          const options: AnalysisOptions = format ? { format } : {};
          // Small blocks put the edit among many, some shifted lazily, some read after several edits.
          const analyzer = new IncrementalAnalyzer(options, 'doc.txt', blockSize);
          let text = initial;
          let lastResult: ReturnType<IncrementalAnalyzer['update']> | undefined;
          assert.deepStrictEqual(analyzer.update(text), analyze(text, options, 'doc.txt'));
          for (const edit of edits) {
            const change = changeFor(text, edit);
            text = applyChange(text, change);
            const result = analyzer.update(text, passChanges ? [change] : undefined);
            total++;
            if (analyzer.lastMode === 'line') local++;
            // Unread results keep their shifts pending across edits: compare those after the last edit only.
            if (readEvery) assert.deepStrictEqual(result, analyze(text, options, 'doc.txt'));
            else lastResult = result;
          }
          if (lastResult) assert.deepStrictEqual(lastResult, analyze(text, options, 'doc.txt'));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
    // The property must exercise the local path, not only the fallback.
    assert.ok(local > total / 10, `only ${local} of ${total} edits were re-analysed locally`);
  });

  it('re-analyses a one-character edit inside a line of speech locally', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀，而且明年很可能會再擴建兩座工廠。\n\nMS. JONES:  We expect revenue to grow 12 percent next year.\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const at = text.indexOf('客戶');
    const edited = `${text.slice(0, at)}老${text.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '老' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited));
  });

  it('falls back to a full analysis when a line break is typed', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n';
    const analyzer = new IncrementalAnalyzer();
    analyzer.update(text);
    const edited = `${text.slice(0, 5)}\n${text.slice(5)}`;
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: 5, rangeLength: 0, text: '\n' }]), analyze(edited));
    assert.equal(analyzer.lastMode, 'full');
  });

  it('ignores a reported change that does not lead to the new text', () => {
    const analyzer = new IncrementalAnalyzer();
    analyzer.update('李明：我們去年營收達到420億元。');
    const edited = '李明：我們去年營收達到430億元。';
    assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: 0, rangeLength: 0, text: 'zzz' }]), analyze(edited));
  });

  it('updateLocally leaves a non-local edit to the caller, and adopt() takes the full analysis computed elsewhere', () => {
    const text = '李明：我認為這種擔心是多餘的，我們的客戶非常優秀。\n\n王芳：明年很可能會再擴建兩座工廠。\n';
    const analyzer = new IncrementalAnalyzer();
    assert.equal(analyzer.updateLocally(text), undefined, 'nothing to start from');
    analyzer.adopt(text, analyze(text));
    const broken = `${text.slice(0, 5)}\n${text.slice(5)}`;
    assert.equal(analyzer.updateLocally(broken, [{ rangeOffset: 5, rangeLength: 0, text: '\n' }]), undefined);
    // Still based on `text`: a local edit of it is re-analysed locally.
    const at = text.indexOf('客戶');
    const edited = `${text.slice(0, at)}老${text.slice(at)}`;
    assert.deepStrictEqual(analyzer.updateLocally(edited, [{ rangeOffset: at, rangeLength: 0, text: '老' }]), analyze(edited));
    assert.equal(analyzer.lastMode, 'line');
    analyzer.adopt(broken, analyze(broken));
    const typed = broken.replace('工廠', '新工廠');
    assert.deepStrictEqual(analyzer.updateLocally(typed), analyze(typed));
    assert.equal(analyzer.lastMode, 'line');
  });

  it('finds the single edit between two texts', () => {
    assert.deepStrictEqual(diff('abcdef', 'abXYef'), { rangeOffset: 2, rangeLength: 2, text: 'XY' });
    assert.deepStrictEqual(diff('aaa', 'aaaa'), { rangeOffset: 3, rangeLength: 0, text: 'a' });
    assert.deepStrictEqual(diff('abc', ''), { rangeOffset: 0, rangeLength: 3, text: '' });
  });
});
