import * as assert from 'node:assert/strict';
import { classifySentence } from '../../../../src/core/claims/classify';
import { splitSentences } from '../../../../src/core/claims/sentences';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseText } from '../transcriptFixtures';

const kindOf = (sentence: string): string => classifySentence(sentence)?.kind ?? 'none';

describe('briefing pages: titles, editorial notes, the briefing\'s own programme', () => {
  it('does not suggest the publisher\'s note on the transcript', () => {
    for (const note of [
      'The following is a near-verbatim transcript of today’s noon briefing by Stéphane Dujarric, Spokesperson for the Secretary-General.',
      'The following is a transcript of George Stephanopoulos’ interview with former Secretary of State Condoleezza Rice.',
      'Below is the rush transcript of "This Week" on June 8, 2014.',
      'A rush transcript of "This Week with George Stephanopoulos" airing on Sunday, April 16, 2023 on ABC News is below.',
      'This copy may not be in its final form, may be updated and may contain minor transcription errors.',
    ]) assert.equal(kindOf(note), 'none', note);
    // A sentence about a transcript that is not the page's own is still a claim.
    assert.equal(kindOf('The White House released a transcript of the call on 25 September 2019.'), 'fact');
  });

  it('does not suggest the note that the text was edited (claims-en16)', () => {
    for (const note of [
      'This transcript has been edited for clarity and length.',
      '*This interview has been lightly edited and condensed.*',
      'This conversation has been edited for length.',
      'Transcript edited for clarity.',
    ]) assert.equal(kindOf(note), 'none', note);
    // Edits that are not the page's own remain what they say.
    assert.equal(kindOf('The ministry said the transcript of the 2019 call had been edited before its release.'), 'fact');
    assert.equal(kindOf('This conversation with the union has been going on for 14 months.'), 'fact');
  });

  it('reads a title-cased line of its own as a title, not a claim', () => {
    const text = 'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\nThe Secretary-General spoke at the opening of the Summit in 2023.\n\nOne Sentence Without A Stop Inside A Paragraph\nthat goes on here in 2023.';
    const claims = analyseText(text, 'briefing.txt').analysis.claims.map((c) => c.text);
    assert.deepEqual(claims, ['The Secretary-General spoke at the opening of the Summit in 2023.', 'One Sentence Without A Stop Inside A Paragraph that goes on here in 2023.']);
  });

  it('reads a Chinese paragraph with English words in it as sentences, not as an English title', () => {
    const text = '說明如下。\n\nCPC和CCP的差別就在於中國的不同呈現方式:CPC採用了of China的方式,而CCP採用了Chinese的方式。\n\n結束。';
    const claims = analyseText(text, 'article.md').analysis.claims.map((c) => c.text);
    assert.ok(claims.some((claim) => claim.startsWith('CPC和CCP的差別')), claims.join(' / '));
  });

  it('counts `3 p.m.` as a time of day, not a figure', () => {
    // A first-person plan stays a plan when its only number is the hour.
    assert.equal(kindOf('We will have a background briefing at 3 p.m. in this room on the remarks.'), 'none');
    assert.equal(kindOf('The Secretary-General will speak around 9 a.m.'), 'forecast');
    assert.equal(kindOf('The fund lent 3 billion dollars to 40 countries.'), 'fact');
  });

  it('ends a sentence after `a.m.` when two spaces and a capital follow, as the page spaces its sentences', () => {
    const text = 'The Secretary-General will speak around 9 a.m.  I think the list has been shared.';
    assert.deepEqual(splitSentences(new LineIndex(text)).map((s) => s.text), ['The Secretary-General will speak around 9 a.m.', 'I think the list has been shared.']);
    const single = 'It is embargoed until 11:00 a.m. Eastern Time in the United States.';
    assert.equal(splitSentences(new LineIndex(single)).length, 1);
  });

  it('reads the briefing\'s own programme and housekeeping as no forecast', () => {
    for (const sentence of [
      'In a short while, we will be joined by the Resident Coordinator for Libya, who is joining us virtually from Tripoli.',
      'And, just to flag that tomorrow, our guest will be the World Food Programme Country Director in Haiti.',
      'He will join us remotely from Port-au-Prince.',
      'And we may have a more comprehensive readout because the meeting just wrapped up.',
      'As usual, this Press Briefing is embargoed until 11:00 a.m. Eastern Time in the United States.',
      'A couple of notes to share with you.',
    ]) assert.equal(kindOf(sentence), 'none', sentence);
    // The principal's schedule is still a forecast; so is a stated expectation.
    assert.equal(kindOf('Tomorrow, the Secretary-General will deliver a special address on climate change.'), 'forecast');
    assert.equal(kindOf('First, the Managing Director will visit China next week.'), 'forecast');
    assert.equal(kindOf('We expect this to be his final press conference in this room.'), 'forecast');
    // Housekeeping in one clause does not excuse a prediction in another.
    assert.equal(kindOf("We'll talk about that after the break, and the minister will resign next week."), 'forecast');
  });
});
