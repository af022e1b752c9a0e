import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { previewAnalysis } from '../../../../src/core/analysis/preview';

const LINES = [
  '李明：我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。',
  '王芳：根據統計，去年有百分之四十二的畢業生選擇了工程。',
  '（笑）',
  'MS. JONES: I think the worry is overblown.',
  '李明：我認為這種擔心是多餘的。',
  '王芳：According to the ministry, 42 percent of graduates chose engineering in 2024.',
];
const TEXT = LINES.join('\n');
const lineStart = (line: number): number => LINES.slice(0, line).reduce((n, l) => n + l.length + 1, 0);

describe('previewAnalysis', () => {
  it('finds the turns, stage directions and claims of the window at their places in the whole text', () => {
    const full = analyze(TEXT);
    // From inside line 2 to inside line 4: widened to lines 2-4.
    const preview = previewAnalysis(TEXT, lineStart(2) + 1, lineStart(4) + 3);
    const inWindow = <T extends { span: { start: number; end: number } }>(items: readonly T[]): T[] =>
      items.filter((item) => item.span.start >= lineStart(2) && item.span.end <= lineStart(5) - 1);
    assert.deepEqual(
      preview.turns.map((t) => [t.speaker, t.span, t.labelSpan]),
      inWindow(full.turns).map((t) => [t.speaker, t.span, t.labelSpan]),
    );
    assert.ok(preview.turns.length >= 2);
    assert.deepEqual(preview.stageDirections, inWindow(full.stageDirections));
    assert.deepEqual(
      preview.claims.map((c) => [c.kind, c.span]),
      inWindow(full.claims).map((c) => [c.kind, c.span]),
    );
    for (const claim of preview.claims) assert.equal(TEXT.slice(claim.span.start, claim.span.end), claim.text);
  });

  it('clamps a window past the end to the last line', () => {
    const preview = previewAnalysis(TEXT, TEXT.length + 10, TEXT.length + 20);
    assert.deepEqual(preview.turns.map((t) => [t.speaker, t.span.start]), [['王芳', lineStart(5)]]);
    assert.deepEqual(previewAnalysis('', 0, 10).claims, []);
  });
});
