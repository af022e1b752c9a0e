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
