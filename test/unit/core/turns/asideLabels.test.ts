import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { assertEditEqualsAnalyze, speakerAt } from './turnAssertions';

// A transcript with a summary after it: the summary's parts are written like labels.
const SUMMARY_MD = [
  '## Transcript', '', '**Speaker A:** All right, let us begin with the breath.', '', '**Speaker B:** Yes.', '',
  '**Speaker A:** Now slow it down.', '', '**Speaker B:** Thank you.', '', '### Summary', '', '**Overview:**',
  'This session is a guided meditation led by the teacher.', '', '**The Method:**', '1. Sit up straight.', '2. Breathe in, hold, out.', '',
].join('\n');

// Meeting notes: an agenda item written as a label over its sub-items, then the discussion under its own heading.
const NOTES_MD = [
  '# Working Group Meeting 69', '', '## Agenda:', '- Team updates', '- Workgroup Initiatives:', '  - ZIP-320 implementation', '  - ZIP-317 support', '',
  '### Discussion', '', 'Kris: Detection keys are interesting, but they need research.', '', 'Pacu: Background sync cannot be relied on.', '',
  'Kris: It has been tested in practice.', '', 'Pacu: Then we keep it.', '',
].join('\n');

describe('labels beside the dialogue', () => {
  it('a summary\'s parts after the dialogue, under a heading of their own, are no speakers', () => {
    const analysis = analyze(SUMMARY_MD, {}, 'talk.md');
    for (const line of ['**Overview:**', 'This session is', '**The Method:**', '1. Sit up']) assert.equal(speakerAt(SUMMARY_MD, analysis, line), null, line);
    assert.equal(speakerAt(SUMMARY_MD, analysis, '**Speaker B:** Thank you.'), 'Speaker B');
    assert.deepEqual(analysis.speakers.map((s) => s.name).sort(), ['Speaker A', 'Speaker B']);
  });

  it('an agenda item written as a label before the discussion heading is no speaker, its sub-items nobody\'s', () => {
    const analysis = analyze(NOTES_MD, {}, 'notes.md');
    for (const line of ['- Workgroup Initiatives:', '  - ZIP-320', '  - ZIP-317']) assert.equal(speakerAt(NOTES_MD, analysis, line), null, line);
    assert.equal(speakerAt(NOTES_MD, analysis, 'Pacu: Then'), 'Pacu');
  });

  it('keeps a label that the dialogue also gives, one with speech on its line, and one with no heading between', () => {
    const named = SUMMARY_MD.replace('**Overview:**', '**Speaker A:**');
    assert.equal(speakerAt(named, analyze(named, {}, 'talk.md'), 'This session is'), 'Speaker A');
    const speaking = SUMMARY_MD.replace('**Overview:**', '**Overview:** A guided meditation.');
    assert.equal(speakerAt(speaking, analyze(speaking, {}, 'talk.md'), 'This session is'), 'Overview');
    const noHeading = SUMMARY_MD.replace('### Summary', 'Summary');
    assert.equal(speakerAt(noHeading, analyze(noHeading, {}, 'talk.md'), 'This session is'), 'Overview');
  });

  it('needs a dialogue: two names that each speak on two label lines', () => {
    const monologue = SUMMARY_MD.replace(/\*\*Speaker B:\*\* /g, '**Speaker A:** ');
    assert.equal(speakerAt(monologue, analyze(monologue, {}, 'talk.md'), 'This session is'), 'Overview');
  });

  it('an edit that makes or unmakes an aside label falls back and equals analyze()', () => {
    // Speech typed after the aside label: it speaks, so it is a label again.
    assertEditEqualsAnalyze(SUMMARY_MD, 'talk.md', '**Overview:**', '**Overview:** It went well.');
    // The heading between the dialogue and the summary removed.
    assertEditEqualsAnalyze(SUMMARY_MD, 'talk.md', '### Summary', 'Summary');
    // A dialogue label renamed to the aside's name: the name is the dialogue's now.
    assertEditEqualsAnalyze(SUMMARY_MD, 'talk.md', '**Speaker B:** Yes.', '**Overview:** Yes.');
    // The last label of the dialogue moved under the summary heading by a line break typed before it.
    assertEditEqualsAnalyze(NOTES_MD, 'notes.md', 'Pacu: Then', '### Later\nPacu: Then');
    // An edit inside speech stays local.
    const analyzer = assertEditEqualsAnalyze(SUMMARY_MD, 'talk.md', 'slow it down', 'slow it all down');
    assert.equal(analyzer.lastMode, 'line');
  });
});

