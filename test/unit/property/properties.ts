// Properties shared by the unit suite (fixed seed, few runs) and the fuzz campaign (npm run fuzz).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analysis/analyze';
import { detectFormat } from '../../../src/core/analysis/format';
import { sentenceText } from '../../../src/core/claims/sentences';
import { IncrementalAnalyzer } from '../../../src/core/analysis/incremental';
import { analysisToJson } from '../../../src/core/analysis/json';
import type { TranscriptFormat } from '../../../src/core/analysis/model';
import { Reanchorer, reanchor } from '../../../src/core/anchoring/reanchor';
import { shiftThroughEdits } from '../../../src/core/anchoring/shift';
import { quoteTarget, snapToCodePoints } from '../../../src/core/anchoring/target';
import { decodeSidecar, decodeSidecarBytes, decodeWholeText, encodeSidecar } from '../../../src/core/sidecar/codec';
import type { Annotation, DocumentConflict, SidecarDocument } from '../../../src/core/sidecar/model';
import { LineIndex, splitsSurrogatePair, type Span } from '../../../src/core/text/positions';
import { spansOf } from '../../support/analysisSpans';
import { anyText, applyChange, changeFor, editArbitrary, OBJECT_MEMBER_NAMES, speakerNameArbitrary, transcriptArbitrary } from './arbitraries';

export interface NamedProperty {
  readonly name: string;
  readonly property: fc.IPropertyWithHooks<unknown[]> | fc.IProperty<unknown[]>;
}

const FORMATS: (TranscriptFormat | undefined)[] = [undefined, 'plain', 'markdown', 'srt', 'vtt'];


