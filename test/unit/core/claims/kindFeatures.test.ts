import * as assert from 'node:assert/strict';
import { classifySentence, ruleKindAndFeatures } from '../../../../src/core/claims/classify';

function featuresOf(text: string): readonly string[] {
  const read = ruleKindAndFeatures(text);
  assert.ok(read, `expected a claim: ${text}`);
  return read.features;
}

describe('kindFeatures (what the trainer of kind weights reads)', () => {
  it('gives the rules’ own decision unchanged', () => {
    for (const text of ['预计明年营收将增长5%。', 'I think this policy is a complete failure.', 'The solicitor general is not a member of the commission.']) {
      const read = ruleKindAndFeatures(text);
      assert.deepEqual(read?.rule, classifySentence(text));
    }
  });

  it('names each cue by its category, and each figure by its kind', () => {
    const features = featuresOf('据新华社报道，去年出口增长了12%。');
    assert.ok(features.includes('zh'));
    assert.ok(features.includes('cue:attribution'));
    assert.ok(features.includes('figure:percent'));
    assert.ok(!features.includes('en'));
  });

  it('tells where a cue sits: before or after the first figure, in the last clause or an earlier one', () => {
    const before = featuresOf('专家预计，明年的增长率将达到5%。');
    assert.ok(before.includes('forecast cue before figure'), before.join(', '));
    assert.ok(before.includes('forecast cue in earlier clause'), before.join(', '));
    const after = featuresOf('今年增长了5%，这个成绩非常了不起。');
    assert.ok(after.includes('opinion cue after figure'), after.join(', '));
    assert.ok(after.includes('opinion cue in last clause'), after.join(', '));
  });

  it('tells a plain future the rules count from one they set aside as the speaker’s own plan', () => {
    assert.ok(featuresOf('The company will cut 300 jobs next year.').includes('cue:plain future'));
    const aside = featuresOf("We'll talk about that after the break, and the minister will resign next week.");
    assert.ok(aside.includes('cue:plain future (own plan or housekeeping)'), aside.join(', '));
    assert.ok(!aside.includes('cue:plain future'), aside.join(', '));
  });

  it('reads person, negation, length and the language of a sentence with no cue', () => {
    const features = featuresOf('They did not sign the agreement with the provincial government.');
    assert.ok(features.includes('en'));
    assert.ok(features.includes('third person start'));
    assert.ok(features.includes('negation'));
    assert.ok(features.includes('no cue'));
    assert.ok(features.includes('length:6-11'));
    assert.ok(!features.includes('first person start'));
  });

  it('marks a statement asked for agreement (tag question) and a belief tagged at the end', () => {
    assert.ok(featuresOf('社会对立很严重，对不对？').includes('tag question'));
    const hedged = ruleKindAndFeatures('They must speak with these people daily, I am sure.');
    assert.ok(hedged?.features.includes('belief tagged at the end'), hedged?.features.join(', '));
  });

  it('names general word classes the cue lists do not hold: comparison, a predicate adjective, contrast, stance', () => {
    const english = featuresOf('But remote work is more productive than the office for most teams.');
    for (const name of ['class:comparative', 'class:predicate adjective', 'class:contrast']) assert.ok(english.includes(name), english.join(', '));
    assert.ok(!english.includes('class:superlative'), english.join(', '));
    const chinese = featuresOf('我觉得现在的房价比十年前更贵，年轻人的压力太大了。');
    for (const name of ['class:comparative', 'class:degree predicate', 'class:first-person stance']) assert.ok(chinese.includes(name), chinese.join(', '));
    assert.ok(!chinese.includes('class:contrast'), chinese.join(', '));
  });

  it('reads Traditional Chinese word classes as Simplified (on the matching key)', () => {
    const features = featuresOf('但是這個問題比大家想的更嚴重。');
    assert.ok(features.includes('class:contrast'), features.join(', '));
    assert.ok(features.includes('class:comparative'), features.join(', '));
  });

  it('lists each feature once', () => {
    const features = featuresOf('我认为这个计划非常好，而且非常重要，非常成功。');
    assert.equal(new Set(features).size, features.length);
  });
});
