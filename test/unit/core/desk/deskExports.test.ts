import * as assert from 'node:assert/strict';
import { toClaimReview } from '../../../../src/core/export/claimReview';
import { parseCsv, toCsv, CSV_COLUMNS } from '../../../../src/core/export/csv';
import { toMarkdown } from '../../../../src/core/export/markdown';
import type { ExportInput } from '../../../../src/core/export/model';
import { MEDIA_FRAGMENTS, toW3c } from '../../../../src/core/export/w3c';
import { fromW3c } from '../../../../src/core/export/w3cImport';
import type { Annotation } from '../../../../src/core/sidecar/model';

const TEXT = ['1', '00:00:01,000 --> 00:00:04,000', 'Host: Welcome.', '', '2', '00:01:23,450 --> 00:01:27,000', 'Jane: Revenue doubled last year.', ''].join('\n');
const QUOTE = 'Revenue doubled last year.';
const START = TEXT.indexOf(QUOTE);

const annotation: Annotation = {
  id: '7c4f0c3e-52a4-4d0e-b0f5-0a7b3e2d9c11',
  kind: 'fact',
  author: 'Ann',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-02T00:00:00.000Z',
  speaker: 'Jane',
  topic: null,
  verdict: { label: 'Mostly false', rating: { value: 2, best: 5 } },
  status: { value: 'Checked', by: 'Bo', at: '2026-01-02T00:00:00.000Z' },
  sources: [{ url: 'https://example.org/report(2025).pdf', title: 'Annual [report]', quote: 'revenue rose 40%' }, { url: 'https://stats.example/rev' }],
  target: { exact: QUOTE, prefix: 'Jane: ', suffix: '\n', start: START, end: START + QUOTE.length },
};
const input: ExportInput = { text: TEXT, source: 'talk.srt', annotations: [{ annotation, status: 'anchored', span: { start: START, end: START + QUOTE.length } }] };

describe('exports carry the desk fields and the time in the recording', () => {
  it('CSV: time, verdict, rating, status, who set it, and the sources one per line', () => {
    const [header, row] = parseCsv(toCsv(input));
    const cell = (name: (typeof CSV_COLUMNS)[number]): string => row![header!.indexOf(name)]!;
    assert.equal(cell('time'), '00:01:23');
    assert.equal(cell('verdict'), 'Mostly false');
    assert.equal(cell('rating'), '2 of 5');
    assert.equal(cell('checkStatus'), 'Checked');
    assert.equal(cell('checkStatusBy'), 'Bo');
    assert.equal(cell('sources'), 'https://example.org/report(2025).pdf Annual [report]\nhttps://stats.example/rev');
    // The placement status keeps its column and meaning.
    assert.equal(cell('status'), 'anchored');
  });

  it('Markdown: the time beside the line link, the verdict and status, sources as links that cannot break', () => {
    const markdown = toMarkdown(input);
    assert.match(markdown, /\[line 7\]\(talk\.srt#L7\) at 00:01:23/);
    assert.match(markdown, /verdict: \*\*Mostly false \(2\/5\)\*\* · status: Checked \(Bo\)/);
    assert.ok(markdown.includes('source: [Annual \\[report\\]](https://example.org/report%282025%29.pdf): “revenue rose 40%”'));
    assert.ok(markdown.includes('source: [https://stats.example/rev](https://stats.example/rev)'));
  });

  it('W3C: sources as linking bodies, the time as a media-fragment selector, the status as terms; and back', () => {
    const item = toW3c(input).first.items[0]!;
    const links = item.body.filter((body) => body.type === 'SpecificResource');
    assert.deepEqual(links[0], { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/report(2025).pdf', selector: { type: 'TextQuoteSelector', exact: 'revenue rose 40%' }, 'ta:title': 'Annual [report]' });
    assert.equal(links.length, 2);
    assert.deepEqual(item.target.selector[2], { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: 't=83.45' });
    assert.equal(item['ta:verdict'], '2/5 Mostly false');
    assert.equal(item['ta:checkStatus'], 'Checked');
    const imported = fromW3c(toW3c(input), TEXT, { newId: () => 'new', now: '2026-03-01T00:00:00.000Z' }).annotations[0]!;
    assert.deepEqual([imported.verdict, imported.status, imported.sources], [annotation.verdict, annotation.status, annotation.sources]);
  });

  it('W3C: no time selector for a transcript without times', () => {
    const plain = 'Jane: Revenue doubled last year.';
    const span = { start: 6, end: 6 + QUOTE.length };
    const item = toW3c({ text: plain, source: 't.txt', annotations: [{ annotation: { ...annotation, target: { ...annotation.target, ...span } }, status: 'anchored', span }] }).first.items[0]!;
    assert.equal(item.target.selector.length, 2);
  });

  it('ClaimReview: the rating, the sources as citations, the status, and the clip of the recording', () => {
    const review = toClaimReview(input)['@graph'][0]!;
    assert.deepEqual(review.reviewRating, { '@type': 'Rating', alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });
    assert.deepEqual(review.citation?.map((c) => [c.url, c.name, c.text]), [
      ['https://example.org/report(2025).pdf', 'Annual [report]', 'revenue rose 40%'],
      ['https://stats.example/rev', undefined, undefined],
    ]);
    assert.equal(review.creativeWorkStatus, 'Checked');
    assert.deepEqual(review.itemReviewed.appearance.hasPart, { '@type': 'Clip', name: '00:01:23', startOffset: 83.45 });
  });

  it('never turns an address the sidecar would refuse into a link', () => {
    const hostile = { ...annotation, sources: [{ url: 'javascript:alert(1)', title: 'click' }] };
    const bad: ExportInput = { ...input, annotations: [{ ...input.annotations[0]!, annotation: hostile }] };
    assert.ok(!toMarkdown(bad).includes('](javascript'));
    assert.equal(toW3c(bad).first.items[0]!.body.filter((body) => body.type === 'SpecificResource').length, 0);
    assert.equal(toClaimReview(bad)['@graph'][0]!.citation, undefined);
  });
});
