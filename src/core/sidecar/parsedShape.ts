// What both decoders check in JSON.parse's result and read from its error messages.

/** V8's JSON.parse message: `Expected ',' or '}' after property value in JSON at position 59` (Node 20+, Chromium). */
const ENGINE_POSITION = /^(.*?) (?:in|after) JSON at position (\d+)/;

/** The offset and words of a JSON.parse error whose message says where; undefined for other messages. */
export function engineSyntaxError(message: string, textLength: number): { offset: number; reason: string } | undefined {
  const match = ENGINE_POSITION.exec(message);
  if (!match) return undefined;
  const offset = Number(match[2]);
  if (!Number.isSafeInteger(offset) || offset > textLength) return undefined;
  const words = match[1]!.charAt(0).toLowerCase() + match[1]!.slice(1);
  return { offset, reason: `invalid JSON: ${words}` };
}

/** Counts object members and the deepest nesting of a parsed value (nesting counted from `depth`). */
export function measure(value: unknown, depth: number, shape: { members: number; depth: number }, maxNesting: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth + 1 > shape.depth) shape.depth = depth + 1;
  if (shape.depth > maxNesting) return;
  if (Array.isArray(value)) {
    for (const item of value) measure(item, depth + 1, shape, maxNesting);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    shape.members++;
    measure(record[key], depth + 1, shape, maxNesting);
  }
}
