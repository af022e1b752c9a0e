import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';

// An inquiry's hearing transcript saved as text: each witness's section is a numbered title over an
// underline the writer measured to it.
const HEARING = [
  'Transcript of Module 2A Public Hearing on 18 January 2024',
  '',
  '**Lady Hallett**: Mr Dawson.',
  '',
  '**Mr Dawson**: Good morning, my Lady. The next witness this',
  '',
  'morning is Professor Paul Cairney.',
  '',
  '1. Professor Paul Cairney',
  '=========================',
  '',
  '**Mr Dawson**: Good morning, Professor Cairney.',
  '',
  '**Professor Paul Cairney**: Good morning.',
  '',
].join('\n');

const titles = (text: string, fileName = 'hearing.txt'): string[] => analyze(text, {}, fileName).topics.map((topic) => topic.title);

describe('underlines measured to the line above', () => {
  it('title the line above in plain text, numbered or not, and end the turn before it', () => {
    assert.deepStrictEqual(titles(HEARING), ['1. Professor Paul Cairney']);
    assert.deepStrictEqual(titles(HEARING.replace('1. Professor', 'Professor').replace('=========================', '======================')), ['Professor Paul Cairney']);
    const at = HEARING.indexOf('1. Professor');
    assert.equal(analyze(HEARING, {}, 'hearing.txt').turns.some((turn) => turn.span.start <= at && at < turn.span.end), false);
  });

  it('leave a line over a rule of another length alone, and read short rules as rules', () => {
    assert.deepStrictEqual(titles(HEARING.replace('=========================', '==============')), []);
    const short = 'Some text here.\n\nItem\n----\n\nMore text follows here.\n';
    assert.deepStrictEqual(titles(short), []);
  });

  it('equals a full analysis after edits beside a measured underline', () => {
    // One character short of its underline: typing one makes it a title.
    const SHORT = HEARING.replace('=========================', '==========================');
    // A line of prose (a comma inside) over the underline: no title shape of its own to fall back on.
    const PROSE = HEARING.replace('1. Professor Paul Cairney\n=========================', 'Professor Cairney, called\n==========================');
    for (const [base, typed] of [[SHORT, 'a'], [SHORT, 's'], [PROSE, 'a'], [PROSE, ',']] as const) {
      const title = base.includes('1. Professor') ? '1. Professor' : 'Professor Cairney, called';
      for (let at = base.indexOf(title); at <= base.indexOf(title) + title.length; at++) {
        const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
        analyzer.update(base);
        const edited = base.slice(0, at) + typed + base.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'hearing.txt')), `${JSON.stringify(typed)} at ${at} of the short title`);
      }
    }
    const from = HEARING.indexOf('morning is Professor');
    const to = HEARING.indexOf('**Mr Dawson**: Good morning, Professor');
    for (let at = from; at <= to; at += 2) {
      for (const typed of ['a', '=', '\n', ' ', '1. ']) {
        const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
        analyzer.update(HEARING);
        const edited = HEARING.slice(0, at) + typed + HEARING.slice(at);
        const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
        assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'hearing.txt')), `${JSON.stringify(typed)} at ${at}`);
      }
      // Deleting one character of the title or the underline changes whether it is measured.
      const analyzer = new IncrementalAnalyzer({}, 'hearing.txt');
      analyzer.update(HEARING);
      const edited = HEARING.slice(0, at) + HEARING.slice(at + 1);
      const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 1, text: '' }]);
      assert.ok(isDeepStrictEqual(result, analyze(edited, {}, 'hearing.txt')), `deleted at ${at}`);
    }
  });
});
