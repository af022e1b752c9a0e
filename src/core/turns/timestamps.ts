// Timestamps that open or close a transcript line: `[00:01:23]`, `(01:23)`, `00:01:23.450`.
// Bare times need three parts, so `2:05 P.M.` is never taken for one.

/** A clock time: `0:03`, `01:02`, `00:01:02.450`. */
const CLOCK = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
/** `AM`/`p.m.` after a clock time: only inside brackets (`Alice [10:32 AM]: …`, chat exports), never bare. */
const MERIDIEM = String.raw`(?:\s?[AaPp]\.?[Mm]\.?)?`;
/**
 * A date before a bracketed clock, as chat exports stamp each message (`[02/12/2013, 08:24:10]`, WhatsApp on
 * iOS; `[2023-08-14 09:15]`): the time is the line's, the date no part of any name.
 */
const DATE = String.raw`(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}),?\s`;
/** Seconds from the start, as speech-to-text tools print segment ranges: `0.46`, `1234.5`. */
const SECONDS = String.raw`\d{1,5}(?:[.,]\d{1,3})?`;
/**
 * A bracketed time, or a bracketed range whose start is the line's time: `[00:12:34]`, `(00:03)`,
 * `[00:00:00.000 --> 00:00:05.300]` (whisper.cpp's output), `[0:00 - 0:05]`, `[10:32 AM]`, `[02/12/2013, 08:24:10]`, and a range in
 * seconds, `[0.46 --> 4.78]` (an arrow is needed there: `[12]` is a footnote).
 */
export const BRACKETED_TIMESTAMP_SOURCE = String.raw`(?:[[(（【]\s?(?:${DATE})?${CLOCK}${MERIDIEM}(?:\s?(?:-->|->|→|[-–—~〜])\s?${CLOCK}${MERIDIEM})?\s?[\])）】]|\[\s?${SECONDS}\s?(?:-->|->|→)\s?${SECONDS}\s?\])`;
/** A clock time written bare, `0:03`, `00:01:02.5`: minutes and seconds, or hours first, and a fraction. */
export const BARE_CLOCK_SOURCE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
/**
 * A time on a line of its own, bare or bracketed: `0:06`, `00:01:02.5`, `[01:02]`, `(00:30)`. Callers anchor it
 * and say what may follow (sentences.ts takes a label's colon too); such a line is at most MAX_LONE_CLOCK_LINE long.
 */
export const LONE_CLOCK_SOURCE = String.raw`\s*[[(]?${BARE_CLOCK_SOURCE}[\])]?`;
export const MAX_LONE_CLOCK_LINE = 24;
/**
 * A cue's time range bare before its text on the same line, as transcripts pasted from a caption file write it
 * (`00:00:00.000 --> 00:00:02.165 Now the shop…`): one timestamp, whose start is the line's time.
 */
export const BARE_RANGE_SOURCE = String.raw`${BARE_CLOCK_SOURCE}[ \t]?(?:-->|->|→)[ \t]?${CLOCK}`;
/** Longest timestamp the patterns here match, for the bounded prefixes their callers slice. */
export const MAX_TIMESTAMP_LENGTH = 40;

const BRACKETED = new RegExp(`^${BRACKETED_TIMESTAMP_SOURCE}`);
const BARE = new RegExp(String.raw`^(?:${BARE_RANGE_SOURCE}|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)(?=\s|$)`);
/**
 * A date and time before a dash and the sender, as Android's chat export opens each message (`15/01/2024, 14:22 - Alex: …`,
 * `3/14/25, 9:41 AM - …`): bare, so only with the dash after it (`12/03/2020, 10:00 we met` is prose).
 */
export const DATED_TIMESTAMP_SOURCE = String.raw`${DATE}${CLOCK}${MERIDIEM}(?=[ \t][-–—][ \t])`;
const DATED = new RegExp(`^${DATED_TIMESTAMP_SOURCE}`);
/**
 * A date and a time to the second, bare, as chat and IRC logs open each message (`2024-05-20 09:01:12 张伟` over the
 * message in a WeChat export, `2024-11-02 14:02:05\tbob_k\t…` in WeeChat's): the seconds make it a log's stamp, as
 * three parts make a bare time one (`12/03/2020, 10:00 we met` stays prose).
 */
export const DATED_SECONDS_SOURCE = String.raw`${DATE}\d{1,2}:\d{2}:\d{2}(?=[ \t]|$)`;
const DATED_SECONDS = new RegExp(`^${DATED_SECONDS_SOURCE}`);
const TRAILING = /(?:^|\s)((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)$/;

/** Length of the timestamp at the start of `text`, or 0. `text` should be a bounded prefix of the line. */
export function timestampPrefixLength(text: string): number {
  const match = BRACKETED.exec(text) ?? BARE.exec(text) ?? DATED.exec(text) ?? DATED_SECONDS.exec(text);
  return match ? match[0].length : 0;
}

/** Where a trailing timestamp starts (`Jane Doe  0:03`), or -1. `text` must be short. */
export function trailingTimestampStart(text: string): number {
  const match = TRAILING.exec(text);
  return match ? text.length - match[1]!.length : -1;
}

/** A bracketed time at the end of a short line, after a space or a comma: `Oleg Petrov, [02.03.26 14:05]`. */
const TRAILING_BRACKETED = new RegExp(String.raw`(,?[ \t]+)(${BRACKETED_TIMESTAMP_SOURCE})$`);

/**
 * `Oleg Petrov, [02.03.26 14:05]` (a chat app's copied messages), `Dana Ruiz [00:01:02]`: where the separator before a
 * bracketed trailing timestamp starts and where the timestamp does, or null. `text` must be short.
 */
export function trailingBracketedTimestamp(text: string): { readonly nameEnd: number; readonly stampStart: number } | null {
  const match = TRAILING_BRACKETED.exec(text);
  return match ? { nameEnd: match.index, stampStart: match.index + match[1]!.length } : null;
}

/** True for a line that is nothing but a timestamp. */
export function isTimestampOnly(text: string): boolean {
  const trimmed = text.trim();
  const length = timestampPrefixLength(trimmed);
  return length > 0 && length === trimmed.length;
}

/** `Q12 Chair:` in committee evidence: the record numbers each question, and the number is no part of the name. */
const QUESTION_NUMBER = /^Q\d{1,5}[ \t]+(?=\p{Lu})/u;
const QUESTION_NUMBER_REACH = 48;

/** The length of a question number and the spaces after it at `at` of `text` (`Q12 ` before `Chair:`), 0 for none. */
export function questionNumberLength(text: string, at: number): number {
  if (text.charCodeAt(at) !== 81) return 0;
  // A copied page may pad the number to a column (`Q1                Chair:`): read past the run of spaces.
  return QUESTION_NUMBER.exec(text.slice(at, at + QUESTION_NUMBER_REACH))?.[0].length ?? 0;
}
