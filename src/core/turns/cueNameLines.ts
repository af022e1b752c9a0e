import type { LineIndex } from '../text/positions';
import { isInvertedNameLine } from './candidates';
import type { LabelMatch } from './labels';
import { parseSpeakerName } from './speakerName';
import { CueLine } from './subtitles';

/**
 * Teams' legacy transcript (`00:00:04.640 --> …` over `Ann Lee` or `Lee, Ann` over the speech, no `<v>` tag): a cue's
 * first text line alone, with speech under it, names the cue's speaker. Subtitles cut by utterance open cues with
 * short lines too (`Come here`), so the document must repeat them as names: most cues open with one, most of those
 * lines repeat a name of a small set.
 */

/** The longest name line read. */
const MAX_CUE_NAME = 40;
/** Share of cues with speech that open with a name line. */
const MIN_NAMED_SHARE = 0.5;
/** Share of the name lines whose name opens another cue too. */
const MIN_REPEATED_SHARE = 2 / 3;
const MIN_REPEATED_LINES = 2;
/** Marks a name never holds: a sentence, a clause, a label's colon, markup. */
const NOT_A_NAME = /[.!?,;:…。，！？；：<>"“”「」()[\]（）]/;
const LATIN_WORD = /^\p{Script=Latin}/u;

/**
 * The name of `line` when it is a cue's first text line (a timing line above it) with another text line under it,
 * and reads as a name alone (`Ann Lee`, `Lee, Ann`, `SPEAKER 1`); else null. `kindAt` gives classifySubtitleLines' kinds.
 */
export function cueNameCandidate(lines: LineIndex, line: number, kindAt: (line: number) => number | undefined): string | null {
  if (kindAt(line) !== CueLine.Text || kindAt(line - 1) !== CueLine.Timing || kindAt(line + 1) !== CueLine.Text) return null;
  const start = lines.lineStart(line);
  const end = lines.lineEnd(line);
  if (end - start > MAX_CUE_NAME * 2) return null;
  const name = lines.source.slice(start, end).trim();
  if (name.length < 2 || name.length > MAX_CUE_NAME) return null;
  if (isInvertedNameLine(name)) return name;
  if (NOT_A_NAME.test(name) || parseSpeakerName(name) === null) return null;
  // A Latin name capitalises each word (`Ann Lee`, `SPEAKER 1`); `Come here` opens a sentence.
  return name.split(/\s+/).every((word) => !LATIN_WORD.test(word) || /^\p{Lu}/u.test(word)) ? name : null;
}

/** The labels of the cues whose first line names their speaker (see above), by line; empty where the document has none. */
export function cueNameLabels(lines: LineIndex, kinds: Uint8Array): Map<number, LabelMatch> {
  const byName = new Map<string, number[]>();
  let speechCues = 0;
  for (let line = 1; line < lines.lineCount; line++) {
    if (kinds[line] !== CueLine.Text || kinds[line - 1] !== CueLine.Timing) continue;
    speechCues++;
    const name = cueNameCandidate(lines, line, (l) => kinds[l]);
    if (name === null) continue;
    const same = byName.get(name);
    if (same) same.push(line);
    else byName.set(name, [line]);
  }
  const found = new Map<number, LabelMatch>();
  let named = 0;
  let repeated = 0;
  for (const same of byName.values()) {
    named += same.length;
    if (same.length >= 2) repeated += same.length;
  }
  if (repeated < MIN_REPEATED_LINES || repeated < named * MIN_REPEATED_SHARE || named < speechCues * MIN_NAMED_SHARE) return found;
  for (const [name, same] of byName) {
    for (const line of same) {
      const length = lines.lineEnd(line) - lines.lineStart(line);
      const labelStart = lines.lineText(line).indexOf(name);
      found.set(line, { speaker: name, labelStart, labelEnd: labelStart + name.length, textStart: length, source: 'label', timestamp: null, verb: null });
    }
  }
  return found;
}
