import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { conversationMoveIn } from '../../../../src/core/claims/conversationMoves';

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe('moves in the conversation itself (issue 9, enprec)', () => {
  it('the speaker or the group proposing to start, go through or come back to the talk is not shown', () => {
    assert.equal(shown('We have a fairly small group, but I think we can get started.'), false);
    assert.equal(shown("He'll be late, so I think we can get started."), false);
    assert.equal(shown("Okay, so we'll see later how we can do the key distribution between the sender and the receiver."), false);
    assert.equal(shown('Today we will continue with our lecture three about cryptography.'), false);
    assert.equal(shown('We can quickly go through the remaining bugs on the list.'), false);
  });

  it('breaking the topic down, or starting or leaving it there, moves the talk (enclaims5)', () => {
    assert.equal(shown('Yeah, I think we should break that down.'), false);
    assert.equal(shown("I thought we'd start there, kind of interesting."), false);
    assert.equal(conversationMoveIn('we should break the monopoly down into regional companies.'), null);
    assert.equal(conversationMoveIn('they started there in 1998 and never left.'), null);
  });

  it('a topic put off to later is not shown', () => {
    assert.equal(shown('But anyway, we can, we can think about that separately.'), false);
  });

  it('keeps its reasons and says why it ranks lower', () => {
    const claim = classifySentence('We have a fairly small group, but I think we can get started.');
    assert.ok(claim);
    assert.ok(claim.cues.some((cue) => cue.startsWith('first-person belief')));
    assert.ok(claim.cues.includes('conversation move: we can get started'));
  });

  it('leaves statements about the world alone, in the present or the future', () => {
    assert.equal(conversationMoveIn('so x, we first go through an encryption algorithm.'), null);
    assert.equal(conversationMoveIn('we can start building houses for these families next year.'), null);
    assert.equal(shown('We will start building 200,000 new homes next year.'), true);
    assert.equal(shown('The committee will go through the budget line by line next week.'), true);
  });

  it('a figure keeps the sentence shown', () => {
    assert.equal(shown("We'll go through the $3 billion the agency spent on consultants last year."), true);
  });

  it('a short assessment of the last turn (that is fine, it makes sense, a solid point) is not shown', () => {
    assert.equal(shown('Yeah, it sounds good.'), false);
    assert.equal(shown('But it kind of makes sense.'), false);
    assert.equal(shown("Yeah, that's a solid point, probably underneath."), false);
    assert.equal(shown("But if you're using it for cryptocurrency mining, I believe that's okay."), false);
    assert.ok(classifySentence('Yeah, it sounds good.')?.cues.includes('response: it sounds good'));
  });

  it('a word of liking said of a pointer back, ending the sentence, is a reaction and is not shown (enclaims4)', () => {
    assert.equal(shown("I think that's a good summary."), false);
    assert.equal(shown('Yes, that sounds like a good summary.'), false);
    assert.equal(shown("I think that's great."), false);
    assert.equal(shown('And it was amazing.'), false);
    assert.equal(shown("It's a lot of pressure, but it's good."), false);
    assert.ok(classifySentence("I think that's a good summary.")?.cues.includes("response: that's a good summary"));
  });

  it('a judgement of the thing itself, or liking followed by what is liked, stays shown (enclaims4)', () => {
    assert.equal(shown('And the IBM thing, the Watson thing - that was significant.'), true);
    assert.equal(shown('But this is difficult.'), true);
    assert.equal(shown('This is good user experience, where the breakpoints also adjust to the base font size.'), true);
  });

  it('a judgement of the world with the same words, or a long sentence around one, stays shown', () => {
    assert.equal(shown("So it's good that we finally fixed the transpose bug in the weights."), true);
    assert.equal(shown('The economy is fine and the budget is balanced this year.'), true);
    assert.equal(shown("The minister said the plan makes sense for rural communities, and that's right: they lost 4,000 jobs in 2023."), true);
  });

  it("the hosts announcing the episode's programme is not shown; a report that mentions a conversation is", () => {
    assert.equal(shown('On this show, Jared and I talk with the hackers, leaders, and the innovators from all areas of the software world.'), false);
    assert.equal(shown('In our conversation, we chat about her current and very specific advice for how to measure productivity gains.'), false);
    assert.equal(shown('But the conversation begins with how Aaron experiments with the IndieWeb as a showcase of what is possible.'), false);
    assert.equal(shown('We cover the complications of OAuth, RFCs like Proof Key for Code Exchange, and next-generation specs.'), false);
    assert.equal(shown('In our conversation with Moscow, we made clear that the offer for the two prisoners stands.'), true);
    assert.equal(shown('The committee will discuss the budget with the Treasury next week.'), true);
  });
});


