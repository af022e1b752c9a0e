import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../../src/core/text/positions';
import { findDeclaredSpeakers } from '../../../../src/core/turns/declaredSpeakers';
import { analyseText, assertReplacementsMatchAnalyze, turnSummary } from '../transcriptFixtures';

/** Bold highlights an editor puts between a clipped headline and the byline, a blank line after each. */
const HIGHLIGHTS = Array.from({ length: 14 }, (_, i) => [`* **第${i + 1}条摘录，说的是增长要靠改革。**`, '']).flat();

/**
 * A talk as a Markdown web clipping keeps it: a `Name：headline` title, the editor's highlights, then a bold byline
 * with an escaped bar naming the person again with titles after a space, a credit, a source note and a picture.
 */
const CLIPPED_TALK = [
  '王明远：如何做决策？',
  '============',
  '',
  '**本文很长，编辑推荐大家抽出时间仔细阅读。**',
  '',
  ...HIGHLIGHTS,
  '**以下为正文：**',
  '',
  '**文** \\| 王明远 北方公司联合创始人、高级副总裁',
  '',
  '**编辑** \\| 笔记侠 浮灯',
  '',
  '**本文整理自2020年9月25日王明远产品课现场实录，**好课推荐****',
  '',
  '![图片](https://example.com/a.jpg)',
  '',
  '**战略是不同时空里投入产出比最高的策略。**',
  '',
  '其中：空间有多个含义，不同的地区、业务都是空间。',
  '',
  '如果只能看一个要素，就是行业体量。',
  '',
].join('\n');

function turnsOf(text: string): string[] {
  const fixture = analyseText(text, 'talk.md');
  return fixture.analysis.turns.map((turn) => turnSummary(fixture, turn));
}

describe('bylines of clipped talks (speakers39)', () => {
  it('gives the talk to the person a bold, escaped byline names again under a `Name：headline` title', () => {
    const lines = CLIPPED_TALK.split('\n');
    const declaration = findDeclaredSpeakers(new LineIndex(CLIPPED_TALK));
    assert.deepEqual(declaration?.names, ['王明远']);
    // The byline stands more than thirty lines below the headline, but within thirty lines of text.
    assert.ok(lines.indexOf('**文** \\| 王明远 北方公司联合创始人、高级副总裁') > 30);
    // The credit, the source note and the picture under the byline are the write-up's: the talk starts after them.
    assert.equal(declaration?.bodyStart, lines.indexOf('**战略是不同时空里投入产出比最高的策略。**'));
    const turns = turnsOf(CLIPPED_TALK);
    assert.equal(turns.length, 1);
    assert.match(turns[0]!, /^王明远\|narration\|\*\*战略是/);
    // `其中：` opens a clause, not a label: the paragraph stays the speaker's.
    assert.match(turns[0]!, /其中：空间有多个含义.*如果只能看一个要素/);
  });

  it('declares no one for a byline naming someone else, or one whose words after the name make a sentence', () => {
    assert.equal(findDeclaredSpeakers(new LineIndex(CLIPPED_TALK.replace('\\| 王明远 北方', '\\| 李华 北方'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(CLIPPED_TALK.replace('王明远 北方公司联合创始人、高级副总裁', '王明远 说，今天讲三点。'))), null);
  });

  it('looks for the byline within thirty lines of text below the headline, not further', () => {
    const farther = CLIPPED_TALK.replace('**以下为正文：**', Array.from({ length: 16 }, (_, i) => `* **再摘第${i + 1}条。**`).join('\n'));
    assert.equal(findDeclaredSpeakers(new LineIndex(farther)), null);
  });

  it('re-reads the declaration when an edit changes the byline, its bar, the lines under it or the head', () => {
    assertReplacementsMatchAnalyze(
      [
        [CLIPPED_TALK, '\\| 王明远', '\\| 王明'],
        [CLIPPED_TALK, '**文** \\|', '**文章** \\|'],
        [CLIPPED_TALK, '**编辑** \\| 笔记侠 浮灯', '编辑说这篇很好。'],
        [CLIPPED_TALK, '**本文整理自', '**本次整理自'],
        [CLIPPED_TALK, '* **第2条', '\n\n\n\n* **第2条'],
        [CLIPPED_TALK, '* **第3条摘录，说的是增长要靠改革。**\n', ''],
        [CLIPPED_TALK, '王明远：如何', '王明：如何'],
        [CLIPPED_TALK, '其中：', '其间：'],
      ],
      'talk.md',
    );
  });
});
