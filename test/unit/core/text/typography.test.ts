import * as assert from 'node:assert/strict';
import { foldTypography, trimLayout } from '../../../../src/core/text/typography';

describe('foldTypography', () => {
  it('keeps one space between two words and none next to Chinese, punctuation or the ends', () => {
    assert.equal(foldTypography('  We  are\n\tready .  ').text, 'We are ready.');
    assert.equal(foldTypography('我们\n今年的 GPU 出货量').text, '我们今年的GPU出货量');
    assert.equal(foldTypography('成本， 还有\r\n人才').text, '成本,还有人才');
  });

  it('folds full-width and curly punctuation to ASCII and the ellipsis to three dots', () => {
    assert.equal(foldTypography('「好」，對：“It’s fine”。等等…').text, '"好",對:"It\'s fine".等等...');
    assert.equal(foldTypography('ＡＢＣ１２３！').text, 'ABC123!');
  });

  it('drops zero-width characters and a stray byte-order mark', () => {
    assert.equal(foldTypography('\ufeff营\u200b收').text, '营收');
  });

  it('returns the same string when nothing changes', () => {
    const text = 'plain text,one space each.';
    assert.equal(foldTypography(text).text, text);
    assert.equal(foldTypography(text).map.isIdentity, true);
  });

  it('maps folded offsets back to the text as written', () => {
    const text = '第一段。\n\n我预计  下半年…更强';
    const folded = foldTypography(text);
    assert.equal(folded.text, '第一段.我预计下半年...更强');
    const at = folded.text.indexOf('下半年');
    const placed = trimLayout(text, folded.map.spanToSource({ start: at, end: at + 3 }));
    assert.equal(text.slice(placed.start, placed.end), '下半年');
    assert.equal(folded.map.toSource(folded.text.indexOf('更强')), text.indexOf('更强'));
    const end = folded.text.length;
    assert.deepEqual(trimLayout(text, folded.map.spanToSource({ start: folded.text.indexOf('我'), end })), { start: text.indexOf('我'), end: text.length });
  });

  it('trims layout characters at both ends of a span only', () => {
    const text = 'a\n b c \n';
    assert.deepEqual(trimLayout(text, { start: 1, end: text.length }), { start: 3, end: 6 });
    assert.deepEqual(trimLayout(text, { start: 3, end: 6 }), { start: 3, end: 6 });
  });
});