describe('the speaker announcing an act of the talk (issue 9, enclaims5)', () => {
  it('a wished shout-out, moment taken, introduction or disclaimer is not shown', () => {
    assert.equal(shown('I want to give a shout out to the new designer that Mike and Stephen talked about, who is awesome.'), false);
    assert.equal(shown('But I do want to take a moment to note the historic nature of the moment that you see in front of you.'), false);
    assert.equal(shown('There is a strong contingent of talented executives here, and I\u2019d like to take the time to quickly introduce them.'), false);
    assert.equal(shown('And I do want to list a little bit of a disclaimer for John and I here as we start to get into this, which is good.'), false);
  });

  it('a wish of the group, an act that is no act of the talk, or a figure, stays', () => {
    assert.equal(conversationMoveIn('we want to take the opportunity to reform the tax code.'), null);
    assert.equal(conversationMoveIn('i want to take the bill to the floor next week.'), null);
    assert.equal(shown('I want to take a moment to note that unemployment fell to 3.5 percent in March.'), true);
  });
});

describe('a piece of the talk itself judged (issue 9, claims9)', () => {
  it('a pointer judging a question, a term or a metaphor of the talk is not shown', () => {
    assert.equal(shown('What a topical and timely question, John.'), false);
    assert.equal(shown("That's a probably terrible metaphor, but I hope that gets the idea across."), false);
    assert.equal(shown("That's the term we should use."), false);
    assert.equal(shown("I mean terms like that that Gen Z would call millennials, and so it's not a good term."), false);
    assert.equal(conversationMoveIn("that's a probably terrible metaphor, but i hope that gets the idea across."), "that's a probably terrible metaphor");
  });

  it('the same nouns naming something of the world, the noun going on, stay shown', () => {
    assert.equal(conversationMoveIn('that was the question the senate voted on in march 2019.'), null);
    assert.equal(conversationMoveIn('this is a term of the contract that the company broke.'), null);
    assert.equal(shown('That was the question the Senate voted on in March 2019.'), true);
    assert.equal(shown('It was a terrible decision that cost the city $40 million.'), true);
  });
});

describe("the show's cast told by its hosts (issue 9, claims9)", () => {
  it('who is with the host or on the panel this week is not shown', () => {
    assert.equal(shown('This week on our panel we have Ward Bell.'), false);
    assert.equal(shown('We also have a special guest this week and that is Olivier Combe.'), false);
    assert.equal(shown("I'm Jay and with me is the amazing unicorn of the internet, the one Kathy Campbell."), false);
  });

  it('the same words about something else stay shown', () => {
    assert.equal(conversationMoveIn('the problem with me is that i never learned to code.'), null);
    assert.equal(conversationMoveIn('the panel found that the agency had lost $2 billion in 2019.'), null);
    assert.equal(shown('The panel found that the agency had lost $2 billion in 2019.'), true);
    assert.equal(shown('The agency had a special budget of $2 billion in 2019.'), true);
  });
});

describe('waiting to see (issue 9, claims-en13)', () => {
  it('wait and see, with nothing named to be seen, is not shown', () => {
    assert.equal(shown("Honestly, nobody knows how long this rain lasts, so we'll see."), false);
    assert.equal(shown('We will see, but the lights are still on in the studio.'), false);
    assert.equal(shown("We'll just see and it may clear up by lunch anyway."), false);
    assert.equal(conversationMoveIn("i have no idea how long the rain lasts, so we'll see."), "we'll see");
  });

  it('something named to be seen, or a figure, stays shown', () => {
    assert.equal(conversationMoveIn("we'll see prices fall across the region next year."), null);
    assert.equal(conversationMoveIn('we will see and hear the results of the election tomorrow.'), null);
    assert.equal(conversationMoveIn('we will see whether the court agrees.'), null);
    assert.equal(shown("We'll see prices fall across the region next year."), true);
    assert.equal(shown("Turnout was 4 million last time, so we'll see."), true);
  });
});
