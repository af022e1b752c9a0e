import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { numberedNameStem } from '../../../../src/core/turns/numberedNames';
import { assertEditsAcrossOffsetsMatchAnalyze } from '../transcriptFixtures';

// A diarised episode page: the first voice speaks once, the host every turn after, each name alone over its lines.
const EPISODE = [
  '本集简介',
  '',
  '两位主持人聊一聊城市里的夜跑。',
  '',
  'Speaker 0',
  '',
  '夜跑让城市换了一张脸。',
  '',
  'Speaker 1',
  '',
  '欢迎收听本期节目,今天我们聊夜跑。',
  '',
  'Speaker 1',
  '',
  '我每周跑三次,都在晚上九点以后。',
  '',
  'Speaker 1',
  '',
  '夜里的路灯和白天的街道完全不一样。',
].join('\n');

const speakers = (text: string): string[] => analyze(text, {}, 'episode.txt').turns.map((turn) => turn.speaker);

describe('numbered speaker names', () => {
  it('reads a one-off numbered name as a speaker where a name of the same words recurs', () => {
    assert.deepEqual(speakers(EPISODE), ['Speaker 0', 'Speaker 1', 'Speaker 1', 'Speaker 1']);
    assert.ok(!analyze(EPISODE, {}, 'episode.txt').topics.some((topic) => topic.title === 'Speaker 0'));
  });

  it('needs a recurring name of the same words, and a number', () => {
    assert.deepEqual(speakers(EPISODE.replace('Speaker 0', 'Guest 0')), ['Speaker 1', 'Speaker 1', 'Speaker 1']);
    assert.equal(numberedNameStem('Speaker 0'), 'Speaker');
    assert.equal(numberedNameStem('SPEAKER_02'), 'SPEAKER');
    assert.equal(numberedNameStem('Speaker'), null);
    assert.equal(numberedNameStem('Chapter 2020'), null);
  });

  it('equals a full analysis after edits in and around the name lines', () => {
    const source = `${EPISODE}\n\n${Array.from({ length: 6 }, (_, i) => `Speaker 1\n\n第${i + 1}段:我们跑过了第${i + 1}座桥。`).join('\n\n')}`;
    // Typing at every third offset, and deleting the character there (a name's number, a line break between a name and its speech).
    const local = assertEditsAcrossOffsetsMatchAnalyze(source, 'episode.txt', [['字', 0], ['\n', 0], ['0', 0], ['2', 0], [' ', 0], ['', 1]]);
    assert.ok(local > 0, 'no edit stayed local');
  });
});
