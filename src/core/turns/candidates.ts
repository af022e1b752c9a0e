import { detached } from '../text/detached';
import { numberedAddressLength } from './addressSections';
import { readQuestionLead } from './questionLeads';
import { decodeHtmlEntities } from '../text/entities';
import { isBulletSymbol, isDigit, isHan, isSpace, MAX_LABEL_ROLE_LENGTH, simplified, skipSpaces } from './chars';
import { EN_FUNCTION_WORDS, EN_NON_NAME_WORDS, EN_PERSON_ROLES, EN_RUBRIC_WORDS, EN_SENTENCE_OPENERS, EN_TITLES, ZH_CREDIT_WORDS, ZH_SINGLE_CHAR_NAMES } from './words';
import { isHandleName } from './handleNames';
import { segmentMarkerLength } from './segmentMarkers';
import { longOfficeLabel, ROLE_WORD } from './longOffices';
import { endsLikeAClauseOnly, hasWordSurnameOnly, MAX_NAME_LENGTH, opensLikeAClauseOnly, parseSpeakerName } from './speakerName';
import { BARE_CLOCK_SOURCE, BARE_RANGE_SOURCE, BRACKETED_TIMESTAMP_SOURCE, DATED_SECONDS_SOURCE, DATED_TIMESTAMP_SOURCE, MAX_TIMESTAMP_LENGTH, questionNumberLength } from './timestamps';

/**
 * A line that may open with a speaker label: a short name-like span with the wrappers around it
 * (markup, brackets, timestamps) and a separator. Offsets are relative to the line start, in the text
 * as written (HTML entities are decoded only for reading).
 */
export interface LabelCandidate {
  readonly name: string;
  /** The name with the bracketed role or constituency the label gave it (`Mr. Lee (Scarborough, Lib.)`). */
  readonly written: string;
  /** The wrappers and separator around the name, e.g. `#|N|:` or `*|N|*|T`: what the scheme groups by. */
  readonly shape: string;
  readonly labelStart: number;
  readonly labelEnd: number;
  /** Where the speech after the label starts on the same line (the line's length when none follows). */
  readonly textStart: number;
  readonly timestamp: string | null;
  readonly verb: string | null;
  readonly isRole: boolean;
  /** Markup or brackets wrap the name, or a timestamp sits beside it: a shape prose rarely has by chance. */
  readonly wrapped: boolean;
}

const OPEN_TO_CLOSE = new Map([['[', ']'], ['【', '】'], ['(', ')'], ['（', '）']]);
/** An HTML start, end or empty tag: `<p cms-style="font-L">`, `</font>`, `<br/>`. */
const HTML_TAG = /^<\/?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,80})?\/?>/;
/**
 * `<alice> text`, `<@dave> text` (IRC logs, a channel operator's `@`), `<Person1> "…"` (dialogue written for a speech
 * model): a handle in angle brackets before the speech. Group 1 is a chat mode sign, group 2 the handle. A handle
 * that is an HTML element's name (`<p>`, `<b>`) is markup; the rest is a name only where the scheme finds the
 * document repeating it (see scheme.ts), as any bracketed name is.
 */
const ANGLE_HANDLE = /^<[ \t]?([@+%&~]?)([\p{L}\p{N}_.-]{1,24})>[ \t]+(?=\S)/u;
/** How much of a line ANGLE_HANDLE reads: the longest handle in its brackets (28), and a few spaces before the speech. */
const ANGLE_HANDLE_REACH = 40;
/** HTML and WebVTT element names, which an angle-bracketed handle never is. */
const MARKUP_ELEMENTS = new Set(
  ('a abbr address article aside audio b bdi bdo big blockquote body br button c caption center cite code col colgroup dd del details dfn div dl dt em ' +
    'figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label lang legend li link main mark meta nav ' +
    'nobr noscript ol option p pre q rb rp rt ruby s samp section small source span strike strong style sub summary sup table tbody td th thead ' +
    'time title tr tt u ul v var video wbr').split(' '),
);

/** An ASS override block that subtitle editors put before a cue's text (`{\an8}` moves it to the top): markup, as a tag is. */
const OVERRIDE_BLOCK = /^\{\\[^{}\n]{1,80}\}/;
/** A Markdown table row's closing bar and the spaces around it. */
const TABLE_ROW_END = /\s*\|\s*$/;
/** `∶` (ratio) stands for a colon in pages typed in older Chinese encodings: `立法会主席曾钰成∶黄毓民议员,…`. */
const SEPARATOR_COLONS = new Set([':', '：', '︰', '∶']);
/** Marks that end a sentence or a clause: a name never holds them, so the line is prose. */
const PROSE_MARKS = '。，,！!？?；;「」『』“”"…';
/** What a character is to the name readCandidate reads, by char code: SEPARATOR_COLONS, an OPEN_TO_CLOSE opener, PROSE_MARKS. */
const NAME_STOPS = new Uint8Array(0x10000);
const SEPARATOR = 1;
const OPENER = 2;
const PROSE = 3;
for (const colon of SEPARATOR_COLONS) NAME_STOPS[colon.charCodeAt(0)] = SEPARATOR;
for (const open of OPEN_TO_CLOSE.keys()) NAME_STOPS[open.charCodeAt(0)] = OPENER;
for (const mark of PROSE_MARKS) NAME_STOPS[mark.charCodeAt(0)] = PROSE;
/**
 * A timestamp at the start of `text`: bracketed `[00:12:34]` / `(00:03)` / `[0:00 --> 0:05]`, dated before a dash
 * `15/01/2024, 14:22 - `, a bare range `00:00:00.000 --> 00:00:02.165` (its arrow is no name), or bare `0:03`, `00:01:02.5`.
 */
const TIMESTAMP = new RegExp(String.raw`^(?:${BRACKETED_TIMESTAMP_SOURCE}|${DATED_TIMESTAMP_SOURCE}|${DATED_SECONDS_SOURCE}|${BARE_RANGE_SOURCE}(?![\d:])|${BARE_CLOCK_SOURCE}(?![\d:]))`);
/**
 * A timestamp written as a Markdown link to the recording, bracketed or not: `[[00:01:02](https://youtu.be/…&t=62)]`,
 * `[01:02](#t=62)`. The link is the transcriber's seek button; the time is what the line says.
 */
