/**
 * A small JSON parser that keeps the offset of every value, so that a schema problem in a sidecar can be
 * reported with its line and column (JSON.parse gives neither a location for schema problems nor the same
 * error text in every host).
 */

export type JsonNode =
  | { readonly type: 'object'; readonly offset: number; readonly entries: readonly JsonEntry[] }
  | { readonly type: 'array'; readonly offset: number; readonly items: readonly JsonNode[] }
  | { readonly type: 'string'; readonly offset: number; readonly value: string }
  | { readonly type: 'number'; readonly offset: number; readonly value: number }
  | { readonly type: 'boolean'; readonly offset: number; readonly value: boolean }
  | { readonly type: 'null'; readonly offset: number };

export interface JsonEntry {
  readonly key: string;
  readonly keyOffset: number;
  readonly value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Parses strict JSON (RFC 8259). Throws JsonSyntaxError with the offset of the problem. */
export function parseJsonTree(text: string): JsonNode {
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const describe = (at: number): string => (at >= text.length ? 'end of file' : `'${text[at]}'`);

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let runStart = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) {
        out += text.slice(runStart, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in string (escape it)');
      if (c === 92 /* \ */) {
        out += text.slice(runStart, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('invalid escape in string');
        }
        runStart = i;
        continue;
      }
      i++;
    }
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > 200) fail('nesting too deep');
    skipSpace();
    const offset = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: JsonEntry[] = [];
      skipSpace();
      if (text[i] === '}') {
        i++;
        return { type: 'object', offset, entries };
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyOffset = i;
        const key = parseString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ':' after property name, found ${describe(i)}`);
        i++;
        entries.push({ key, keyOffset, value: parseValue(depth + 1) });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { type: 'object', offset, entries };
        }
        fail(`expected ',' or '}' in object, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return { type: 'array', offset, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { type: 'array', offset, items };
        }
        fail(`expected ',' or ']' in array, found ${describe(i)}`);
      }
    }
    if (c === '"') return { type: 'string', offset, value: parseString() };
    if (text.startsWith('true', i)) {
      i += 4;
      return { type: 'boolean', offset, value: true };
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return { type: 'boolean', offset, value: false };
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return { type: 'null', offset };
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number) {
      i += number[0].length;
      return { type: 'number', offset, value: Number(number[0]) };
    }
    return fail(`unexpected ${describe(i)}`);
  };

  const root = parseValue(0);
  skipSpace();
  if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  return root;
}

/** Defines a property without invoking setters, so a key such as `__proto__` stays plain data. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The plain JavaScript value of a node (objects keep key order; a repeated key keeps its last value, as JSON.parse does). */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const entry of node.entries) setOwn(out, entry.key, toPlainValue(entry.value));
      return out;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}
