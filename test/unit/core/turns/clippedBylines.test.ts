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

/** A speech an account reposts under `Name最新演讲：subject（全文）`, clipped with its source link and a picture. */
const FULL_TEXT_SPEECH = [
  '李明远最新演讲：今后十年能够形成的五件大事（全文）',
  '================================',
  '',
  '[mp.example.com](http://mp.example.com/s?__biz=abc&mid=1&idx=1)某某公众号',
  '',
  '![图片](https://example.com/cover.jpg)',
  '',
  '全文：尊敬的各位来宾，女士们、先生们，大家好。很高兴参加这次论坛。',
  '',
  '制造业是经济的基础，这里谈几点思考。',
  '',
].join('\n');

describe('speeches headed `Name最新演讲：subject` with a full-text mark (speakers39)', () => {
  it('gives the body to the name before the speech word, from the paragraph that `全文：` opens', () => {
    const declaration = findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH));
    assert.deepEqual(declaration?.names, ['李明远']);
    assert.equal(declaration?.bodyStart, 7);
    assert.deepEqual(turnsOf(FULL_TEXT_SPEECH), ['李明远|narration|全文：尊敬的各位来宾，女士们、先生们，大家好。很高兴参加这次论坛。⏎⏎制造业是经济的基础，这里谈几点思考。']);
    // The headline's `（全文）` alone is enough when the first paragraph opens without `全文：`.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH.replace('全文：尊敬', '尊敬')))?.names, ['李明远']);
    // `全文：` alone is enough when the headline carries no mark.
    assert.deepEqual(findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH.replace('（全文）', '')))?.names, ['李明远']);
  });

  it('declares no one over a report on the speech, or for an organisation before the speech word', () => {
    // No full-text mark anywhere: the same headline heads reports about a speech.
    assert.equal(findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH.replace('（全文）', '').replace('全文：尊敬', '尊敬'))), null);
    assert.equal(findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH.replace('李明远最新演讲', '北方大学最新演讲'))), null);
    // A headline that is a sentence names no speech.
    assert.equal(findDeclaredSpeakers(new LineIndex(FULL_TEXT_SPEECH.replace('五件大事（全文）', '五件大事。（全文）'))), null);
  });

  it('re-reads the declaration when an edit makes or unmakes the headline, its mark or the opening', () => {
    assertReplacementsMatchAnalyze(
      [
        [FULL_TEXT_SPEECH, '（全文）', ''],
        [FULL_TEXT_SPEECH, '全文：尊敬', '尊敬'],
        [FULL_TEXT_SPEECH, '最新演讲：', '最新消息：'],
        [FULL_TEXT_SPEECH, '李明远最新', '李明最新'],
        [FULL_TEXT_SPEECH, ')某某公众号', ')某某公众号，转载'],
        [FULL_TEXT_SPEECH, '![图片](https://example.com/cover.jpg)', '图片说明，一段文字。'],
      ],
      'talk.md',
    );
  });
});
