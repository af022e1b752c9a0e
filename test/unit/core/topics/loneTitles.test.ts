import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { topicTitles } from './topicTitles';

// Shapes from the imf.org, votesmart.org and Brookings dev files (the words here are made up).

/** A transcript note between blank lines: the only bare title-shaped line of the page. */
const NOTE = [
  'NEWS HOUR',
  '',
  'BREAK IN TRANSCRIPT',
  '',
  'HOST: Let us check in with the senator. Welcome back to the show.',
  '',
  'SENATOR: Thank you. It is good to be here again tonight.',
].join('\n');

/** The same page titling two sections with bare lines. */
const SECTIONS = [
  'Budget Talks',
  '',
  'HOST: Let us check in with the senator. Welcome back to the show.',
  '',
  'Foreign Policy',
  '',
  'SENATOR: Thank you. It is good to be here again tonight.',
].join('\n');

/** A parliamentary subject title right between the sitting's opening sentence and a member's label. */
const HANSARD = ['The House met at 11 a.m.', 'POSTAL SERVICES ACT', 'Mr. Gary Lunn (Saanich, Ref.):', 'I want to state from the outset some of the problems.'].join('\n');

describe('a lone bare title in Latin script', () => {
  it('titles nothing when no other bare line parallels it', () => {
    assert.deepEqual(topicTitles(analyze(NOTE, {}, 'show.txt').topics), []);
  });

  it('titles sections when the document has two or more, and keeps a parliamentary subject title and a Chinese one', () => {
    assert.deepEqual(topicTitles(analyze(SECTIONS, {}, 'show.txt').topics), ['Budget Talks', 'Foreign Policy']);
    assert.deepEqual(topicTitles(analyze(HANSARD, {}, 'hansard.txt').topics), ['POSTAL SERVICES ACT']);
    const chinese = NOTE.replace('BREAK IN TRANSCRIPT', '新冠疫苗的进展');
    assert.deepEqual(topicTitles(analyze(chinese, {}, 'show.txt').topics), ['新冠疫苗的进展']);
  });

  it('keeps incremental analysis exact when an edit makes or unmakes the second bare title', () => {
    const cases: [string, number, number, string][] = [
      [SECTIONS, SECTIONS.indexOf('Foreign Policy'), 'Foreign Policy'.length, 'And now to foreign policy, where the senator has views.'],
      [SECTIONS, SECTIONS.indexOf('Foreign Policy') + 'Foreign Policy'.length, 0, '.'],
      [SECTIONS, SECTIONS.indexOf('\n\nSENATOR'), 1, ''],
      [NOTE, NOTE.indexOf('HOST: Let us'), 0, 'Second Hour\n\n'],
      [NOTE, NOTE.indexOf('tonight.') + 'tonight.'.length, 0, '\n\nClosing Remarks\n\nHOST: Thanks for joining us.'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'show.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'show.txt'), JSON.stringify([at, inserted]));
    }
  });
});
