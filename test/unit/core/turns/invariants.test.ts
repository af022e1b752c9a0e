import * as assert from 'node:assert/strict';
import type { Topic } from '../../../../src/core/analysis/model';
import { analyseText } from '../transcriptFixtures';

/** Fragments that exercise every rule, glued at random with every kind of line break. */
const FRAGMENTS = [
  '李明：', '黃仁勳回答:', 'Q    ', 'A:  ', 'MS. JONES:  ', '[00:01:23] ', '00:02:10 ', '<v Roger>', '「', '」', '“', '"', '(Laughter.)',
  '（笑）', '# ', '## ', '- ', '---', '```', '說:', 'said:', '答案是:', '第一個問題是:', 'https://x.y/z', '2:05 P.M. EDT', '😀', '𠮷',
  '出口管制', 'Supply and Demand', '我認為這很好。', 'We expect growth.', '\n', '\r\n', '\r', '\n\n', ' ', '　', '\uFEFF', '-->', '1',
];

function randomText(seed: number, parts: number): string {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  let text = '';
  for (let i = 0; i < parts; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  return text;
}

function flatten(topics: readonly Topic[]): Topic[] {
  return topics.flatMap((t) => [t, ...flatten(t.children)]);
}

describe('analysis invariants on random text', () => {
  for (const fileName of ['random.txt', 'random.md', 'random.srt', 'random.vtt']) {
    it(`keeps spans ordered, inside the text and off surrogate halves (${fileName})`, () => {
      for (let seed = 1; seed <= 60; seed++) {
        const fixture = analyseText(randomText(seed, 300), fileName);
        const { text, analysis } = fixture;
        const inText = (start: number, end: number, what: string): void => {
          assert.ok(start >= 0 && start <= end && end <= text.length, `${what} out of range (seed ${seed})`);
          for (const offset of [start, end]) {
            const before = text.charCodeAt(offset - 1);
            assert.ok(!(before >= 0xd800 && before <= 0xdbff && offset < text.length), `${what} splits a surrogate pair (seed ${seed})`);
          }
        };
        let previousEnd = 0;
        for (const turn of analysis.turns) {
          inText(turn.span.start, turn.span.end, 'turn');
          assert.ok(turn.span.start >= previousEnd, `turns overlap (seed ${seed})`);
          previousEnd = turn.span.end;
          assert.ok(turn.speaker.trim().length > 0, `empty speaker (seed ${seed})`);
          if (turn.labelSpan) {
            inText(turn.labelSpan.start, turn.labelSpan.end, 'label');
            assert.ok(turn.labelSpan.start >= turn.span.start && turn.labelSpan.end <= turn.span.end, `label outside its turn (seed ${seed})`);
          }
        }
        for (const direction of analysis.stageDirections) inText(direction.span.start, direction.span.end, 'stage direction');
        for (const topic of flatten(analysis.topics)) {
          inText(topic.span.start, topic.span.end, 'topic');
          assert.ok(topic.headingSpan.start === topic.span.start, `topic starts off its heading (seed ${seed})`);
          for (const child of topic.children) assert.ok(child.span.start >= topic.span.start && child.span.end <= topic.span.end, `child outside parent (seed ${seed})`);
        }
      }
    });
  }
});
