import * as assert from 'node:assert/strict';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/**
 * A council record saved from a page typed in an older Chinese encoding: one speaker's label ends in `:`, the
 * chair's in `∶` (U+2236, the ratio sign standing for a colon), and a closing bracket opens a continuation line.
 */
const RECORD = [
  '王大明议员:主席,我想问行政长官,他说我们不要恶言恶语,那么他说你「不行',
  '」,这是占了便宜又卖乖,你懂吗?',
  '立法会主席李小华∶王大明议员,请你提出你的质询。',
  '王大明议员:主席,我现在就问。',
  '立法会主席李小华∶王大明议员,请你立即提出你的质询。',
].join('\n');

describe('Labels ending in the ratio sign ∶ used as a colon', () => {
  it('reads `Name∶` as a label candidate as `Name：` is read', () => {
    assert.equal(labelCandidate('立法会主席李小华∶王大明议员,请你提出你的质询。', 40)?.name, '立法会主席李小华');
  });

  it('gives each line of the record to the speaker its label names, the continuation to the one above', () => {
    const fixture = analyseText(RECORD, 'record.txt');
    const speakers = fixture.analysis.turns.map((turn) => [turn.speaker, fixture.lines.lineAt(turn.span.start)]);
    assert.deepEqual(speakers, [['王大明议员', 0], ['立法会主席李小华', 2], ['王大明议员', 3], ['立法会主席李小华', 4]]);
  });

  it('keeps incremental edits of such a label equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [RECORD, '李小华∶王大明议员,请你提出', '李小华,王大明议员,请你提出'],
      [RECORD, '王大明议员:主席,我现在', '王大明议员∶主席,我现在'],
      [RECORD, '∶王大明议员,请你立即', '∶ 王大明议员,请你立即'],
    ], 'record.txt');
  });
});
