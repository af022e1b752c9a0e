import * as assert from 'node:assert/strict';
import { parseSpeakerName } from '../../../../src/core/turns/speakerName';
import { analyseText, assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** Oral questions in the UK's Hansard: the minister answers under an office longer than a name, the person in brackets. */
const COMMONS = [
  'Hospital Waiting Lists', '',
  '1. Mr David Amess (Southend, West): What steps she is taking to reduce waiting lists for hip operations in Essex.', '',
  'The Parliamentary Under-Secretary of State for Health (Miss Melanie Johnson): We have invested an extra £40 million in orthopaedic capacity in the region this year.', '',
  'Mr David Amess: I thank the Minister for that reply, but my constituents still wait more than a year.', '',
  'Miss Melanie Johnson: I should be happy to meet the hon. Gentleman. The new treatment centre opens in April.', '',
  'Mr Andrew Lansley (South Cambridgeshire): Is it not the case that the number waiting more than six months has risen?', '',
  'Miss Melanie Johnson: No. The figures published last week show that it has fallen in every region.', '',
  "Mr Andrew Lansley: The Minister's own department says otherwise. Will she publish the regional tables?", '',
  'Miss Melanie Johnson: They are already published every month.', '',
  'Mr David Amess: Will the Minister also look at the waiting times for cataract operations?',
].join('\n');

/** Singapore's Hansard: `Dr Tan See Leng` holds `See`, an English word, inside a run of capitalised words after `Dr`. */
const PARLIAMENT = [
  'EMPLOYMENT OF OLDER WORKERS', '',
  '1 Mr Yip Hon Weng asked the Minister for Manpower what support is given to employers who re-employ older workers.', '',
  'The Minister for Manpower (Dr Tan See Leng): Mr Speaker, the Senior Worker Support Package offsets up to 7% of wages.', '',
  'Mr Speaker: Mr Yip Hon Weng.', '',
  'Mr Yip Hon Weng (Yio Chu Kang): I thank the Minister. Will the Ministry raise the re-employment age sooner?', '',
  'Dr Tan See Leng: The re-employment age will rise to 69 in 2030.', '',
  'Ms He Ting Ru (Sengkang): Can the Minister say how many senior workers were re-employed last year?', '',
  'Dr Tan See Leng: About 94% of eligible local employees were offered re-employment.', '',
  'Mr Yip Hon Weng: Will the Ministry extend the support package beyond next year?', '',
  'Ms He Ting Ru: And will part-time workers be covered as well?',
].join('\n');

const speakersOf = (text: string): string[] => analyseText(text, 'hansard.txt').analysis.turns.map((t) => t.speaker);

describe('Parliament labels with an office and a bracketed name (issue 9, robust36)', () => {
  it('a Hansard office longer than a name, `(Miss Melanie Johnson):` after it, is the minister the record labels by name', () => {
    assert.deepEqual(speakersOf(COMMONS), [
      '1. Mr David Amess (Southend, West)', 'Miss Melanie Johnson', 'Mr David Amess', 'Miss Melanie Johnson', 'Mr Andrew Lansley',
      'Miss Melanie Johnson', 'Mr Andrew Lansley', 'Miss Melanie Johnson', 'Mr David Amess',
    ]);
  });

  it('a long office whose person is never labelled alone stays as written, as a short one does; a sentence opens no turn', () => {
    const unnamed = COMMONS.replaceAll('Miss Melanie Johnson: ', 'The Minister: ');
    assert.equal(speakersOf(unnamed)[1], 'The Parliamentary Under-Secretary of State for Health (Miss Melanie Johnson)');
    const prose = COMMONS.replace('The Parliamentary Under-Secretary of State for Health (Miss Melanie Johnson):', 'We wrote to the Under-Secretary of State for Health (Miss Melanie Johnson):');
    // The sentence stays in the question's turn; the next turn is the member's again.
    assert.deepEqual(speakersOf(prose).slice(0, 3), ['1. Mr David Amess (Southend, West)', 'Mr David Amess', 'Miss Melanie Johnson']);
  });

  it('`Dr Tan See Leng` and `Ms He Ting Ru` are names, and `The Minister for Manpower (Dr Tan See Leng):` is Dr Tan', () => {
    assert.deepEqual(speakersOf(PARLIAMENT), [
      'Dr Tan See Leng', 'Mr Speaker', 'Mr Yip Hon Weng', 'Dr Tan See Leng', 'Ms He Ting Ru', 'Dr Tan See Leng', 'Mr Yip Hon Weng', 'Ms He Ting Ru',
    ]);
  });

  it('an honorific makes a name only of a run of capitalised words', () => {
    for (const name of ['Dr Tan See Leng', 'Ms He Ting Ru', 'Prof. Will Do']) assert.equal(parseSpeakerName(name)?.name, name);
    for (const phrase of ['Dr Tan and the team', 'See Leng', 'Dr see Leng', 'Note', 'Dr. Who']) assert.equal(parseSpeakerName(phrase), null);
  });

  it('edits to the office labels and the bare names equal a full analysis', () => {
    assertReplacementsMatchAnalyze([
      [COMMONS, 'Miss Melanie Johnson: I should', 'Miss M. Johnson: I should'],
      [COMMONS, '(Miss Melanie Johnson):', '(Miss Melanie Johnson) said:'],
      [COMMONS, 'Secretary of State for Health', 'Secretary of State for health'],
      [PARLIAMENT, 'Dr Tan See Leng: The', 'Dr Tan see Leng: The'],
      [PARLIAMENT, '(Dr Tan See Leng)', '(Dr Tan)'],
    ], 'hansard.txt');
    assertEditsAcrossOffsetsMatchAnalyze(COMMONS, 'hansard.txt', [['\n', 1], ['', 1], ['x', 0], [')', 0]], COMMONS.indexOf('The Parliamentary'), COMMONS.indexOf('Mr David Amess: I'));
    assertEditsAcrossOffsetsMatchAnalyze(PARLIAMENT, 'hansard.txt', [['\n', 0], ['', 1], ['e', 0]], PARLIAMENT.indexOf('The Minister for'), PARLIAMENT.indexOf('Mr Speaker:'));
  });
});
