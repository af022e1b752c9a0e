// The register of a subtitle file, read from its own cues: characters talking (film and TV dialogue) or one
// person explaining (a talk, a lecture, a sermon). Dialogue is mostly short replies, questions and
// exclamations (or, in long translated lines, many questions and exclamations), often two speakers' replies
// in one cue behind dialogue dashes, and a statement in it is a line of a scene, not something a
// fact-checker checks.

import type { TranscriptFormat } from '../analysis/model';
import type { TextSource } from '../text/chunkedText';
import type { LineIndex } from '../text/positions';
import { isSubtitleMachinery } from './lineFilters';
import { codesOf } from '../text/codesOf';
import { codeIndexWithin, indexWithin, lastCodeIndexWithin } from '../text/indexWithin';
import { isAsciiLetterOrDigit } from '../turns/chars';

/** Cue lines needed before the register is judged: a few lines say nothing about a file. */
const MIN_CUE_LINES = 40;
/** Share of cue lines ending in `?` or `!` from which the cues read as people answering each other. */
const MIN_QUESTION_OR_EXCLAMATION_SHARE = 0.1;
/** Share of very short cue lines (replies, names, calls, sound tags) that dialogue has and talks lack. */
const MIN_SHORT_LINE_SHARE = 0.25;
/**
 * Share of cue lines ending in `?` or `!` that is dialogue on its own: characters asking and calling each other,
 * even where translated subtitles pack a scene's short replies into long lines. Talks, sermons, podcasts and
 * hearings with questions from the floor stay under a fifth.
 */
const MANY_QUESTIONS_OR_EXCLAMATIONS_SHARE = 0.25;
/** A short line: at most this many words, or Chinese characters. */
const SHORT_WORDS = 3;
const SHORT_HAN = 6;

/**
 * Dashes that open a cue line holding a second speaker's reply (`-少來了  -我知道`, `- Ready? - Yes.`): a subtitler's
 * mark of a turn inside one cue, which a talk never needs. ASCII, hyphen, en dash and full-width hyphen-minus.
 */
const DIALOGUE_DASHES = new Set([0x2d, 0x2010, 0x2013, 0xff0d]);
/** Closing quotes, brackets and tag ends that may follow a line's `?` or `!`. */
const CLOSERS = codesOf('"\'”’」』)）');
/** Subtitle machinery (cue numbers, timings, WebVTT blocks) starts with a digit or one of these letters. */
const MACHINERY_LETTERS = codesOf('WNSR');
const QUESTION_OR_EXCLAMATION = codesOf('?？!！');

/** True when `lines` are SRT or WebVTT cues that read as dialogue (see the constants above). */
export function isDialogueSubtitles(lines: LineIndex, format: TranscriptFormat): boolean {
  if (format !== 'srt' && format !== 'vtt') return false;
  return readsAsDialogue(registerCounts(lines));
}

/** What the register is read from: cue lines, those ending in `?` or `!`, short ones, and those opened by a dialogue dash. */
export interface RegisterCounts {
  readonly cueLines: number;
  readonly questionsOrExclamations: number;
  readonly short: number;
  readonly dialogueDashes: number;
}

/**
 * Whether cue lines with these counts read as dialogue. A line opened by a dialogue dash holds one reply more: it
 * counts once more as a turn (as a question or a call does) and as a short reply, whatever else the line does.
 * Subtitles without punctuation (Chinese fansubs mark a turn by a dash and a pause by a space) have no `?` or `!`
 * to count, and their dashes stand in for them.
 */
export function readsAsDialogue(counts: RegisterCounts): boolean {
  const { cueLines, questionsOrExclamations, short, dialogueDashes } = counts;
  if (cueLines < MIN_CUE_LINES) return false;
  if (questionsOrExclamations >= cueLines * MANY_QUESTIONS_OR_EXCLAMATIONS_SHARE) return true;
  const turns = questionsOrExclamations + dialogueDashes;
  const shortReplies = short + dialogueDashes;
  return turns >= cueLines * MIN_QUESTION_OR_EXCLAMATION_SHARE && shortReplies >= cueLines * MIN_SHORT_LINE_SHARE;
}

