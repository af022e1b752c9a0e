import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toClaimReview } from '../../../../src/core/export/claimReview';
import { verdictOf } from '../../../../src/core/export/verdict';
import { decodeSidecar, encodeSidecar } from '../../../../src/core/sidecar/codec';
import { repoRoot } from '../../repoRoot';

describe('verdict field in the sidecar', () => {
  const text = '黄仁勋：我们去年的收入是170亿美元。';
  const source = JSON.stringify({
    version: 1,
    annotations: [
      {
        id: '3c12f92f-ff0a-48d0-af9c-b4a588ba3e5c',
        kind: 'fact',
        author: 'lin',
        created: '2026-11-20T08:00:00.000Z',
        modified: '2026-11-20T08:00:00.000Z',
        speaker: '黄仁勋',
        topic: null,
        target: { exact: '我们去年的收入是170亿美元。', prefix: '黄仁勋：', suffix: '', start: 4, end: 19 },
        verdict: '2/5 Mostly false',
      },
    ],
  });

  it('is described by the schema, in the older text form and as an object', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot(), 'schemas/annotations.schema.json'), 'utf8')) as {
      definitions: { annotation: { properties: { verdict: { oneOf: { type: string }[] } } } };
    };
    assert.deepEqual(schema.definitions.annotation.properties.verdict.oneOf.map((form) => form.type), ['string', 'object']);
  });

  it('survives the codec and becomes the ClaimReview rating', () => {
    const decoded = decodeSidecar(source);
    assert.ok(decoded.ok);
    const annotation = decoded.document.annotations[0]!;
    assert.deepEqual(verdictOf(annotation), { label: 'Mostly false', rating: { value: 2, best: 5, worst: 1 } });
    const again = decodeSidecar(encodeSidecar(decoded.document));
    assert.ok(again.ok);
    assert.deepEqual(verdictOf(again.document.annotations[0]!), verdictOf(annotation));
    const review = toClaimReview({ text, source: 't.txt', annotations: [{ annotation, status: 'anchored', span: { start: 4, end: 19 } }] })['@graph'][0]!;
    assert.equal(review.reviewRating!.ratingValue, 2);
  });
});