const LINKED_TIMESTAMP = /^(\[)?\[((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]\([^()\s]{1,200}\)(\])?/;
/** AM or PM after a bare time that ends the line (a bare time elsewhere takes none: `2:05 P.M.` is prose). */
const TRAILING_MERIDIEM = /^[ \t\u202f]?[AaPp]\.?[Mm]\.?(?=[ \t]*$)/;
/** `12  text` or `12\ttext`: a line number an editor or a court reporter put before the line. */
const LINE_NUMBER = /^\d{1,5}(?:[ \t]+|$)/;
/** Diarisation output and anonymous speakers, kept as written so users can rename them with aliases. */
/**
 * `Mr. LIMAN.`, `Senator INOUYE.`, `The CHAIRMAN.`: the Congressional Record's label, a title and a surname
 * in capitals ended by a full stop. Prose almost never writes a surname in capitals after a title. Members who
 * share a surname are told apart by their state (`Mr. MEEK of Florida.`).
 */
const RECORD_NAME = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Col)\.|Miss|Senator|Representative|Chairman|Chairwoman|Judge|Justice|General|Admiral|Colonel|Secretary|The) (?:Mc|Mac|De|Di|La|O')?[A-Z][A-Z'’-]+(?: (?:Mc|Mac|De|Di|La|O')?[A-Z][A-Z'’-]+)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?(?: pro tempore)?$/;
/** `The SPEAKER pro tempore.`: RECORD_NAME's officer presiding in another's place, a name as the record writes it. */
const PRO_TEMPORE = /^The [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)? pro tempore$/;
/** A cheap test for RECORD_NAME's start: a capitalised word, then a word opening with two capitals. */
const RECORD_START = /^[A-Z][a-z]{1,13}\.? (?:Mc|Mac|De|Di|La|O')?[A-Z][A-Z]/;
/** A capitalised surname as hearing records print it: `Blumenthal`, `McHenry`, `O'Brien`, `Ocasio-Cortez`. */
const SURNAME = "(?:[A-Z][a-z]*['’]?)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
/**
 * `Chair Blumenthal.`, `Senator Hawley.`, `Mr. Bejar.`, `The Chairman.`: a hearing record's label with the surname
 * as written. Unlike the capitals of RECORD_NAME, prose can open a paragraph this way, so such a label counts
 * only where the document repeats it (shape `N|t.`, judged by the scheme like any other shape).
 */
const TITLED_NAME = new RegExp(
  `^(?:(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Hon)\\.|Miss|Senator|Representative|Delegate|Chairman|Chairwoman|Chair|Vice Chair(?:man|woman)?|Judge|Justice|General|Admiral|Secretary|Ambassador|Governor|Commissioner) ${SURNAME}(?: ${SURNAME})?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|The (?:Chairman|Chairwoman|Chair|Clerk|Presiding Officer|Vice Chair(?:man|woman)?))$`,
);
/** A hearing record's note on a label: `Mr. Pallone [continuing].`, `Senator Blumenthal [presiding].` */
const EDITORIAL_NOTE = /\s*\[[a-z ]{1,30}\]$/;
/** A cheap test for TITLED_NAME's start. */
const TITLED_START = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Hon)\. [A-Z]|(?:Miss|Senator|Representative|Delegate|Chairman|Chairwoman|Chair|Vice Chair|Judge|Justice|General|Admiral|Secretary|Ambassador|Governor|Commissioner) [A-Z]|The (?:Chair|Clerk|Presiding|Vice))/;
/**
 * `BERNARDO. Who goes there?`, `MRS. HARTLEY.  Gerald!`: a play's speech prefix, the character's name in capitals
 * (words of three letters or more, after an abbreviated title) and a full stop. Prose opens lines this way too
 * (`NASA. The agency…`), so the shape is the scheme's to accept where the document repeats two or more such names.
 */
const CAPITALS_NAME = /^(?:[A-Z]{2,3}\. )?[A-Z][A-Z'’-]+[A-Z](?: [A-Z][A-Z'’-]+[A-Z]){0,2}$/;
/** A cheap test for CAPITALS_NAME's start: two capitals open the line. */
const CAPITALS_START = /^[A-Z][A-Z]/;
/** Roman numerals number sections (`IV. Results`), never a character. */
const ROMAN_WORD = /(?:^|\s)[IVXLCDM]+(?:$|\s)/;
/**
 * `HON. A. SUDHAKAR.- Madam Speaker, …`, `HON. SPEAKER.- I welcome…`: some Hansards end the member's name in capitals
 * (titles and initials with their stops) with a full stop and a dash. The scheme decides where the document repeats it.
 */
const DASH_STOP_NAME = /^(?:[A-Z]{2,}\.? |(?:[A-Z]\.){1,3} ?)*[A-Z][A-Z'’-]*[A-Z](?: [A-Z][A-Z'’-]*[A-Z]){0,7}$/;
/** The separator of DASH_STOP_NAME: a full stop, then a hyphen or dash, then a space or the line's end. */
export const DASH_STOP = '.-';
/** The longest office a DASH_STOP_NAME holds. */
const MAX_DASH_STOP_NAME = 80;
/** Where the DASH_STOP_NAME opening at `start` ends (at its full stop), or -1. */
function dashStopNameEnd(s: string, start: number): number {
  const reach = Math.min(s.length - 2, start + MAX_DASH_STOP_NAME);
  for (let at = start + 2; at <= reach; at++) {
    const code = s.charCodeAt(at);
    if (code === 46 /* . */) {
      const dash = s.charCodeAt(at + 1);
      if ((dash === 45 || dash === 0x2013 || dash === 0x2014) && (at + 2 >= s.length || isSpace(s.charCodeAt(at + 2)))) {
        return DASH_STOP_NAME.test(s.slice(start, at)) ? at : -1;
      }
    } else if (!(code >= 65 && code <= 90) && code !== 32 && code !== 39 && code !== 0x2019 && code !== 45) return -1;
  }
  return -1;
}
/** The shape of a numbered oral question's lead, `6. NAME (seat) to the Minister of X:` (see questionLeads.ts). */
export const QUESTION_LEAD_SHAPE = '#.|N|to:';
/** The separator of `BERNARDO. Who goes there?` (see CAPITALS_NAME). */
export const CAPITALS_STOP = 'c.';
/** `JONES — Well…`: a name in capitals before a spaced em or en dash, the scheme's where two or more names repeat it. */
export const CAPITALS_DASH = 'c—';
const DIARIZED = /^(?:SPEAKER_\d{1,3}|Speaker[ _]?\d{1,3}|S\d{1,2}|(?:Unknown|Unidentified)(?: Speaker| Male| Female)?(?: \d{1,3})?|Interviewer|Interviewee|Audience(?: member)?(?: \d{1,3})?)$/i;

/** Characters that may open a wrapper or a timestamp: < { # * _ ' " “ | > [ ( - – — + 【 （, a bullet symbol or a digit. */
function mayOpenWrapper(code: number): boolean {
  return code === 60 || code === 34 || code === 0x201c || code === 124 || code === 64 || code === 39 || code === 123 || code === 35 || code === 42 || code === 95 || code === 62 || code === 91 || code === 40 || code === 45 || code === 0x2013 || code === 0x2014 || code === 43 || isBulletSymbol(code) || code === 0x3010 || code === 0xff08 || isDigit(code);
}

/** Cheap test that rules out most prose lines before anything is sliced or decoded. */
function mayHoldCandidate(prefix: string): boolean {
  if (mayOpenWrapper(prefix.charCodeAt(skipSpaces(prefix, 0)))) return true;
  // A colon, a tab, two spaces, an entity, or a `>` near the start (`au> …`). Native searches: most lines are prose.
  if (prefix.indexOf(':') >= 0 || prefix.indexOf('：') >= 0 || prefix.indexOf('︰') >= 0 || prefix.indexOf('∶') >= 0 || prefix.indexOf('\t') >= 0) return true;
  if (prefix.indexOf('  ') >= 0 || prefix.indexOf('&') >= 0) return true;
  if (numberedAddressLength(prefix, skipSpaces(prefix, 0)) > 0) return true;
  const chevron = prefix.indexOf('>');
  if (chevron > 0 && chevron < 24) return true;
  // `Mr. LIMAN. Now, …`: a title and a surname in capitals; `BERNARDO. Who goes there?`: a play's name in capitals.
  const first = prefix.charCodeAt(0);
  return first >= 65 && first <= 90 && (RECORD_START.test(prefix) || TITLED_START.test(prefix) || CAPITALS_START.test(prefix));
}

