// The ESM build: the UMD one that `main` names loads its parts with require() calls esbuild cannot follow.
import { printParseErrorCode, visit, type JSONPath, type ParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { isSchemaObject, describeObject, type JsonPath } from './validate';

// Positions in a sidecar's text, found with jsonc-parser's scanner only after a problem was found: valid
// files never pay for it. Lines and columns are 1-based, as editors and compilers print them.

export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export interface LocatedProblem extends TextPosition {
  readonly code: 'invalid-json' | 'schema';
  readonly reason: string;
}

/** Deeper than this, a value is refused as invalid JSON (the limit the sidecar has always had). */
export const MAX_NESTING = 200;

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** Thrown from a visitor callback to stop scanning once the answer is known. */
class Found extends Error {}

function position(startLine: number, startCharacter: number): TextPosition {
  return { line: startLine + 1, column: startCharacter + 1 };
}

function syntaxReason(error: ParseErrorCode): string {
  const words = printParseErrorCode(error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `invalid JSON: ${words}`;
}

/** The first syntax error in text that JSON.parse refused (`fallback` when the scanner finds none). */
export function syntaxProblem(text: string, fallback: string): LocatedProblem {
  let found: LocatedProblem | undefined;
  try {
    visit(text, {
      onError: (error, _offset, _length, startLine, startCharacter) => {
        found = { code: 'invalid-json', reason: syntaxReason(error), ...position(startLine, startCharacter) };
        throw new Found();
      },
    }, STRICT);
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  // JSON.parse is stricter in a few places the scanner lets pass (control characters in strings).
  return found ?? { code: 'invalid-json', reason: `invalid JSON: ${fallback}`, line: 1, column: 1 };
}

function samePath(a: JSONPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

/**
 * What JSON.parse hides in valid JSON: nesting past the limit, and a key repeated in an object whose members
 * the schema defines (elsewhere, in fields this version does not know, the last value is kept, as JSON.parse does).
 */
export function structuralProblem(text: string): LocatedProblem | undefined {
  let found: LocatedProblem | undefined;
  let depth = 0;
  const keys: Set<string>[] = [];
  const enter = (startLine: number, startCharacter: number): void => {
    if (++depth > MAX_NESTING) {
      found = { code: 'invalid-json', reason: 'invalid JSON: nesting too deep', ...position(startLine, startCharacter) };
      throw new Found();
    }
  };
  try {
    visit(text, {
      onObjectBegin: (_offset, _length, startLine, startCharacter) => {
        enter(startLine, startCharacter);
        keys.push(new Set());
      },
      onObjectEnd: () => {
        depth--;
        keys.pop();
      },
      onArrayBegin: (_offset, _length, startLine, startCharacter) => enter(startLine, startCharacter),
      onArrayEnd: () => {
        depth--;
      },
      onObjectProperty: (property, _offset, _length, startLine, startCharacter, pathSupplier) => {
        const seen = keys[keys.length - 1]!;
        if (!seen.has(property)) {
          seen.add(property);
          return;
        }
        const objectPath = pathSupplier();
        if (!isSchemaObject(objectPath)) return;
        found = { code: 'schema', reason: `${describeObject(objectPath)} has '${property}' twice`, ...position(startLine, startCharacter) };
        throw new Found();
      },
    }, STRICT);
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  return found;
}

/** Where the value at `path` starts (the file's start when it is not there). */
export function positionOfValue(text: string, path: JsonPath): TextPosition {
  let found: TextPosition | undefined;
  const check = (startLine: number, startCharacter: number, pathSupplier: () => JSONPath): void => {
    if (!samePath(pathSupplier(), path)) return;
    found = position(startLine, startCharacter);
    throw new Found();
  };
  try {
    visit(text, {
      onObjectBegin: (_offset, _length, startLine, startCharacter, pathSupplier) => check(startLine, startCharacter, pathSupplier),
      onArrayBegin: (_offset, _length, startLine, startCharacter, pathSupplier) => check(startLine, startCharacter, pathSupplier),
      onLiteralValue: (_value, _offset, _length, startLine, startCharacter, pathSupplier) => check(startLine, startCharacter, pathSupplier),
    }, STRICT);
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  return found ?? { line: 1, column: 1 };
}

/** The first syntax error the scanner finds in `text`, by offset (for a piece of a larger file). */
export function syntaxErrorOffset(text: string): { offset: number; reason: string } | undefined {
  let found: { offset: number; reason: string } | undefined;
  try {
    visit(text, {
      onError: (error, offset) => {
        found = { offset, reason: syntaxReason(error) };
        throw new Found();
      },
    }, STRICT);
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  return found;
}

/** Where the value at `path` starts in `text`, by offset; undefined when it is not there. */
export function offsetOfValue(text: string, path: JsonPath): number | undefined {
  let found: number | undefined;
  const check = (offset: number, pathSupplier: () => JSONPath): void => {
    if (!samePath(pathSupplier(), path)) return;
    found = offset;
    throw new Found();
  };
  try {
    visit(text, {
      onObjectBegin: (offset, _length, _line, _character, pathSupplier) => check(offset, pathSupplier),
      onArrayBegin: (offset, _length, _line, _character, pathSupplier) => check(offset, pathSupplier),
      onLiteralValue: (_value, offset, _length, _line, _character, pathSupplier) => check(offset, pathSupplier),
    }, STRICT);
  } catch (error) {
    if (!(error instanceof Found)) throw error;
  }
  return found;
}
