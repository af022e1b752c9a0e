import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { isPlausibleName } from '../../../../src/core/turns/speakerName';

describe('a note heading a translated interview', () => {
  it('is no one\'s speech, whoever signs it (`编者按`, `译者按`, a blog\'s `书童按`)', () => {
    for (const note of ['编者按', '譯者按', '书童按', '笔者按']) assert.equal(isPlausibleName(note), false, note);
    const post = [
      '__书童按：本篇是播客采访实录，初稿采用机器翻译，经书童校对。__', '',
      '**Lex Fridman  (00:00:00)**： 对我们人类来说，预测都是困难的。', '',
      '**Lex Fridman (00:00:00)** It’s hard for us humans to make any kind of clean predictions.', '',
      '**Demis Hassabis  (00:00:12)**： 是的，完全正确。', '',
      '**Demis Hassabis (00:00:12)** Yes, exactly.', '',
      '(00:00:27) 但是，如果你看看 Veo，它可以相当好地模拟液体。', '',
      '**Lex Fridman  (00:05:21)**： 这就像大自然在进行一个搜索过程。', '',
      '**Demis Hassabis  (00:05:31)**：没错。是的。', '',
      '**Lex Fridman  (00:05:32)**： 太有趣了。', '',
      '**Demis Hassabis  (00:05:33)**： 所以它们可以被有效地重新发现，因为大自然不是随机的。', '',
    ].join('\n');
    const analysis = analyze(post, {}, 'post.md');
    assert.deepEqual(analysis.speakers.map((s) => s.name), ['Lex Fridman', 'Demis Hassabis']);
    assert.equal(analysis.turns[0]!.span.start, post.indexOf('**Lex Fridman'));
    assert.equal(analysis.turns.at(-1)!.speaker, 'Demis Hassabis');
    const veo = analysis.turns.find((turn) => turn.span.start <= post.indexOf('(00:00:27)') && turn.span.end > post.indexOf('液体。'));
    assert.equal(veo?.speaker, 'Demis Hassabis');
  });

  it('is no one\'s speech when an editor\'s abstract heads a speech (`导语:`, `提要:`, an account\'s `云栖君导读：`)', () => {
    for (const note of ['导语', '導語', '提要', '导读', '云栖君导读', '编者语', '编者的话', '内容提要']) assert.equal(isPlausibleName(note), false, note);
    const page = [
      '2016级研究生开学典礼上的讲话', '',
      '导语:研究生会主席李明远在2016级研究生开学典礼上发表讲话。', '',
      '尊敬的各位老师、亲爱的同学们:', '',
      '大家好!我是工程物理系的博士生李明远。', '',
    ].join('\n');
    assert.deepEqual(analyze(page, {}, 'speech.txt').turns.map((turn) => turn.speaker).filter((name) => name === '导语'), []);
  });

  it('leaves names that only contain the character alone', () => {
    for (const name of ['按田', '王按田']) assert.equal(isPlausibleName(name), true, name);
  });
});
