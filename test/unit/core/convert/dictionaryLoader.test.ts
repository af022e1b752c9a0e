import * as assert from 'node:assert/strict';
import { bundledDictionaryLoader, parseSimplifiedToTraditionalDictionaries } from '../../../../src/core/convert/dictionaryLoader';
import { convertScript, useDictionaryLoader } from '../../../../src/core/convert/converter';

describe('the Simplified→Traditional dictionary loader', () => {
  afterEach(() => useDictionaryLoader(bundledDictionaryLoader));

  it('is what conversions from Simplified use, and replacing it drops converters built with the old one', async () => {
    assert.equal((await convertScript('一丝不挂', 'tw', { from: 'cn' })).text, '一絲不掛');
    let loads = 0;
    useDictionaryLoader(async () => {
      loads++;
      // A made-up phrase table: 一丝 → 壹絲 shows these dictionaries, not the bundled ones, were used.
      return { STPhrases: '一丝 壹絲', STPhrasesRegional: '一丝 壹絲' };
    });
    assert.equal((await convertScript('一丝', 'tw', { from: 'cn' })).text, '壹絲');
    await convertScript('一丝', 'tw', { from: 'cn' });
    assert.equal(loads, 1, 'loaded once for the converter, then kept');
  });

  it('is asked again after a failed load', async () => {
    let attempts = 0;
    useDictionaryLoader(async () => {
      attempts++;
      if (attempts === 1) throw new Error('unreadable');
      return bundledDictionaryLoader();
    });
    await assert.rejects(convertScript('软件', 'twp', { from: 'cn' }), /unreadable/);
    assert.equal((await convertScript('软件', 'twp', { from: 'cn' })).text, '軟體');
    assert.equal(attempts, 2);
  });

  it('accepts only both dictionaries as strings from a file', () => {
    assert.deepEqual(parseSimplifiedToTraditionalDictionaries({ STPhrases: 'a b', STPhrasesRegional: '', extra: 1 }), { STPhrases: 'a b', STPhrasesRegional: '' });
    assert.throws(() => parseSimplifiedToTraditionalDictionaries(null), /not an object/);
    assert.throws(() => parseSimplifiedToTraditionalDictionaries([]), /lack/);
    assert.throws(() => parseSimplifiedToTraditionalDictionaries({ STPhrases: 'a b', STPhrasesRegional: 3 }), /lack/);
  });
});
