import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_KINDS } from '../../../../src/core/analysis/model';
import { ANNOTATION_KEYS } from '../../../../src/core/sidecar/fields';
import { SIDECAR_SCHEMA_URI } from '../../../../src/core/sidecar/model';
import { repoRoot } from '../../repoRoot';

describe('sidecar JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot(), 'schemas/annotations.schema.json'), 'utf8')) as {
    $schema: string;
    $id: string;
    required: string[];
    definitions: {
      annotation: { required: string[]; properties: { kind: { enum: string[] } } & Record<string, unknown> };
      target: { required: string[] };
    };
  };

  it('is draft-07 and has the id written into every sidecar', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, SIDECAR_SCHEMA_URI);
  });

  it('agrees with the codec on kinds and required fields', () => {
    assert.deepEqual(schema.definitions.annotation.properties.kind.enum, [...CLAIM_KINDS]);
    assert.deepEqual(schema.required, ['version', 'annotations']);
    assert.deepEqual(schema.definitions.target.required, ['exact', 'start', 'end']);
    assert.deepEqual(schema.definitions.annotation.required, ['id', 'kind', 'author', 'created', 'target']);
  });

  it('describes every annotation field the codec reads', () => {
    const described = Object.keys(schema.definitions.annotation.properties);
    assert.deepEqual(ANNOTATION_KEYS.filter((key) => !described.includes(key)), []);
    assert.ok(described.includes('modifiedBy'));
  });
});