/** Inside the text, not reversed, never between the halves of a surrogate pair. */
export function assertSpanInside(text: string, what: string, span: Span): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: non-integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) outside 0..${text.length}`);
  assert.ok(!splitsSurrogatePair(text, span.start) && !splitsSurrogatePair(text, span.end), `${what} [${span.start}, ${span.end}) splits a surrogate pair`);
}

const parserNoCrash = fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => {
  const analysis = analyze(text, format ? { format } : {}, 'doc.txt');
  for (const [what, span] of spansOf(analysis)) assertSpanInside(text, what, span);
  // The span's text, except that a subtitle sentence over several cues leaves out the cue machinery between them.
  const detected = format ?? detectFormat('doc.txt', text);
  for (const claim of analysis.claims) assert.equal(claim.text, sentenceText(text, claim.span, detected));
  // The public JSON is plain data with in-range LSP positions.
  const json = analysisToJson(analysis, new LineIndex(text));
  assert.deepStrictEqual(JSON.parse(JSON.stringify(json)), json);
});

/** Aliases onto names that are never aliases themselves, so every aliased speaker must come out canonical. */
const aliasesArbitrary = fc.dictionary(speakerNameArbitrary, fc.constantFrom('Ann', 'Bob'), { maxKeys: 4 });

const speakerNamesStayNames = fc.property(
  transcriptArbitrary(30),
  fc.constantFrom(...FORMATS),
  aliasesArbitrary,
  fc.subarray(OBJECT_MEMBER_NAMES, { minLength: 1 }),
  (text, format, speakerAliases, voices) => {
    // Voice tags make any name a speaker; the hostile ones lead.
    const withVoices = voices.map((name) => `<v ${name}>I think so.\n`).join('') + text;
    const analysis = analyze(withVoices, { ...(format ? { format } : {}), speakerAliases }, 'doc.vtt');
    for (const speaker of [...analysis.turns.map((t) => t.speaker), ...analysis.claims.map((c) => c.speaker)]) {
      if (speaker === null) continue;
      assert.equal(typeof speaker, 'string', `speaker ${String(speaker)}`);
      assert.ok(!Object.prototype.hasOwnProperty.call(speakerAliases, speaker), `alias ${speaker} was not resolved`);
    }
  },
);

const parserDeterministic = fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => {
  const options = format ? { format } : {};
  assert.deepStrictEqual(analyze(text, options, 'doc.txt'), analyze(text, options, 'doc.txt'));
});

/** One long line and CRLF-heavy text: the shapes that hit the slow paths. */
const parserLongLines = fc.property(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.integer({ min: 200, max: 3000 }),
  fc.constantFrom('', '李明：', 'Q    ', '「', '(', '# ', '- '),
  (piece, repeats, lead) => {
    const text = `${lead}${piece.repeat(repeats)}\r\n${piece.repeat(repeats >> 4)}`;
    const analysis = analyze(text);
    for (const [what, span] of spansOf(analysis)) assertSpanInside(text, what, span);
  },
);

const incrementalEqualsFull = fc.property(
  transcriptArbitrary(40),
  fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
  fc.constantFrom(...FORMATS),
  fc.boolean(),
  (initial, edits, format, passChanges) => {
    const options = format ? { format } : {};
    const analyzer = new IncrementalAnalyzer(options, 'doc.txt');
    let text = initial;
    analyzer.update(text);
    for (const edit of edits) {
      const change = changeFor(text, edit);
      text = applyChange(text, change);
      assert.deepStrictEqual(analyzer.update(text, passChanges ? [change] : undefined), analyze(text, options, 'doc.txt'));
    }
  },
);

/** A span of `text` chosen by two fractions, snapped to code points. */
function spanIn(text: string, a: number, b: number): Span {
  const x = Math.floor(a * (text.length + 1));
  const y = Math.floor(b * (text.length + 1));
  return snapToCodePoints(text, { start: Math.min(x, y, text.length), end: Math.min(Math.max(x, y), text.length) });
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** A non-empty span: a start and a length, both as fractions of what is left. */
function nonEmptySpanIn(text: string, a: number, b: number): Span {
  const start = Math.min(text.length - 1, Math.floor(a * text.length));
  const end = start + 1 + Math.floor(b * (text.length - start - 1));
  return snapToCodePoints(text, { start, end });
}

const anchoringUnchangedText = fc.property(anyText.filter((t) => t.length > 0), fraction, fraction, (text, a, b) => {
  const span = nonEmptySpanIn(text, a, b);
  const result = reanchor(text, quoteTarget(text, span));
  assert.equal(result.status, 'anchored');
  assert.deepStrictEqual(result.span, span);
});

const anchoringAfterEdits = fc.property(
  anyText,
  fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 6 }),
  fc.array(editArbitrary, { maxLength: 6 }),
  (text, picks, edits) => {
    const targets = picks.map(([a, b]) => quoteTarget(text, spanIn(text, a, b)));
    let edited = text;
    const changes = [];
    for (const edit of edits) {
      const change = changeFor(edited, edit);
      changes.push(change);
      edited = applyChange(edited, change);
    }
    const first = new Reanchorer(edited).anchorAll(targets);
    const second = new Reanchorer(edited).anchorAll(targets);
    assert.deepStrictEqual(first, second, 'not deterministic');
    assert.equal(first.length, targets.length);
    for (const result of first) if (result.span) assertSpanInside(edited, `re-anchored ${result.status}`, result.span);
    for (const span of shiftThroughEdits(targets, changes)) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= edited.length, 'shifted span outside the text');
  },
);

const jsonString = fc.string({ unit: 'binary', maxLength: 12 });
const idArbitrary = fc.string({ minLength: 1, maxLength: 10 });
const unknownFields = fc.option(fc.dictionary(fc.constantFrom('x-a', 'x-b', 'reviewedBy', 'extra'), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1, maxKeys: 2 }), { nil: undefined });

const annotationArbitrary: fc.Arbitrary<Annotation> = fc
  .record({
    id: idArbitrary,
    kind: fc.constantFrom('fact' as const, 'forecast' as const, 'opinion' as const),
    note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    author: jsonString,
    created: fc.constantFrom('2025-01-01T00:00:00.000Z', '2026-11-29T17:00:00.000Z'),
    modifiedBy: fc.option(jsonString, { nil: undefined }),
    speaker: fc.option(jsonString, { nil: null }),
    topic: fc.option(jsonString, { nil: null }),
    exact: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
    prefix: jsonString,
    suffix: jsonString,
    start: fc.nat({ max: 1_000_000 }),
    length: fc.nat({ max: 80 }),
    unknown: unknownFields,
    targetUnknown: unknownFields,
    conflict: fc.option(fc.record({ with: fc.option(idArbitrary, { nil: undefined }), reason: jsonString, unknown: unknownFields }), { nil: undefined }),
    verdict: fc.option(
      fc.record({ label: fc.string({ minLength: 1, maxLength: 12 }), rating: fc.option(fc.integer({ min: 1, max: 10 }).chain((best) => fc.record({ value: fc.integer({ min: 1, max: best }), best: fc.constant(best) })), { nil: undefined }), unknown: unknownFields }),
      { nil: undefined },
    ),
    status: fc.option(fc.record({ value: fc.string({ minLength: 1, maxLength: 10 }), by: jsonString, at: fc.constantFrom('2026-01-02T00:00:00.000Z', '2026-03-01T12:00:00.000Z') }), { nil: undefined }),
    sources: fc.array(
      fc.record({
        url: fc.constantFrom('https://example.org/report.pdf', 'http://例子.中国/a?b=1#c', 'https://a.example/(x)_[y]'),
        title: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
        quote: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
  })
  .map((r) => ({
    id: r.id,
    kind: r.kind,
    ...(r.note === undefined ? {} : { note: r.note }),
    author: r.author,
    created: r.created,
    modified: r.created,
    ...(r.modifiedBy === undefined ? {} : { modifiedBy: r.modifiedBy }),
    speaker: r.speaker,
    topic: r.topic,
    ...(r.verdict ? { verdict: { label: r.verdict.label, ...(r.verdict.rating ? { rating: r.verdict.rating } : {}), ...(r.verdict.unknown ? { unknown: r.verdict.unknown } : {}) } } : {}),
    ...(r.status ? { status: r.status } : {}),
    ...(r.sources.length
      ? { sources: r.sources.map((source) => ({ url: source.url, ...(source.title === undefined ? {} : { title: source.title }), ...(source.quote === undefined ? {} : { quote: source.quote }) })) }
      : {}),
    target: { exact: r.exact, prefix: r.prefix, suffix: r.suffix, start: r.start, end: r.start + r.length, ...(r.targetUnknown ? { unknown: r.targetUnknown } : {}) },
    ...(r.conflict ? { conflict: { ...(r.conflict.with === undefined ? {} : { with: r.conflict.with }), reason: r.conflict.reason, ...(r.conflict.unknown ? { unknown: r.conflict.unknown } : {}) } } : {}),
    ...(r.unknown ? { unknown: r.unknown } : {}),
  }));

/** What a merge leaves when both sides changed an alias or a top-level field differently. */
const documentConflictArbitrary: fc.Arbitrary<DocumentConflict> = fc
  .record({ on: fc.constantFrom('speakerAlias' as const, 'field' as const), key: speakerNameArbitrary, theirs: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }), name: speakerNameArbitrary, reason: jsonString, unknown: unknownFields })
  .map((r) => ({
    on: r.on,
    key: r.key,
    ...(r.on === 'speakerAlias' ? { theirs: r.name } : r.theirs === undefined ? {} : { theirs: r.theirs }),
    reason: r.reason,
    ...(r.unknown ? { unknown: r.unknown } : {}),
  }));

export const documentArbitrary: fc.Arbitrary<SidecarDocument> = fc
  .record({
    aliases: fc.dictionary(speakerNameArbitrary, speakerNameArbitrary, { maxKeys: 4 }),
    annotations: fc.uniqueArray(annotationArbitrary, { selector: (a) => a.id, maxLength: 12 }),
    conflicts: fc.array(documentConflictArbitrary, { maxLength: 2 }),
    unknown: unknownFields,
  })
  .map((r) => ({ version: 1, speakerAliases: r.aliases, annotations: r.annotations, ...(r.conflicts.length ? { conflicts: r.conflicts } : {}), ...(r.unknown ? { unknown: r.unknown } : {}) }));

const codecRoundTrip = fc.property(documentArbitrary, (document) => {
  const bytes = encodeSidecar(document);
  const decoded = decodeSidecar(bytes);
  assert.ok(decoded.ok, `a sidecar the encoder wrote does not decode: ${decoded.ok ? '' : decoded.problem.reason}`);
  assert.equal(encodeSidecar(decoded.document), bytes);
});

const codecNoCrash = fc.property(
  fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json({ maxDepth: 6 }), documentArbitrary.map((d) => encodeSidecar(d)).chain((text) => fc.tuple(fc.constant(text), fraction, jsonString).map(([t, at, junk]) => t.slice(0, Math.floor(at * t.length)) + junk + t.slice(Math.floor(at * t.length) + 1)))),
  (text) => {
    const result = decodeSidecar(text);
    if (!result.ok) {
      assert.ok(result.problem.line >= 1 && result.problem.column >= 1 && result.problem.reason.length > 0);
      return;
    }
    // Whatever decodes encodes and decodes again to the same document.
    const again = decodeSidecar(encodeSidecar(result.document));
    assert.ok(again.ok);
    assert.equal(encodeSidecar(again.document), encodeSidecar(result.document));
  },
);

const codecBytesNoCrash = fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
  const result = decodeSidecarBytes(bytes);
  if (!result.ok) assert.ok(result.problem.reason.length > 0);
});

/** How a sidecar may be laid out: as the encoder writes it, on one line, or with CRLF line breaks. */
export type SidecarLayout = 'pretty' | 'compact' | 'crlf';

export function laidOut(document: SidecarDocument, layout: SidecarLayout): string {
  const text = encodeSidecar(document);
  if (layout === 'compact') return JSON.stringify(JSON.parse(text));
  return layout === 'crlf' ? text.replace(/\n/g, '\r\n') : text;
}

/** Characters that matter to JSON, to a conflict-marker check or to line counting, and any other. */
export const corruptionArbitrary = fc.oneof(
  fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', ' ', '\n', '\r', '0', '-', 'e', '.', 't', 'n', '\u2028', '\u0001', '<<<<<<< ', 'é', '😀'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

/** A place in a file, spread evenly (fc.double favours the ends). */
export const placeArbitrary = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);

/** `text` with one character at `at` (a fraction of its length) replaced, deleted, or `junk` inserted there. */
export function corrupted(text: string, how: 'replace' | 'delete' | 'insert', at: number, junk: string): string {
  const i = Math.min(text.length, Math.floor(at * text.length));
  return text.slice(0, i) + (how === 'delete' ? '' : junk) + text.slice(how === 'insert' ? i : i + 1);
}

export function assertSameDecoding(bytes: Uint8Array): void {
  const pieces = decodeSidecarBytes(bytes);
  const whole = decodeWholeText(bytes);
  assert.deepEqual(pieces, whole);
  if (pieces.ok && whole.ok) assert.equal(encodeSidecar(pieces.document), encodeSidecar(whole.document));
}

const codecPiecesEqualWhole = fc.property(
  documentArbitrary,
  fc.constantFrom<SidecarLayout>('pretty', 'compact', 'crlf'),
  fc.constantFrom('replace' as const, 'delete' as const, 'insert' as const, undefined),
  placeArbitrary,
  corruptionArbitrary,
  (document, layout, how, at, junk) => {
    const text = laidOut(document, layout);
    assertSameDecoding(new TextEncoder().encode(how ? corrupted(text, how, at, junk) : text));
  },
);

export const PROPERTIES: readonly NamedProperty[] = [
  { name: 'analyze: no input crashes it; every range lies inside the text and never splits a surrogate pair', property: parserNoCrash },
  { name: 'analyze: deterministic', property: parserDeterministic },
  { name: 'analyze: speaker names such as constructor and __proto__ are plain names, and their aliases apply', property: speakerNamesStayNames },
  { name: 'analyze: long lines and CRLF stay in range', property: parserLongLines },
  { name: 'IncrementalAnalyzer: equals analyze() after random edits', property: incrementalEqualsFull },
  { name: 'anchoring: unchanged text keeps the exact position', property: anchoringUnchangedText },
  { name: 'anchoring: after random edits, deterministic and in range', property: anchoringAfterEdits },
  { name: 'sidecar codec: decode(encode(d)) encodes to the same bytes', property: codecRoundTrip },
  { name: 'sidecar codec: no text crashes decode; what decodes round-trips', property: codecNoCrash },
  { name: 'sidecar codec: no bytes crash decodeSidecarBytes', property: codecBytesNoCrash },
  { name: 'sidecar codec: decoding bytes in pieces gives the document or problem decoding the whole text gives, on valid and corrupted files', property: codecPiecesEqualWhole },
];
