import { commentToJson } from './comments';
import { MAX_NESTING, positionOfValue, structuralProblem, syntaxProblem, type LocatedProblem } from './locate';
import {
  MAX_SIDECAR_BYTES,
  SIDECAR_SCHEMA_URI,
  SIDECAR_VERSION,
  type Annotation,
  type AnnotationTarget,
  type AnnotationVerdict,
  type CheckStatus,
  type DocumentConflict,
  type EvidenceSource,
  type SidecarDocument,
  type UnknownFields,
} from './model';
import { setOwn } from './ownKeys';
import { engineSyntaxError, measure } from './parsedShape';
import { afterByteOrderMarks, decodeInPieces } from './pieceDecode';
import { readSidecar, SidecarSchemaError } from './validate';

export type SidecarProblemCode = 'invalid-json' | 'conflict-markers' | 'schema' | 'version-too-new' | 'too-large';

/** Why a sidecar cannot be read. `line` and `column` are 1-based, as editors and compilers print them. */
export interface SidecarProblem {
  readonly code: SidecarProblemCode;
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

export type DecodeSidecarResult =
  | { readonly ok: true; readonly document: SidecarDocument }
  | { readonly ok: false; readonly problem: SidecarProblem };

export function formatProblem(problem: SidecarProblem, path = ''): string {
  return `${path ? `${path}:` : ''}${problem.line}:${problem.column}: ${problem.reason}`;
}

// ---------------------------------------------------------------------------------------------- encode


/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position order, then id, so the file reads top to bottom like the transcript and sorts the same everywhere. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || compareStrings(a.id, b.id);
}

function withUnknown(known: Record<string, unknown>, unknown: UnknownFields | undefined): Record<string, unknown> {
  if (unknown) for (const key of Object.keys(unknown)) setOwn(known, key, unknown[key]);
  return known;
}

function targetToJson(target: AnnotationTarget): Record<string, unknown> {
  return withUnknown({ exact: target.exact, prefix: target.prefix, suffix: target.suffix, start: target.start, end: target.end }, target.unknown);
}

function verdictToJson(verdict: AnnotationVerdict): Record<string, unknown> {
  const out: Record<string, unknown> = { label: verdict.label };
  if (verdict.rating) out.rating = withUnknown({ value: verdict.rating.value, best: verdict.rating.best }, verdict.rating.unknown);
  return withUnknown(out, verdict.unknown);
}

function statusToJson(status: CheckStatus): Record<string, unknown> {
  return withUnknown({ value: status.value, by: status.by, at: status.at }, status.unknown);
}

function sourceToJson(source: EvidenceSource): Record<string, unknown> {
  const out: Record<string, unknown> = { url: source.url };
  if (source.title) out.title = source.title;
  if (source.quote) out.quote = source.quote;
  return withUnknown(out, source.unknown);
}

function annotationToJson(a: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id, kind: a.kind };
  if (a.note !== undefined && a.note !== '') out.note = a.note;
  out.author = a.author;
  out.created = a.created;
  out.modified = a.modified;
  if (a.modifiedBy !== undefined) out.modifiedBy = a.modifiedBy;
  out.speaker = a.speaker;
  out.topic = a.topic;
  if (a.verdict) out.verdict = verdictToJson(a.verdict);
  if (a.status) out.status = statusToJson(a.status);
  if (a.sources?.length) out.sources = a.sources.map(sourceToJson);
  out.target = targetToJson(a.target);
  if (a.comments?.length) out.comments = a.comments.map(commentToJson);
  if (a.conflict) out.conflict = withUnknown(a.conflict.with === undefined ? { reason: a.conflict.reason } : { with: a.conflict.with, reason: a.conflict.reason }, a.conflict.unknown);
  return withUnknown(out, a.unknown);
}

function documentConflictToJson(c: DocumentConflict): Record<string, unknown> {
  const out: Record<string, unknown> = { [c.on]: c.key };
  if (c.theirs !== undefined) out.theirs = c.theirs;
  out.reason = c.reason;
  return withUnknown(out, c.unknown);
}

/**
 * The file's text: `$schema`, `version`, `speakerAliases` (sorted), `annotations` (by position, then id),
 * `conflicts` (only after a merge that clashed on an alias or a top-level field),
 * then unknown fields in their original order; 2-space indentation and a trailing newline.
 * Deterministic, so saving twice writes identical bytes and two people's additions merge cleanly in git.
 */
export function encodeSidecar(document: SidecarDocument): string {
  const aliases: Record<string, string> = {};
  for (const alias of Object.keys(document.speakerAliases).sort(compareStrings)) setOwn(aliases, alias, document.speakerAliases[alias]);
  const root: Record<string, unknown> = {
    $schema: SIDECAR_SCHEMA_URI,
    version: Math.max(document.version, SIDECAR_VERSION),
    speakerAliases: aliases,
    annotations: [...document.annotations].sort(compareAnnotations).map(annotationToJson),
  };
  if (document.conflicts?.length) root.conflicts = document.conflicts.map(documentConflictToJson);
  return JSON.stringify(withUnknown(root, document.unknown), null, 2) + '\n';
}

// ---------------------------------------------------------------------------------------------- decode

/**
 * Reads a sidecar's bytes: UTF-8 (BOM allowed), else a problem on line 1. Decoded piece by piece
 * (pieceDecode.ts), so the file's text and its whole parsed tree never exist at once; the same document or
 * problem as decoding the whole text (decodeWholeText), which still answers what the pieces cannot.
 */
