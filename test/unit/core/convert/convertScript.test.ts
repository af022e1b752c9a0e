import * as assert from 'node:assert/strict';
import { convertScript, detectScript, displayInScript, loadScriptDisplay } from '../../../../src/core/convert/converter';

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

  it('converts Traditional to Simplified, turning Taiwanese phrases back only when asked', async () => {
    const source = '我們的軟體需要更多記憶體。';
    const plain = await convertScript(source, 'cn');
    assert.equal(plain.from, 't');
    assert.equal(plain.text, '我们的软体需要更多记忆体。');
    // Taiwanese-phrase reversal misfires on general text, so it is opt-in.
    assert.equal((await convertScript('這次行程的核心', 'cn')).text, '这次行程的核心');
    const phrases = await convertScript(source, 'cn', { from: 'twp' });
    assert.equal(phrases.text, '我们的软件需要更多内存。');
    assert.equal(phrases.map.toTarget(source.length), phrases.text.length);
    assert.equal(phrases.map.toSource(phrases.text.indexOf('。')), source.indexOf('。'));
  });

  it('converts between Traditional regions', async () => {
    assert.equal((await convertScript('裡面的軟體', 'hk')).text, '裏面的軟體');
    assert.equal((await convertScript('裏面的軟體', 'tw')).text, '裡面的軟體');
    assert.equal((await convertScript('裡面的軟體', 'hk', { from: 'twp' })).text, '裏面的軟件');
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

  it('gives a synchronous display function for many labels at once', async () => {
    const show = await loadScriptDisplay('twp');
    assert.deepEqual(['黄仁勋', '內存', '软件', 'Host'].map(show), ['黃仁勳', '記憶體', '軟體', 'Host']);
  });
});
