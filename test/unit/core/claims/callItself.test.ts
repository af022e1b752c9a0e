import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { callItselfIn, operatorScriptIn } from '../../../../src/core/claims/callItself';
import { matchingKey } from '../../../../src/core/text/charFold';

function speaksOfItself(sentence: string): boolean {
  return callItselfIn(matchingKey(sentence)) !== null;
}

describe('a call speaking of itself (issue 9, enclaims)', () => {
  it('the call as the setting, its own forward-looking statements, the hand-over and who is present are no claims', () => {
    assert.equal(classifySentence("On today's call, we may be making forward-looking statements, including our expectations of our business."), null);
    assert.equal(classifySentence('Please note that some of the financial measures to be discussed during this call will be on a non-GAAP basis.'), null);
    assert.equal(classifySentence('The company assumes no obligation to update any forward-looking statements because of new information.'), null);
    assert.equal(classifySentence('Now I would like to turn the conference over to Franklin Crail, President and CEO.'), null);
    assert.equal(classifySentence('On our call today are Robert Buck, President and Chief Executive Officer, and Rob Coons, Chief Financial Officer.'), null);
    assert.equal(classifySentence('Alan Miller, our CEO, is also joining us this morning.'), null);
    assert.equal(classifySentence('This call is on background, attributable to senior administration officials.'), null);
  });

  it('the same sentences about another call or another meeting are read as usual', () => {
    assert.notEqual(classifySentence('During the call, the President told Chancellor Scholz that the sanctions would stay in place.'), null);
    assert.notEqual(classifySentence('During this call with the Chancellor, the President raised the export controls imposed in March.'), null);
    assert.notEqual(classifySentence('Finland is joining NATO after decades of neutrality, the Foreign Minister confirmed.'), null);
    assert.equal(speaksOfItself('He will be joined by his Special Envoy on Climate Ambition.'), false);
    assert.equal(speaksOfItself('This call for proposals closes in March.'), false);
  });

  it('a figure or a judgement in it is still worth a look', () => {
    assert.notEqual(classifySentence('On this call, we will walk through revenue of $2.1 billion, up 25% from last year.'), null);
    assert.equal(classifySentence('So, joining us today are two critical members of the economic team, Cecilia Rouse and Shalanda Young.')?.kind, 'opinion');
  });

  it("the rest of a results call's safe-harbour caution is no claim, its form numbers no figures; another company's filings are", () => {
    for (const sentence of [
      'These are subject to a number of significant risks and uncertainties and our actual results may differ materially.',
      "For a discussion of factors that could affect our future financial results and business, please refer to the disclosure in today's earnings release, our most recent Forms 10-K and 10-Q and the reports that we may file on Form 8-K with the Securities and Exchange Commission.",
      'Except as required by law, we assume no obligation to update any such statements.',
      'Those risks include, among others, matters we have noted in our latest earnings release and filings with the SEC.',
      'These factors include, but are not limited to, the potential need for additional financing and the availability of suitable locations for new stores.',
      "It can't be reproduced or transcribed without our prior written consent.",
    ]) {
      assert.equal(classifySentence(sentence), null, sentence);
    }
    assert.notEqual(classifySentence("Enron's filings with the SEC overstated its revenue by $600 million in 2000."), null);
    assert.notEqual(classifySentence('The trial results differ materially from what the company promised investors in March.'), null);
  });
});

describe("a call operator's script (issue 9, enclaims5)", () => {
  it('keypad instructions, muted lines, listen-only mode and operator assistance are no claims', () => {
    assert.equal(classifySentence('If you would like to ask a question during that time, simply press star, then the number 1 on your telephone keypad.'), null);
    assert.equal(classifySentence('To withdraw your question, press star 1 again.'), null);
    assert.equal(classifySentence('All lines have been placed on mute to prevent any background noise.'), null);
    assert.equal(classifySentence('At this time, all participants are in a listen-only mode.'), null);
    assert.equal(classifySentence('If anyone should require operator assistance during the conference, please press star zero on your telephone keypad.'), null);
  });

  it('who is present, with the company they come from', () => {
    assert.equal(classifySentence('With me today from NVIDIA are Jen-Hsun Huang, President and Chief Executive Officer, and Colette Kress, Executive Vice President.'), null);
    assert.equal(speaksOfItself('the secretary met with us today from the treasury, and the deficit is falling.'), false);
  });

  it('keeps what the call reports', () => {
    assert.equal(operatorScriptIn('the press reported that revenue rose 12% in the quarter.'), null);
    assert.notEqual(classifySentence('Revenue rose 12% to $2.1 billion, and the press release is on our website.'), null);
  });
});
