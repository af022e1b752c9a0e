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

  it('leaves names that only contain the character alone', () => {
    for (const name of ['按田', '王按田']) assert.equal(isPlausibleName(name), true, name);
  });
});
