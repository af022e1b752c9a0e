import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

// A column's title after its writer's name (`何子明:脆弱的和解`), an episode's after its guest's: a short run of
// ideographs with no punctuation, where a one-off label's speech says something. Texts in our own words.
const COLUMNS = [
  '評論版',
  '',
  '何子明:脆弱的和解',
  '',
  '新一屆議會開局順利,政壇一片和氣。然而好景不長,上周五法院裁定兩名議員宣誓無效,議會內又再出現爭吵。',
  '',
  '林美玲:「那時真是太天真」',
  '',
  '我第一次走進議事廳是十年前,當時以為一切都會很快改變。',
].join('\n');

describe('a title after a one-off name (`何子明:脆弱的和解`)', () => {
  it('reads a column’s or an episode’s title as no speaker label', () => {
    const analysis = analyze(COLUMNS, {}, 'columns.txt');
    assert.deepEqual(analysis.turns.map((t) => t.speaker), []);
  });

  it('still reads a one-off label whose speech says something, and a name the document labels again', () => {
    const spoken = COLUMNS.replace('何子明:脆弱的和解', '何子明:大家早晨。');
    assert.deepEqual(analyze(spoken, {}, 'columns.txt').turns.map((t) => t.speaker), ['何子明']);
    const again = `${COLUMNS}\n\n何子明:脆弱的和解\n\n林美玲:好的。\n\n何子明:我們下次再談。`;
    assert.ok(analyze(again, {}, 'columns.txt').turns.some((t) => t.speaker === '何子明'));
  });

  it('keeps edits of the title and the name equal to a full analysis', () => {
    assertReplacementsMatchAnalyze([[COLUMNS, '脆弱的和解', '脆弱的和解。'], [COLUMNS, '脆弱的和解', '大家好,今天談和解,議會開局順利'], [COLUMNS, '「那時真是太天真」', '那時真是太天真。']], 'columns.txt');
    assertEditsAcrossOffsetsMatchAnalyze(COLUMNS, 'columns.txt', [['。', 0], ['', 1]], 0, COLUMNS.indexOf('新一屆'));
  });
});
