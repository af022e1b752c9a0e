import * as assert from 'node:assert/strict';
import { convertScript, detectScript, displayInScript } from '../../../../src/core/convert/converter';

describe('convertScript', () => {
  it('converts Simplified to Taiwan Traditional with phrases, changing lengths', async () => {
    const source = '我们的软件需要更多内存。';
    const converted = await convertScript(source, 'twp');
    assert.equal(converted.text, '我們的軟體需要更多記憶體。');
    assert.equal(converted.from, 'cn');
    // 内存 (2) became 記憶體 (3): the full stop moves one place right.
    assert.equal(converted.map.toTarget(source.indexOf('。')), converted.text.indexOf('。'));
    assert.deepEqual(converted.map.spanToTarget({ start: source.indexOf('内存'), end: source.indexOf('内存') + 2 }), {
      start: converted.text.indexOf('記憶體'),
      end: converted.text.indexOf('記憶體') + 3,
    });
  });

  it('converts Simplified to Taiwan and Hong Kong without phrases', async () => {
    assert.equal((await convertScript('软件和内存', 'tw')).text, '軟件和內存');
    assert.equal((await convertScript('着火了', 'hk')).text, '着火了');
    assert.equal((await convertScript('里面', 'tw')).text, '裡面');
  });

  it('converts Taiwan Traditional with phrases back to Simplified', async () => {
    const source = '我們的軟體需要更多記憶體。';
    const converted = await convertScript(source, 'cn');
    assert.equal(converted.from, 't');
    assert.equal(converted.text, '我们的软件需要更多内存。');
    assert.equal(converted.map.toTarget(source.length), converted.text.length);
    assert.equal(converted.map.toSource(converted.text.indexOf('。')), source.indexOf('。'));
  });

  it('leaves text in the target script and non-Chinese text as it is', async () => {
    const english = 'Revenue grew 30% (USD), as expected.';
    const converted = await convertScript(english, 'twp');
    assert.equal(converted.text, english);
    assert.equal(converted.map.isIdentity, true);
    assert.equal((await convertScript('我们预计', 'cn')).text, '我们预计');
  });

  it('guesses the source script', async () => {
    assert.equal(await detectScript('黃仁勳說：我預計'), 't');
    assert.equal(await detectScript('黄仁勋说：我预计'), 'cn');
    assert.equal(await detectScript('plain English'), 'cn');
  });

  it('shows names in the preferred script, whatever script they are written in', async () => {
    assert.equal(await displayInScript('黄仁勋', 'tw'), '黃仁勳');
    assert.equal(await displayInScript('黃仁勳', 'tw'), '黃仁勳');
    assert.equal(await displayInScript('黃仁勳', 'cn'), '黄仁勋');
    assert.equal(await displayInScript('Jensen Huang', 'hk'), 'Jensen Huang');
  });
});
