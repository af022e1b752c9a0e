// The register of a subtitle file, read from its own cues: characters talking (film and TV dialogue) or one
// person explaining (a talk, a lecture, a sermon). Dialogue is mostly short replies, questions and
// exclamations, and a statement in it is a line of a scene, not something a fact-checker checks.

import type { TranscriptFormat } from '../analysis/model';
import type { LineIndex } from '../text/positions';
import { isSubtitleMachinery } from './lineFilters';

/** Cue lines needed before the register is judged: a few lines say nothing about a file. */
const MIN_CUE_LINES = 40;
/** Share of cue lines ending in `?` or `!` from which the cues read as people answering each other. */
const MIN_QUESTION_OR_EXCLAMATION_SHARE = 0.1;
/** Share of very short cue lines (replies, names, calls, sound tags) that dialogue has and talks lack. */
const MIN_SHORT_LINE_SHARE = 0.25;
/** A short line: at most this many words, or Chinese characters. */
const SHORT_WORDS = 3;
const SHORT_HAN = 6;

const ENDS_IN_QUESTION_OR_EXCLAMATION = /[?？!！][\s"'”’」』)）]*(?:<\/[a-z]+>)?\s*$/u;
const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** True when `lines` are SRT or WebVTT cues that read as dialogue (see the constants above). */
export function isDialogueSubtitles(lines: LineIndex, format: TranscriptFormat): boolean {
  if (format !== 'srt' && format !== 'vtt') return false;
  let cueLines = 0;
  let questionsOrExclamations = 0;
  let short = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line).trim();
    if (content === '' || isSubtitleMachinery(content)) continue;
    cueLines++;
    if (ENDS_IN_QUESTION_OR_EXCLAMATION.test(content)) questionsOrExclamations++;
    if (isShortLine(content)) short++;
  }
  return cueLines >= MIN_CUE_LINES && questionsOrExclamations >= cueLines * MIN_QUESTION_OR_EXCLAMATION_SHARE && short >= cueLines * MIN_SHORT_LINE_SHARE;
}

function isShortLine(content: string): boolean {
  const han = content.match(HAN)?.length ?? 0;
  if (han > 0) return han <= SHORT_HAN;
  return (content.match(WORD)?.length ?? 0) <= SHORT_WORDS;
}
