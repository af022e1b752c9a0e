import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import type { Topic } from '../../../../src/core/analysis/model';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { analyseText, assertReplacementsMatchAnalyze, turnSummary } from '../transcriptFixtures';

function allTitles(topics: readonly Topic[]): string[] {
  return topics.flatMap((t) => [t.title, ...allTitles(t.children)]);
}

function summaries(text: string, fileName: string): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((t) => turnSummary(fixture, t));
}

/** An HTML court record whose label lines change their markup and timestamps as the argument goes on. */
const COURT_HTML = [
  '<P> <b>APPEARANCES: </b>',
  '</P>',
  '<P align="center"> <b><a name="Page01"></a>PROCEEDINGS</b></P>',
  '<P> MR. CHIEF JUSTICE WARREN: Number 8, the appellants versus Maryland.',
  '</P><P> MR. SILBERT: May it please the Court.',
  'I represent the seven appellants.</P>',
  '<P>[11:13] JUSTICE BLACK: Do the earlier cases have any relevance?</P>',
  '<P>[11:22] A: I am not fully acquainted with them.</P>',
  '<P>[11:35] JUSTICE BLACK: They sustained the monopoly.</P>',
  '<P>[11:43] A: There are monopolies created by law.</P>',
  '<P>JUSTICE BLACK: The state constitution?</P>',
  '<P>A: That is correct.</P>',
  '',
].join('\n');

describe('HTML court records', () => {
  it('a run of tags before the name is one wrapper', () => {
    const shape = (line: string) => labelCandidate(line, line.length)?.shape;
    assert.equal(shape('<P> MR. SILBERT: May it please the Court.'), '<|N|:');
    assert.equal(shape('</P><P> MR. SILBERT: May it please the Court.'), '<|N|:');
    assert.equal(shape('<p><b>MR. SILBERT</b>: May it please the Court.'), '<|N|:');
  });

  it('labels that change form are read as one scheme, and a bold section word over a list is no speaker', () => {
    assert.deepEqual(summaries(COURT_HTML, 'argument.htm').map((s) => s.split('|')[0]), [
      'MR. CHIEF JUSTICE WARREN', 'MR. SILBERT', 'JUSTICE BLACK', 'A', 'JUSTICE BLACK', 'A', 'JUSTICE BLACK', 'A',
    ]);
  });

  it('centred titles in capitals are topics, commas and a line break included, and end the turn above', () => {
    const text = [
      '<center><br><b>PROCEEDINGS</b></center>',
      '<p>MR. CHIEF JUSTICE WARREN: No. 39, petitioner, versus respondent.</p>',
      '<p>MR. CHIEF JUSTICE WARREN: Mr. Wechsler?</p>',
      '<center>OPENING ARGUMENT OF HERBERT WECHSLER, ESQ.,<br>',
      'ON BEHALF OF THE PETITIONER</center>',
      '<p>MR. WECHSLER: Mr. Chief Justice, may it please the Court:</p>',
      '<p>MR. WECHSLER: This case is here on writ of certiorari.</p>',
      '',
    ].join('\n');
    const analysis = analyze(text, {}, 'argument.htm');
    assert.deepEqual(allTitles(analysis.topics), ['PROCEEDINGS', 'OPENING ARGUMENT OF HERBERT WECHSLER, ESQ.,']);
    const warren = analysis.turns.find((t) => t.speaker === 'MR. CHIEF JUSTICE WARREN' && text.slice(t.span.start, t.span.end).includes('Wechsler?'))!;
    assert.ok(!text.slice(warren.span.start, warren.span.end).includes('OPENING'));
    // A centred line in lower case is a paragraph, not a title.
    assert.deepEqual(allTitles(analyze(text.replace('OPENING ARGUMENT OF', 'Opening argument of'), {}, 'argument.htm').topics), ['PROCEEDINGS']);
  });
});

const BOLD_QA = [
  '*Welcome to another edition of our series.*', '',
  '**Tell us about yourself, why did you choose to be a programmer?**', '',
  'I was able to get an early start. My dad programs.', '',
  '**What can you tell us about your learning process? Is there anything that sold you on it after you',
  'got started?**', '',
  'What first sold me was the concurrency.', '',
  '**Thanks for your time.**', '',
  'Thank you.', '',
].join('\n');