export function decodeSidecarBytes(bytes: Uint8Array): DecodeSidecarResult {
  if (bytes.length > MAX_SIDECAR_BYTES) return tooLarge();
  const start = afterByteOrderMarks(bytes);
  if (conflictMarkerIn(bytes, start)) return decodeWholeText(bytes);
  return decodeInPieces(bytes, start) ?? decodeWholeText(bytes);
}

/** Reads a sidecar's bytes as one text: JSON.parse of it all, then the validator (how every sidecar was read before pieces). */
export function decodeWholeText(bytes: Uint8Array): DecodeSidecarResult {
  if (bytes.length > MAX_SIDECAR_BYTES) return tooLarge();
  const text = sidecarBytesToText(bytes);
  if (text === undefined) return { ok: false, problem: { code: 'invalid-json', line: 1, column: 1, reason: NOT_UTF8 } };
  return decodeSidecar(text);
}

export const NOT_UTF8 = 'the file is not valid UTF-8';

/**
 * A sidecar's bytes as text (a BOM dropped), or undefined when they are not UTF-8. Never replaces a bad byte
 * with U+FFFD: whoever writes the text back would lose the original bytes.
 */
export function sidecarBytesToText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const LINE_SEPARATOR_LEAD = [0xe2, 0x80] as const;

/** U+2028 or U+2029 (E2 80 A8/A9) at `at`: a line terminator for the regular expression's `^` and `$`. */
function lineSeparatorAt(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === LINE_SEPARATOR_LEAD[0] && bytes[at + 1] === LINE_SEPARATOR_LEAD[1] && (bytes[at + 2] === 0xa8 || bytes[at + 2] === 0xa9);
}

/** CONFLICT_MARKER's test, on the bytes from `start`: seven `<`, `=`, `>` or `|` starting a line, then a space or the line's end. */
function conflictMarkerIn(bytes: Uint8Array, start: number): boolean {
  for (const marker of [0x3c, 0x3d, 0x3e, 0x7c]) {
    for (let at = bytes.indexOf(marker, start); at >= 0; at = bytes.indexOf(marker, at + 1)) {
      const before = bytes[at - 1];
      if (!(at === start || before === 10 || before === 13 || (at - 3 >= start && lineSeparatorAt(bytes, at - 3)))) continue;
      let run = 1;
      while (run < 7 && bytes[at + run] === marker) run++;
      if (run < 7) continue;
      const after = at + 7;
      if (after === bytes.length || bytes[after] === 32 || bytes[after] === 10 || bytes[after] === 13 || lineSeparatorAt(bytes, after)) return true;
    }
  }
  return false;
}

/** Refused before parsing: the size alone would make decoding slow and memory-hungry. */
function tooLarge(): DecodeSidecarResult {
  const reason = `the file is larger than ${MAX_SIDECAR_BYTES / (1024 * 1024)} MB, the limit for a sidecar: split the transcript or remove annotations`;
  return { ok: false, problem: { code: 'too-large', line: 1, column: 1, reason } };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The syntax error where JSON.parse stopped, when its message says where: a line-and-column count up to
 * there instead of a second, scanning parse of the whole text (seconds and hundreds of MB for a large
 * sidecar). Engines whose messages give no position fall back to that scan.
 */
function engineSyntaxProblem(text: string, message: string): LocatedProblem | undefined {
  const found = engineSyntaxError(message, text.length);
  return found && { code: 'invalid-json', reason: found.reason, ...lineColumn(text, found.offset) };
}

const CONFLICT_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?: |\r?$)/m;

/** Whether the text has a line git writes to mark a merge conflict. */
export function hasConflictMarkers(text: string): boolean {
  return CONFLICT_MARKER.test(text);
}

function failed(problem: LocatedProblem | SidecarProblem): DecodeSidecarResult {
  return { ok: false, problem: { code: problem.code, line: problem.line, column: problem.column, reason: problem.reason } };
}

/**
 * Reads a sidecar's text (BOM allowed). Never throws: a problem comes back with its line, column and reason.
 * Valid files cost a JSON.parse and one pass of the validator; the text is scanned again for a position
 * only when something is wrong.
 */
export function decodeSidecar(source: string): DecodeSidecarResult {
  if (source.length > MAX_SIDECAR_BYTES) return tooLarge();
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const marker = CONFLICT_MARKER.exec(text);
  if (marker) {
    return failed({ code: 'conflict-markers', reason: 'git conflict marker: a merge left this file conflicted; merge it tag by tag (Merge Tag by Tag in VS Code, transcript-annotator resolve on the command line)', ...lineColumn(text, marker.index) });
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failed(engineSyntaxProblem(text, message) ?? syntaxProblem(text, message));
  }
  // JSON.parse keeps the last of repeated keys and has no nesting limit: when the parsed value holds fewer
  // members than the text or nests too deep, the scanner says where (and whether it matters).
  const shape = { members: 0, depth: 0 };
  measure(root, 0, shape, MAX_NESTING);
  if (shape.depth > MAX_NESTING || shape.members !== countMembers(text)) {
    const problem = structuralProblem(text);
    if (problem) return failed(problem);
  }
  try {
    return { ok: true, document: readSidecar(root) };
  } catch (error) {
    if (!(error instanceof SidecarSchemaError)) throw error;
    return failed({ code: error.code, reason: error.message, ...positionOfValue(text, error.path) });
  }
}

/** Object members in valid JSON text: the colons outside strings. */
function countMembers(text: string): number {
  let members = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 /* : */) members++;
    else if (code === 34 /* " */) {
      // Skip the string; the text is valid JSON, so it is closed.
      for (i++; ; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92 /* \ */) i++;
        else if (inner === 34) break;
      }
    }
  }
  return members;
}
