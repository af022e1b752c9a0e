import * as assert from 'node:assert/strict';
import { convertDocumentScript, type PlacedForConversion } from '../../../../src/core/convert/convertAnnotations';
import { convertScript } from '../../../../src/core/convert/converter';
import type { Annotation } from '../../../../src/core/sidecar/model';
import { Reanchorer } from '../../../../src/core/anchoring/reanchor';
import { quoteTarget } from '../../../../src/core/anchoring/target';
import { TWENTY_SOURCE as SOURCE, TWENTY_STATEMENTS as STATEMENTS } from '../../../support/convertTwenty';


function tagged(text: string): PlacedForConversion<Annotation>[] {
  return STATEMENTS.map((statement, i) => {
    const start = text.indexOf(statement);
    assert.ok(start >= 0, `statement ${i} is in the fixture`);
    const span = { start, end: start + statement.length };
    const annotation: Annotation = {
      id: `id-${i}`,
      kind: (['fact', 'forecast', 'opinion'] as const)[i % 3]!,
      author: 'lin',
      created: '2026-11-20T08:00:00.000Z',
      modified: '2026-11-20T08:00:00.000Z',
      speaker: i % 2 ? '黄仁勋' : '主持人',
      topic: i < 10 ? '访谈：软件与硬件' : '第二部分：人工智能',
      target: quoteTarget(text, span),
    };
    return { annotation, status: 'anchored', span };
  });
}

function placedAgain(annotations: readonly Annotation[]): PlacedForConversion<Annotation>[] {
  return annotations.map((annotation) => ({ annotation, status: 'anchored', span: { start: annotation.target.start, end: annotation.target.end } }));
}

/** Every annotation re-anchors as `anchored` where stored; its quote is exactly the converted statement, with matching context. */
function assertAllExact(text: string, annotations: readonly Annotation[], expected: readonly string[]): void {
  assert.equal(annotations.length, 20);
  const results = new Reanchorer(text).anchorAll(annotations.map((a) => a.target));
  annotations.forEach((a, i) => {
    assert.equal(results[i]!.status, 'anchored', `annotation ${i}: anchored`);
    assert.deepEqual(results[i]!.span, { start: a.target.start, end: a.target.end }, `annotation ${i}: where it is stored`);
    assert.equal(text.slice(a.target.start, a.target.end), a.target.exact, `annotation ${i}: quote equals the slice`);
    assert.equal(a.target.exact, expected[i], `annotation ${i}: the whole converted statement`);
    assert.deepEqual(quoteTarget(text, a.target), { ...a.target }, `annotation ${i}: prefix and suffix from the new text`);
  });
}

describe('convertDocumentScript', () => {
  it('keeps twenty tags exact through Simplified → Taiwan (phrases) → Simplified', async () => {
    const original = tagged(SOURCE);

    const toTaiwan = await convertDocumentScript(SOURCE, original, { 老黄: '黄仁勋' }, 'twp');
    assert.equal(toTaiwan.from, 'cn');
    assert.ok(toTaiwan.text.includes('記憶體') && toTaiwan.text.includes('程式設計師') && toTaiwan.text.includes('部落格'));
    assert.notEqual(toTaiwan.text.length, SOURCE.length, 'phrases changed the length');
    const inTaiwan = await Promise.all(STATEMENTS.map(async (s) => (await convertScript(s, 'twp', { from: 'cn' })).text));
    assertAllExact(toTaiwan.text, toTaiwan.annotations, inTaiwan);
    assert.equal(toTaiwan.annotations[1]!.speaker, '黃仁勳');
    assert.equal(toTaiwan.annotations[0]!.topic, '訪談：軟體與硬體');
    assert.deepEqual(toTaiwan.speakerAliases, { 老黃: '黃仁勳' });

    // Back with Taiwanese phrases turned back too (記憶體 → 内存): this text comes back unchanged.
    const back = await convertDocumentScript(toTaiwan.text, placedAgain(toTaiwan.annotations), toTaiwan.speakerAliases, 'cn', { from: 'twp' });
    assert.equal(back.from, 'twp');
    assertAllExact(back.text, back.annotations, STATEMENTS);
    assert.equal(back.text, SOURCE);

    // Back with the default (characters and variants only: 記憶體 → 记忆体).
    const plain = await convertDocumentScript(toTaiwan.text, placedAgain(toTaiwan.annotations), toTaiwan.speakerAliases, 'cn');
    assert.equal(plain.from, 't');
    assert.ok(plain.text.includes('记忆体') && plain.text.includes('程式设计师'));
    const inSimplified = await Promise.all(inTaiwan.map(async (s) => (await convertScript(s, 'cn', { from: 't' })).text));
    assertAllExact(plain.text, plain.annotations, inSimplified);
  });

  it('keeps a fuzzy annotation flagged and an orphan where it was, with converted quotes', async () => {
    const [first] = tagged(SOURCE);
    const fuzzy: PlacedForConversion<Annotation> = { ...first!, status: 'fuzzy', annotation: { ...first!.annotation, target: { ...first!.annotation.target, exact: '欢迎来到软件节目。' } } };
    const orphan: PlacedForConversion<Annotation> = { annotation: { ...first!.annotation, target: { exact: '内存不见了', prefix: '', suffix: '', start: 5, end: 10 } }, status: 'orphaned', span: null };
    const converted = await convertDocumentScript(SOURCE, [fuzzy, orphan], {}, 'twp');
    assert.equal(converted.annotations[0]!.target.exact, '歡迎來到軟體節目。');
    assert.equal(converted.text.slice(converted.annotations[0]!.target.start, converted.annotations[0]!.target.end), '歡迎來到節目。');
    assert.equal(converted.annotations[1]!.target.exact, '記憶體不見了');
    assert.equal(converted.annotations[1]!.target.start, 5);
  });
});
