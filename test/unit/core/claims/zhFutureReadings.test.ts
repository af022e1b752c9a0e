import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('Chinese futures read by where they stand (issue 9, branch zhkind2, session 29)', () => {
  it('将 before a verb with its object and a 的 inside the object predicts; 将 right before the verb of a relative clause does not', () => {
    for (const sentence of ['从此以后我们的城市将拥有新的面貌。', '这座桥的通车将改变两岸的交通。']) {
      const result = classifySentence(sentence);
      assert.equal(result?.kind, 'forecast', sentence);
      assert.ok(result.cues.includes('future: 将'), result.cues.join('; '));
    }
    assert.ok(!classifySentence('代表们讨论了下周将召开的会议的议程。')?.cues.includes('future: 将'));
  });
});
