import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { topicTitles } from './topicTitles';

// A town council's record as a PDF converter writes it: one `<P>` a paragraph, labels in `<SPAN>`s, subject
// titles stacked in capitals, and the running page header in a table between two pages.
const RECORD = [
  '<P class="p6 ft2"><SPAN class="ft1">Clerk: </SPAN>Madam Chair, Councillors Abel, Brook, Carver and Dunn are present.</P>',
  '<P class="p6 ft2"><SPAN class="ft1">Madam Chair: </SPAN>Thank you. We have two reports today. Councillor Abel moves the minutes.</P>',
  '<P class="p9 ft2"><SPAN class="ft1">Councillor Abel: </SPAN>Thank you, Madam Chair. I so move.</P>',
  '<P class="p9 ft2"><SPAN class="ft1">Madam Chair: </SPAN>All those in favour? Opposed? Carried.</P>',
  '</DIV>',
  '<DIV id="page_2">',
  '<TABLE cellpadding=0 cellspacing=0 class="t0">',
  '<TR>',
  '\t<TD class="tr0 td0"><P class="p11 ft5">2</P></TD>',
  '\t<TD class="tr0 td1"><P class="p12 ft6">COUNCIL OF THE TOWN OF EXAMPLE</P></TD>',
  '</TR>',
  '</TABLE>',
  '<P class="p14 ft1">DELEGATIONS</P>',
  '<P class="p16 ft2"><SPAN class="ft1">Madam Chair: </SPAN>We have no delegations today. Councillor Brook, the report.</P>',
  '<P class="p17 ft1">REPORT “B” OF THE</P>',
  '<P class="p18 ft1">FINANCE COMMITTEE</P>',
  '<P class="p19 ft1">DATED MARCH 4, 2014</P>',
  '<P class="p20 ft2"><SPAN class="ft1">Councillor Brook: </SPAN>Thank you, Madam Chair. I move adoption of the report.</P>',
  '<P class="p21 ft2"><SPAN class="ft1">Madam Chair: </SPAN>Seeing none. All those in favour? Opposed? Carried.</P>',
  '<P class="p28 ft1">QUESTION PERIOD</P>',
  '<P class="p30 ft2"><SPAN class="ft1">Councillor Carver: </SPAN>Thank you, Madam Chair. My question is on the arena roof.</P>',
  '<P class="p21 ft2"><SPAN class="ft1">Councillor Brook: </SPAN>The roof was repaired last spring for forty thousand dollars.</P>',
  '',
].join('\n');

describe('subject titles in a converted record\'s paragraphs', () => {
  it('reads each capitals paragraph of a stack by the text inside its markup', () => {
    assert.deepEqual(topicTitles(analyze(RECORD, {}, 'council.htm').topics), ['DELEGATIONS', 'REPORT “B” OF THE', 'FINANCE COMMITTEE', 'DATED MARCH 4, 2014', 'QUESTION PERIOD']);
  });

  it('gives the titles to no one: the chair\'s turn ends above them', () => {
    const result = analyze(RECORD, {}, 'council.htm');
    const titleStart = RECORD.indexOf('FINANCE COMMITTEE');
    assert.ok(!result.turns.some((turn) => turn.span.start <= titleStart && titleStart < turn.span.end));
    assert.deepEqual(result.turns.map((turn) => turn.speaker).slice(-4), ['Councillor Brook', 'Madam Chair', 'Councillor Carver', 'Councillor Brook']);
  });

  it('titles nothing after a closing tag that ends no block, nor a paragraph holding a sentence', () => {
    const afterSpan = RECORD.replace('</TABLE>\n<P class="p14 ft1">DELEGATIONS</P>', '</TABLE><SPAN>\n<P class="p14 ft1">DELEGATIONS</P>');
    assert.ok(!topicTitles(analyze(afterSpan, {}, 'council.htm').topics).includes('DELEGATIONS'));
    const sentence = RECORD.replace('FINANCE COMMITTEE</P>', 'The finance committee met twice.</P>');
    assert.ok(!topicTitles(analyze(sentence, {}, 'council.htm').topics).includes('FINANCE COMMITTEE'));
  });

  it('counts a quoted letter in a capitals title as capitalised', () => {
    assert.equal(isTitleShaped('REPORT “B” OF THE'), true);
    assert.equal(isTitleShaped('report “b” of the'), false);
  });

  it('equals a full analysis after edits in and around the titles and the page header', () => {
    const from = RECORD.indexOf('</TR>');
    const to = RECORD.indexOf('<P class="p20');
    // Edits among markup lines fall back to a full analysis; what matters is that both agree.
    for (let at = from; at <= to; at += 11) {
      for (const typed of ['a', 'X', '\n', '>']) {
        const analyzer = new IncrementalAnalyzer({}, 'council.htm');
        analyzer.update(RECORD);
        const edited = RECORD.slice(0, at) + typed + RECORD.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'council.htm')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
  });
});
