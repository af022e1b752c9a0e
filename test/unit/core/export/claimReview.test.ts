import * as assert from 'node:assert/strict';
import { toClaimReview, toClaimReviewJson } from '../../../../src/core/export/claimReview';
import { noteWithoutVerdict, verdictOf } from '../../../../src/core/export/verdict';
import { validateShape } from '../../../support/jsonShape';
import { interviewAnnotations, interviewInput } from '../../../support/exportFixtures';
import { readFixture } from '../../../support/fixtures';

const schema = JSON.parse(readFixture('schemas', 'claimreview.schema.json')) as Record<string, unknown>;

describe('ClaimReview export', () => {
  const graph = toClaimReview(interviewInput());

  it('can be embedded in an HTML script block: no </script> or <!-- survives, and it parses to the same value', () => {
    const input = interviewInput();
    const hostile = '</script><script>alert(1)</script> <!-- & \u2028';
    const annotations = input.annotations.map((placed) => ({ ...placed, annotation: { ...placed.annotation, note: hostile, author: '</SCRIPT>', speaker: 'a</script' } }));
    const json = toClaimReviewJson({ ...input, annotations });
    assert.doesNotMatch(json, /<\/script|<!--|[<>&\u2028\u2029]/i);
    const reviews = (JSON.parse(json) as Record<string, unknown>)['@graph'] as { reviewBody: string; author: { name: string }; itemReviewed: { author: { name: string } } }[];
    assert.ok(reviews.length > 0);
    for (const review of reviews) {
      assert.equal(review.reviewBody, hostile);
      assert.equal(review.author.name, '</SCRIPT>');
      assert.equal(review.itemReviewed.author.name, 'a</script');
    }
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(toClaimReview({ ...input, annotations }))));
  });

  it('validates against the ClaimReview shape', () => {
    assert.deepEqual(validateShape(JSON.parse(toClaimReviewJson(interviewInput())), schema), []);
    const broken = { '@context': 'https://schema.org', '@graph': [{ '@type': 'ClaimReview', claimReviewed: '', itemReviewed: { '@type': 'Person' } }] };
    assert.ok(validateShape(broken, schema).length >= 3);
  });

  it('covers facts and forecasts only, quote as claimReviewed, speaker as the claim author', () => {
    const reviews = graph['@graph'];
    assert.equal(reviews.length, 5);
    assert.ok(reviews.every((r) => r.keywords === 'fact' || r.keywords === 'forecast'));
    const first = reviews[0]!;
    assert.equal(first.claimReviewed, '我们去年在中国的收入是170亿美元，占总收入的13%。');
    assert.deepEqual(first.itemReviewed.author, { '@type': 'Person', name: '黄仁勋' });
    assert.equal(first.itemReviewed.appearance.url, 'interview.txt#L4');
    assert.deepEqual(first.author, { '@type': 'Person', name: 'lin' });
    assert.equal(first.datePublished, '2026-11-21');
  });

  it('rates only where a verdict was given', () => {
    const reviews = graph['@graph'];
    assert.deepEqual(reviews[0]!.reviewRating, { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 });
    assert.equal(reviews[0]!.reviewBody, '财报写的是 171 亿');
    assert.equal(reviews[1]!.reviewRating, undefined);
    assert.deepEqual(reviews[3]!.reviewRating, { '@type': 'Rating', alternateName: 'Unproven' });
    assert.equal(reviews[3]!.reviewBody, undefined);
    assert.equal(reviews[4]!.itemReviewed.author!.name, '主持人');
  });

  it('reads a verdict from a verdict field before the note', () => {
    const annotation = { ...interviewAnnotations()[1]!.annotation, verdict: { label: 'False' }, note: 'verdict: True' };
    assert.deepEqual(verdictOf(annotation), { label: 'False' });
    assert.deepEqual(verdictOf({ ...annotation, verdict: undefined, note: '结论：1/3 错误' }), { label: '错误', rating: { value: 1, best: 3, worst: 1 } });
    assert.equal(verdictOf({ ...annotation, verdict: undefined, note: 'the verdict: is pending' }), null);
    assert.equal(noteWithoutVerdict('just a note'), 'just a note');
  });
});