/** The counts of lines `from` to `to` (exclusive); each line counts on its own, so an edit of one line changes only its share. */
export function registerCounts(lines: LineIndex, from = 0, to = lines.lineCount): RegisterCounts {
  const text = lines.source;
  let cueLines = 0;
  let questionsOrExclamations = 0;
  let short = 0;
  let dialogueDashes = 0;
  for (let line = from; line < to; line++) {
    let start = lines.lineStart(line);
    let end = lines.lineEnd(line);
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end || isMachinery(text, start, end)) continue;
    cueLines++;
    if (endsInQuestionOrExclamation(text, start, end)) questionsOrExclamations++;
    if (isShortLine(text, start, end)) short++;
    if (opensWithDialogueDash(text, start, end)) dialogueDashes++;
  }
  return { cueLines, questionsOrExclamations, short, dialogueDashes };
}

/** A dash before the line's words, past opening tags (`<i>`, `{\an8}`): not `--`, a minus before a figure, or a bare dash. */
function opensWithDialogueDash(text: TextSource, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    const close = code === 60 /* < */ ? 62 /* > */ : code === 123 /* { */ ? 125 /* } */ : 0;
    if (close === 0) break;
    // Within the line: a tag left open searched on to the document's end.
    const at = codeIndexWithin(text, close, i, end);
    if (at < 0) return false;
    i = at + 1;
  }
  if (i >= end || !DIALOGUE_DASHES.has(text.charCodeAt(i))) return false;
  i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  if (i >= end) return false;
  const next = text.charCodeAt(i);
  return !DIALOGUE_DASHES.has(next) && !(next >= 48 && next <= 57) && next !== 62 /* > */;
}

function endsInQuestionOrExclamation(text: TextSource, start: number, end: number): boolean {
  // Past closing quotes, brackets and a closing tag such as `</i>`.
  let i = end - 1;
  while (i >= start) {
    const code = text.charCodeAt(i);
    if (code === 62 /* > */) {
      const open = lastCodeIndexWithin(text, 60 /* < */, start, i + 1);
      if (open < 0) return false;
      i = open - 1;
    } else if (CLOSERS.has(code) || isSpace(code)) i--;
    else return QUESTION_OR_EXCLAMATION.has(code);
  }
  return false;
}

/** At most SHORT_WORDS words, or SHORT_HAN Chinese characters when the line has any; stops counting past the limit. */
function isShortLine(text: TextSource, start: number, end: number): boolean {
  let han = 0;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) {
      if (++han > SHORT_HAN) return false;
      inWord = false;
    } else if (inWord && (code === 39 || code === 0x2019)) {
      // `I'm`, `don’t`: one word.
    } else if (isWordCharacter(code)) {
      if (!inWord && ++words > SHORT_WORDS && han === 0 && !hasHanFrom(text, i, end)) return false;
      inWord = true;
    } else inWord = false;
  }
  return true;
}

function hasHanFrom(text: TextSource, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) return true;
  }
  return false;
}

function isWordCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || (code >= 0xc0 && code < 0x3000 && code !== 0xd7 && code !== 0xf7);
}

/** isSubtitleMachinery without building the line's string for the usual cue numbers and timings. */
function isMachinery(text: TextSource, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) {
    let i = start;
    while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === end) return true;
    // A timing line (`00:00:24,760 --> 00:00:26,826`); a cue's own text hardly starts with a digit and holds `-->`.
    // Within the line: a cue text opening with a digit searched on to the next timing, or the file's end.
    return indexWithin(text, '-->', start, end) >= 0 || (i < end && text.charCodeAt(i) === 58 /* : */ && isSubtitleMachinery(text.slice(start, end)));
  } else if (!MACHINERY_LETTERS.has(first)) return false;
  return isSubtitleMachinery(text.slice(start, end));
}

/** Not chars.ts isSpace: a carriage return counts here (a CRLF line's end), a BOM, \v and \f do not. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000;
}
