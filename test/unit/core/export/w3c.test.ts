import * as assert from 'node:assert/strict';
import { CodePointIndex } from '../../../../src/core/export/codePoints';
import { toW3c, toW3cJson } from '../../../../src/core/export/w3c';
import { addImported, fromW3c, idForForeignIri } from '../../../../src/core/export/w3cImport';
import { emptySidecar } from '../../../../src/core/sidecar/model';
import { validateShape } from '../../../support/jsonShape';
import { INTERVIEW, interviewInput } from '../../../support/exportFixtures';
import { readFixture } from '../../../support/fixtures';

const schema = JSON.parse(readFixture('schemas', 'web-annotation.schema.json')) as Record<string, unknown>;

describe('W3C Web Annotation export', () => {
  const collection = toW3c(interviewInput());
  const json = JSON.parse(toW3cJson(interviewInput())) as unknown;

  it('validates against the Web Annotation shape', () => {
    assert.deepEqual(validateShape(json, schema), []);
    assert.equal(collection.total, 6);
  });

  it('the shape check catches a broken annotation', () => {
    const broken = JSON.parse(JSON.stringify(json)) as { first: { items: Record<string, unknown>[] } };
    delete broken.first.items[0]!['motivation'];
    (broken.first.items[1]!['target'] as { selector: unknown[] }).selector.pop();
    const problems = validateShape(broken, schema);
    assert.ok(problems.some((p) => p.includes('missing motivation')));
    assert.ok(problems.some((p) => p.includes('target.selector')));
  });

  it('classifies with the kind as the body and keeps the note as a comment', () => {
    const first = collection.first.items[0]!;
    assert.equal(first.id, 'urn:uuid:0b0c4a53-8c1e-4f7e-9d0a-000000000001');
    assert.equal(first.motivation, 'classifying');
    assert.deepEqual(first.body[0], { type: 'TextualBody', purpose: 'classifying', value: 'fact' });
    assert.equal(first.body[1]!.purpose, 'commenting');
    assert.equal(first['ta:speaker'], '黄仁勋');
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const english = collection.first.items[3]!;
    const [quote, position] = english.target.selector;
    const utf16Start = INTERVIEW.indexOf(quote.exact);
    // The heading above holds 𠵾, two UTF-16 units but one code point.
    assert.equal(position.start, utf16Start - 1);
    assert.equal([...INTERVIEW].slice(position.start, position.end).join(''), quote.exact);
  });

  it('round-trips: export then import gives the same annotations', () => {
    const input = interviewInput();
    const imported = fromW3c(JSON.parse(toW3cJson(input)), INTERVIEW, { newId: () => 'new', now: '2030-01-01T00:00:00.000Z' });
    assert.deepEqual(imported.skipped, []);
    assert.deepEqual(imported.annotations, input.annotations.map((a) => a.annotation));
  });

  it('imports annotations from other tools and skips those without a kind', () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://example.org/anno/1',
          type: 'Annotation',
          body: { type: 'TextualBody', value: 'opinion' },
          target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '最好的时代' } },
        },
        { id: 'https://example.org/anno/2', type: 'Annotation', bodyValue: 'nice', target: { selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      ],
    };
    const imported = fromW3c(foreign, INTERVIEW, { newId: () => 'fresh-id', now: '2030-01-01T00:00:00.000Z', defaultAuthor: 'importer' });
    assert.equal(imported.annotations.length, 1);
    // A stable id from the foreign IRI, so importing the same file again replaces rather than duplicates.
    assert.match(imported.annotations[0]!.id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(imported.annotations[0]!.id, idForForeignIri('https://example.org/anno/1'));
    assert.notEqual(idForForeignIri('https://example.org/anno/1'), idForForeignIri('https://example.org/anno/2'));
    const anonymous = fromW3c({ ...foreign.items[0], id: undefined }, INTERVIEW, { newId: () => 'fresh-id', now: '2030-01-01T00:00:00.000Z' });
    assert.equal(anonymous.annotations[0]!.id, 'fresh-id');
    assert.equal(imported.annotations[0]!.kind, 'opinion');
    assert.equal(imported.annotations[0]!.author, 'importer');
    assert.equal(imported.skipped.length, 1);
    assert.match(imported.skipped[0]!, /anno\/2.*no body gives a kind/);
  });
});

describe('adding imported annotations to a sidecar', () => {
  const [mine, other] = interviewInput().annotations.map((placed) => placed.annotation);
  const withMine = { ...emptySidecar(), annotations: [mine!] };

  it('adds an annotation whose id is new', () => {
    const { document, outcome } = addImported(withMine, other!);
    assert.deepEqual(outcome, { kind: 'added', id: other!.id });
    assert.deepEqual(document.annotations.map((a) => a.id).sort(), [mine!.id, other!.id].sort());
  });

  it('leaves the same annotation as it is (importing a file twice adds nothing)', () => {
    const { document, outcome } = addImported(withMine, { ...mine!, modified: '2030-01-01T00:00:00.000Z' });
    assert.deepEqual(outcome, { kind: 'unchanged', id: mine!.id, importedId: mine!.id });
    assert.equal(document, withMine);
  });

  it('never replaces a different annotation with the same id: it imports under a new id, the same one each time', () => {
    const clash = { ...other!, id: mine!.id, note: 'their note', author: 'them' };
    const first = addImported(withMine, clash);
    assert.equal(first.outcome.kind, 'renamed');
    const newId = first.outcome.id;
    assert.notEqual(newId, mine!.id);
    assert.deepEqual(first.document.annotations.find((a) => a.id === mine!.id), mine, 'the tag already there is untouched');
    assert.deepEqual(first.document.annotations.find((a) => a.id === newId), { ...clash, id: newId });
    const again = addImported(first.document, clash);
    assert.deepEqual(again.outcome, { kind: 'unchanged', id: newId, importedId: mine!.id });
    assert.equal(again.document.annotations.length, 2);
  });
});

describe('CodePointIndex', () => {
  it('converts both ways around characters outside the BMP', () => {
    const text = 'a𠵾b😀c';
    const index = new CodePointIndex(text);
    assert.equal(index.codePointLength, 5);
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((u) => index.toCodePoint(u)), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((c) => index.toUtf16(c)), [0, 1, 3, 4, 6, 7]);
    assert.equal(index.toCodePoint(2), 1, 'inside a pair counts as its start');
  });
});
