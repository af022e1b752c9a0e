import * as assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import type { AnchorResult } from '../../../../src/core/anchoring/model';
import { reanchor, Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import type { AnnotationTarget } from '../../../../src/core/sidecar/model';

function tagged(text: string, quote: string, occurrence = 0): AnnotationTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, quote);
  return quoteTarget(text, { start: at, end: at + quote.length });
}

function placedText(text: string, result: AnchorResult): string | null {
  return result.span ? text.slice(result.span.start, result.span.end) : null;
}

/** Unrelated speech that pushes text far from a tag's old position (no figures, no names). */
const FILLER = 'and then we spent the rest of the afternoon on the agenda items that were left over from before, '.repeat(12);

describe('re-anchoring short quotes whose neighbours were edited', () => {
  it('places a name, unique in the new text, whose sentence was rewritten around it', () => {
    const before = 'Q: Who chaired the review?\nA: It was chaired by Margaret Hodge, who had just come back from leave.\nQ: And the outcome?\n';
    const target = tagged(before, 'Margaret Hodge');
    const after = 'Q: Who led it?\nA: Members picked Margaret Hodge; she took over in May.\nQ: And the outcome?\n';
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), 'Margaret Hodge');
  });

  it('places a short answer whose question and follow-up were both reworded', () => {
    const before = 'Q: Did the board approve the merger in the end?\nA: No. It was voted down in March by a wide margin.\n';
    const target = tagged(before, 'No.');
    const after = 'Q: So the board never approved that merger?\nA: No. The March vote went clearly against it.\n';
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), 'No.');
  });

  it('places a Chinese figure whose sentence was rewritten, also after a Traditional→Simplified conversion', () => {
    const before = '林雅婷：第一季呢？\n陳立文：今年第一季營收增長 3.2%，主要來自車用晶片。\n林雅婷：第二季呢？\n';
    const target = tagged(before, '增長 3.2%');
    const after = '林雅婷：第一季呢？\n陳立文：根據最新財報，第一季營收較去年同期增長 3.2%，成長動能來自伺服器。\n林雅婷：第二季呢？\n';
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), '增長 3.2%');

    const converted = OpenCC.Converter({ from: 'tw', to: 'cn' })(after);
    const folded = reanchor(converted, target);
    assert.equal(folded.status, 'fuzzy');
    assert.equal(placedText(converted, folded), '增长 3.2%');
  });

  it('places a short quote among many tags, where the drift of its neighbours says it moved', () => {
    const before = `Q: Where was the plant?\nA: In Tainan, next to the old sugar factory.\n${FILLER}\nQ: How many jobs?\nA: About 3,000 at first.\n`;
    const targets = [tagged(before, 'Where was the plant?'), tagged(before, 'Tainan'), tagged(before, 'How many jobs?')];
    const after = `Opening remarks by the chair.\n${before}`.replace('In Tainan, next to the old sugar factory.', 'It was built in Tainan on land the city sold cheaply.');
    const results = new Reanchorer(after).anchorAll(targets);
    assert.deepEqual(results.map((r) => r.status), ['anchored', 'fuzzy', 'anchored']);
    assert.equal(placedText(after, results[1]!), 'Tainan');
  });

  it('orphans a short quote whose own text is gone, though it still stands once far away', () => {
    const before = `Q: Did the board approve it?\nA: No. It was voted down in March.\n${FILLER}\nQ: Any regrets?\nA: No. We would do it again.\n`;
    const target = tagged(before, 'No.');
    const after = before.replace('A: No. It was voted down in March.', 'A: The vote in March went against it.');
    const result = reanchor(after, target);
    assert.equal(result.status, 'orphaned', JSON.stringify(result.span));
    assert.equal(new Reanchorer(after).anchorAll([tagged(before, 'Did the board approve it?'), target])[1]!.status, 'orphaned');
  });

  it('orphans a short quote that now stands twice, neither with its context', () => {
    const before = '陳立文：今年第一季營收增長 3.2%，主要來自車用晶片。\n林雅婷：第二季呢？\n';
    const target = tagged(before, '增長 3.2%');
    const after = '陳立文：成本增長 3.2%，而營收同樣增長 3.2%，都在預期之內。\n林雅婷：第二季呢？\n';
    assert.equal(reanchor(after, target).status, 'orphaned');
  });

  it('orphans a short quote whose twin stood beside it, once the tagged one is edited away', () => {
    const before = 'A: Costs rose ten percent this year and will rise ten percent next year, we think.\nQ: Why?\n';
    const target = tagged(before, 'ten percent');
    const after = before.replace('rose ten percent this year', 'rose sharply this year');
    assert.equal(reanchor(after, target).status, 'orphaned');
  });

  it('orphans a corrected word whose copy stands in the next sentence, since its context still surrounds the correction', () => {
    const before = '[Speaker 2] [05:38] Take this. Brian is sort of the supportive parent.\n[Speaker 1] [05:41] A supportive parent, but, like, one who asks questions.\n';
    const target = tagged(before, 'supportive');
    const after = before.replace('the supportive parent', 'the helpful parent');
    assert.equal(reanchor(after, target).status, 'orphaned');
    const neighbours = [tagged(before, 'Take this.'), target, tagged(before, 'one who asks questions.')];
    assert.deepEqual(new Reanchorer(after).anchorAll(neighbours).map((r) => r.status), ['anchored', 'orphaned', 'anchored']);
  });

  it('orphans a corrected Chinese word whose copy follows it, also after a Traditional→Simplified conversion', () => {
    const before = '陳立文：這是供應鏈的問題。\n林雅婷：供應鏈的問題有多嚴重？\n';
    const target = tagged(before, '供應鏈');
    const after = before.replace('這是供應鏈的問題', '這是物流的問題');
    assert.equal(reanchor(after, target).status, 'orphaned');
    assert.equal(reanchor(OpenCC.Converter({ from: 'tw', to: 'cn' })(after), target).status, 'orphaned');
  });

  it('orphans a short quote unique in the new text but far from where it was and without its context', () => {
    const before = `A: It was chaired by Margaret Hodge, who had just come back from leave.\n${FILLER}\nQ: Thank you.\n`;
    const target = tagged(before, 'Margaret Hodge');
    const after = `A: The committee chose its own chair.\n${FILLER}\nQ: Thank you. We will also hear from Margaret Hodge next week.\n`;
    assert.equal(reanchor(after, target).status, 'orphaned');
  });
});

