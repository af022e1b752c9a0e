import type { TurnSource } from '../analysis/model';
import { segmentMarkerLength } from './segmentMarkers';
import { numberedAddressLength } from './addressSections';
import { isDigit, isSpace, leadingIconsLength, mayBeIcon, skipSpaces } from './chars';
import { MAX_NAME_LENGTH, parseSpeakerName, parseStampedSpeakerName, type SpeakerName } from './speakerName';
import type { LabelMatcher } from './safePattern';
import { isTimestampOnly, MAX_TIMESTAMP_LENGTH, questionNumberLength, timestampPrefixLength, trailingBracketedTimestamp, trailingTimestampStart } from './timestamps';
import { codesOf } from '../text/codesOf';

/** A speaker label at the start of a line. Offsets are relative to the line start. */
export interface LabelMatch {
  readonly speaker: string;
  readonly labelStart: number;
  readonly labelEnd: number;
  /** Where the speech after the label starts on the same line (may be the line's end). */
  readonly textStart: number;
  readonly source: Extract<TurnSource, 'label' | 'qa' | 'timestamp'>;
  readonly timestamp: string | null;
  /** The speech verb after the name, if any (`回答` in `黃仁勳回答:`). */
  readonly verb: string | null;
  /** `A. No.` in a deposition: an answer only right after a `Q.` turn; otherwise `A.` is an initial. */
  readonly afterQuestionOnly?: boolean;
  /** Matched by one of the user's `speakerLabelPatterns`: always a label. */
  readonly fromUserPattern?: boolean;
  /** Read in a frame the document repeats around changing names (learnedFrames.ts): its name is the frame's slot. */
  readonly fromFrame?: boolean;
}

export interface LabelContext {
  readonly extraLabelPatterns?: readonly LabelMatcher[] | undefined;
  /** Subtitle cue text may open with a dialogue dash (`- Name: …`). */
  readonly allowDialogueDash?: boolean;
}

