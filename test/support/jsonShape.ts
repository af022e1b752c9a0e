/**
 * A small JSON Schema (2020-12) subset validator for checking export shapes in tests: type, const, enum,
 * required, properties, additionalProperties (boolean), items, prefixItems, contains, minItems,
 * minLength, minimum, pattern, anyOf, allOf, $ref to `#/$defs/...`. Returns the problems found.
 */
export type Schema = { readonly [keyword: string]: unknown };

export function validateShape(value: unknown, schema: Schema): string[] {
  const problems: string[] = [];
  check(value, schema, schema, '$', problems);
  return problems;
}

function check(value: unknown, schema: Schema, root: Schema, path: string, problems: string[]): void {
  if (typeof schema['$ref'] === 'string') {
    const name = (schema['$ref'] as string).replace(/^#\/\$defs\//, '');
    const target = (root['$defs'] as Record<string, Schema> | undefined)?.[name];
    if (!target) throw new Error(`unknown $ref ${schema['$ref'] as string}`);
    check(value, target, root, path, problems);
  }
  if (schema['type'] !== undefined) {
    const types = Array.isArray(schema['type']) ? (schema['type'] as string[]) : [schema['type'] as string];
    if (!types.some((t) => hasType(value, t))) {
      problems.push(`${path}: expected ${types.join(' or ')}, got ${JSON.stringify(value)?.slice(0, 60)}`);
      return;
    }
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema['const'])) problems.push(`${path}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !schema['enum'].some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema['enum'])}`);
  }
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) problems.push(`${path}: shorter than ${schema['minLength']}`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) problems.push(`${path}: does not match ${schema['pattern']}`);
  }
  if (typeof value === 'number' && typeof schema['minimum'] === 'number' && value < schema['minimum']) problems.push(`${path}: below ${schema['minimum']}`);
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) problems.push(`${path}: fewer than ${schema['minItems']} items`);
    const prefix = (schema['prefixItems'] as Schema[] | undefined) ?? [];
    prefix.forEach((itemSchema, i) => {
      if (i < value.length) check(value[i], itemSchema, root, `${path}[${i}]`, problems);
    });
    if (isSchema(schema['items'])) value.forEach((item, i) => i >= prefix.length && check(item, schema['items'] as Schema, root, `${path}[${i}]`, problems));
    if (isSchema(schema['contains']) && !value.some((item) => validateAgainst(item, schema['contains'] as Schema, root))) {
      problems.push(`${path}: no item matches ${JSON.stringify(schema['contains']).slice(0, 80)}`);
    }
  }
  if (isObject(value)) {
    for (const key of (schema['required'] as string[] | undefined) ?? []) if (!(key in value)) problems.push(`${path}: missing ${key}`);
    const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [key, propertySchema] of Object.entries(properties)) if (key in value) check(value[key], propertySchema, root, `${path}.${key}`, problems);
    if (schema['additionalProperties'] === false) {
      for (const key of Object.keys(value)) if (!(key in properties)) problems.push(`${path}: unexpected property ${key}`);
    }
  }
  if (Array.isArray(schema['allOf'])) for (const sub of schema['allOf'] as Schema[]) check(value, sub, root, path, problems);
  if (Array.isArray(schema['anyOf']) && !(schema['anyOf'] as Schema[]).some((sub) => validateAgainst(value, sub, root))) {
    problems.push(`${path}: matches none of anyOf`);
  }
}

function validateAgainst(value: unknown, schema: Schema, root: Schema): boolean {
  const problems: string[] = [];
  check(value, schema, root, '', problems);
  return problems.length === 0;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSchema(value: unknown): value is Schema {
  return isObject(value);
}
