import * as assert from 'node:assert/strict';
import { recognizeHandOver } from '../../../../src/core/turns/narration';
import { analyseText } from '../transcriptFixtures';

/** `speaker|first line of the turn` for each turn. */
function turnsOf(text: string, fileName = 'article.txt'): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((t) => `${t.speaker}|${fixture.slice(t.span).split('\n').pop()}`);
}

describe('turns on realistic text', () => {
  it('a job title such as 研究员 before the name is not part of the speaker, so a later 他 resolves to that speaker', () => {
    assert.equal(recognizeHandOver('中国宏观经济研究院研究员张某在接受采访时说：')?.subject, '张某');
    const text = [
      '付某某说：“数据很好。”',
      '',
      '研究院研究员张某在接受采访时说：“我认为消费会回暖。”',
      '',
      '他同时指出：',
      '“房地产仍在调整。”',
    ].join('\n');
    assert.deepEqual(turnsOf(text).map((t) => t.split('|')[0]), ['付某某', '张某', '张某']);
  });

  it('a `Name说：“…”` line ends its turn where the quote closes, so the narration after it is nobody\'s', () => {
    const text = ['付某某说：“新动能成长壮大，', '产量增长40.4%。”', '', '对于下半年的走势，付某某表示，外部环境不确定性仍然较多。'].join('\n');
    assert.deepEqual(turnsOf(text), ['付某某|产量增长40.4%。”']);
    // Without a verb the label is an interview label and the paragraph after it stays the speaker's.
    assert.deepEqual(turnsOf('付某某：“数据很好。”\n我们还会继续努力。').length, 1);
    assert.match(turnsOf('付某某：“数据很好。”\n我们还会继续努力。')[0]!, /继续努力/);
  });
});
