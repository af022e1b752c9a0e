import * as assert from 'node:assert/strict';
import { nameAlone } from '../../../../src/core/topics/nameFields';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { speakerAt } from './turnAssertions';

/** Meeting notes: a topic's presenter field over the slides' links, then the discussion. */
const NOTES = [
  '## Import reflection',
  '',
  'DE: We ran out of time on this one.',
  '',
  'YSV: Then let us continue in the overflow slot.',
  '',
  '## Import attributes for Stage 3',
  '',
  'Presenter: Nicolo Ribaudo (NRO)',
  '',
  '- [proposal](https://github.com/tc39/proposal-import-attributes/)',
  '- [slides](https://docs.google.com/presentation/d/1Abdr54Iflz/)',
  '',
  'NRO: Import assertions were demoted to Stage 2 in January.',
  '',
  'YSV: Thank you, that matches what we saw.',
  '',
  'NRO: So I am asking for Stage 3 again.',
].join('\n');

/** An interpellation record: the record's fields over the chair's opening. */
const RECORD = [
  '市政總質詢第4組',
  '質詢日期:中華民國101年11月5日',
  '質詢對象:郝市長龍斌',
  '',
  '主席(吳議長碧珠):',
  '  現在繼續進行市政總質詢第4組質詢,請林議員開始。',
  '',
  '林議員晉章:',
  '  謝謝主席。市長,議會無法調閱資料,如何監督市政?',
  '',
  '郝市長龍斌:',
  '  我們會提供資料。',
  '',
  '主席(吳議長碧珠):',
  '  請林議員繼續。',
].join('\n');

/** A magazine's byline at the end of a news article, under an interview's last answer. */
const ARTICLE = [
  '主持人：您怎么看日本的新安保战略？',
  '',
  '王教授：这是一个根本性的转变。',
  '',
  '主持人：谢谢您。',
  '',
  '记者：曹然',
  '',
  '编辑：王一',
].join('\n');

const speakerOf = (text: string, words: string, file = 'notes.md'): string | null => speakerAt(text, analyseText(text, file).analysis, words);

describe('a person\'s name as a one-off name\'s value', () => {
  it('reads a name alone, with an alias in brackets or an affiliation after a bar, and nothing else', () => {
    assert.equal(nameAlone(' Nicolo Ribaudo (NRO)'), 'Nicolo Ribaudo');
    assert.equal(nameAlone('** 张家驹｜红帽大中华区 CTO'), '张家驹');
    assert.equal(nameAlone('郝市長龍斌'), '郝市長龍斌');
    assert.equal(nameAlone('曹然'), '曹然');
    // Replies and words: no surname, a doubled character, a lower-case word, a sentence.
    for (const words of ['谢谢', '同意', '收到', '嗯嗯', 'Absolutely', 'Good morning', 'Senator Smith.', '曹然说得对。']) assert.equal(nameAlone(words), null, words);
  });

  it('is a field, not a speaker: it ends the turn before it and heads nobody\'s lines', () => {
    assert.equal(speakerOf(NOTES, 'Presenter'), null);
    assert.equal(speakerOf(NOTES, '- [slides]'), null);
    assert.equal(speakerOf(NOTES, 'Import assertions were'), 'NRO');
    assert.equal(speakerOf(RECORD, '質詢對象', 'record.txt'), null);
    assert.equal(speakerOf(RECORD, '現在繼續', 'record.txt'), '主席(吳議長碧珠)');
    assert.equal(speakerOf(ARTICLE, '记者：曹然', 'article.txt'), null);
    assert.equal(speakerOf(ARTICLE, '谢谢您', 'article.txt'), '主持人');
  });

  it('stays a label when the name labels other lines or the value is no name', () => {
    // The reporter asks under the same label: a speaker, whose words there happen to be a name.
    const asking = ARTICLE.replace('主持人：谢谢您。', '记者：谢谢您。');
    assert.equal(speakerOf(asking, '记者：曹然', 'article.txt'), '记者');
    assert.equal(speakerOf(ARTICLE.replace('记者：曹然', '观众：谢谢'), '观众：谢谢', 'article.txt'), '观众');
    // A Q/A exchange: the answer is a name, and it is the answer's.
    assert.equal(speakerOf('Q: Your name, please.\nA: John Smith\n', 'John Smith', 'qa.txt'), 'A');
  });

  it('keeps incremental analysis exact when the value or the name\'s other lines change', () => {
    assertReplacementsMatchAnalyze([
      [NOTES, 'Nicolo Ribaudo (NRO)', 'Nicolo will present this one.'],
      [NOTES, 'Presenter: Nicolo', 'Presenter: nicolo'],
      [NOTES, 'YSV: Thank you', 'Presenter: Thank you'],
      [NOTES.replace('YSV: Thank you', 'Presenter: Thank you'), 'Presenter: Thank you', 'YSV: Thank you'],
      [NOTES, 'Presenter: Nicolo Ribaudo (NRO)\n', ''],
      [NOTES, '- [slides]', 'Presenter: Nicolo Ribaudo\n- [slides]'],
    ], 'notes.md');
    // The byline over a line of its own: whether that line is the reporter's turn or nobody's turns on the value.
    const note = ['主持人：您怎么看日本的新安保战略？', '', '王教授：这是一个根本性的转变。', '', '记者：曹然', '这篇文章发表于周刊。', '', '主持人：谢谢您。'].join('\n');
    assertReplacementsMatchAnalyze([
      [ARTICLE, '曹然', '曹然说得对，我们也这样看。'],
      [ARTICLE, '王教授：这是', '记者：这是'],
      [note, '曹然', '同意'],
      [note.replace('曹然', '同意'), '同意', '曹然'],
    ], 'article.txt');
  });
});
