import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { IncrementalAnalyzer } from '../../../../src/core/analysis/incremental';
import { isTitleShaped } from '../../../../src/core/topics/titles';
import { topicTitles } from './topicTitles';

/** An inquiry hearing: a witness's setext heading, the oath line, then the examination's title in title case. */
const HEARING = [
  'Transcript of a Public Hearing on 18 January 2024',
  '',
  '**Chair**: Good morning.',
  '',
  '1. Professor Jane Doe',
  '=====================',
  '',
  '*PROFESSOR JANE DOE (affirmed).*',
  '',
  'Questions From Lead Counsel to the Inquiry for Module 2A',
  '',
  '**Counsel**: Good morning, Professor Doe. Could you give us your full name?',
  '',
  '**Professor Doe**: Jane Doe.',
].join('\n');

/** A stenographic record, double-spaced: the rest of a wrapped sentence may look like a title. */
const RECORD = [
  'SENATOR SMITH:  Good morning.',
  '',
  "I'm Senator John Smith, Chairman of the",
  '',
  'Mental Health Committee in the New York State',
  '',
  'Senate, and I would like to welcome everyone here today to this hearing.',
  '',
  'Public Testimony on Community Mental Health Services',
  '',
  'SENATOR SMITH:  Our first witness is the county director, who has come a long way to be here.',
].join('\n');

describe('long titles in title case', () => {
  it('lets an English title in title case run to 60 characters, and nothing else', () => {
    assert.equal(isTitleShaped('Questions From Lead Counsel to the Inquiry for Module 2A'), true);
    assert.equal(isTitleShaped('Update on the Human Rights Situation in Myanmar'), true);
    // Sentence case, more than 60 characters, or Chinese beyond 40: as before.
    assert.equal(isTitleShaped('Questions from lead counsel to the inquiry for module 2A'), false);
    assert.equal(isTitleShaped('Questions From Lead Counsel to the Inquiry for Module 2A and 2B'), false);
    assert.equal(isTitleShaped('中国经济稳中有进不会在百分之六之下中国经济稳中有进不会在百分之六之下中国经济稳中有进'), false);
  });

  it('titles the examination in a hearing, and not the rest of a wrapped sentence in a record', () => {
    assert.deepEqual(topicTitles(analyze(HEARING, {}, 'hearing.txt').topics), ['1. Professor Jane Doe', 'Questions From Lead Counsel to the Inquiry for Module 2A']);
    const titles = topicTitles(analyze(RECORD, {}, 'record.txt').topics);
    assert.ok(!titles.includes('Mental Health Committee in the New York State'), titles.join(' | '));
  });

  it('keeps incremental analysis exact when the line above a long title starts or stops running on', () => {
    const wrapAt = RECORD.indexOf('Chairman of the') + 'Chairman of the'.length;
    const cases: [string, number, number, string][] = [
      [RECORD, wrapAt, 0, ' 5'],
      [RECORD, wrapAt, 0, '.'],
      [RECORD, wrapAt - 4, 4, ''],
      [HEARING, HEARING.indexOf('(affirmed).') + 10, 1, ''],
      [HEARING, HEARING.indexOf('(affirmed).') + 10, 0, ' and'],
      [RECORD, RECORD.indexOf('Mental Health Committee'), 0, '\n'],
    ];
    for (const [text, at, length, inserted] of cases) {
      const analyzer = new IncrementalAnalyzer({}, 'record.txt');
      analyzer.update(text);
      const edited = `${text.slice(0, at)}${inserted}${text.slice(at + length)}`;
      assert.deepStrictEqual(analyzer.update(edited, [{ rangeOffset: at, rangeLength: length, text: inserted }]), analyze(edited, {}, 'record.txt'), JSON.stringify([at, inserted]));
    }
  });
});
