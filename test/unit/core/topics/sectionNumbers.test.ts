import * as assert from 'node:assert/strict';
import { analyseText, assertReplacementsMatchAnalyze } from '../transcriptFixtures';

/** A dialogue write-up: a numbered section whose title is broken after a comma, over the host's first question. */
const DIALOGUE = [
  '对话某公司：两年里我们找到了新方法',
  '',
  '作者 | 某编辑部',
  '十月，主持人张三和某公司副总裁李四、王五进行了一场对话。',
  '',
  '01',
  '',
  '大模型时代的应用开发,',
  '',
  '创意验证更容易了',
  '',
  '张三:李四总做了很多年产品，有没有观察到开发方式的变化？',
  '',
  '李四:变化很大，开发者可以更快地验证想法。',
  '',
  '02',
  '',
  '尊重行业经验',
  '',
  '张三:行业经验还重要吗？',
  '',
  '王五:非常重要，我们一直这样做。',
].join('\n');

const topicTitles = (text: string): string[] => analyseText(text, 'dialogue.txt').analysis.topics.map((t) => t.title);

describe('section numbers alone on their line (`01` over a title)', () => {
  it('make the line under them a section title, a title broken after a pause counting once', () => {
    // The headline is a one-off name over a title (turns/scheme.ts headsATitle), no speaker label: it titles the page.
    assert.deepEqual(topicTitles(DIALOGUE), ['对话某公司：两年里我们找到了新方法', '大模型时代的应用开发,', '尊重行业经验']);
  });

  it('are zero-padded: a page number or a sentence under a number titles nothing', () => {
    assert.deepEqual(topicTitles(DIALOGUE.replace('\n01\n', '\n1\n').replace('\n02\n', '\n2\n')).includes('尊重行业经验'), true);
    assert.ok(!topicTitles(DIALOGUE.replace('\n01\n', '\n1\n')).includes('大模型时代的应用开发,'));
    assert.ok(!topicTitles(DIALOGUE.replace('尊重行业经验', '我们要尊重行业经验。')).some((t) => t.includes('行业经验')));
    // A label under the number is a speaker, not a title.
    assert.ok(!topicTitles(DIALOGUE.replace('\n02\n\n尊重行业经验\n', '\n02\n')).some((t) => t.startsWith('张三')));
  });

  it('keeps incremental analysis exact when the number, its title or the title\'s second line is edited', () => {
    assertReplacementsMatchAnalyze([
      [DIALOGUE, '\n01\n', '\n1\n'],
      [DIALOGUE.replace('\n01\n', '\n1\n'), '\n1\n', '\n01\n'],
      [DIALOGUE, '01', '012'],
      [DIALOGUE, '应用开发,', '应用开发。'],
      [DIALOGUE, '应用开发,', '应用开发'],
      [DIALOGUE, '应用开发,', '应用开发以及企业级产品在这个新时代里面所面对的种种新的机会和挑战,'],
      [DIALOGUE, '创意验证更容易了', '创意验证更容易了以及企业级产品在这个新时代里面所面对的种种新的机会'],
      [DIALOGUE, '张三:李四总', '张三李四总'],
      [DIALOGUE, '创意验证更容易了', '创意验证更容易了。'],
      [DIALOGUE, '\n\n创意验证', '\n\n\n创意验证'],
      [DIALOGUE, '尊重行业经验', '尊重行业经验：'],
      [DIALOGUE.replace('\n02\n', '\n2\n'), '\n2\n', '\n02\n'],
    ], 'dialogue.txt');
  });
});