/**
 * Reads the label candidate at the start of a line. `prefix` is at most the line's first
 * LABEL_SCAN_LIMIT characters and `lineLength` its full length; `head` is plainHeadLength(prefix) where
 * the caller read it already. Null when the start of the line cannot be a label (no name-like span, or no
 * separator after it).
 */
export function labelCandidate(prefix: string, lineLength: number, head?: number): LabelCandidate | null {
  if (isDigit(prefix.charCodeAt(skipSpaces(prefix, 0)))) {
    const lead = readQuestionLead(prefix);
    if (lead) return { ...lead, shape: QUESTION_LEAD_SHAPE, timestamp: null, verb: null, isRole: false, wrapped: false };
  }
  if (head === undefined) {
    if (!mayHoldCandidate(prefix)) return null;
    head = plainHeadLength(prefix);
  } else if (head === 0 && !mayHoldCandidate(prefix)) return null;
  // A plain head ends in a colon, which is what mayHoldCandidate would have found.
  if (head > 0) return fromHead(prefix, head, lineLength);
  const decoded = decodeHtmlEntities(prefix);
  const found = readCandidate(decoded.text, lineLength - prefix.length + decoded.text.length);
  if (!found || decoded.map.isIdentity) return found;
  const map = decoded.map;
  return { ...found, labelStart: map.toSource(found.labelStart), labelEnd: map.toSourceEnd(found.labelEnd), textStart: map.toSource(found.textStart) };
}

/**
 * Transcripts repeat the same few `Name:` heads thousands of times. For a line that opens with no
 * wrapper and has a colon early, followed by nothing that could continue the label, the candidate
 * depends only on the text up to the colon: it is read once per head and reused.
 */
const headCache = new Map<string, LabelCandidate | null>();
const HEAD_CACHE_SIZE = 4096;

/** Length of the plain `Name:` head of `prefix`, or 0 when the line needs the full reading. */
export function plainHeadLength(prefix: string): number {
  const first = prefix.charCodeAt(0);
  if (isSpace(first) || mayOpenWrapper(first) || prefix.indexOf('&') >= 0) return 0;
  let colon = -1;
  for (let j = 0; j < prefix.length && j <= MAX_NAME_LENGTH; j++) {
    const code = prefix.charCodeAt(j);
    if (code === 58 || code === 0xff1a || code === 0xfe30 || code === 0x2236) {
      colon = j;
      break;
    }
  }
  if (colon <= 0) return 0;
  const after = prefix.charCodeAt(colon + 1);
  // `**Name:**`, `https://`, `2:05` read on past the colon.
  return after === 42 || after === 95 || after === 47 || isDigit(after) || Number.isNaN(after) ? 0 : colon + 1;
}

function fromHead(prefix: string, head: number, lineLength: number): LabelCandidate | null {
  const key = prefix.slice(0, head);
  let cached = headCache.get(key);
  if (cached === undefined) {
    if (headCache.size >= HEAD_CACHE_SIZE) headCache.clear();
    // Read from a copy, so nothing the cache keeps holds the document (see detached).
    cached = readCandidate(detached(prefix), lineLength);
    // Only the speech's start may differ between lines with this head.
    if (cached && cached.labelEnd !== head) return cached;
    headCache.set(detached(key), cached);
  }
  if (!cached) return null;
  let textStart = skipSpaces(prefix, head);
  if (textStart >= prefix.length && prefix.length >= lineLength) textStart = lineLength;
  return textStart === cached.textStart ? cached : { ...cached, textStart };
}

