import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { labelCandidate } from '../../../../src/core/turns/candidates';
import { findStageDirections } from '../../../../src/core/turns/stageDirections';
import { LineIndex } from '../../../../src/core/text/positions';
import { analyseText, turnSummary } from '../transcriptFixtures';

function summaries(text: string, fileName: string): string[] {
  const fixture = analyseText(text, fileName);
  return fixture.analysis.turns.map((t) => turnSummary(fixture, t));
}

/** A hearing saved as a web page: `<br/><br/>` before each bold label, notes and bare breaks between turns. */
const HEARING_PAGE = [
  '<div style="width:325px"><font class="transcript">',
  '',
  '<strong>Mr. LIMAN</strong>: Did you recall that?',
  '<br/><br/><strong>Mr. McFARLANE</strong>: I recall that, and at the time it seemed to me',
  'that that was probably not legal.',
  '<br/><br/>',
  '<strong>Mr. LIMAN</strong>: Country Two had not said so?',
  '<br/>',
  '<br/><strong>Mr. McFARLANE</strong>: It had not.',
  '</font></div>',
  '',
].join('\n');

describe('hearing records', () => {
  it('reads a label after empty tags (`<br/>`) like one after any other markup', () => {
    const shape = (line: string) => labelCandidate(line, line.length)?.shape;
    assert.equal(shape('<br/><br/><strong>Mr. McFARLANE</strong>:  That is correct.'), '<|N|:');
    assert.equal(shape('<br /><strong>Mr. LIMAN</strong>: Now-'), '<|N|:');
    const fixture = analyseText(HEARING_PAGE, 'hearing.htm');
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t)), [
      'Mr. LIMAN|label|<strong>Mr. LIMAN</strong>: Did you recall that?',
      'Mr. McFARLANE|label|<br/><br/><strong>Mr. McFARLANE</strong>: I recall that, and at the time it seemed to me⏎that that was probably not legal.⏎<br/><br/>',
      'Mr. LIMAN|label|<strong>Mr. LIMAN</strong>: Country Two had not said so?⏎<br/>',
      'Mr. McFARLANE|label|<br/><strong>Mr. McFARLANE</strong>: It had not.⏎</font></div>',
    ]);
    // The markup lines inside those turns are asides: no one says `<br/><br/>`.
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.slice(d.span)), ['<div style="width:325px"><font class="transcript">', '<br/><br/>', '<br/>', '</font></div>']);
  });

  it('reads the record convention `Mr. NAME.`, inline or as a paragraph of its own, even for a speaker heard once', () => {
    const candidate = labelCandidate('<p>Mr. RUDMAN.</p><p>', 20);
    assert.equal(candidate?.name, 'Mr. RUDMAN');
    assert.deepEqual(summaries('OPENING\n\n<p>Mr. RUDMAN.</p><p>\nBy the time these hearings are concluded,\nthe people will know.</p>\n', 'hearing.htm'), [
      'Mr. RUDMAN|block|<p>Mr. RUDMAN.</p><p>⏎By the time these hearings are concluded,⏎the people will know.</p>',
    ]);
    assert.deepEqual(summaries('Mr. NIELDS. Colonel North, good morning.\nThe CHAIRMAN. The committee will come to order.\n', 'hearing.txt').map((s) => s.split('|')[0]), ['Mr. NIELDS', 'The CHAIRMAN']);
  });

  it('tells members who share a surname apart by their state (`Mr. MEEK of Florida.`), and hears an audience member', () => {
    assert.equal(labelCandidate('Mr. MEEK of Florida. Madam Speaker, thank you.', 47)?.name, 'Mr. MEEK of Florida');
    assert.equal(labelCandidate('Mr. MEEK of the committee. Yes.', 31), null);
    const talk = 'Speaker 1: So that is the design.\n\nAudience member: What about errors?\n\nSpeaker 1: Good question.\n';
    assert.deepEqual(summaries(talk, 'talk.txt').map((s) => s.split('|')[0]), ['Speaker 1', 'Audience member', 'Speaker 1']);
  });

  it('reads a letter put into the record as no one\'s: its salutation (`Dear Mr. Ichord:`) is no label', () => {
    const record = [
      '<p>', 'Dear Mr. Ichord: Pursuant to Committee Resolution 4, I hereby appoint you as Chairman of the subcommittee.', '</p>',
      '<p>', 'The subcommittee should make thorough inquiry into the rifle.', '</p>',
      '<p>', 'Sincerely,</br>', 'L. Mendel Rivers</br>', 'Chairman', '</p>',
      '<p>', '<span>Mr. Ichord:<span> Let me ask you this: what training do you give?', '</p>',
      '<p>', '<span>Dr. Brooks:<span> There is a program of instruction.', '</p>',
      '<p>', '<span>Mr. Ichord:<span> Thank you very much.', '</p>', '',
    ].join('\n');
    const speakers = analyze(record, {}, 'record.htm').speakers.map((speaker) => speaker.name);
    assert.deepStrictEqual(speakers, ['Mr. Ichord', 'Dr. Brooks']);
    assert.equal(analyze(record.replace('Dear Mr. Ichord:', 'Senator Bates:'), {}, 'record.htm').speakers.some((speaker) => speaker.name === 'Senator Bates'), true);
  });

  it('takes no sentence for the record convention: a title before an ordinary or an all-capital word stays prose', () => {
    for (const line of ['Mr. Smith went to Washington. He spoke.', 'Dr. Who. Fine.', 'Mr. LIMAN said so. Then he left.', 'THE END. Thank you.']) {
      assert.equal(labelCandidate(line, line.length), null, line);
    }
  });

  it('makes lines of markup only asides, so no speaker is credited with them, and leaves markup around words alone', () => {
    const text = '<blockquote>\nquoted law\n</blockquote>\n<br/><br/>\n<!-- note -->\n<b>Bold words</b>\n<p>\n';
    const lines = new LineIndex(text);
    const asides = findStageDirections(lines).map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(asides, ['<blockquote>', '</blockquote>', '<br/><br/>', '<!-- note -->', '<p>']);
    // Brackets and markup come back in document order.
    const mixed = '(Laughter.)\n<br/>\n[Pause]\n';
    assert.deepEqual(findStageDirections(new LineIndex(mixed)).map((d) => d.span.start), [0, 12, 18]);
  });

  it('keeps incremental analysis exact when a markup line gains or loses its words', () => {
    const analyzer = new IncrementalAnalyzer({}, 'hearing.htm');
    const before = analyzer.update(HEARING_PAGE);
    const at = HEARING_PAGE.indexOf('<br/><br/>\n<strong>') + '<br/><br/>'.length;
    const words = ' Counsel confers.';
    const edited = `${HEARING_PAGE.slice(0, at)}${words}${HEARING_PAGE.slice(at)}`;
    const after = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: words }]);
    assert.deepStrictEqual(after, analyze(edited, {}, 'hearing.htm'));
    assert.notDeepStrictEqual(before.stageDirections.length, after.stageDirections.length);
    const back = analyzer.update(HEARING_PAGE, [{ rangeOffset: at, rangeLength: words.length, text: '' }]);
    assert.deepStrictEqual(back, analyze(HEARING_PAGE, {}, 'hearing.htm'));
  });

  it('reads a centred title that opens partway along a line as a topic, and ends the speech before it', () => {
    const record = [
      '<P> MR. CHIEF JUSTICE WARREN: Number 8, versus Maryland.',
      '</P><P> &nbsp;&nbsp;&nbsp; Mr. Silbert?</P><P align="center"> ORAL ARGUMENT BY ',
      'HARRY SILBERT,<br>',
      'ON BEHALF OF APPELLANT, NUMBER 8 ',
      '</P><P> MR. SILBERT: May it please the Court.',
      'I represent the seven appellants.</P>',
      '<P> MR. CHIEF JUSTICE WARREN: Thank you.</P>',
      '',
    ].join('\n');
    const fixture = analyseText(record, 'court.htm');
    assert.deepEqual(fixture.analysis.topics.map((t) => t.title), ['ORAL ARGUMENT BY HARRY SILBERT, ON BEHALF OF APPELLANT, NUMBER 8']);
    assert.deepEqual(fixture.analysis.turns.map((t) => turnSummary(fixture, t).split('|⏎')[0]), [
      'MR. CHIEF JUSTICE WARREN|label|<P> MR. CHIEF JUSTICE WARREN: Number 8, versus Maryland.⏎</P><P> &nbsp;&nbsp;&nbsp; Mr. Silbert?</P>',
      'MR. SILBERT|label|</P><P> MR. SILBERT: May it please the Court.⏎I represent the seven appellants.</P>',
      'MR. CHIEF JUSTICE WARREN|label|<P> MR. CHIEF JUSTICE WARREN: Thank you.</P>',
    ]);
    // A title in ordinary case is not one; nor is one whose paragraph never closes.
    assert.deepEqual(analyseText(record.replace('ORAL ARGUMENT BY', 'Oral argument by'), 'court.htm').analysis.topics, []);
    for (const [from, to] of [['HARRY SILBERT,', 'Harry Silbert,'], ['NUMBER 8', 'NUMBER 9']] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'court.htm');
      analyzer.update(record);
      const at = record.indexOf(from);
      const edited = `${record.slice(0, at)}${to}${record.slice(at + from.length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]), analyze(edited, {}, 'court.htm'), to);
    }
  });
});


/** A stenographic hearing record: a page number on a line of its own, line numbers in a gutter, gutter-only lines. */
const STENOGRAPHIC_PAGE = [
  '                                                     7',
  '',
  ' 1   Assemblyman Stirpe, and Assemblywoman Fahy.',
  '',
  ' 2         CHAIRWOMAN KRUEGER:      Good morning.',
  '',
  ' 3   Thank you, everyone.',
  '      4',
  ' 5         SENATOR LaVALLE:    That is all right.',
  '                                                     8',
  '',
  ' 1   And we go on.',
  '',
].join('\n');

describe('stenographic hearing records', () => {
  it('page numbers and gutter-only line numbers are asides inside the turn they fall in, never speech', () => {
    const fixture = analyseText(STENOGRAPHIC_PAGE, 'hearing.txt');
    assert.equal(fixture.analysis.turns.length, 2);
    assert.deepEqual(fixture.analysis.stageDirections.map((d) => fixture.slice(d.span)), ['7', '4', '8']);
    // The page number `8` falls inside the second turn and is still an aside there.
    const eight = fixture.analysis.stageDirections[2]!.span;
    assert.ok(fixture.analysis.turns[1]!.span.start < eight.start && fixture.analysis.turns[1]!.span.end > eight.end);
    assert.ok(!fixture.analysis.claims.some((c) => /^\d+$/.test(fixture.slice(c.span))), 'a page number is never a claim');
  });

  it('incremental analysis stays exact when a line number gains or loses text beside it', () => {
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    analyzer.update(STENOGRAPHIC_PAGE);
    const at = STENOGRAPHIC_PAGE.indexOf('      4') + '      4'.length;
    const words = '   and we thank them.';
    const edited = `${STENOGRAPHIC_PAGE.slice(0, at)}${words}${STENOGRAPHIC_PAGE.slice(at)}`;
    const after = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: words }]);
    assert.deepStrictEqual(after, analyze(edited, {}, 'hearing.txt'));
    assert.equal(after.stageDirections.length, 2);
    const back = analyzer.update(STENOGRAPHIC_PAGE, [{ rangeOffset: at, rangeLength: words.length, text: '' }]);
    assert.deepStrictEqual(back, analyze(STENOGRAPHIC_PAGE, {}, 'hearing.txt'));
    // A line break that leaves a bare number on a line of its own.
    const split = STENOGRAPHIC_PAGE.replace(' 3   Thank you', ' 3   Thank you\n3');
    const splitAt = STENOGRAPHIC_PAGE.indexOf(' 3   Thank you') + ' 3   Thank you'.length;
    const afterSplit = analyzer.update(split, [{ rangeOffset: splitAt, rangeLength: 0, text: '\n3' }]);
    assert.deepStrictEqual(afterSplit, analyze(split, {}, 'hearing.txt'));
  });

  describe('hearing records that print the surname as written (`Senator Hawley.`)', () => {
    /** A GPO hearing record: indented paragraphs, hard-wrapped lines, a cover page and a witness's statement. */
    const GPO_RECORD = [
      '                    SOCIAL MEDIA AND THE TEEN',
      '                          HEALTH CRISIS',
      '',
      '=======================================================================',
      '',
      '                                HEARING',
      '',
      '60-432                    WASHINGTON : 2025',
      '',
      '                          HEALTH CRISIS',
      '',
      '                              ----------',
      '',
      '    Present: Senators Blumenthal [presiding], Hawley, and Coons.',
      '',
      '    Chair Blumenthal. This hearing will come to order. Thank you, ',
      'everyone, for attending.',
      '    Mr. Bejar, please go ahead.',
      '    Mr. Bejar. Thank you for the opportunity to appear before ',
      'you.',
      '    My name is Arturo Bejar.',
      '    [The information appears as a submission for the record.]',
      '    Chair Blumenthal. Thanks, Mr. Bejar. Senator Hawley.',
      '    Senator Hawley. Did he meet with you?',
      '    Mr. Bejar. He did not meet with me.',
      '    The Chairman. Thank you.',
      '',
    ].join('\n');

    it('reads a title and a capitalised surname ended by a full stop as a label where the document repeats it', () => {
      assert.equal(labelCandidate('    Chair Blumenthal. Thanks, Mr. Bejar.', 40)?.shape, 'N|t.');
      assert.equal(labelCandidate('Ms. Ocasio-Cortez. Thank you.', 29)?.name, 'Ms. Ocasio-Cortez');
      assert.equal(labelCandidate('Mr. McHenry. Thank you.', 23)?.name, 'Mr. McHenry');
      // The record's own note on a label is no part of the name.
      assert.equal(labelCandidate('    Mr. Pallone [continuing]. Because I know', 44)?.name, 'Mr. Pallone');
      // The record's capitals keep their own shape, a label however rarely the member speaks.
      assert.equal(labelCandidate('Mr. NIELDS. Colonel North, good morning.', 40)?.shape, 'N|.');
      // A title before an ordinary word is prose.
      assert.equal(labelCandidate('Mr. Smith went to Washington.', 29), null);
      assert.deepEqual(summaries(GPO_RECORD, 'hearing.txt').map((s) => s.split('|')[0]), ['Chair Blumenthal', 'Mr. Bejar', 'Chair Blumenthal', 'Senator Hawley', 'Mr. Bejar', 'The Chairman']);
    });

    it('leaves a Hansard\'s round-bracketed note or clock after a label\'s name out of the name, but keeps a seat', () => {
      assert.equal(labelCandidate('MS TUCKER (continuing):', 23)?.written, 'MS TUCKER');
      assert.equal(labelCandidate('MS TUCKER (11.16): I move:', 26)?.written, 'MS TUCKER');
      assert.equal(labelCandidate('Mr. Gary Lunn (Saanich-Gulf Islands, Ref.): Mr. Speaker,', 55)?.written, 'Mr. Gary Lunn (Saanich-Gulf Islands, Ref.)');
      assert.equal(labelCandidate('Jane Doe (Acme): Hello.', 23)?.written, 'Jane Doe (Acme)');
      assert.equal(labelCandidate('Jane Doe (facilitator): Hello.', 30)?.written, 'Jane Doe (facilitator)', 'a role in lower case stays');
      assert.equal(labelCandidate('MR SMITH (presiding): Order.', 28)?.written, 'MR SMITH');
      const record = ['MS ROE (continuing):', '', 'That is why the motion is needed.', '', 'HOUSING', '', 'MS ROE (11.16): I move the motion.', '', 'MR SMITH (11.20): I second it.', ''].join('\n');
      assert.deepEqual(summaries(record, 'hansard.txt').map((s) => s.split('|')[0]), ['MS ROE', 'MS ROE', 'MR SMITH']);
    });

    it('reads a record\'s long square-bracketed note on a line of its own as no one\'s', () => {
      const fixture = analyseText(GPO_RECORD, 'hearing.txt');
      assert.ok(fixture.analysis.stageDirections.some((d) => fixture.slice(d.span) === '[The information appears as a submission for the record.]'));
      // A speaker's long aside in round brackets stays speech.
      const aside = analyseText('Jane: Hello.\n(and I mean this for everyone who came here today, really)\n', 'talk.txt');
      assert.deepEqual(aside.analysis.stageDirections, []);
    });

    it('takes no one-off `Mr. Smith.` paragraph opening for a label', () => {
      const prose = 'We met him in May.\n\nMr. Smith. That was the name he gave.\n\nHe left in June.\n';
      assert.deepEqual(summaries(prose, 'notes.txt'), []);
    });

    it('reads no speaker in a cover page: a title repeated with no speech under it, columns, a `Present:` list', () => {
      const fixture = analyseText(GPO_RECORD, 'hearing.txt');
      const firstTurn = fixture.analysis.turns[0]!;
      assert.equal(fixture.lines.lineAt(firstTurn.span.start), 15);
    });

    it('re-reads a repeated name line when words appear under it or go, and stays exact', () => {
      const cover = 'JANE DOE\n\n=====\n\nJANE DOE\n\n=====\n';
      assert.deepEqual(summaries(cover, 'notes.txt'), []);
      const analyzer = new IncrementalAnalyzer({}, 'notes.txt');
      analyzer.update(cover);
      const at = cover.lastIndexOf('=====');
      const spoken = `${cover.slice(0, at)}Hello.${cover.slice(at + 5)}`;
      const after = analyzer.update(spoken, [{ rangeOffset: at, rangeLength: 5, text: 'Hello.' }]);
      assert.deepStrictEqual(after, analyze(spoken, {}, 'notes.txt'));
      assert.ok(after.turns.some((turn) => turn.speaker === 'JANE DOE'));
    });
  });
});

describe('clauses of an order quoted in a record', () => {
  const ORDER = [
    'CHAIR (Senator Reynolds): I draw attention to the order of the Senate.', '', 'That the Senate—', '',
    '(a) notes that ministers and officers have continued to refuse to provide information;', '',
    '(b) reaffirms the principles of past resolutions of the Senate;', '', '(iv) requires the committee to report;', '',
    '(13 May 2009 J.1941)', '', 'Witnesses are reminded of the order.', '', 'Senator WATERS: Thank you, Chair.', '',
  ].join('\n');

  it('reads a letter or numeral in brackets as the clause\'s, not as a speaker\'s label', () => {
    assert.equal(labelCandidate('(a) notes that ministers have refused', 100), null);
    assert.equal(labelCandidate('[iv] the officer shall state so', 100), null);
    assert.notEqual(labelCandidate('(A) The answer is yes', 100), null, 'a capital stays a candidate (an answer in brackets)');
    const speakers = new Set(analyze(ORDER, {}, 'estimates.txt').turns.map((turn) => turn.speaker));
    assert.deepEqual([...speakers].sort(), ['CHAIR (Senator Reynolds)', 'Senator WATERS']);
  });});

describe('a role after a comma in a first label', () => {
  it('reads a role after a comma in a first label when the record labels the person again (`Mr. Maurel:`)', () => {
    const text = [
      'Mr. Richard Maurel, the Clerk of the Committee: Honourable senators, I am the clerk of your committee.', '',
      'Senator Gauthier: Honourable senators, I move that Senator Losier-Cool be chair.', '',
      'Mr. Maurel: It is moved by the Honourable Senator Gauthier. Is it your pleasure to adopt the motion?', '',
    ].join('\n');
    const speakers = analyze(text, {}, 'committee.txt').turns.map((turn) => turn.speaker);
    assert.deepEqual(speakers, ['Mr. Richard Maurel, the Clerk of the Committee', 'Senator Gauthier', 'Mr. Maurel']);
    // Nobody labelled again: a titled name, its office and speech are still the record's formal label (speakers45),
    // but a comma phrase without the title before a colon stays the prose it may be.
    const alone = text.replace('Mr. Maurel: It is moved', 'It is moved');
    assert.deepEqual(analyze(alone, {}, 'committee.txt').turns.map((turn) => turn.speaker), ['Mr. Richard Maurel, the Clerk of the Committee', 'Senator Gauthier']);
    const untitled = alone.replace('Mr. Richard Maurel,', 'Richard Maurel,');
    assert.deepEqual(analyze(untitled, {}, 'committee.txt').turns.map((turn) => turn.speaker), ['Senator Gauthier']);
    assert.equal(labelCandidate('However, we said: no.', 22), null, 'a verb or pronoun after the comma is prose');
    assert.equal(labelCandidate('In fact, the Minister: no.', 26), null, 'one word before the comma names no one');
  });

  it('an edit to the label that names the person again falls back and equals analyze()', () => {
    const text = [
      'Mr. Richard Maurel, the Clerk of the Committee: Honourable senators, I am the clerk.', '',
      'Senator Gauthier: I move that Senator Losier-Cool be chair.', '', 'Mr. Maurel: Is it your pleasure to adopt the motion?', '',
    ].join('\n');
    // Typing inside the surname (`Maurel` → `Maurelx`) kept the first label without the fallback.
    for (const [from, to] of [['Mr. Maurel:', 'Mr. Morel:'], ['Maurel: Is', 'Maurelx: Is'], ['Senator Gauthier:', 'Senator Maurel:']] as const) {
      const analyzer = new IncrementalAnalyzer({}, 'committee.txt');
      analyzer.update(text);
      const at = text.indexOf(from);
      const edited = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: from.length, text: to }]);
      assert.deepStrictEqual(result, analyze(edited, {}, 'committee.txt'), `${from} → ${to}`);
    }
  });
});
