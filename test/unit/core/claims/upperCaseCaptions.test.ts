import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { sentenceText, splitSentences } from '../../../../src/core/claims/sentences';
import { LineIndex } from '../../../../src/core/text/positions';

// Closed captions of a hearing as legislatures publish them: upper case, a few words a cue, full stops kept.
const HEARING = [
  'WEBVTT',
  '',
  '00:38:01.078 --> 00:38:03.514',
  'BILL. THIS IS A CLEANUP BILL AND',
  '',
  '00:38:03.581 --> 00:38:05.316',
  'REQUIRES THE COURTS TO CONSIDER',
  '',
  '00:38:05.383 --> 00:38:07.885',
  'A REFERRAL AS AN OPTION FOR',
  '',
  '00:38:07.952 --> 00:38:09.654',
  'DEFENDANTS. IT ALSO COMBINES',
  '',
  '00:38:09.720 --> 00:38:11.522',
  'CERTAIN HEARINGS TO CREATE MORE',
  '',
  '00:38:11.589 --> 00:38:12.957',
  'EFFICIENCY. SO SENATE BILL',
  '',
  '00:38:13.024 --> 00:38:15.459',
  '27 CLARIFIES THE MEANING OF THE',
  '',
  '00:38:15.526 --> 00:38:17.528',
  'PHRASE. WE ARE GOING TO BE',
  '',
  '00:38:17.595 --> 00:38:19.196',
  'VOTING ON THIS ITEM NEXT WEEK.',
  '',
].join('\n');

function sentencesOf(text: string): string[] {
  return splitSentences(new LineIndex(text), { format: 'vtt' }).map((s) => sentenceText(text, s.span, 'vtt'));
}

describe('captions in upper case', () => {
  it('go on with a sentence into the next cue, since a capital there starts nothing', () => {
    assert.deepEqual(sentencesOf(HEARING), [
      'BILL.',
      'THIS IS A CLEANUP BILL AND REQUIRES THE COURTS TO CONSIDER A REFERRAL AS AN OPTION FOR DEFENDANTS.',
      'IT ALSO COMBINES CERTAIN HEARINGS TO CREATE MORE EFFICIENCY.',
      'SO SENATE BILL 27 CLARIFIES THE MEANING OF THE PHRASE.',
      'WE ARE GOING TO BE VOTING ON THIS ITEM NEXT WEEK.',
    ]);
  });

  it('still end a sentence at a capital when the captions have lower case', () => {
    const mixed = HEARING.replace('CERTAIN HEARINGS TO CREATE MORE', 'Certain hearings to create more');
    assert.ok(sentencesOf(mixed).includes('IT ALSO COMBINES'), JSON.stringify(sentencesOf(mixed)));
  });

  it('read a plain statement with grammar words as speech, not as a dateline', () => {
    const claims = analyze(HEARING, {}, 'hearing.vtt').claims;
    const cleanup = claims.find((claim) => claim.text.startsWith('THIS IS A CLEANUP BILL'));
    assert.ok(cleanup, JSON.stringify(claims.map((claim) => claim.text)));
    assert.equal(cleanup.kind, 'fact');
    // `GOING TO BE`: a capital after `going to` names no place in upper-case text, so the future stays.
    const vote = claims.find((claim) => claim.text.startsWith('WE ARE GOING TO BE VOTING'));
    assert.equal(vote?.kind, 'forecast');
  });

  it('leave a header with few grammar words alone', () => {
    const header = HEARING.replace('PHRASE. WE ARE GOING TO BE', 'PHRASE.').replace('VOTING ON THIS ITEM NEXT WEEK.', 'TESTIMONY OF DOCTOR AARON MEYER, BEHAVIORAL HEALTH OFFICER, CITY OF SAN DIEGO');
    const claims = analyze(header, {}, 'hearing.vtt').claims;
    assert.ok(!claims.some((claim) => claim.text.startsWith('TESTIMONY')), JSON.stringify(claims.map((claim) => claim.text)));
  });
});
