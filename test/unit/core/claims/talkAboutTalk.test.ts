import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { talkAboutTalkIn } from '../../../../src/core/claims/talkAboutTalk';

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('the talk about itself (issue 9, claims11)', () => {
  it('a pointer naming the talk ahead as its own topic is not shown', () => {
    assert.equal(shown("So that's going to be our main topic today covering these three new features of the model."), false);
    assert.equal(shown('This will be the focus of the episode, so stay with us.'), false);
    assert.equal(talkAboutTalkIn("so that's going to be our main topic today covering these three new features."), "that's going to be our main topic");
  });

  it('a pointer liking the talk ahead is not shown', () => {
    assert.equal(shown('Yeah, this will be fun.'), false);
    assert.equal(shown('So, this is going to be interesting to talk about that one.'), false);
    assert.equal(talkAboutTalkIn("honestly, it's going to be really interesting to dig into this."), "it's going to be really interesting to dig into");
  });

  it('the same futures about the world stay shown', () => {
    // The noun goes on to name something outside the talk.
    assert.equal(talkAboutTalkIn('this will be the topic of a senate inquiry next year.'), null);
    assert.equal(shown('This will be the topic of a Senate inquiry next year.'), true);
    // Interest in what the world will do, not in the talk.
    assert.equal(talkAboutTalkIn('it will be interesting to see whether the fed raises rates in march.'), null);
    // A judgement of what is foretold, not a word of liking at the end.
    assert.equal(talkAboutTalkIn('this will be difficult for farmers who sell into china.'), null);
    assert.equal(shown('This will be difficult for farmers who sell into China.'), true);
    // A future of someone else talking is a forecast in a briefing.
    assert.equal(shown('She will talk about what is at stake for millions of women across the country.'), true);
  });

  it("the speaker's gladness at being in the talk, or talking, is not shown", () => {
    assert.equal(shown('Always happy to talk about IoT.'), false);
    assert.equal(shown('I was thrilled to be there in Washington for the eight years.'), false);
    assert.equal(talkAboutTalkIn("so we're really excited to have you on the show."), "we're really excited to have you");
  });

  it('gladness that reports, or is someone else\'s, stays shown', () => {
    // A report of results in the words of a courtesy.
    assert.equal(talkAboutTalkIn('we are pleased to report a record quarter for the company.'), null);
    // Someone else's feeling is told about them.
    assert.equal(talkAboutTalkIn('the minister was delighted to be there when the bridge opened in 2019.'), null);
    assert.equal(shown('The minister was delighted to be there when the bridge opened in 2019.'), true);
  });

  it('the speakers telling what the talk is about are not shown', () => {
    assert.equal(shown("And when we think about developer experience, we're really talking about what it's like to build software, day to day."), false);
    assert.equal(shown('What we are talking about with this particular proposal is for those two individuals.'), false);
    assert.equal(shown('Yeah, so basically, the two we talked about was going to a bad website, or phishing, which leads you to a bad website.'), false);
    assert.equal(talkAboutTalkIn("so great article and this is just talking about optimizing ci/cd and fabric."), 'this is just talking about');
  });

  it('others talking, or the listener\'s case, stay shown', () => {
    assert.equal(talkAboutTalkIn("and if someone's got access to your data, you're already talking about a worst case scenario."), null);
    assert.equal(shown("And if someone's got access to your data, you're already talking about a worst case scenario, they know it."), true);
    assert.equal(talkAboutTalkIn('the minister is talking about closing the hospital in the spring.'), null);
  });

  it("where the talk's own material is (a slide, the screen) is not shown", () => {
    assert.equal(shown('The summary of our Q2 results is on Slide 8.'), false);
    assert.equal(shown("Now, what's up on the screen now is a little bit abstract, which makes it difficult to justify."), false);
    assert.equal(talkAboutTalkIn('the summary of our q2 results is on slide 8.'), 'is on slide 8');
  });

  it('the same words doing something else stay shown', () => {
    // No copula before the place: the sentence does something with a screen.
    assert.equal(talkAboutTalkIn('the company sold four million screens in 2019, more than any other maker.'), null);
    assert.equal(talkAboutTalkIn('the party put the vote on the screen of every member.'), null);
    assert.equal(shown('The company sold four million screens in 2019, more than any other maker.'), true);
  });
});
