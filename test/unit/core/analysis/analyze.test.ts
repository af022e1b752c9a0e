import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';

describe('analyze', () => {
  const text = [
    '# 年度訪談',
    '',
    '## 摘要',
    '- 出貨增長三成',
    '- 下一個十年',
    '',
    '出貨增長三成',
    '',
    '李明：去年我們的出貨增長了三成。',
    '',
    '下一個十年',
    '',
    '李明：我預計明年需求會更強。',
  ].join('\n');

  it('never reports a summary item as a claim, with or without its list marker', () => {
    const { claims } = analyze(text);
    assert.deepEqual(
      claims.map((c) => c.text),
      ['去年我們的出貨增長了三成。', '我預計明年需求會更強。'],
    );
  });

  it('attributes each claim to the speaker of its turn', () => {
    const { claims, speakers } = analyze(text);
    assert.deepEqual(speakers, [{ name: '李明', turns: 2 }]);
    assert.deepEqual(claims.map((c) => [c.speaker, c.kind]), [['李明', 'fact'], ['李明', 'forecast']]);
  });
});
