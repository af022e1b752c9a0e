import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { topicTitles } from './topicTitles';

// A podcast page copied as text: the chapter list, then the transcript with each chapter's time and title alone on
// a line over the next speaker's name line, the speakers' names alone over their speech.
const PAGE = [
  'Timestamps',
  '(00:00:00) – Rivers and maps',
  '(00:12:40) – The drawer in the kitchen',
  '(00:31:05) – Drawing by hand',
  'Transcript',
  '00:00:00 – Rivers and maps',
  'Mara Lind',
  'Today I am talking with Tomas Berg, who draws maps of rivers by hand.',
  'Tomas Berg',
  'Thanks for having me. Rivers are my favourite subject.',
  'Mara Lind',
  'Where did it start for you?',
  'Tomas Berg',
  'With a map my grandfather kept in the kitchen drawer.',
  '00:12:40 – The drawer in the kitchen',
  'Mara Lind',
  'Tell me about that map.',
  'Tomas Berg',
  'It showed every stream in the valley, drawn by hand.',
].join('\n');

// The same chapters written with blank lines and colon labels, as a page saved from a blog reads.
const BLOG = [
  'Ep. 12: Rivers and maps',
  '',
  '0:00 - Rivers and maps',
  '',
  'Mara: Today I am talking with Tomas about rivers.',
  '',
  'Tomas: Thanks for having me.',
  '',
  '12:40 - The drawer in the kitchen',
  '',
  'Mara: Tell me about that map.',
  '',
  'Tomas: It showed every stream in the valley.',
  '',
  'Mara: Who drew it?',
  '',
  'Tomas: His brother, in the winter before the war.',
  '',
  'Mara: Do you still have it?',
  '',
  'Tomas: It hangs in my studio, over the desk where I draw.',
  '',
  'Mara: And the streams on it, are they still there?',
  '',
  'Tomas: Most of them. Two were piped under a road in the sixties.',
].join('\n');

describe('chapter titles with their time inside a transcript', () => {
  it('titles a chapter with a dashed time and title alone right over a speaker', () => {
    assert.deepEqual(topicTitles(analyze(PAGE, {}, 'page.txt').topics), ['Rivers and maps', 'The drawer in the kitchen']);
    assert.deepEqual(topicTitles(analyze(BLOG, {}, 'blog.txt').topics).slice(-2), ['Rivers and maps', 'The drawer in the kitchen']);
  });

  it('ends the turn above a chapter title and keeps the title out of every turn', () => {
    const result = analyze(PAGE, {}, 'page.txt');
    const title = PAGE.indexOf('00:12:40 – The drawer');
    assert.ok(!result.turns.some((turn) => turn.span.start <= title && title < turn.span.end));
    assert.deepEqual(result.turns.map((turn) => turn.speaker), ['Mara Lind', 'Tomas Berg', 'Mara Lind', 'Tomas Berg', 'Mara Lind', 'Tomas Berg']);
  });

  it('leaves the chapter list, timed speech with no dash, and a timed line over speech alone', () => {
    // The list's entries run line after line: a table of contents, not titles.
    const listOnly = PAGE.split('\n').slice(0, 5).join('\n');
    assert.deepEqual(topicTitles(analyze(listOnly, {}, 'list.txt').topics).filter((t) => t !== 'Timestamps'), []);
    // A timed phrase with no dash over a label is a caption's line, not a chapter.
    const undashed = BLOG.replace('12:40 - The drawer in the kitchen', '[12:40] and then the drawer');
    assert.ok(!topicTitles(analyze(undashed, {}, 'blog.txt').topics).includes('and then the drawer'));
    // Over speech rather than a speaker's label, the dashed line heads nothing.
    const overSpeech = BLOG.replace('12:40 - The drawer in the kitchen\n\nMara: ', '12:40 - The drawer in the kitchen\n');
    assert.ok(!topicTitles(analyze(overSpeech, {}, 'blog.txt').topics).includes('The drawer in the kitchen'));
  });

  it('leaves a meeting tool\'s `0:12 - Name` lines over indented speech as labels, and typing in them local', () => {
    const tool = [
      'Garden Planner Demo - March 3',
      '',
      '0:00 - Ines Varga',
      '  We are recording. Today I show the seed calendar and the watering plan.',
      '',
      '0:09 - Ola Brandt',
      '  Sounds good.',
      '',
      '0:11 - Ines Varga',
      '  The calendar starts from your last frost date and counts the weeks back.',
      '',
      '0:25 - Ola Brandt',
      '  And the watering plan?',
    ].join('\n');
    const result = analyze(tool, {}, 'tool.txt');
    assert.deepEqual(topicTitles(result.topics).filter((t) => t.startsWith('Ines') || t.startsWith('Ola')), []);
    let local = 0;
    for (let at = tool.indexOf('  The calendar'); at < tool.length; at += 4) {
      const analyzer = new IncrementalAnalyzer({}, 'tool.txt');
      analyzer.update(tool);
      const edited = tool.slice(0, at) + 'e' + tool.slice(at);
      const after = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: 'e' }]);
      if (analyzer.lastMode === 'line') local++;
      assert.ok(isDeepStrictEqual(after, analyze(edited, {}, 'tool.txt')), `at ${at}`);
    }
    assert.ok(local > 0, 'no keystroke in the export stayed local');
  });

  it('equals a full analysis after edits in and around the chapter titles', function () {
    // Two analyses per edit at every fifth offset of two pages: seconds on a quiet machine, more under CI's load.
    this.timeout(300_000);
    let local = 0;
    for (const [text, name] of [[PAGE, 'page.txt'], [BLOG, 'blog.txt']] as const) {
      for (let at = 0; at <= text.length; at += 5) {
        for (const typed of ['a', '-', '\n', ':']) {
          const analyzer = new IncrementalAnalyzer({}, name);
          analyzer.update(text);
          const edited = text.slice(0, at) + typed + text.slice(at);
          const result = analyzer.update(edited, [{ rangeOffset: at, rangeLength: 0, text: typed }]);
          if (analyzer.lastMode === 'line') local++;
          assert.ok(isDeepStrictEqual(result, analyze(edited, {}, name)), `${name}: ${JSON.stringify(typed)} at ${at}`);
        }
      }
    }
    assert.ok(local > 0, 'no edit stayed local');
  });
});
