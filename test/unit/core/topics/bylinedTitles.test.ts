import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isBylinedColonTitle } from '../../../../src/core/topics/headlineLabels';
import { titleLengthBeforeByline, withoutTrailingByline } from '../../../../src/core/topics/titles';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A commentary site's page: the column's name, a colon and the piece's title, then its writer after a gap; the piece. */
const COLUMN = [
  '城市觀察:再談舊區重建的得失 文:李大同',
  '',
  '舊區重建討論多年,不少居民認為補償方案未能照顧租戶,政府則表示方案已經過三輪諮詢,各方意見大致收窄。',
  '',
  '筆者認為,重建的關鍵不在於速度,而在於能否讓原區居民留下來。',
].join('\n');

/** A news page's title with its reporter after a bar, over the report. */
const REPORT = [
  '市區新設三條單車徑｜記者 王小明',
  '',
  '運輸署昨日公布,年底前將在市區新設三條單車徑,全長約十二公里,預計明年三月完工。',
].join('\n');

/** A meeting whose chair hands over to a reporter by name: speech, however it ends. */
const HAND_OVER = [
  '主持人:各位好,記者會現在開始。',
  '',
  '陳部長:謝謝主持人,今天跟大家報告三件事。',
  '',
  '主持人:下面請 記者 王小明',
  '',
  '陳部長:好,請問。',
].join('\n');

function speakerAt(text: string, fileName: string, lineText: string): string | null {
  const analysis = analyze(text, {}, fileName);
  const start = text.indexOf(lineText);
  return analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? null;
}

describe('a title line that carries its writer\'s byline', () => {
  it('reads the line as the title, without the byline, and no speaker\'s label', () => {
    assert.deepEqual(topicTitles(analyze(COLUMN, {}, 'column.txt').topics), ['城市觀察:再談舊區重建的得失']);
    assert.equal(speakerAt(COLUMN, 'column.txt', '城市觀察:'), null);
    assert.deepEqual(topicTitles(analyze(REPORT, {}, 'report.txt').topics), ['市區新設三條單車徑']);
  });

  it('finds the byline after a gap or a bar, with a publication before the writer\'s word', () => {
    assert.equal(withoutTrailingByline('再談舊區重建的得失 文:李大同'), '再談舊區重建的得失');
    assert.equal(withoutTrailingByline('訪談的技巧與整理   《城市月刊》主編/張文山'), '訪談的技巧與整理');
    assert.equal(withoutTrailingByline('市區新設三條單車徑 | 記者 王小明'), '市區新設三條單車徑');
    // No gap before the writer's word: `文化` and `整理` inside a title are words of the title.
    assert.equal(titleLengthBeforeByline('社區文化節目整理:李大同'), -1);
    // A sentence before the name is speech, and a title needs four Han characters.
    assert.equal(titleLengthBeforeByline('我們已經說好了,文:李大同'), -1);
    assert.equal(titleLengthBeforeByline('短評 文:李大同'), -1);
  });

  it('leaves a hand-over to a reporter as the chair\'s speech', () => {
    assert.ok(!isBylinedColonTitle('主持人:下面請 記者 王小明'));
    assert.equal(speakerAt(HAND_OVER, 'meeting.txt', '主持人:下面請'), '主持人');
    assert.ok(isBylinedColonTitle('城市觀察:再談舊區重建的得失 文:李大同'));
  });

  it('keeps incremental analysis exact when the title, its byline or the body is edited', () => {
    assertReplacementsMatchAnalyze([
      [COLUMN, ' 文:李大同', ''],
      [COLUMN, '得失 文', '得失文'],
      [COLUMN, '李大同', '李大同說'],
      [COLUMN, '城市觀察:', '城市觀察：'],
      [COLUMN, '\n\n舊區', '\n舊區'],
      [HAND_OVER, '下面請', '下面'],
    ], 'column.txt');
    assertEditsAcrossOffsetsMatchAnalyze(COLUMN, 'column.txt', [['文', 0], ['\n', 0], [':', 0]], 0, COLUMN.indexOf('舊區重建討論') + 4);
  });
});
