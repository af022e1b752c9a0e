import * as assert from 'node:assert/strict';
import type { Claim } from '../../../../src/core/analysis/model';
import { DEFAULT_MINIMUM_CONFIDENCE } from '../../../../src/core/claims/classify';
import { analyseFixture } from '../transcriptFixtures';

// Caption and transcript exports written for this test in the shapes of real ones (session 41, claims-en17):
// test/fixtures/transcripts/claims43-en. Answers opening with `Yeah,`, `Yes,` or `Yep,` between back-channel lines
// (`Right.`, `Yeah, yeah.`, `Yeah, that makes sense.`): what a fact-checker would flag in them.
const WHISPER = 'claims43-en/whisper-forum.srt';
const ZOOM = 'claims43-en/zoom-standup.vtt';
const OTTER = 'claims43-en/otter-interview.txt';

/** The claims shown at the default threshold (the core returns every claim it finds; the host hides the rest). */
function claimsOf(name: string): readonly Claim[] {
  return analyseFixture(name).analysis.claims.filter((claim) => claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
}

describe('answers in caption and transcript exports: claims after yeah and yes (issue 9, claims-en17)', () => {
  it('a Whisper SRT: the answers are read across their cues; the greeting, question, back-channel and hand-over are not claims', () => {
    assert.deepEqual(
      claimsOf(WHISPER).map((c) => [c.kind, c.text]),
      [
        ['fact', 'Yeah, the Sunday service on route 9 was cut when the county lost its state operating grant.'],
        ['fact', 'Yes, the depot on Harbor Street closed in the same budget round, so the buses now start from the airport yard, which adds twenty minutes to every first run.'],
        ['opinion', 'Honestly, cutting Sundays was the worst decision the board made all year.'],
        ['forecast', 'Yeah, the board will vote on restoring Sunday service at its June meeting.'],
      ],
    );
  });

  it('a Zoom WebVTT with voices: the answers are the speaker\u2019s claims, the chair\u2019s moves and assents are not', () => {
    const claims = claimsOf(ZOOM);
    assert.deepEqual(
      claims.map((c) => [c.speaker, c.text]),
      [
        ['Tom Becker', 'Yeah, the vendor missed the delivery date for the badge readers again last week.'],
        ['Tom Becker', 'Yes, and the contract only lets us charge a penalty after the second missed date.'],
        ['Tom Becker', 'Yep, the new readers are supposed to arrive by the end of May.'],
      ],
    );
    assert.equal(claims[0]!.kind, 'fact');
    assert.equal(claims[1]!.kind, 'fact');
    // The third is a forecast to a fact-checker (`supposed to` with a date to come); it is still read as a fact: left.
  });

  it('an Otter export: each answer is read after its yeah or yes, the figures are facts and the verdict an opinion', () => {
    assert.deepEqual(
      claimsOf(OTTER).map((c) => [c.speaker, c.kind, c.text]),
      [
        ['Joel Park', 'fact', 'Yeah, the first section of the seawall was finished in October, a month ahead of the contract.'],
        ['Joel Park', 'fact', 'Yes, the second section is still waiting on the environmental permit.'],
        ['Joel Park', 'fact', 'Yeah, it came in at 41 million dollars, about 6 million over the estimate.'],
        ['Joel Park', 'opinion', 'Frankly, that overrun is unacceptable.'],
      ],
    );
  });
});
