import * as assert from 'node:assert/strict';
import { foldChars, matchingKey } from '../../../../src/core/text/charFold';
import { foldToSimplified } from '../../../../src/core/text/fold';

describe('charFold', () => {
  const traditional = '黃仁勳說：我預計很快就會批下來。據公司年報，我們去年營收達到420億元。我認為這種擔心是多餘的。';

  it('folds Traditional to Simplified like foldToSimplified on ordinary text', () => {
    assert.equal(foldChars(traditional), foldToSimplified(traditional).text);
  });

  it('lower-cases ASCII for matching and keeps the length', () => {
    assert.equal(matchingKey('I Think 會議 GPU'), 'i think 会议 gpu');
    assert.equal(matchingKey('Ünïcode İ'), 'Ünïcode İ');
  });

  it('never changes the length, even where opencc maps to a surrogate pair', () => {
    const text = 'A㗲B預計😀𠀀';
    assert.equal(foldChars(text).length, text.length);
    assert.equal(foldChars(text), 'A㗲B预计😀𠀀');
  });

  it('returns the same string when nothing changes', () => {
    const text = '简体中文 plain english';
    assert.equal(matchingKey(text), text);
  });
});

describe('matchingKey on text starting with a BOM', () => {
  it('keeps the length (a leading U+FEFF is not dropped)', () => {
    const text = '\uFEFF據報道，營收達到420億元。';
    assert.equal(matchingKey(text).length, text.length);
    assert.equal(matchingKey(text)[0], '\uFEFF');
  });
});