describe('re-anchoring a sentence with a clause inserted near its end', () => {
  it('ends on the quote\'s last words after a long English clause is inserted before them', () => {
    const before = 'Q: What do you expect?\nA: We expect revenue to grow by about ten percent over the next year. That is our plan.\n';
    const target = tagged(before, 'We expect revenue to grow by about ten percent over the next year.');
    const after = before.replace('ten percent over', 'ten percent, if the tariffs on imported chips are lifted, over');
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), 'We expect revenue to grow by about ten percent, if the tariffs on imported chips are lifted, over the next year.');
  });

  it('ends on the quote\'s last words after a long Chinese phrase is inserted before them', () => {
    const before = '林雅婷：明年呢？\n陳立文：我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。\n林雅婷：謝謝。\n';
    const target = tagged(before, '我預計下半年的需求會更強，明年很可能會再擴建兩座工廠。');
    const after = before.replace('兩座工廠', '兩座位於台南科學園區的先進封裝工廠');
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), '我預計下半年的需求會更強，明年很可能會再擴建兩座位於台南科學園區的先進封裝工廠。');
  });

  it('starts on the quote\'s first words after a long clause is inserted just after them', () => {
    const before = 'Q: What do you expect?\nA: Our company expects revenue to grow by about ten percent over the next year. That is our plan.\n';
    const target = tagged(before, 'Our company expects revenue to grow by about ten percent over the next year.');
    const after = before.replace('Our company expects', 'Our company, after long talks with the bank and the board, expects');
    const result = reanchor(after, target);
    assert.equal(result.status, 'fuzzy');
    assert.equal(placedText(after, result), 'Our company, after long talks with the bank and the board, expects revenue to grow by about ten percent over the next year.');
  });

  it('keeps a repeated last word inside the quote (rolling captions unrolled)', () => {
    const before = '12\n00:00:53,000 --> 00:00:58,790\nuses your generosity to build his his church, and so thank you.\n';
    const target = tagged(before, 'uses your generosity to build his his');
    const after = '53\n00:00:54,990 --> 00:00:55,000\nuses your generosity to build his his\n\n54\n00:00:55,000 --> 00:00:56,310\nchurch and so\n';
    const result = reanchor(after, target);
    assert.equal(placedText(after, result), 'uses your generosity to build his his');
  });

  it('still leaves a sentence added after the quote outside it', () => {
    const before = 'A: We expect revenue to grow by about ten percent over the next year.\nQ: Thanks.\n';
    const target = tagged(before, 'We expect revenue to grow by about ten percent over the next year.');
    const after = before.replace('about ten percent over the next year.', 'about nine percent over the next year. Costs will fall as well, we think.');
    const result = reanchor(after, target);
    assert.equal(placedText(after, result), 'We expect revenue to grow by about nine percent over the next year.');
  });
});