function readCandidate(s: string, lineLength: number): LabelCandidate | null {
  const shape: string[] = [];
  const labelStart = skipSpaces(s, 0);
  let i = labelStart;
  let timestamp: string | null = null;
  const closers: string[] = [];
  let wrapped = false;
  /** A Markdown table's row (`| 00:00:01 | Ann Lee | text |`): its cells' bars wrap the time and the name. */
  let tableRow = false;
  let angled = false;
  // Element names of the tags around the name (an element alone on its line, see ELEMENT_ALONE_SHAPE).
  const tagsBefore: string[] = [];
  const tagsAfter: string[] = [];
  let closedByMarkup = false;
  const question = questionNumberLength(s, i);
  if (question) {
    shape.push('Q');
    i += question;
  }
  // `壹、秘書長致詞:`: a numbered section naming who speaks in it (see addressSections).
  const numberedAddress = question ? 0 : numberedAddressLength(s, i);
  if (numberedAddress) {
    shape.push('o');
    i += numberedAddress;
  }

  // Wrappers before the name, outermost first.
  let segment = 0;
  for (let guard = 0; guard < 8 && mayOpenWrapper(s.charCodeAt(i)); guard++) {
    const rest = s.slice(i, i + MAX_TIMESTAMP_LENGTH);
    const code = rest.charCodeAt(0);
    const heading = code === 35 ? /^#{1,6}[ \t]+/.exec(rest) : null;
    // Regular expressions only where their first character is: most wrapped lines are `（笑）` or a list item.
    const stamp = isDigit(code) || isDigit(rest.charCodeAt(1)) ? TIMESTAMP.exec(rest) : null;
    const number = guard === 0 && !stamp && isDigit(code) ? LINE_NUMBER.exec(rest) : null;
    const angle = rest[0] === '<' ? angleHandle(s, i) : null;
    const tag = angle ? null : rest[0] === '<' ? HTML_TAG.exec(s.slice(i, i + 96)) : rest[0] === '{' ? OVERRIDE_BLOCK.exec(s.slice(i, i + 96)) : null;
    const linked = code === 91 ? linkedTimestamp(s, i) : null;
    if (heading) {
      shape.push('#');
      i += heading[0].length;
    } else if (angle) {
      // The name is read as a handle between the brackets; its `>` closes it (shape `‹|N|]`).
      shape.push('‹');
      closers.push('>');
      wrapped = true;
      angled = true;
      i += angle;
      break;
    } else if (tag) {
      // `<p class="…"><font class="bold">姚洋：</font>`: pages saved with their markup. A run of tags is
      // one wrapper (`<P>`, `</P><P>`, `<p><b>` alike): pages change their markup within one document. A subtitle's
      // `{\an8}<font …>` is such a run too.
      if (shape[shape.length - 1] !== '<') shape.push('<');
      tagsBefore.push(tag[0]);
      i += tag[0].length;
    } else if (linked) {
      timestamp = linked.clock;
      shape.push('T');
      wrapped = true;
      i += linked.length;
    } else if (stamp && (i + stamp[0].length >= s.length || !isDigit(s.charCodeAt(i + stamp[0].length)))) {
      timestamp = stamp[0];
      shape.push('T');
      wrapped = true;
      i += stamp[0].length;
    } else if (number && i + number[0].length < s.length) {
      shape.push('n');
      i += number[0].length;
    } else if (rest.startsWith('**') || rest.startsWith('__')) {
      shape.push('*');
      closers.push(rest.slice(0, 2));
      wrapped = true;
      i += 2;
    } else if (rest.startsWith("''")) {
      // `'''Name:'''`, `'''S''':` (a wiki's bold), `''Name:''` (its italics): emphasis as `**` is in Markdown.
      const quotes = rest.startsWith("'''") ? "'''" : "''";
      shape.push('*');
      closers.push(quotes);
      wrapped = true;
      i += quotes.length;
    } else if (rest.startsWith('>>') || (rest[0] === '>' && (rest.length === 1 || isSpace(rest.charCodeAt(1)) || rest[1] === '*'))) {
      shape.push(rest.startsWith('>>') ? '>>' : '>');
      i += rest.startsWith('>>') ? 2 : 1;
    } else if (rest[0] === '@' && AT_BEFORE_NAME.test(rest)) {
      // `@王工 00:00:01`, `@说话人 1 00:00:00`: a recording app's export marks each speaker with an `@`, no part of the name.
      shape.push('@');
      i += 1;
    } else if (/^[-–—+][ \t]/.test(rest)) {
      shape.push('-');
      i += 2;
    } else if (isBulletSymbol(code)) {
      // A bullet symbol needs no space after it (`▲記者：`); a dash does (`-5` is a number).
      shape.push('-');
      i += 1;
    } else if (code === 124 && (guard === 0 || tableRow)) {
      // `| 00:00:01 | Ann Lee | The ferry costs… |`: a transcript kept as a Markdown table. The row's first bar opens
      // the name's cell, which the next bar closes; a bar after a time cell is that cell's end.
      if (guard === 0) closers.push('|');
      tableRow = true;
      shape.push('|');
      wrapped = true;
      i += 1;
    } else if ((code === 34 || code === 0x201c) && guard === 0) {
      // `“THE COURT: What have you done?`, `"MR. HALE: Okay…`: testimony quoted in an opinion or a report opens each
      // quoted paragraph with a quotation mark and closes only the last, so the mark closes nothing here.
      shape.push('“');
      i += 1;
    } else if (guard === 0 && (segment = segmentMarkerLength(s, i)) > 0) {
      // `【同期】白岩松：…`: a programme's segment word in brackets right before the label wraps it; the name after speaks.
      shape.push('§');
      wrapped = true;
      i += segment;
    } else if (OPEN_TO_CLOSE.has(rest[0] ?? '')) {
      shape.push('[');
      closers.push(OPEN_TO_CLOSE.get(rest[0]!)!);
      wrapped = true;
      i += 1;
    } else break;
    i = skipSpaces(s, i);
  }

  // The name: up to a colon, a closing wrapper, a timestamp, two spaces or the end of the line.
  const nameStart = i;
  let nameEnd = -1;
  let separatorAt = -1;
  // `Mr. Bejar.` rather than the record's `Mr. LIMAN.`: the scheme decides (see TITLED_NAME).
  let titled = false;
  // `BERNARDO. Who goes there?`: a name in capitals and a full stop (see CAPITALS_NAME).
  let capitals = false;
  // `HON. A. SUDHAKAR.- Madam Speaker, …`: a name in capitals, a full stop and a dash (see DASH_STOP_NAME).
  let dashStop = false;
  let dashAfterCapitals = false;
  const closer = closers[closers.length - 1];
  // Bracketed text inside the name (a role, a constituency) does not count towards its length.
  let bracketed = 0;
  let roleEnd = -1;
  // `[嘉宾:陈铎]:`: the colon between the role and the name, both inside the brackets.
  let roleColon = -1;
  // `**???:**`: the transcriber's mark for a speaker it could not name.
  const unknown = s.charCodeAt(i) === 63 ? UNKNOWN_SPEAKER.exec(s.slice(i, i + 4)) : null;
  if (unknown) {
    nameEnd = i + unknown[0].length;
    if (SEPARATOR_COLONS.has(s[nameEnd] ?? '')) separatorAt = nameEnd;
  }
  // An office may run past a name's length: `HON. LEADER OF THE GOVERNMENT IN PARLIAMENT.-`.
  const dashStopEnd = unknown || !CAPITALS_START.test(s.slice(i, i + 2)) ? -1 : dashStopNameEnd(s, i);
  if (dashStopEnd > 0) {
    nameEnd = dashStopEnd;
    separatorAt = dashStopEnd;
    dashStop = true;
  }
  for (let j = i; !unknown && !dashStop && j < s.length && j <= nameStart + MAX_NAME_LENGTH + bracketed; j++) {
    // By char code: a one-character string per character (uncached for CJK) and its Set lookup cost more than the rest.
    const code = s.charCodeAt(j);
    const stop = NAME_STOPS[code]!;
    if (stop === SEPARATOR) {
      // `2:05` inside the name span is a time, not a separator.
      if (code === 58 && isDigit(s.charCodeAt(j - 1)) && isDigit(s.charCodeAt(j + 1))) return null;
      // `[嘉宾:陈铎]:`, `【主持人：李明】：`: a role and a name inside the brackets, the label's own colon after them.
      const roleNameEnd = closer && closer !== '|' && j > nameStart ? bracketedRoleNameEnd(s, j, closer, nameStart) : -1;
      if (roleNameEnd > 0) {
        nameEnd = roleNameEnd;
        roleColon = j;
        break;
      }
      nameEnd = j;
      separatorAt = j;
      break;
    }
    if (closer && code === closer.charCodeAt(0) && s.startsWith(closer, j)) {
      nameEnd = j;
      break;
    }
    if (code === 60 /* < */ && j > nameStart && HTML_TAG.test(s.slice(j, j + 96))) {
      nameEnd = j;
      break;
    }
    // `au> text`, `張\> text`: a chat handle and a `>` (escaped in Markdown).
    if (code === 62 /* > */ && j > nameStart) {
      nameEnd = s[j - 1] === '\\' ? j - 1 : j;
      break;
    }
    // `John Smith (CEO, Acme):` keeps its role; `Jane Doe (00:03):` ends at the timestamp.
    if (stop === OPENER && j > nameStart) {
      if (TIMESTAMP.test(s.slice(j, j + 16))) {
        nameEnd = j;
        break;
      }
      const close = s.indexOf(OPEN_TO_CLOSE.get(s[j]!)!, j + 1);
      if (close < 0 || close - j >= MAX_LABEL_ROLE_LENGTH) return null;
      bracketed += close - j + 1;
      j = close;
      continue;
    }
    // `JONES — Well, I was there…`: a name in capitals, a spaced em or en dash, then speech (CAPITALS_DASH).
    if (code === 32 && j > nameStart && isSpacedDash(s, j + 1) && capitalsDash(s, s.slice(nameStart, j), j + 2)) {
      nameEnd = j;
      separatorAt = j + 1;
      dashAfterCapitals = true;
      break;
    }
    if (isSpace(code) && j > nameStart) {
      const next = skipSpaces(s, j);
      if (next >= s.length && s.length >= lineLength) {
        nameEnd = j;
        break;
      }
      // `张伟 2024/5/20 9:01:12` (a chat's sender before the date and time to the second) reads 24 characters.
      if (next - j >= 2 || code === 9 || (isDigit(s.charCodeAt(next)) && TIMESTAMP.test(s.slice(next, next + 24)))) {
        nameEnd = j;
        break;
      }
    }
    if (code === 46 /* . */ && j > nameStart && isRecordSeparator(s, j)) {
      const written = s.slice(nameStart, j).replace(EDITORIAL_NOTE, '');
      const record = RECORD_NAME.test(written);
      if (record || TITLED_NAME.test(written)) {
        nameEnd = j;
        separatorAt = j;
        titled = !record;
        break;
      }
      if (capitalsStop(s, written, j)) {
        nameEnd = j;
        separatorAt = j;
        capitals = true;
        break;
      }
    }
    // `Mr. Richard Maurel, the Clerk of the Committee:`: a role after a comma, up to the label's colon.
    if (code === 44 /* , */ && j > nameStart) {
      roleEnd = commaRoleEnd(s, j, closer === '|');
      if (roleEnd < 0) return null;
      nameEnd = j;
      separatorAt = roleEnd;
      break;
    }
    if (stop === PROSE) return null;
  }
  // `<from>The MINISTER OF HIGHER EDUCATION AND TRAINING</from>`: an office alone in its element, too long for a name.
  const elementOffice = !unknown && shape.length === 1 && shape[0] === '<' ? officeInElement(s, nameStart) : -1;
  if (nameEnd < 0 && elementOffice >= 0) nameEnd = elementOffice;
  // `The Parliamentary Under-Secretary of State for Health (Miss Melanie Johnson):`: an office too long for a name.
  const longOffice = nameEnd < 0 && !unknown ? longOfficeLabel(s, nameStart) : null;
  if (longOffice) nameEnd = longOffice.end;
  if (nameEnd < 0) {
    // The whole rest of a short line: a bare name.
    if (s.length < lineLength || s.length - nameStart > MAX_NAME_LENGTH) return null;
    nameEnd = s.length;
  }
  let rawName = s.slice(nameStart, nameEnd).trim();
  // `Mr. Pallone [continuing].`: the record's note on its own label is no part of the name.
  if (s[nameEnd] === '.' && separatorAt === nameEnd) rawName = rawName.replace(EDITORIAL_NOTE, '');
  if (!rawName) return null;
  // `**Name:**` puts the colon inside the bold.
  rawName = rawName.replace(/[*_]+$/, '');
  shape.push('N');

  // Wrappers and separator after the name (after the role, for a role after a comma).
  let k = roleEnd >= 0 ? roleEnd : nameEnd;
  let separated = false;
  let handle = false;
  for (let guard = 0; guard < 8 && k < s.length; guard++) {
    k = skipSpaces(s, k);
    const open = closers[closers.length - 1];
    const stamp = mayOpenWrapper(s.charCodeAt(k)) ? TIMESTAMP.exec(s.slice(k, k + MAX_TIMESTAMP_LENGTH)) : null;
    const linked = !timestamp && s[k] === '[' ? linkedTimestamp(s, k) : null;
    if (linked) {
      timestamp = linked.clock;
      shape.push('T');
      wrapped = true;
      k += linked.length;
      separated = true;
    } else if (open && s.startsWith(open, k)) {
      if (open === ']' && s[k + 1] === '(') {
        // A Markdown link `[text](url)` is no name, unless a label's colon follows it: `- [gglin001](https://github.com/gglin001)：`.
        const linkEnd = linkedNameEnd(s, k + 1);
        if (linkEnd < 0) return null;
        closers.pop();
        shape.push('](');
        k = linkEnd;
        continue;
      }
      closers.pop();
      // Emphasis (`**`, `__`, a wiki's `'''`) closes as markup; a bracket as a bracket.
      const emphasis = open.length >= 2;
      shape.push(emphasis ? '*' : ']');
      k += open.length;
      separated = true;
      closedByMarkup = emphasis;
      // `**Algernon**.  Did you…`: a play's full stop after the closed name, then two spaces (see NAME_STOP_SHAPE).
      if (closedByMarkup && stopThenSpaces(s, k)) {
        shape.push(NAME_STOP);
        k += 1;
        break;
      }
    } else if (k === nameEnd && (s[k] === '>' || (s[k] === '\\' && s[k + 1] === '>'))) {
      shape.push('>');
      k += s[k] === '>' ? 1 : 2;
      separated = true;
      handle = true;
      break;
    } else if (SEPARATOR_COLONS.has(s[k]!)) {
      if (s[k] === ':' && s[k + 1] === '/') return null; // a URL scheme
      shape.push(':');
      k += 1;
      separated = true;
      // `**Name:**`: the bold closes after the colon; `姚洋：</font>`: so does a tag.
      while (closers.length && s.startsWith(closers[closers.length - 1]!, k)) k += closers.pop()!.length;
      for (let tag = HTML_TAG.exec(s.slice(k, k + 96)); tag; tag = HTML_TAG.exec(s.slice(k, k + 96))) k += tag[0].length;
      break;
    } else if (dashAfterCapitals && k === separatorAt) {
      shape.push(CAPITALS_DASH);
      k += 1;
      separated = true;
      break;
    } else if (s[k] === '.' && k === separatorAt) {
      // `<p>Mr. RUDMAN.</p><p>`: the record's full stop, then any closing markup.
      shape.push(dashStop ? DASH_STOP : titled ? 't.' : capitals ? CAPITALS_STOP : '.');
      k += dashStop ? 2 : 1;
      separated = true;
      for (let tag = HTML_TAG.exec(s.slice(k, k + 96)); tag; tag = HTML_TAG.exec(s.slice(k, k + 96))) k += tag[0].length;
      break;
    } else if (s[k] === '<' && HTML_TAG.test(s.slice(k, k + 96))) {
      const tag = HTML_TAG.exec(s.slice(k, k + 96))![0];
      tagsAfter.push(tag);
      k += tag.length;
      closedByMarkup = true;
    } else if (closedByMarkup && separatorAt < 0 && !separated && stopThenSpaces(s, k)) {
      // `<p><b>Algernon</b>.  Did you hear…`: a play's speech prefix, the name closed by markup, a full stop, two
      // spaces. Prose has such stops too, so the shape is the scheme's to accept where the document repeats its names.
      shape.push(NAME_STOP);
      k += 1;
      separated = true;
      break;
    } else if (stamp && !timestamp) {
      // `Jonah Blake  9:41 AM` alone on its line (Slack copied from the client): the bare time's AM/PM is the time's.
      const meridiem = s.length >= lineLength ? TRAILING_MERIDIEM.exec(s.slice(k + stamp[0].length)) : null;
      timestamp = meridiem ? stamp[0] + meridiem[0] : stamp[0];
      shape.push('T');
      wrapped = true;
      k += timestamp.length;
      separated = true;
    } else if ((s[k] === '*' || s[k] === '_') && separatorAt >= 0) {
      k++;
    } else if (tableRow && s[k] === '|' && timestamp) {
      // `| Ann Lee | 00:00:01 | text |`: the time's cell closes with its own bar.
      shape.push('|');
      k += 1;
    } else break;
  }
  // A transcript's row has one cell of speech after the name's (and the time's); a table of data (`| Ferry | 2023 |
  // 4.2 million |`), or its header row, has more cells: its first column names no speaker.
  if (tableRow && s.slice(k).replace(TABLE_ROW_END, '').indexOf('|') >= 0) return null;
  if (closers.length) return null; // a wrapper opened before the name never closed: `[some note`
  // `(a) notes that ministers…`, `(iv) the officer shall…`: a clause's letter or numeral in brackets, no speaker.
  if (shape[shape.indexOf('N') - 1] === '[' && CLAUSE_ENUMERATOR.test(rawName)) return null;
  const textStart = skipSpaces(s, k);
  const atEnd = textStart >= s.length && s.length >= lineLength;
  const fieldEnd = roleEnd >= 0 ? roleEnd : nameEnd;
  if (!separated) {
    // Two spaces or a tab (`MS. JONES  Good afternoon`). A bare name on a line of its own (`- Item`,
    // `JANE SMITH`) is left to the outline's recurring-name rule: list items and titles look the same.
    // `壹、 主委致詞` alone on its line: the numbered address names its speaker with or without a colon.
    // After a heading's time (`### [00:00:24] Kyle`) it is a candidate: the scheme asks that its shape
    // recur with a few names.
    if (atEnd && numberedAddress) {
      shape.push('$');
    } else if (atEnd) {
      // Two words at least (`The SPEAKER`, `Mr A M MPONTSHANE`): `<party>ALP</party>` and `<electorate>Lalor</electorate>`
      // repeat a record's one-word values over other data, not over speech.
      const element = /\s/.test(rawName) ? elementAlone(shape, tagsBefore, tagsAfter) : null;
      if (element) {
        // The element is part of the shape: `<from>` lines and `<heading>` lines are separate schemes.
        shape.push(ELEMENT_ALONE + element);
        wrapped = true;
      } else if (elementOffice === nameEnd) return null;
      else if (!timestampBeforeName(shape) && !(timestamp && DATE_IN_STAMP.test(timestamp))) return null;
    } else if (fieldEnd < s.length && (s[fieldEnd] === '\t' || (isSpace(s.charCodeAt(fieldEnd)) && isSpace(s.charCodeAt(fieldEnd + 1))))) {
      shape.push('_');
    } else {
      return null;
    }
  }
  // `White House Counsel.  They…`: a sentence that ends before two spaces, not a name.
  if (/[.．]$/.test(rawName) && rawName.length > 2) return null;
  const nameTag = shape[0] === '-' && shape[shape.indexOf('N') - 1] === '[' ? NAME_TAG.exec(rawName) : null;
  // `[1/2/2026 3:04 PM] ferrous.oxide` alone on its line (a chat exporter's text): a dated stamp's sender goes by a user name.
  // After such a stamp bare (`2024-11-02 14:02:05\tbob_k\t…`, WeeChat's log), the nick is the field before the tab.
  const chatSender = !separated && timestamp !== null && DATE_IN_STAMP.test(timestamp) && (atEnd || s[nameEnd] === '\t');
  const name = longOffice ? { name: longOffice.office, verb: null, isRole: false }
    : nameTag ? { name: nameTag[1]!.trim(), verb: null, isRole: false } : handle || angled || chatSender ? handleFrom(rawName)
    : dashStop || (s[nameEnd] === '.' && separatorAt === nameEnd && PRO_TEMPORE.test(rawName)) ? { name: rawName, verb: null, isRole: false }
    : roleColon >= 0 ? nameFrom(s.slice(roleColon + 1, nameEnd).trim())
    : nameFrom(rawName) ?? (elementOffice === nameEnd ? { name: rawName, verb: null, isRole: false } : officeFrom(s, nameStart, nameEnd));
  if (!name) return null;
  // An initial is read only as a plain `柯:`: `（笑）` and `**注**` are asides and marks, and stay no candidates
  // (a chat handle, `張\> …`, is a handle of any length, as before).
  if (!handle && isSurnameInitial(name.name) && shape.join('|') !== INITIAL_SHAPE) return null;
  let written = writtenName(rawName, name.name);
  let speaker = name.name;
  if (roleEnd >= 0) {
    // A first name and surname or a title and surname: `However, the minister:` opens a sentence.
    const role = s.slice(nameEnd + 1, roleEnd).trim();
    if (name.name !== rawName || (rawName.split(/\s+/).length < 2 && !isFirstNameBeforeRole(rawName, role))) return null;
    written = `${rawName}, ${role}`;
    // `Lee, Ann:`: a directory's surname and first name, the person's name as written and no role; the scheme judges it.
    if (isInvertedName(rawName, role)) speaker = written;
  }
  return {
    name: speaker, written, shape: shape.join('|'), labelStart, labelEnd: Math.max(k, nameEnd), textStart: atEnd ? Math.max(lineLength, textStart) : textStart,
    timestamp: timestamp && timestamp.replace(/^[[(（【]|[\])）】]$/g, ''), verb: name.verb, isRole: name.isRole, wrapped: wrapped || shape.includes('#'),
  };
}