const NUMBERED_LINE = /^\d{1,5}(?:\t|[ ]{2,})[ \t]*(?=\S)/;
const QA_LETTERS = new Set(['Q', 'A', '問', '问', '答']);
const MARKDOWN_MARKER_BEFORE_BOLD = /^(?:>[ \t]*|[-*+][ \t]+)(?=\*\*|__)/;
/** Characters that end the search for a label colon: past them the colon sits inside a sentence. */
const STOP_BEFORE_COLON = /[。，,！!？?；;「“"]/;

/**
 * Recognises a speaker label at the start of a line. `prefix` is at most the first LABEL_SCAN_LIMIT
 * characters of the line and `lineLength` the full length, so long lines cost no more than short ones.
 */
export function recognizeLabel(prefix: string, lineLength: number, context: LabelContext = {}): LabelMatch | null {
  const extra = matchExtraPatterns(prefix, context.extraLabelPatterns);
  if (extra) return extra;
  const address = numberedAddress(prefix, lineLength);
  if (address) return address;
  if (cannotBeLabel(prefix)) return null;

  // A speaker icon before the name (`🎤 李明：`) is decoration; the label starts at the name.
  const first = skipSpaces(prefix, 0);
  const icons = leadingIconsLength(prefix, first);
  const afterIcons = skipSpaces(prefix, first + icons);
  // `8     MS. JONES:`: a court reporter's line number, set apart by a tab or two spaces, is no part of the name.
  const lineNumber = icons === 0 && isDigit(prefix.charCodeAt(afterIcons)) ? NUMBERED_LINE.exec(prefix.slice(afterIcons, afterIcons + 16)) : null;
  const labelStart = lineNumber ? afterIcons + lineNumber[0].length : afterIcons;
  // `Q12 Chair:`: the question's number is part of the label, not of the name.
  let i = labelStart + questionNumberLength(prefix, labelStart);
  if (prefix.startsWith('>>', i)) i = skipSpaces(prefix, i + 2);
  // Markdown `> **Guest:**` and `- **Q:**`: a quote or list marker before a bold label (bold only, so a
  // list item such as `- Revenue: $5M` stays an item).
  else {
    const marked = MARKDOWN_MARKER_BEFORE_BOLD.exec(prefix.slice(i, i + 8));
    if (marked) i += marked[0].length;
  }
  // `【同期】白岩松：`: a programme's segment word before the label wraps it (segmentMarkers.ts).
  i += segmentMarkerLength(prefix, i);
  if (context.allowDialogueDash && /[-–—]/.test(prefix[i] ?? '') && isSpace(prefix.charCodeAt(i + 1))) i = skipSpaces(prefix, i + 1);

  let timestamp: string | null = null;
  const stampLength = mayOpenTimestamp(prefix.charCodeAt(i)) ? timestampPrefixLength(prefix.slice(i, i + MAX_TIMESTAMP_LENGTH)) : 0;
  if (stampLength) {
    timestamp = prefix.slice(i, i + stampLength);
    i = skipSpaces(prefix, i + stampLength);
    // `[00:00:07.12] - Speaker 2` (Happy Scribe's export): a dash or bar between the time and the name separates them.
    if (STAMP_NAME_SEPARATORS.has(prefix.charCodeAt(i)) && isSpace(prefix.charCodeAt(i + 1))) i = skipSpaces(prefix, i + 1);
    // `15/01/2024, 14:22 - ~ Ravi: …`: a chat export's tilde before a sender outside the phone's contacts is no part of the name.
    if (prefix.charCodeAt(i) === 126 /* ~ */ && (isSpace(prefix.charCodeAt(i + 1)) || prefix.charCodeAt(i + 1) === 0x202f)) i = skipSpaces(prefix, i + 2);
  } else if (lineLength <= prefix.length && isDigit(prefix.charCodeAt(i))) {
    // `0:26 - Sam Okafor` on a line of its own (Fathom's export): a minutes-and-seconds time needs the dash.
    const dashed = SHORT_TIME_BEFORE_DASH.exec(prefix.slice(i, i + 16));
    if (dashed) {
      timestamp = dashed[1]!;
      i += dashed[0].length;
    }
  }
  let nameStart = i;
  while (prefix[nameStart] === '*' || prefix[nameStart] === '_') nameStart++;

  const qa = matchSpacedRole(prefix, nameStart);
  if (qa) return { ...qa, labelStart, timestamp, source: timestamp ? 'timestamp' : 'qa' };

  const stamped = matchStampedName(prefix, nameStart);
  if (stamped) return { ...stamped, labelStart };

  const colon = findLabelColon(prefix, nameStart);
  if (colon >= 0) {
    let after = colon + 1;
    const ascii = prefix.charCodeAt(colon) === 58;
    if (ascii && prefix[after] === '/') return null; // a URL scheme
    // A time or a ratio (`2:05`, `3:1`) is no label, but `Jane Doe  0:03` may still be one below.
    const isTime = ascii && isDigit(prefix.charCodeAt(colon - 1)) && isDigit(prefix.charCodeAt(after));
    if (!isTime) {
      while (prefix[after] === '*' || prefix[after] === '_') after++;
      const textStart = skipSpaces(prefix, after);
      const rawName = prefix.slice(nameStart, colon);
      const name = opensWithBracketedTime(prefix, textStart) ? parseStampedSpeakerName(rawName) : parseSpeakerName(rawName);
      if (!name) return null;
      // `Jane Smith: (00:40)` on its own line: the timestamp follows the label.
      if (!timestamp && lineLength <= prefix.length && mayOpenTimestamp(prefix.charCodeAt(textStart)) && isTimestampOnly(prefix.slice(textStart))) {
        return { speaker: name.name, labelStart, labelEnd: after, textStart: prefix.length, source: 'timestamp', timestamp: prefix.slice(textStart).trim(), verb: name.verb };
      }
      const source = timestamp ? 'timestamp' : name.isRole ? 'qa' : 'label';
      return { speaker: name.name, labelStart, labelEnd: after, textStart, source, timestamp, verb: name.verb };
    }
  }

  // No colon: `00:01:23 Name` or `Name  00:01:23` on a line of their own.
  if (lineLength > prefix.length) return null;
  const end = prefix.trimEnd().length;
  if (timestamp) {
    if (endsLikeSentence(prefix.slice(nameStart, end))) return null;
    const name = parseSpeakerName(prefix.slice(nameStart, end));
    return name ? { speaker: writtenWithRole(prefix.slice(nameStart, end), name), labelStart, labelEnd: end, textStart: end, source: 'timestamp', timestamp, verb: name.verb } : null;
  }
  if (end - nameStart > MAX_NAME_LENGTH + 16) return null;
  const stampStart = trailingTimestampStart(prefix.slice(nameStart, end));
  if (stampStart < 0) return bracketedTimeAfterName(prefix, labelStart, nameStart, end);
  const written = prefix.slice(nameStart, nameStart + stampStart);
  const name = parseSpeakerName(written) ?? invertedName(written);
  if (!name) return null;
  return { speaker: name.name, labelStart, labelEnd: end, textStart: end, source: 'timestamp', timestamp: prefix.slice(nameStart + stampStart, end), verb: name.verb };
}

/** `Oleg Petrov, [02.03.26 14:05]` alone on its line: the sender and the message's time; the message follows below. */
function bracketedTimeAfterName(prefix: string, labelStart: number, nameStart: number, end: number): LabelMatch | null {
  const stamp = trailingBracketedTimestamp(prefix.slice(nameStart, end));
  if (!stamp || stamp.nameEnd === 0) return null;
  const name = parseSpeakerName(prefix.slice(nameStart, nameStart + stamp.nameEnd));
  if (!name) return null;
  // The label runs to the line's end, spaces after the time included, as the scheme's reading of `**Emma** [1:06]  ` does.
  return { speaker: name.name, labelStart, labelEnd: prefix.length, textStart: prefix.length, source: 'timestamp', timestamp: prefix.slice(nameStart + stamp.stampStart, end).replace(/^[[(（【]|[\])）】]$/g, ''), verb: name.verb };
}

/** `Kowalski, Anna`: a surname, a comma and the given name, as directories and meeting exports list people. */
const INVERTED_NAME = /^([^,]{1,30}),[ \t]+([^,]{1,30})$/;

/**
 * `Kowalski, Anna   0:03` (Teams' transcript as text): a name written surname first, alone on its line before its
 * time. Only there: a comma in a label before a colon is a clause (`Well, Anna:`). Each side must read as a name.
 */
function invertedName(written: string): SpeakerName | null {
  const parts = INVERTED_NAME.exec(written.trim());
  if (!parts) return null;
  const surname = parseSpeakerName(parts[1]!);
  const given = parseSpeakerName(parts[2]!);
  if (!surname || !given || surname.verb || given.verb || surname.isRole || given.isRole) return null;
  return { name: `${surname.name}, ${given.name}`, verb: null, isRole: false };
}

/** `壹、秘書長致詞:` or `壹、 主委致詞` alone on its line: the section's speaker (`秘書長`), read without the ordinal and 致詞. */
function numberedAddress(prefix: string, lineLength: number): LabelMatch | null {
  const labelStart = skipSpaces(prefix, 0);
  const ordinal = numberedAddressLength(prefix, labelStart);
  if (!ordinal) return null;
  const colon = findLabelColon(prefix, labelStart + ordinal);
  if (colon < 0 && lineLength > prefix.length) return null;
  const nameEnd = colon >= 0 ? colon : prefix.trimEnd().length;
  const name = parseSpeakerName(prefix.slice(labelStart + ordinal, nameEnd));
  if (!name || !name.verb) return null;
  const labelEnd = colon >= 0 ? colon + 1 : nameEnd;
  return { speaker: name.name, labelStart, labelEnd, textStart: skipSpaces(prefix, labelEnd), source: 'label', timestamp: null, verb: name.verb };
}

/** `Name: [00:00:09] …`: a bracketed time right after the colon (Sonix, Ray Peat Rodeo's `GN: [09:05]`). */
function opensWithBracketedTime(prefix: string, at: number): boolean {
  const code = prefix.charCodeAt(at);
  return (code === 91 || code === 40) && timestampPrefixLength(prefix.slice(at, at + MAX_TIMESTAMP_LENGTH)) > 0;
}

/**
 * `0:00 - Nora Lindqvist (recipebox.example)`: a name alone on its line after a time keeps the bracketed
 * affiliation as written, as `Mr. Lee (Scarborough, Lib.):` does (scheme.ts); the bracket is only read off to test the name.
 */
function writtenWithRole(raw: string, name: SpeakerName): string {
  if (name.verb) return name.name;
  const written = raw.replace(/^[*_]+|[*_]+$/g, '').trim().replace(/\s+/g, ' ');
  return written.startsWith(name.name) && /^\s*[(（][^()（）]*[)）]$/.test(written.slice(name.name.length)) ? written : name.name;
}

/** `0:26 - `, `12:03 – `: a time without hours (never bare elsewhere, `2:05 P.M.`) only before a dash and a name. */
const SHORT_TIME_BEFORE_DASH = /^(\d{1,2}:\d{2})[ \t]+[-–—][ \t]+(?=\S)/;

/** What may stand between a leading timestamp and the name: `-`, `–`, `—`, `|`, `·`. */
const STAMP_NAME_SEPARATORS = codesOf('-–—|·');

/** `Absolutely.`, `Okay.`: a segment's one-word sentence after its timestamp (Whisper, meeting tools), not a name. */
const SENTENCE_FULL_STOP = /\p{L}\p{Ll}\.$/u;
const NAME_ABBREVIATION = /\b(?:Jr|Sr|St)\.$/;

/** Whether the words alone after a timestamp end as a sentence does rather than as a name (`Dr. Jane Doe Jr.`). */
function endsLikeSentence(words: string): boolean {
  const trimmed = words.replace(/[*_]+$/, '').trimEnd();
  return SENTENCE_FULL_STOP.test(trimmed) && !NAME_ABBREVIATION.test(trimmed);
}

/** Cheap test that rules out most prose lines before any regular expression runs. */
function cannotBeLabel(prefix: string): boolean {
  if (prefix.indexOf(':') >= 0 || prefix.indexOf('：') >= 0) return false;
  // Timestamps contain colons, so without one only a spaced Q/A role (`Q    What…`) is left,
  // possibly after `>>`, a dialogue dash or an icon.
  const first = prefix.charCodeAt(skipSpaces(prefix, 0));
  if (QA_LETTERS.has(String.fromCharCode(first))) return false;
  const decoration = first === 62 /* > */ || first === 45 /* - */ || first === 0x2013 || first === 0x2014;
  return !decoration && !mayBeIcon(first);
}

function mayOpenTimestamp(code: number): boolean {
  return isDigit(code) || code === 91 /* [ */ || code === 40 /* ( */ || code === 0xff08 /* （ */ || code === 0x3010 /* 【 */;
}

/**
 * `Q    What…`: a Q/A role followed by two or more spaces (or a tab) instead of a colon; or a deposition's
 * `Q. What…` / `A. Yes.`, a Latin Q or A with a full stop and a space.
 */
function matchSpacedRole(prefix: string, at: number): Omit<LabelMatch, 'labelStart' | 'timestamp' | 'source'> | null {
  const role = prefix[at];
  if (!role || !QA_LETTERS.has(role)) return null;
  if ((role === 'Q' || role === 'A') && prefix[at + 1] === '.' && isSpace(prefix.charCodeAt(at + 2)) && at + 3 < prefix.length) {
    const textStart = skipSpaces(prefix, at + 2);
    if (textStart < prefix.length) return { speaker: role, labelEnd: at + 2, textStart, verb: null, ...(role === 'A' ? { afterQuestionOnly: true } : {}) };
  }
  const next = prefix.charCodeAt(at + 1);
  const spaced = next === 9 || next === 0x3000 || (next === 32 && prefix.charCodeAt(at + 2) === 32);
  if (!spaced) return null;
  return { speaker: role, labelEnd: at + 1, textStart: skipSpaces(prefix, at + 1), verb: null };
}

/**
 * `Kristen Welker (00:00):`, `Speaker 1 [00:02:11]:` (Rev and similar exports): name, bracketed time, colon. Hansards
 * that time a member's first words put the seat or office between them, `Mr PEDERICK (Hammond) (15:00):` (South
 * Australia) or `MR C.J. BARNETT (Cottesloe) [5.33 pm]:` (Western Australia): the seat has no colon, so the
 * time's colon is never taken for the label's.
 */
const STAMPED_NAME = /^([^:：()（）[\]]{1,40}?)(?:[ \t]*([(（][^:：()（）[\]]{1,250}[)）]))?[ \t]*[[(]((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?|\d{1,2}[.:]\d{2} ?[ap]\.?m\.?)[\])][ \t]*[:：]/;
/** `(continuing)`: a record's note on its own label, no part of the name (as candidates.ts's LABEL_NOTE). */
const SEAT_NOTE = /^[(（][a-z]+ing[)）]$/;
/** How far a seat or an office in brackets may reach before the time (a minister's list of offices is long). */
const MAX_SEATED_LABEL_LENGTH = MAX_NAME_LENGTH + 256;

function matchStampedName(prefix: string, at: number): Omit<LabelMatch, 'labelStart'> | null {
  if (!/[[(]\d/.test(prefix.slice(at, at + MAX_SEATED_LABEL_LENGTH))) return null;
  const match = STAMPED_NAME.exec(prefix.slice(at));
  if (!match) return null;
  const name = parseSpeakerName(match[1]!);
  if (!name) return null;
  let labelEnd = at + match[0].length;
  while (prefix[labelEnd] === '*' || prefix[labelEnd] === '_') labelEnd++; // `**Jane Smith (00:00:10):**`
  // The seat stays with the name as written, as a bracketed role does (`Mr. Lee (Scarborough, Lib.):`).
  const seat = match[2];
  const speaker = seat && !SEAT_NOTE.test(seat) ? `${name.name} ${seat}` : name.name;
  return { speaker, labelEnd, textStart: skipSpaces(prefix, labelEnd), source: 'timestamp', timestamp: match[3]!, verb: name.verb };
}

function findLabelColon(prefix: string, from: number): number {
  // A bracketed role or constituency (`Mr. Lee (Scarborough-Rouge River, Lib.):`) does not count towards the name's length.
  const open = prefix.indexOf('(', from);
  const close = open >= 0 ? prefix.indexOf(')', open) : -1;
  const bracketed = open >= 0 && open < from + MAX_NAME_LENGTH && close > open ? close - open + 1 : 0;
  const limit = Math.min(prefix.length, from + MAX_NAME_LENGTH + 2 + bracketed);
  const ascii = prefix.indexOf(':', from);
  const wide = prefix.indexOf('：', from);
  const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (colon <= from || colon >= limit) return -1;
  let before = prefix.slice(from, colon);
  // Commas may sit inside a bracketed role: `John Smith (CEO, Acme):`.
  if (before.includes('(') || before.includes('（')) before = before.replace(/[(（][^()（）]*[)）]/g, '');
  return STOP_BEFORE_COLON.test(before) ? -1 : colon;
}

function matchExtraPatterns(prefix: string, patterns: readonly LabelMatcher[] | undefined): LabelMatch | null {
  if (!patterns) return null;
  for (const pattern of patterns) {
    // User patterns run on a linear-time engine (see safePattern.ts).
    const match = pattern.exec(prefix);
    if (!match || !match.speaker) continue;
    return { speaker: match.speaker, labelStart: match.start, labelEnd: match.end, textStart: skipSpaces(prefix, match.end), source: 'label', timestamp: null, verb: null, fromUserPattern: true };
  }
  return null;
}
