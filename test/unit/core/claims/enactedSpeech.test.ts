import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { actsOutSpeech } from '../../../../src/core/claims/enactedSpeech';
import { matchingKey } from '../../../../src/core/text/charFold';

function actsOut(sentence: string): boolean {
  return actsOutSpeech(matchingKey(sentence));
}

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('speech acted out with a quotative like (issue 9, enclaims4)', () => {
  it('someone\u2019s words performed with `be like,` are a scene, not a claim, a future in them included', () => {
    assert.equal(classifySentence("Zone people that I can set up too, to where Todd comes in in the day, and he's like, okay, employee a, you're in Zone A, you'll take the docks."), null);
    assert.equal(classifySentence("If you've done a big design of experiments, you're like, oh no, this is going to take six months to do."), null);
    assert.equal(classifySentence('So just if someone out there is doing the comic book guy and going to be like, this is not the correct definition of ransomware.'), null);
  });

  it('reads the quotative: a person or no subject, a form of be, like and a comma', () => {
    assert.equal(actsOut("And so they're like, go ahead and pay us and we'll move on."), true);
    assert.equal(actsOut("She was like, I don't want to."), true);
    assert.equal(actsOut('Calling someone on a phone and being like, Hi, this is Kyle from IT.'), true);
    assert.equal(actsOut("It's like, you have to make a lot of decisions."), false);
    assert.equal(actsOut('Collectors should always produce data that is like, let\u2019s say, a standard.'), false);
    assert.equal(actsOut('He said, "We will win the vote on Tuesday."'), false);
    assert.equal(actsOut("They're like a family to me."), false);
  });

  it('a report of what someone said stays a claim, and a figure keeps the sentence', () => {
    assert.equal(shown('The minister said the new line will open to passengers in March next year.'), true);
    assert.notEqual(classifySentence("And he's like, we lost 30 percent of our customers that year."), null);
  });
});