// Committee minutes: label-shaped lines over lists and narration, and no one speaks.
const MINUTES = [
  'OTTAWA, Wednesday, November 20, 2013', 'The committee met this day at 4:15 p.m.', 'WITNESSES:', 'National Research Council Canada:',
  'Patricia Mortimer, Executive Vice-President and Secretary General.', 'Office of the Veterans Ombudsman:', 'Guy Parent, Veterans Ombudsman.',
  'The chair made a statement.', 'Ms. Mortimer made a statement and answered questions.', 'ATTEST:', 'Jessica Richardson', 'Clerk of the Committee', '',
].join('\n');

// A debate whose members each speak once, under labels of their own over their speech.
const DEBATE = [
  'CANADA POST CORPORATION ACT', 'Mr. Gary Lunn (Saanich-Gulf Islands, Ref.):', 'I want to state from the outset some of the problems.',
  'Mr. Peter Stoffer (Sackville-Eastern Shore, NDP):', 'They are not considered under the Canada Labour Code.', '',
].join('\n');

describe('labels in a document without dialogue', () => {
  it('minutes\' lists and sign-off under label-shaped lines are nobody\'s', () => {
    const analysis = analyze(MINUTES, {}, 'minutes.txt');
    assert.deepEqual(analysis.turns.map((turn) => turn.speaker), []);
  });

  it('keeps labels over sentences, labels that speak on their line, a name that comes back and a single label', () => {
    assert.equal(speakerAt(DEBATE, analyze(DEBATE, {}, 'debate.txt'), 'I want to state'), 'Mr. Gary Lunn (Saanich-Gulf Islands, Ref.)');
    const speaking = MINUTES.replace('ATTEST:', 'ATTEST: The clerk signed.');
    assert.equal(speakerAt(speaking, analyze(speaking, {}, 'minutes.txt'), 'Patricia Mortimer'), 'National Research Council Canada');
    const returning = MINUTES.replace('ATTEST:', 'Office of the Veterans Ombudsman:');
    assert.equal(speakerAt(returning, analyze(returning, {}, 'minutes.txt'), 'Jessica Richardson'), 'Office of the Veterans Ombudsman');
    const single = 'Remarks\nThe President:\nThank you all\nIt is good to be here\n';
    assert.equal(speakerAt(single, analyze(single, {}, 'remarks.txt'), 'Thank you all'), 'The President');
    // A council record hard-wraps its speech: no sentence ends on the line under a label, but a long clause does stand there.
    const council = ['日期:108年5月21日', '紀錄:范麗萍', '葉秘書長景棟:', '議長、市長、李秘書長、政議員、市府各單位主管,各媒體小姐、先生、各', '位同仁大家早,上午繼續進行市長施政總質詢,恭請議長主持。',
      '主席(蔡議長旺璉):', '好,理事長,李秘書長、葉秘書長、市府各單位主管、我們媒體記者,大家', '早安,我們現在時間到開始計時。'].join('\n');
    assert.equal(speakerAt(council, analyze(council, {}, 'council.txt'), '位同仁大家早'), '葉秘書長景棟');
  });

  it('an edit that gives the minutes a dialogue, or a sentence under a label, falls back and equals analyze()', () => {
    assertEditEqualsAnalyze(MINUTES, 'minutes.txt', 'ATTEST:', 'ATTEST: The clerk signed.');
    assertEditEqualsAnalyze(MINUTES, 'minutes.txt', 'Jessica Richardson', 'The clerk signed the minutes.');
    assertEditEqualsAnalyze(MINUTES, 'minutes.txt', 'Guy Parent, Veterans Ombudsman.', 'Guy Parent said he agreed.');
    assertEditEqualsAnalyze(DEBATE, 'debate.txt', 'I want to state from the outset some of the problems.', 'Problems');
    assertEditEqualsAnalyze(DEBATE, 'debate.txt', 'They are not considered under the Canada Labour Code.', 'Labour Code');
    // An edit inside a sentence, away from the labels, stays local.
    const analyzer = assertEditEqualsAnalyze(MINUTES, 'minutes.txt', 'met this day', 'met today');
    assert.equal(analyzer.lastMode, 'line');
  });
});