/** The separator of `<b>Algernon</b>.  text`: a full stop after markup that closed the name, then two spaces or a tab. */
const NAME_STOP = '._';
/** `<from>The SPEAKER</from>` alone on its line over the speech (a parliament's XML): one element holding only a name. */
const ELEMENT_ALONE = '/';

/** `The MINISTER OF HIGHER EDUCATION AND TRAINING`, `The DEPUTY SPEAKER`: `The` and capitalised words with their joining words. */
const ELEMENT_OFFICE = /^The(?: (?:[A-Z][A-Za-z'’-]*|of|for|and|the|on|OF|FOR|AND|THE|ON)){1,14}$/;

/** Where an office alone in the element that opens the line ends (its end tag closes the line), or -1. */
function officeInElement(s: string, start: number): number {
  const close = s.indexOf('</', start);
  if (close < 0 || close - start > MAX_LABEL_ROLE_LENGTH || !ELEMENT_OFFICE.test(s.slice(start, close))) return -1;
  return /^<\/[A-Za-z][A-Za-z0-9]*>\s*$/.test(s.slice(close)) ? close : -1;
}

function stopThenSpaces(s: string, at: number): boolean {
  return s[at] === '.' && (s[at + 1] === '\t' || (isSpace(s.charCodeAt(at + 1)) && isSpace(s.charCodeAt(at + 2))));
}

/**
 * The element of a line that is one element and nothing else, not an HTML one: a start tag, the name, the same
 * element's end tag (`<from>Mr A M MPONTSHANE</from>`). Such a line is a candidate of its own shape, which the scheme accepts only where
 * the document repeats names in that element; a bare name alone (`JANE SMITH`) stays the outline's recurring-name rule's.
 */
function elementAlone(shape: readonly string[], tagsBefore: readonly string[], tagsAfter: readonly string[]): string | null {
  if (shape.length !== 2 || shape[0] !== '<' || tagsBefore.length !== 1 || tagsAfter.length !== 1) return null;
  const open = /^<([A-Za-z][A-Za-z0-9]*)/.exec(tagsBefore[0]!);
  const close = /^<\/([A-Za-z][A-Za-z0-9]*)>$/.exec(tagsAfter[0]!);
  if (!open || !close) return null;
  const element = open[1]!.toLowerCase();
  // HTML's own elements (`<p>`, `<span>`, `<td>`, `<h3>`) hold titles, cells and prose alike: a name alone in one is
  // the outline's to judge. An element of a record's own vocabulary (`<from>`, `<speaker>`) names what it holds.
  return element === close[1]!.toLowerCase() && !MARKUP_ELEMENTS.has(element) ? element : null;
}

/**
 * Whether the shape read so far has a heading or bold mark, then a timestamp, before the name (`### [00:00:24] Kyle`).
 * A bare `[00:01:02] Name` line is labels.ts' convention already; segment lines of dense transcripts (`[01:09]  Why?`)
 * stay no candidates, so typing in them stays local.
 */
function timestampBeforeName(shape: readonly string[]): boolean {
  const name = shape.indexOf('N');
  const stamp = name > 0 ? shape.lastIndexOf('T', name) : -1;
  return stamp > 0 && shape.slice(0, stamp).some((mark) => mark === '#' || mark === '*');
}

/**
 * The words of a role after a name and a comma: capitalised words and the few lower-case words that join them
 * (`the Clerk of the Committee`, `Director General, Policy Branch, Health Canada`); a verb or pronoun is prose.
 * `gap`: what may stand between two role words; `after`: what must follow the role.
 */
function commaRole(gap: string, after: string): RegExp {
  return new RegExp(String.raw`^,[ \t]+(${ROLE_WORD}(?:,?${gap}+${ROLE_WORD}){0,15})${after}`, 'u');
}

/** `, the Clerk of the Committee:`: the role before its colon (after a closing bold mark, if any). */
const COMMA_ROLE = commaRole(String.raw`[ \t]`, String.raw`([ \t]*(?:\*\*|__)?[ \t]*[:：])`);
/** `| Maya, Host | How did…`, `Maya, Host⇥How did…`: the role fills the name's table cell or tab-separated field. */
const COMMA_ROLE_IN_CELL = commaRole(String.raw`[ \t]`, String.raw`(?=[ \t]*\||\t)`);
const COMMA_ROLE_IN_FIELD = commaRole('[ ]', String.raw`(?=\t)`);

/**
 * Where a role written after a name and a comma (`, the Clerk of the Committee:`) ends, before its colon or closing
 * bold, or before the bar or tab that ends the name's cell; or -1.
 */
function commaRoleEnd(s: string, comma: number, inTableCell: boolean): number {
  const head = s.slice(comma, comma + MAX_LABEL_ROLE_LENGTH);
  const role = COMMA_ROLE.exec(head);
  if (role) return /\p{Lu}/u.test(role[1]!) ? comma + role[0].length - role[2]!.length : -1;
  const inCell = (inTableCell ? COMMA_ROLE_IN_CELL : COMMA_ROLE_IN_FIELD).exec(head);
  return inCell && /\p{Lu}/u.test(inCell[1]!) ? comma + inCell[0].length : -1;
}

/**
 * `Maya, Host:`: a podcast names a speaker by first name and capitalised role; a sentence's opening word before a
 * comma (`However, the Minister:`, `Note, Table 2:`) is no first name, and a role with lower-case words is prose.
 * The scheme still asks that the name be labelled again (hasCommaRole).
 */
function isFirstNameBeforeRole(word: string, role: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || /ly$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (EN_SENTENCE_OPENERS.has(lower) || EN_FUNCTION_WORDS.has(lower) || EN_NON_NAME_WORDS.has(lower) || EN_RUBRIC_WORDS.has(lower)) return false;
  return role.split(/[\s,]+/).every((roleWord) => /^\p{Lu}/u.test(roleWord));
}

/**
 * `Lee, Ann`, `Park, Bob`: a surname, a comma and one capitalised word that is no part a person plays (`Maya, Host` is
 * a first name and a role), as staff directories and meeting apps write names. isFirstNameBeforeRole read the first word.
 */
function isInvertedName(surname: string, given: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given) || !isFirstNameBeforeRole(surname, given)) return false;
  const lower = given.toLowerCase();
  return !EN_PERSON_ROLES.has(lower) && !EN_TITLES.has(lower) && !EN_NON_NAME_WORDS.has(lower) && !EN_FUNCTION_WORDS.has(lower);
}

const INVERTED_NAME_LINE = /^(\S+), (\S+)$/;

/** `Lee, Ann` alone on its line over each turn (a meeting app's legacy transcript): isInvertedName's name, trimmed. */
export function isInvertedNameLine(text: string): boolean {
  const parts = INVERTED_NAME_LINE.exec(text);
  return parts !== null && isInvertedName(parts[1]!, parts[2]!);
}

/** A role after a comma (`Mr. Richard Maurel, the Clerk of the Committee:`) is a label only where the document labels the same person again. */
export function hasCommaRole(candidate: LabelCandidate): boolean {
  return candidate.written.startsWith(`${candidate.name},`);
}

/** The linked timestamp at `at` (LINKED_TIMESTAMP), with its brackets balanced, or null. */
function linkedTimestamp(s: string, at: number): { clock: string; length: number } | null {
  const match = LINKED_TIMESTAMP.exec(s.slice(at, at + 240));
  if (!match) return null;
  // `[[0:01](url)` with no closing bracket: the outer bracket is not the stamp's.
  if (match[1] && !match[3]) return null;
  if (!match[1] && match[3]) return { clock: match[2]!, length: match[0].length - 1 };
  return { clock: match[2]!, length: match[0].length };
}

/**
 * `- [name=leila] …`: HackMD's name tag opening a list item names who wrote the item, as a label does (one at a line's
 * end signs it instead, signatures.ts). The tag is the writer's mark for a name, written as the user is called.
 */
const NAME_TAG = /^name=([^\s=][^=]{0,39})$/;

/** A link's address in brackets, with no space or bracket inside. */
const LINK_TARGET = /^\([^()\s]{1,200}\)/;
/** LINK_TARGET's longest match: the address and its brackets. */
const LINK_TARGET_REACH = 202;

/**
 * Where a Markdown link's address, opening at `at` (`(`), ends when a label's colon follows it (spaces allowed),
 * as minutes link each speaker's name to a profile; or -1 for any other link (prose, a list of links).
 */
function linkedNameEnd(s: string, at: number): number {
  const target = LINK_TARGET.exec(s.slice(at, at + LINK_TARGET_REACH));
  if (!target) return -1;
  const end = at + target[0].length;
  return SEPARATOR_COLONS.has(s[skipSpaces(s, end)] ?? '') ? end : -1;
}

/** Two or three question marks standing for a speaker's name (see UNKNOWN_SPEAKER_NAME in speakerName.ts). */
const UNKNOWN_SPEAKER = /^\?{2,3}(?![?\p{L}\p{N}])/u;

/** A lower-case letter or roman numeral that enumerates a clause: `a`, `iv`. */
const CLAUSE_ENUMERATOR = /^(?:[a-z]|[ivx]{1,4})$/;

/**
 * Whether the full stop at `at` ends a play's name in capitals (CAPITALS_NAME): speech in mixed case follows on the
 * line, and not another word in capitals (`MS. GRANT:` reads on to its colon; a caption in capitals is no play).
 */
function capitalsStop(s: string, written: string, at: number): boolean {
  // `THE END. Thank you.`: a phrase opening with the article is no character (`The CHAIRMAN.` is the record's, above).
  if (!CAPITALS_NAME.test(written) || ROMAN_WORD.test(written) || written.startsWith('THE ')) return false;
  const next = skipSpaces(s, at + 1);
  // `MR. J. BROWN:`: an initial goes on with the name.
  if (next >= s.length || CAPITALS_START.test(s.slice(next, next + 2)) || /^[A-Z]\./.test(s.slice(next, next + 2))) return false;
  // `HON. Smith (Minister):`: a label's colon within a name's reach is the line's separator, not this stop.
  const reach = s.slice(next, at + MAX_NAME_LENGTH);
  const colon = reach.search(/[:：]/);
  if (colon >= 0 && !/[.!?,;]/.test(reach.slice(0, colon))) return false;
  return /\p{Ll}/u.test(s.slice(next));
}

/** An em or en dash at `at` with a space after it. */
function isSpacedDash(s: string, at: number): boolean {
  return (s[at] === '—' || s[at] === '–') && s[at + 1] === ' ';
}

/** `JONES` before ` — ` and speech in lower case after it (`NASA — The…` in capitals throughout is a heading). */
function capitalsDash(s: string, written: string, dashEnd: number): boolean {
  return CAPITALS_NAME.test(written) && !ROMAN_WORD.test(written) && !written.startsWith('THE ') && /\p{Ll}/u.test(s.slice(dashEnd, dashEnd + 80));
}

/** A full stop that ends the line's text or is followed by a space or markup. */
function isRecordSeparator(s: string, at: number): boolean {
  return at + 1 >= s.length || isSpace(s.charCodeAt(at + 1)) || s[at + 1] === '<';
}

/** True for a candidate read in the Congressional Record's `Mr. LIMAN.` convention. */
export function isRecordLabel(candidate: LabelCandidate): boolean {
  return candidate.shape.endsWith('N|.');
}

/**
 * `(continuing)`, `(presiding)`, `(11.16)`: a record's note on its own label (like `[continuing]` in a hearing's) or the
 * clock (`(14:46)` is read as the label's time already), no part of the name as written, unlike a seat, an office or a
 * role (`(facilitator)`).
 */
const LABEL_NOTE = /^\s*[(（](?:[a-z]+ing(?: [a-z]+){0,2}|\d{1,2}[.:]\d{2})[)）]$/;

/** The raw name when it is the parsed name plus a bracketed suffix (not a LABEL_NOTE); otherwise the parsed name. */
function writtenName(raw: string, name: string): string {
  const written = raw.replace(/^[*_]+|[*_]+$/g, '').trim().replace(/\s+/g, ' ');
  if (written === name || !written.startsWith(name)) return name;
  const suffix = written.slice(name.length);
  return /^\s*[(（][^()（）]*[)）]$/.test(suffix) && !LABEL_NOTE.test(suffix) ? written : name;
}

/** Where the name of an angle-bracketed handle at `at` starts (past `<` and a mode sign), or 0 when there is none (see ANGLE_HANDLE). */
function angleHandle(s: string, at: number): number {
  const match = ANGLE_HANDLE.exec(s.slice(at, at + ANGLE_HANDLE_REACH));
  if (!match || MARKUP_ELEMENTS.has(match[2]!.toLowerCase())) return 0;
  // `<ref> … </ref>`, `<item> … </item>`: an element the line closes is markup, whatever its name.
  if (s.includes(`</${match[2]!}`, at)) return 0;
  return match[0].indexOf(match[2]!);
}

/** A date inside a timestamp (`1/2/2026 3:04 PM`, `2023-08-14 09:15`): a chat message's stamp, never a recording's time. */
const DATE_IN_STAMP = /\d[-/.]\d{1,2}[-/.]\d/;

/** An `@` glued to a letter or an ideograph: a handle's mark before the name, not an e-mail or a lone symbol. */
const AT_BEFORE_NAME = /^@[\p{L}]/u;

/** Chat handles go by any short token (`au`, `張`, `clkao`), or a few of them (`venev's note`, `ipa c`). */
const HANDLE = /^[\p{L}\p{N}_.-]{1,20}(?:(?:['’]| )[\p{L}\p{N}_.-]{1,20}){0,2}$/u;
const MAX_HANDLE_LENGTH = 24;

function handleFrom(raw: string): { name: string; verb: string | null; isRole: boolean } | null {
  return raw.length <= MAX_HANDLE_LENGTH && HANDLE.test(raw) ? { name: raw, verb: null, isRole: false } : nameFrom(raw);
}

/** The office of `The Minister for Manpower (Dr Tan See Leng):`, whose name span ends at `nameEnd`, as its name; or null. */
function officeFrom(s: string, nameStart: number, nameEnd: number): { name: string; verb: null; isRole: false } | null {
  const office = longOfficeLabel(s, nameStart);
  return office && office.end === nameEnd ? { name: office.office, verb: null, isRole: false } : null;
}

function nameFrom(raw: string): { name: string; verb: string | null; isRole: boolean } | null {
  if (DIARIZED.test(raw)) return { name: raw, verb: null, isRole: false };
  // `spk05`: an identifier, no word of prose; the scheme keeps it only beside another id of its stem (see idStem).
  const parsed = parseSpeakerName(raw);
  if (parsed) return parsed;
  if (idStem(raw) !== null || isSurnameInitial(raw)) return { name: raw, verb: null, isRole: false };
  // `> *eorgeK:*`: a handle in the minutes' italics, judged by the scheme like an id (see handleNames).
  const bare = raw.replace(/^[*_]+|[*_]+$/g, '');
  // `被告：`: refused only for opening like a clause, judged by the scheme like a handle (see opensLikeAClauseOnly).
  return isHandleName(bare) || opensLikeAClauseOnly(bare) || endsLikeAClauseOnly(bare) || hasWordSurnameOnly(bare) ? { name: bare, verb: null, isRole: false } : null;
}

/**
 * A speaker written by one character, the surname (`柯:` beside `記者:` in a press scrum's transcript), read only
 * before a plain colon (see labelCandidate). One
 * character is too little to read as a name alone: the scheme keeps it only where it repeats in a shape the
 * document's other names make a scheme (see decide in scheme.ts). Numerals and article furniture (`一:`, `注:`)
 * are none; 甲, 問 and the like are names already (ZH_SINGLE_CHAR_NAMES).
 */
export function isSurnameInitial(name: string): boolean {
  if (name.length !== 1 || !isHan(name.charCodeAt(0)) || HAN_NUMERALS.includes(name)) return false;
  const folded = simplified(name);
  return !ZH_SINGLE_CHAR_NAMES.has(folded) && !ZH_CREDIT_WORDS.has(folded) && !NON_INITIALS.includes(folded);
}
/** The one shape an initial is read in: a plain `柯:`. */
export const INITIAL_SHAPE = 'N|:';

/** A candidate whose name is a surname initial in its plain `柯:` shape, judged by the scheme of the other names. */
export function isInitialCandidate(candidate: LabelCandidate): boolean {
  return candidate.shape === INITIAL_SHAPE && isSurnameInitial(candidate.name);
}
const HAN_NUMERALS = '〇零一二三四五六七八九十百千万萬两兩';
/** Characters that open or join a clause, never a surname written alone: `但:`, `即:`, `如:`. */
const NON_INITIALS = '的了是在和与及或但而即如若又再并例表第其此这那你我他她它们各每也都就';

/** Letters glued to a number, as diarisation tools number their speakers (`spk05`, `spk_1`, `guest-2`). */
const SPEAKER_ID = /^([A-Za-z]{2,12})[_-]?\d{1,3}$/;

/**
 * The letters of an identifier-like name (`spk` of `spk05`), or null for a name that reads as words.
 * Such a name is a speaker only where the document numbers two or more speakers with the same letters:
 * a lone `mp3:` or `h264:` in notes is no diarised speaker.
 */
export function idStem(name: string): string | null {
  const match = SPEAKER_ID.exec(name);
  if (!match || DIARIZED.test(name) || parseSpeakerName(name)) return null;
  return match[1]!.toLowerCase();
}

/** True for names diarisation tools and anonymised transcripts use (`SPEAKER_00`, `Speaker 1`, `S1`). */
export function isDiarizedName(name: string): boolean {
  return DIARIZED.test(name);
}

/**
 * Where the name ends in `[嘉宾:陈铎]:` (the closing bracket), read from the colon at `colon` inside the brackets: a
 * short name after it, then the bracket's closer and a colon; -1 for anything else (`[注:…]` with no colon after).
 */
function bracketedRoleNameEnd(s: string, colon: number, closer: string, nameStart: number): number {
  const close = s.indexOf(closer, colon + 1);
  if (close <= colon + 1 || close - nameStart > MAX_NAME_LENGTH) return -1;
  for (let j = colon + 1; j < close; j++) if (NAME_STOPS[s.charCodeAt(j)] === SEPARATOR || NAME_STOPS[s.charCodeAt(j)] === PROSE) return -1;
  return SEPARATOR_COLONS.has(s[skipSpaces(s, close + closer.length)] ?? '') ? close : -1;
}
