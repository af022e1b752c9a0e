import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { classifySentence } from '../../../../src/core/claims/classify';

describe('speech-to-text segments and sponsor reads', () => {
  it('reads a segment time range before the text as timing, not as figures', () => {
    const text = ['[0.46 --> 4.78]  The plant employs 4,000 people in the valley.', '[00:00:23.00 → 00:00:24.30]  The bridge cost 35 million dollars.', '[12.5 -> 19.25]  Nothing here has a figure in it at all.'].join('\n');
    const claims = analyze(text, {}, 'segments.txt').claims;
    const cues = claims.flatMap((c) => c.cues);
    assert.ok(!cues.some((cue) => /0\.46|4\.78|23\.00|12\.5|19\.25/.test(cue)), cues.join(' | '));
    assert.ok(cues.includes('count: 4,000') || cues.some((cue) => cue.includes('4,000')), cues.join(' | '));
    // The sentence starts after the range: the claim's text is the speech alone.
    assert.ok(claims.some((c) => c.text === 'The plant employs 4,000 people in the valley.'));
  });

  it('keeps a bracketed figure that is not a time range', () => {
    const claims = analyze('[2019] The plant employs 4,000 people in the valley.', {}, 'notes.txt').claims;
    assert.equal(claims.length, 1);
  });

  it('never suggests a call to action with a web address', () => {
    for (const sentence of ['Visit mercury.com to apply online in 10 minutes.', 'Get $100 in credit at linode.com slash changelog.', 'Alright, if this gets you excited, learn more and get started for free at gitpod.io.', 'Head on over to lennysnewsletter.com and click product pass.']) {
      assert.equal(classifySentence(sentence), null, sentence);
    }
  });

  it('still suggests a sentence that names a web address without sending anyone there', () => {
    assert.ok(classifySentence('Mercury.com had 200,000 business customers in 2024.'));
    assert.ok(classifySentence('Visitors to the museum rose by 40 percent last year.'));
  });
});