describe('interviews with bold questions and no labels', () => {
  it('each bold question paragraph titles the answer below it; a bold line that asks nothing does not', () => {
    const analysis = analyze(BOLD_QA, {}, 'interview.md');
    assert.deepEqual(allTitles(analysis.topics), [
      'Tell us about yourself, why did you choose to be a programmer?',
      'What can you tell us about your learning process? Is there anything that sold you on it after you',
    ]);
    assert.equal(analysis.turns.length, 0);
  });

  it('one bold question alone titles its answer; questions answered under a label are no titles', () => {
    const single = BOLD_QA.replace('**What can you tell us', 'What can you tell us').replace('got started?**', 'got started?');
    assert.deepEqual(allTitles(analyze(single, {}, 'interview.md').topics), ['Tell us about yourself, why did you choose to be a programmer?']);
    const labelled = BOLD_QA.replace('I was able', 'JANE: I was able').replace('What first sold', 'JANE: What first sold');
    assert.deepEqual(allTitles(analyze(labelled, {}, 'interview.md').topics), []);
  });

  it('an edit that closes or opens a bold question falls back to a full analysis and equals analyze()', () => {
    const edits = [['got started?**', 'got started?'], ['got started?**', 'got **started?**'], ['**Thanks for your time.**', '**Thanks for your time?**']] as const;
    for (const [from, to] of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'interview.md');
      analyzer.update(BOLD_QA);
      const at = BOLD_QA.indexOf(from);
      const edited = `${BOLD_QA.slice(0, at)}${to}${BOLD_QA.slice(at + from.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]);
      assert.equal(analyzer.lastMode, 'full', to);
      assert.deepStrictEqual(result, analyze(edited, {}, 'interview.md'));
    }
    // An edit inside an answer stays local.
    const analyzer = new IncrementalAnalyzer({}, 'interview.md');
    analyzer.update(BOLD_QA);
    const at = BOLD_QA.indexOf('concurrency');
    const edited = `${BOLD_QA.slice(0, at)}great ${BOLD_QA.slice(at)}`;
    const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'great ' }]);
    assert.equal(analyzer.lastMode, 'line');
    assert.deepStrictEqual(result, analyze(edited, {}, 'interview.md'));
  });

  it('a line break typed into a bold question, or joining it to the answer, equals analyze()', () => {
    const question = BOLD_QA.indexOf('learning process');
    const answer = BOLD_QA.indexOf('\n', BOLD_QA.indexOf('got started?**'));
    const edits = [
      { rangeOffset: question, rangeLength: 0, text: '\n' },
      { rangeOffset: answer, rangeLength: 1, text: ' ' },
    ];
    for (const edit of edits) {
      const analyzer = new IncrementalAnalyzer({}, 'interview.md');
      analyzer.update(BOLD_QA);
      const edited = `${BOLD_QA.slice(0, edit.rangeOffset)}${edit.text}${BOLD_QA.slice(edit.rangeOffset + edit.rangeLength)}`;
      assert.deepStrictEqual(analyzer.update(edited, [edit]), analyze(edited, {}, 'interview.md'), JSON.stringify(edit));
    }
  });
});

describe('line numbers and chat times around labels', () => {
  it("a court reporter's line number before a label is no part of the speaker's name", () => {
    const text = [
      ' 1       Q.   Where do you work?', ' 2       A.   At the mill, since 2014.', ' 3            MS. JONES:  Objection, form.',
      ' 4       Q.   You may answer.', ' 5       A.   About 4,500 people work there.',
    ].join('\n');
    const speakers = new Set(analyseText(text, 'deposition.txt').analysis.turns.map((t) => t.speaker));
    assert.ok(speakers.has('MS. JONES'), [...speakers].join(' / '));
    for (const name of speakers) assert.doesNotMatch(name, /^\d/, name);
  });

  it('a chat export names the speaker before a bracketed time with AM/PM (`Alice Wang [10:32 AM]: …`)', () => {
    const text = ['Alice Wang [10:32 AM]: The budget grew 8% this quarter.', 'Bob Li [10:33 AM]: I think that is too low.', 'Alice Wang [10:35 PM]: We expect $2 million by 2026.', 'Bob Li [10:36 p.m.]: ok'].join('\n');
    const fixture = analyseText(text, 'chat.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Alice Wang', 'Bob Li', 'Alice Wang', 'Bob Li']);
    for (const claim of fixture.analysis.claims) assert.doesNotMatch(fixture.slice(claim.span), /\[|AM|Alice/);
    // A bare time with AM in prose is no timestamp.
    assert.equal(labelCandidate('At 10:32 AM: we met', 19), null);
  });
});

describe('a deposition answer after counsel speaks', () => {
  const DEPOSITION = [
    'Q. Did you sign the lease in March?', 'MR. PARK: Objection, form.', 'A. I signed it in April, after the inspection.',
    'Q. Who else was there?', 'MS. LEE: Same objection.', '', 'A. Only the broker.', 'Q. Thank you.',
  ].join('\n');

  it('gives an `A.` line after an objection (or a blank line) to the answer, not to counsel', () => {
    const fixture = analyseText(DEPOSITION, 'deposition.txt');
    assert.deepEqual(fixture.analysis.turns.map((t) => t.speaker), ['Q', 'MR. PARK', 'A', 'Q', 'MS. LEE', 'A', 'Q']);
  });

  it('before any `Q.`, `A.` at a line start is an initial of the prose around it', () => {
    const text = ['MR. PARK: The record shows two leases.', 'A. Smith signed the first one in 2019.'].join('\n');
    assert.deepEqual(analyseText(text, 'deposition.txt').analysis.turns.map((t) => t.speaker), ['MR. PARK']);
  });

  it('stays exact when an edit removes the question the answers depend on, or types inside an objection', () => {
    assertReplacementsMatchAnalyze([
      [DEPOSITION, 'Q. Did you sign', 'Did you sign'],
      [DEPOSITION, 'Objection, form.', 'Objection, to form.'],
      [DEPOSITION, 'Only the broker.', 'A. Only the broker.'],
    ], 'deposition.txt');
  });
});
