import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { imperativeVerbOpening } from '../../../../src/core/claims/imperatives';
import { matchingKey } from '../../../../src/core/text/charFold';

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

function verbOf(text: string): string | null {
  return imperativeVerbOpening(text, matchingKey(text), 0, text.length);
}

describe('a clause in the imperative after a lead-in word (issue 9, claims10)', () => {
  it('tells the listeners what to do and is not shown', () => {
    assert.equal(shown('So hang out with us in the discord and ask questions for spotlight, but you can also listen to us live.'), false);
    assert.equal(shown('Just roll with it, y\'all, and the rest of the story follows.'), false);
    assert.equal(shown('So definitely start with web security first, before we go into good call.'), false);
    assert.equal(verbOf('Just test out and launch this Facebook mobile app.'), 'test');
  });

  it('leaves statements with a subject, and lines cut before their verb, alone', () => {
    // The same shapes with a subject, a preposition or a quantifier opening them are statements.
    assert.equal(shown('So people with disabilities hang out in the library every afternoon.'), true);
    assert.equal(verbOf('So people with disabilities hang out in the library every afternoon.'), null);
    assert.equal(verbOf('And then the members hang out with the minister after question time.'), null);
    assert.equal(verbOf('So during the winter the plant runs at half capacity.'), null);
    assert.equal(verbOf('And helps the farmers with the cost of feed.'), null);
    // The rest of a sentence a line break cut (lower case): its subject came before the cut.
    assert.equal(verbOf('and drive down emissions while at the same time taking down electricity prices.'), null);
    // No lead-in word: a bare word before an article may be a subject or a heading's noun.
    assert.equal(verbOf('Email on my phone is the one tool I could not give up.'), null);
  });
});
