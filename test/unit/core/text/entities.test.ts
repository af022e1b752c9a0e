import * as assert from 'node:assert/strict';
import { decodeHtmlEntities } from '../../../../src/core/text/entities';

describe('decodeHtmlEntities', () => {
  it('decodes named, decimal and hex references and maps offsets back to the text as written', () => {
    const written = 'It&#39;s&nbsp;R&amp;D &#x4e2d;文';
    const { text, map } = decodeHtmlEntities(written);
    assert.equal(text, 'It\'s\u00a0R&D 中文');
    // `s` after the apostrophe, `D` after the ampersand and `文` after the hex reference.
    for (const ch of ['s', 'D', '文']) {
      const decodedAt = text.indexOf(ch, ch === 's' ? 3 : 0);
      assert.equal(written[map.toSource(decodedAt)], ch);
    }
    // A span covering a whole reference maps to the whole reference.
    const amp = text.indexOf('&');
    assert.deepEqual(map.spanToSource({ start: amp, end: amp + 1 }), { start: written.indexOf('&amp;'), end: written.indexOf('&amp;') + 5 });
  });

  it('leaves unknown names, missing semicolons and invalid code points as written', () => {
    for (const written of ['AT&T', '&bogus;', '&amp without end', '&#0;', '&#xD800;', '&#x110000;', 'a && b']) {
      const { text, map } = decodeHtmlEntities(written);
      assert.equal(text, written);
      assert.ok(map.isIdentity, written);
    }
  });

  it('decodes only one level: `&amp;lt;` becomes `&lt;`, not `<`', () => {
    assert.equal(decodeHtmlEntities('&amp;lt;').text, '&lt;');
  });
});
