import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/analysis/analyze';
import { asShown, sentenceText } from '../../../../src/core/claims/sentences';

describe('a web page saved as text: its claims shown without markup (issue 9, claims-en15)', () => {
  it('decodes character references and takes page tags out', () => {
    assert.equal(asShown('It&#39;s known as section 12 of the county code.&nbsp;', 'plain'), "It's known as section 12 of the county code.");
    assert.equal(asShown('The firm, <i>Hale &amp; Ross</i>, filed 3 motions.', 'plain'), 'The firm, Hale & Ross, filed 3 motions.');
    assert.equal(asShown('The audit ended in May.<br/><br/>The board met twice', 'markdown'), 'The audit ended in May. The board met twice');
    assert.equal(asShown('Prices rose&nbsp;&nbsp;&nbsp;4% in March.', undefined), 'Prices rose 4% in March.');
  });

  it('shows no control character a reference names', () => {
    const shown = asShown('Fares rose &#27;[31m9%&#27;[0m in 2024.&nbsp;', 'plain');
    assert.ok([...shown].every((c) => c.charCodeAt(0) >= 0x20 && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f)), JSON.stringify(shown));
    assert.ok(shown.startsWith('Fares rose') && shown.endsWith('in 2024.'), shown);
  });

  it('drops the closing bold mark a label left before the speech', () => {
    assert.equal(asShown('&nbsp;** The library ships 40 components.', 'markdown'), 'The library ships 40 components.');
    // An opening mark (a word right after it) is the speech's own emphasis.
    assert.equal(asShown('**Together** raised $100m in 2023.&nbsp;', 'markdown'), '**Together** raised $100m in 2023.');
  });

  it('leaves text without references or page tags, and subtitles, as they are', () => {
    assert.equal(asShown('Revenue rose 4% to $2 billion & change.', 'plain'), 'Revenue rose 4% to $2 billion & change.');
    assert.equal(asShown('See <https://example.org> for the 2024 figures.', 'markdown'), 'See <https://example.org> for the 2024 figures.');
    assert.equal(asShown('Dinner is at 8 &amp; late.', 'srt'), 'Dinner is at 8 &amp; late.');
  });

  it('shows a claim of a pasted page without its markup; its span still covers the text as written', () => {
    const text = [
      '**ANNE:&nbsp;** The county collected 4,200 tonnes of waste in 2023.&nbsp;',
      '',
      '**BEN:&nbsp;** It&#39;s the highest figure since 2011, up 12% on <i>last</i> year.',
      '',
    ].join('\n');
    const claims = analyze(text, {}, 'notes.md').claims;
    const shown = claims.map((claim) => claim.text);
    assert.ok(shown.includes('The county collected 4,200 tonnes of waste in 2023.'), JSON.stringify(shown));
    assert.ok(shown.includes("It's the highest figure since 2011, up 12% on last year."), JSON.stringify(shown));
    for (const claim of claims) {
      assert.ok(!/&[a-z#0-9]+;|<\/?i>|\*\*/.test(claim.text), claim.text);
      assert.equal(claim.text, sentenceText(text, claim.span, 'markdown'));
      assert.ok(text.slice(claim.span.start, claim.span.end).length >= claim.text.length);
    }
  });
});
