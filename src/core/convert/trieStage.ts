import { Trie } from 'opencc-js/core';
import { OffsetMap } from '../text/offsetMap';

/**
 * One opencc-js dictionary group as a trie, plus the lowest code point any of its keys starts with,
 * so that runs of ASCII and punctuation are skipped without a trie lookup.
 */
export interface TrieStage {
  readonly trie: Trie;
  readonly firstCodePoint: number;
}

/** Builds a stage from a dictionary group; earlier dictionaries win on identical keys (as in opencc-js). */
export function buildStage(dictionaries: readonly string[]): TrieStage {
  const trie = new Trie();
  trie.loadDictGroup(dictionaries);
  let firstCodePoint = 0x10ffff;
  for (const dictionary of dictionaries) {
    for (let at = 0; at < dictionary.length; ) {
      const code = dictionary.codePointAt(at)!;
      if (code < firstCodePoint) firstCodePoint = code;
      const bar = dictionary.indexOf('|', at);
      if (bar < 0) break;
      at = bar + 1;
    }
  }
  return { trie, firstCodePoint };
}

/** Text after one stage, with its offset map and the segment boundaries carried into the new text. */
export interface StageResult {
  readonly text: string;
  readonly map: OffsetMap;
  /** Sorted segment ends (exclusive); the last is the text length. Matches never cross one. */
  readonly segmentEnds: readonly number[];
}

/**
 * Splits text as opencc-js's segmentation does: each longest dictionary match is a segment, and so is
 * each run of text between matches. Later stages convert each segment on its own.
 */
export function segmentEnds(text: string, stage: TrieStage): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const match = text.codePointAt(i)! < stage.firstCodePoint ? null : stage.trie.matchPrefix(text, i);
    if (match) {
      if (ends.length === 0 ? i > 0 : ends[ends.length - 1]! < i) ends.push(i);
      ends.push(match.end);
      i = match.end;
    } else {
      i += unmatchedLength(text, i);
    }
  }
  if (ends.length === 0 || ends[ends.length - 1]! < text.length) ends.push(text.length);
  return ends;
}

/** Replaces each longest match within each segment; offsets go through the returned map. */
export function applyStage(text: string, stage: TrieStage, ends: readonly number[]): StageResult {
  const map = new OffsetMap();
  const parts: string[] = [];
  const newEnds: number[] = [];
  let copyFrom = 0;
  let targetLength = 0;
  let segmentStart = 0;
  for (const segmentEnd of ends) {
    // Matching on the segment alone keeps a match from running past its end.
    const segment = segmentStart === 0 && segmentEnd === text.length ? text : text.slice(segmentStart, segmentEnd);
    for (let i = 0; i < segment.length; ) {
      const match = segment.codePointAt(i)! < stage.firstCodePoint ? null : stage.trie.matchPrefix(segment, i);
      if (!match) {
        i += unmatchedLength(segment, i);
        continue;
      }
      const from = segmentStart + i;
      const to = segmentStart + match.end;
      i = match.end;
      if (match.value === text.slice(from, to)) continue;
      if (copyFrom < from) {
        parts.push(text.slice(copyFrom, from));
        targetLength += from - copyFrom;
      }
      map.add(from, to, targetLength, targetLength + match.value.length);
      parts.push(match.value);
      targetLength += match.value.length;
      copyFrom = to;
    }
    newEnds.push(targetLength + (segmentEnd - copyFrom));
    segmentStart = segmentEnd;
  }
  if (copyFrom === 0) return { text, map, segmentEnds: ends };
  parts.push(text.slice(copyFrom));
  return { text: parts.join(''), map, segmentEnds: newEnds };
}

/**
 * How far to step past a position with no match: one code point, or a whole Ideographic Description
 * Sequence (⿰氵肙), which opencc-js keeps together.
 */
function unmatchedLength(text: string, at: number): number {
  const end = descriptionSequenceEnd(text, at);
  return end > at ? end - at : codePointLength(text, at);
}

function codePointLength(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}

function descriptionArity(code: number): number {
  if (code === 0x2ff2 || code === 0x2ff3) return 3;
  if (code >= 0x2ff0 && code <= 0x2fff) return 2;
  return 0;
}

function descriptionSequenceEnd(text: string, at: number): number {
  const arity = descriptionArity(text.codePointAt(at)!);
  if (arity === 0) return 0;
  let end = at + codePointLength(text, at);
  for (let n = 0; n < arity; n++) {
    if (end >= text.length) return 0;
    const childEnd = descriptionSequenceEnd(text, end);
    end = childEnd || end + codePointLength(text, end);
  }
  return end;
}
