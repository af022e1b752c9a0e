import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { offsetStride } from '../../searchBudget';

// A hearing record's cover and its first statements, laid out as the printed record sets them.
const HEARING = [
  '                        SUBCOMMITTEE ON PRIVACY,',
  '                        TECHNOLOGY, AND THE LAW',
  '',
  '                                 of the',
  '',
  '    The Subcommittee met, pursuant to notice, at 10:03 a.m., in Room 226.',
  '',
  '         OPENING STATEMENT OF HON. JANE ROE,',
  '          A U.S. SENATOR FROM THE STATE OF VERMONT',
  '',
  '    Chair Roe. This hearing will come to order. Thank you all for attending.',
  '    Senator Doe. Thank you, Madam Chair. I am glad we are here.',
  '    Chair Roe. Let me introduce the witness.',
  '',
  ' STATEMENT OF JOHN SMITH, FORMER DIRECTOR OF ENGINEERING FOR',
  '        SAFETY AND CARE, EXAMPLE CORP., BERKELEY, CALIFORNIA',
  '',
  '    Mr. Smith. Thank you for the opportunity to appear before you today.',
  '    Chair Roe. Thank you, Mr. Smith.',
  '',
].join('\n');

function topicLines(text: string): string[] {
  const lines = text.split('\n');
  return analyze(text, {}, 'hearing.txt').topics.map((topic) => lines.find((_, i) => text.indexOf(lines[i]!) <= topic.headingSpan.start && topic.headingSpan.start < text.indexOf(lines[i]!) + lines[i]!.length + 1)!.trim());
}

describe('titles in capitals wrapped over two lines', () => {
  it('lets a title in capitals name someone and their office with commas, but not hold a sentence', () => {
    assert.equal(isTitleShaped('STATEMENT OF JOHN SMITH, DIRECTOR'), true);
    assert.equal(isTitleShaped('Statement of John Smith, Director'), false);
    assert.equal(isTitleShaped('STATEMENT OF JOHN SMITH; DIRECTOR'), false);
  });

  it('reads a statement title wrapped onto a second line as one topic at its first line', () => {
    const analysis = analyze(HEARING, {}, 'hearing.txt');
    assert.deepStrictEqual(analysis.topics.map((topic) => topic.title), [
      'OPENING STATEMENT OF HON. JANE ROE, A U.S. SENATOR FROM THE STATE OF VERMONT',
      'STATEMENT OF JOHN SMITH, FORMER DIRECTOR OF ENGINEERING FOR SAFETY AND CARE, EXAMPLE CORP., BERKELEY, CALIFORNIA',
    ]);
    assert.deepStrictEqual(topicLines(HEARING), ['OPENING STATEMENT OF HON. JANE ROE,', 'STATEMENT OF JOHN SMITH, FORMER DIRECTOR OF ENGINEERING FOR']);
    // The title is no one's speech: the chair's turn ends above it.
    const at = HEARING.indexOf('SAFETY AND CARE');
    assert.equal(analysis.turns.find((turn) => turn.span.start <= at && at < turn.span.end), undefined);
  });

  it('titles nothing where the first line could end a title, or where no body follows (a cover page)', () => {
    const complete = HEARING.replace('HON. JANE ROE,', 'HON. JANE ROE');
    assert.ok(!analyze(complete, {}, 'hearing.txt').topics.some((topic) => topic.title.includes('JANE ROE')));
    // The cover's `SUBCOMMITTEE ON PRIVACY,` over `TECHNOLOGY, AND THE LAW` is followed by `of the`, no body.
    assert.ok(!analyze(HEARING, {}, 'hearing.txt').topics.some((topic) => topic.title.includes('PRIVACY')));
  });

  it('reads a label an Enter leaves alone on its line (`Chair Roe.` in the document\'s own scheme) as a full analysis does', () => {
    const at = HEARING.indexOf('This hearing will come');
    const edited = `${HEARING.slice(0, at)}\n${HEARING.slice(at)}`;
    const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
    analyzer.update(HEARING);
    const expected = analyze(edited, {}, 'hearing.txt');
    // The label alone on its line opens a block turn: the edit changes the turn's reading, not only its offsets.
    assert.equal(expected.turns.find((turn) => turn.speaker === 'Chair Roe')?.source, 'block');
    assert.ok(isDeepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: '\n' }]), expected));
    // And back: Backspace joins the speech to its label again.
    assert.ok(isDeepStrictEqual(analyzer.update(HEARING, [{ rangeOffset: at, rangeLength: 1, text: '' }]), analyze(HEARING, {}, 'hearing.txt')));
  });

  it('equals a full analysis after edits in and around a wrapped title', () => {
    const from = HEARING.indexOf('    The Subcommittee met');
    const to = HEARING.indexOf('    Senator Doe.');
    let local = 0;
    for (let at = from; at <= to; at += offsetStride(3)) {
      for (const typed of [',', 'a', 'X', '\n', ' ', '.']) {
        const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
        analyzer.update(HEARING);
        const edited = HEARING.slice(0, at) + typed + HEARING.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        if (analyzer.lastMode === 'line') local++;
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'hearing.txt')), `${JSON.stringify(typed)} at ${at}`);
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});
