import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';

function confidence(text: string): number {
  return classifySentence(text)?.confidence ?? 0;
}

function shown(text: string): boolean {
  return confidence(text) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('plain statements that are talk rather than report (issue 9, toolclaims)', () => {
  it('a comment pointing back at what was said (that is why…, that is what…) is not shown', () => {
    assert.equal(shown('That is why they are so frustrated.'), false);
    assert.equal(shown('So that is what a server is, in short.'), false);
    assert.equal(shown('That is not what we are pressing for.'), false);
  });

  it('a habit or a hypothetical told with would ranks below the same sentence as a report', () => {
    assert.ok(confidence('They would say our jeans were too baggy for school.') < confidence('They said our jeans were too baggy for school.'));
  });

  it('a sentence opening with maybe or perhaps ranks below the same sentence without it', () => {
    assert.ok(confidence('Maybe the company is setting the agenda for the industry.') < confidence('The company is setting the agenda for the industry.'));
  });

  it('a subjectless -ing fragment is not shown; a participle phrase before a clause is', () => {
    assert.equal(shown('Rooting for the mafia family in a mafia show.'), false);
    assert.equal(shown('First, giving families more breathing room.'), false);
    assert.equal(shown('Building on that work, the committee published its report in March.'), true);
    assert.equal(shown('During the storm the governor stayed in close touch with local officials.'), true);
  });

  it('a statement with please in it is a request, wherever please stands; without it the sentence is shown', () => {
    assert.equal(classifySentence('Ms. Howe and gentlemen, if you would please stand and repeat after me.'), null);
    assert.equal(classifySentence('The number you dialled is currently unavailable, please dial again later.'), null);
    assert.equal(shown('Ms. Howe and gentlemen stood and repeated the oath after the chairman.'), true);
    // `pleased` is not a request.
    assert.notEqual(classifySentence('The committee was pleased with the progress of the regional offices.'), null);
  });

  it('should be able to and 应该可以 expect, they do not prescribe: no normative reason; a should that prescribes keeps it', () => {
    const expects = ['If you have trouble installing those, then you should be able to follow along without them.', '大家應該可以想像這個場面有多熱鬧'];
    for (const text of expects) assert.ok(!(classifySentence(text)?.cues ?? []).some((cue) => cue.startsWith('normative: ')), text);
    assert.ok(classifySentence('The city should build more housing near the new station.')?.cues.includes('normative: should'));
    assert.ok(classifySentence('政府应该加快建设更多的公共住房。')?.cues.some((cue) => cue.startsWith('normative: ')));
  });

  it('leaves a plain report shown', () => {
    assert.equal(shown('The solicitor general is not a member of the commission.'), true);
    assert.equal(shown('It was made several weeks ago by the department.'), true);
  });

  it('a belief tagged on at the end (…, I am sure.) ranks below the same judgement without it, keeping its reasons', () => {
    const tagged = classifySentence('They must speak with these people on a daily basis, I am sure.');
    const plain = classifySentence('They must speak with these people on a daily basis.');
    assert.ok(tagged && plain && tagged.confidence < plain.confidence, `${tagged?.confidence} vs ${plain?.confidence}`);
    assert.ok(tagged.cues.includes('normative: must'), tagged.cues.join('; '));
  });

  it('a short mild preference in the first person (I personally really like…) is not a claim', () => {
    assert.equal(classifySentence('But I personally really like working with a group.'), null);
    assert.equal(shown('I really enjoy long walks on the beach.'), false);
  });

  it('personally alone does not make a self-report an opinion; beside a judgement it still counts', () => {
    assert.notEqual(classifySentence("I don't personally have any experience with any type of web or cybersecurity.")?.kind, 'opinion');
    const judged = classifySentence('Personally, I think the new budget is a terrible mistake for the country.');
    assert.equal(judged?.kind, 'opinion');
    assert.ok(judged.cues.some((cue) => cue.startsWith('evaluation')), judged.cues.join('; '));
  });

  it('thought of and feel free are not beliefs', () => {
    assert.equal(shown("I've definitely thought of diving into it."), false);
    assert.notEqual(classifySentence('So feel free to go check out her shop and the new products.')?.kind, 'opinion');
  });
});
