import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { readsAsDocumentHeadline } from '../../../../src/core/topics/documentHeadline';
import { assertEditsAcrossOffsetsMatchAnalyze, assertReplacementsMatchAnalyze } from '../transcriptFixtures';
import { topicTitles } from './topicTitles';

/** A blog post as the page prints it: its date, its title (a category tag in brackets) twice, a summary, the speech. */
const POST = [
  '2021年3月8日',
  '',
  '[校園紀事] 2021/03/08 新生入學座談',
  '',
  '[校園紀事] 2021/03/08 新生入學座談',
  '',
  '院長勉勵新生',
  '',
  '院長致詞稿',
  '',
  '各位同學、各位家長大家好:',
  '    歡迎大家來到學院,本院成立於1998年,目前有五個學系,學生約三千人。',
  '    希望大家在這裡找到自己的方向,也找到一起努力的朋友。',
].join('\n');

function speakerAt(text: string, lineText: string): string | null {
  const analysis = analyze(text, {}, 'post.txt');
  const start = text.indexOf(lineText);
  return analysis.turns.find((t) => t.span.start <= start && start < t.span.end)?.speaker ?? null;
}

describe('a post\'s date over its title printed twice with a bracketed tag', () => {
  it('titles the post with the repeated line, not the date, and gives the tag no turn', () => {
    const titles = topicTitles(analyze(POST, {}, 'post.txt').topics);
    assert.ok(!titles.includes('2021年3月8日'), titles.join(' | '));
    assert.deepEqual(titles.slice(0, 2), ['[校園紀事] 2021/03/08 新生入學座談', '[校園紀事] 2021/03/08 新生入學座談']);
    assert.equal(speakerAt(POST, '[校園紀事]'), null);
    assert.equal(speakerAt(POST, '    歡迎大家'), null);
  });

  it('reads no bare date as a headline, and a dated headline still', () => {
    assert.ok(!readsAsDocumentHeadline('2021年3月8日'));
    assert.ok(!readsAsDocumentHeadline('二〇二一年三月八日'));
    assert.ok(readsAsDocumentHeadline('2021年新生入學座談會紀實'));
  });

  it('keeps a tag said once as the turn it was, and a bracketed link out of the title', () => {
    const once = POST.replace('[校園紀事] 2021/03/08 新生入學座談\n\n[校園', '[校園');
    assert.equal(topicTitles(analyze(once, {}, 'post.txt').topics).includes('[校園紀事] 2021/03/08 新生入學座談'), false);
    const linked = POST.replaceAll('[校園紀事] 2021', '[校園紀事](https://example.org/tag) 2021');
    assert.equal(topicTitles(analyze(linked, {}, 'post.txt').topics).some((t) => t.includes('新生入學座談')), false);
  });

  it('keeps incremental analysis exact when the date, either copy or the lines under them are edited', () => {
    assertReplacementsMatchAnalyze([
      [POST, '2021年3月8日', '新生入學'],
      [POST, '座談\n\n[校園', '座談會\n\n[校園'],
      [POST, '\n\n院長勉勵', '\n院長勉勵'],
      [POST, '[校園紀事] 2021/03/08 新生入學座談\n\n院長', '院長'],
    ], 'post.txt');
    assertEditsAcrossOffsetsMatchAnalyze(POST, 'post.txt', [['座', 0], ['\n', 0], ['', 1]], 0, POST.indexOf('院長致詞稿'));
  });
});
