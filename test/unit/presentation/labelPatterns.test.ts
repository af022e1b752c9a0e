import assert from 'node:assert/strict';
import { BoundedRegExp, checkLabelPattern, compileLabelPatterns, hasNestedQuantifier, MAX_PATTERN_INPUT } from '../../../src/presentation/labelPatterns';

describe('speaker-label patterns from settings', () => {
  it('accepts an ordinary label pattern and finds the speaker', () => {
    const check = checkLabelPattern('^主持人(?<speaker>[^：]{1,4})：');
    assert.ok(check.ok);
    assert.equal(check.regex.exec('主持人小王：你好')?.groups?.speaker, '小王');
  });

  it('rejects nested repetition that backtracks exponentially', () => {
    for (const source of ['(a+)+$', '^(\\w*:)*x', '((ab)*)+', '(?:x|xy)*z']) {
      const check = checkLabelPattern(source);
      assert.equal(check.ok, false, source);
    }
  });

  it('allows a repeated group without inner repetition and a quantified atom after a group', () => {
    assert.equal(hasNestedQuantifier('^(?:Q|A)[:：]'), false);
    assert.equal(hasNestedQuantifier('^(\\d\\d):?(\\d\\d)?\\s+\\w+:'), false);
    assert.equal(hasNestedQuantifier('^[(+*]+(ab){2}'), false);
  });

  it('ignores quantifiers that are escaped or inside a character class', () => {
    assert.equal(hasNestedQuantifier('^(\\+\\*)+'), false);
    assert.equal(hasNestedQuantifier('^([+*])+'), false);
  });

  it('rejects back-references, invalid syntax, empty and over-long patterns with a reason', () => {
    const { regexes, problems } = compileLabelPatterns(['(a)\\1', '([', '', 'x'.repeat(201), '^Q:']);
    assert.equal(regexes.length, 1);
    assert.deepEqual(
      problems.map((p) => p.source.slice(0, 3)),
      ['(a)', '([', '', 'xxx'],
    );
    assert.ok(problems.every((p) => p.reason.length > 0));
  });

  it('only lets a pattern see a bounded prefix of its input, keeping indices valid', () => {
    const regex = new BoundedRegExp('Z', 'u');
    assert.equal(regex.test(`${'a'.repeat(MAX_PATTERN_INPUT)}Z`), false);
    const match = regex.exec('abcZ');
    assert.equal(match?.index, 3);
    assert.equal('xxZ'.replace(regex, '!'), 'xx!');
  });
});
