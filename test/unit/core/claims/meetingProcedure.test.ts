import * as assert from 'node:assert/strict';
import { classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyze } from '../../../../src/core/analysis/analyze';

function shown(text: string): boolean {
  return (classifySentence(text)?.confidence ?? 0) >= DEFAULT_MINIMUM_CONFIDENCE;
}

describe("a meeting's own order of business is procedure (issue 9, newsrc-en2)", () => {
  it("the chair moving to the next order of business, or to the Orders of the Day, is not shown", () => {
    assert.equal(shown('The next order of business is communications.'), false);
    assert.equal(shown('Hon members, before I proceed with the Orders of the Day, I wish to go back to the rulings I indicated I was going to make.'), false);
  });

  it('the same sentences without the procedure term stay shown', () => {
    // The control: a chair's bare statement about the world is read as before.
    assert.equal(shown('The next shipment of vaccines is in Philadelphia.'), true);
    assert.equal(shown('Hon members, before the recess the House passed the budget bill.'), true);
  });

  it("in a council record, only the chair's procedure drops out", () => {
    const text = [
      'The Chair thanks the gentleman.',
      '',
      'The next order of business is communications. The council approved a budget of $4 million last year.',
      '',
    ].join('\n');
    const claims = analyze(text, {}, 'council.txt').claims.map((claim) => claim.text);
    assert.ok(!claims.some((quote) => quote.includes('order of business')), JSON.stringify(claims));
    assert.ok(claims.some((quote) => quote.includes('$4 million')), JSON.stringify(claims));
  });
});
