import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('claim kinds in Chinese: a possibility under 只有…才 or 即使…也 (issue 9, branch forecast10)', () => {
  it('judges what can be: an opinion, not a forecast', () => {
    for (const sentence of ['只有深入了解了一个地方的情况，才有可能对当地带去帮助。', '即使是收入稳定的教师，也有可能成为失业人口。', '即便是經驗豐富的工程師，也很可能遇到這種情況。']) {
      const reading = classifySentence(sentence);
      assert.equal(reading?.kind, 'opinion', sentence);
      assert.ok(reading.cues.includes('evaluation: 有可能') || reading.cues.includes('evaluation: 很可能'), sentence);
    }
  });

  it('the same possibility without the condition, or with a future marker or time, still predicts', () => {
    for (const sentence of ['收入稳定的教师有可能成为失业人口。', '深入了解了一个地方的情况，就有可能对当地带去帮助。', '即使明年加息，房价也有可能继续上涨。', '只有降低利率，经济才有可能会复苏。']) {
      assert.equal(classifySentence(sentence)?.kind, 'forecast', sentence);
    }
  });
});
