import type { StageDirection } from '../analysis/model';
import { lineTableOf } from '../analysis/lineTable';
import type { LineIndex } from '../text/positions';
import { simplified, skipSpaces, trimEnd } from './chars';
import { isTimestampOnly, LONE_CLOCK_SOURCE, MAX_LONE_CLOCK_LINE } from './timestamps';
import { codesOf } from '../text/codesOf';
import { findProcedureLines } from './procedureLines';
import { visibleText } from './visibleText';
import { ZH_ROLES } from './words';

const OPENERS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '【': '】' };
/** Longest bracketed text that can be a stage direction. */
const MAX_DIRECTION_LENGTH = 40;
/**
 * Longest bracketed line of its own read as the record's note: `[The information appears as a submission for
 * the record.]`, a deposition's `(Deposition Exhibit 3A marked for identification)`. Round brackets count in
 * ASCII only (the records with such long notes on a line of their own are English), and past MAX_DIRECTION_LENGTH
 * only when they open with a capital (RECORD_NOTE_START): a speaker's aside carries on the sentence in lower case.
 */
const MAX_EDITORIAL_NOTE_LENGTH = 160;
/** A note that opens a sentence of its own, after any markup: `(Whereupon, …)`, `(<i>Braunfeld v. Brown</i>, …)`. */
const RECORD_NOTE_START = /^\s*(?:<[^<>]{0,40}>\s*)*\p{Lu}/u;

/** Words that make a bracketed aside a stage direction wherever it sits in a line. Chinese in Simplified. */
const DIRECTION_WORDS = new Set([
  'laughter', 'laughs', 'laughing', 'applause', 'crosstalk', 'cross talk', 'inaudible', 'unintelligible', 'music',
  'pause', 'silence', 'sighs', 'coughs', 'chuckles', 'chuckling', 'audience laughter', 'audience applause', 'overlapping',
  'indiscernible', 'break', 'recess', 'off mic', 'off-mic', 'background noise', 'cheers', 'cheering', 'booing', 'groans',
  'static', 'technical difficulties', 'no audio', 'laughter and applause', 'applause and laughter', 'smiles', 'nods',
  'video plays', 'video clip', 'end of transcript', 'beep', 'bell rings', 'phone rings', 'sigh', 'laugh', 'cough',
  '笑', '大笑', '笑声', '众笑', '全场笑', '掌声', '鼓掌', '全场鼓掌', '音乐', '停顿', '沉默', '听不清', '咳嗽', '叹气',
  '插话', '众人笑', '现场笑', '笑声和掌声', '掌声和笑声', '画外音', '背景音', '播放视频', '休息', '暂停', '笑了', '苦笑',
  '微笑', '点头', '摇头', '掌声雷动', '欢呼', '哄堂大笑', '听众笑', '观众笑', '众人大笑', '音频中断', '静音',
]);

/**
 * Stage directions in the whole document: a short bracketed line of its own (`（笑）`, `[Speaking in
 * Mandarin]`), or a known aside anywhere in a line (`… (Laughter.) …`). One pass over the brackets, each
 * checked in a bounded window, so the cost is linear however long the lines are. `numberLines`: whether a
 * line holding only a number is an aside (in prose; in subtitles a cue's lone number is spoken).
 */
export function findStageDirections(
  lines: LineIndex, skipLine: (line: number) => boolean = () => false, numberLines = true, labelLine: (line: number) => boolean = () => false,
): StageDirection[] {
  const bracketed = findBracketedDirections(lines, skipLine);
  // `<from>The SPEAKER</from>` is a record's data element by its look alone, but the label of the speech under it
  // where the document repeats names in that element (candidates.ts, elementAlone): a label is never an aside.
  const markup = findMarkupLines(lines, (line) => skipLine(line) || labelLine(line));
  const numbers = findNumberLines(lines, skipLine, numberLines);
  const interjections = findInterjectionLines(lines, (line) => skipLine(line) || labelLine(line));
  const counted = interjections.length === 0 ? numbers : mergeByStart(numbers, interjections);
  const asides = counted.length === 0 ? markup : mergeByStart(markup, counted);
  // A record's note wrapped over lines, an examination heading (`BY MR. OKAFOR:`), its formulas and numbered items: read
  // only where lines may be speech.
  const procedure = numberLines ? findProcedureLines(lines, (line) => skipLine(line) || labelLine(line), labelLine) : [];
  const notes = procedure.length === 0 ? asides : mergeByStart(asides, procedure);
  return notes.length === 0 ? bracketed : mergeByStart(bracketed, notes);
}

function findBracketedDirections(lines: LineIndex, skipLine: (line: number) => boolean): StageDirection[] {
  const text = lines.text;
  const found: StageDirection[] = [];
  const openers = /[(（[【]/g;
  for (let open = openers.exec(text); open; open = openers.exec(text)) {
    const start = open.index;
    const window = text.slice(start + 1, start + (open[0] === '[' || open[0] === '(' ? MAX_EDITORIAL_NOTE_LENGTH : MAX_DIRECTION_LENGTH) + 2);
    const length = window.indexOf(OPENERS[open[0]]!);
    if (length < 0 || /[\r\n]/.test(window.slice(0, length))) continue;
    const end = start + length + 2;
    const inner = window.slice(0, length);
    const note = length <= MAX_DIRECTION_LENGTH || open[0] === '[' || RECORD_NOTE_START.test(inner);
    const whole = note ? wholeLine(lines, start, end) : null;
    if ((length <= MAX_DIRECTION_LENGTH && isDirectionWords(inner)) || (whole && isAside(inner, text.slice(start, end)) && !isRoleAlone(inner))) {
      const line = lines.lineAt(start);
      if (skipLine(line)) continue;
      // A note in emphasis is the whole line's, its markup included.
      found.push({ span: whole ?? { start, end } });
      openers.lastIndex = end;
    }
  }
  return found;
}

/**
 * The line's span when the bracket fills it, or all of it but the emphasis around it (`*(Slide 4: Note Well is
 * shown)*`); otherwise null.
 */
function wholeLine(lines: LineIndex, start: number, end: number): { start: number; end: number } | null {
  const line = lines.lineAt(start);
  const text = lines.source;
  const lineEnd = lines.lineEnd(line);
  const first = skipSpaces(text, lines.lineStart(line), start);
  let before = first;
  while (before < start && before - first < MAX_EMPHASIS && isEmphasis(text.charCodeAt(before))) before++;
  const last = trimEnd(text, end, lineEnd);
  let after = last;
  while (after > end && last - after < MAX_EMPHASIS && isEmphasis(text.charCodeAt(after - 1))) after--;
  return before === start && after === end ? { start: first, end: last } : null;
}

/** Longest run of emphasis marks read on either side of a bracket that fills its line. */
const MAX_EMPHASIS = 8;

/** `*` or `_`: Markdown emphasis. */
function isEmphasis(code: number): boolean {
  return code === 42 || code === 95;
}

/**
 * `[解說]`, `【主持人】` alone on a line over the paragraph: a TV programme's transcript names the voice of each segment
 * (the narrator, the host) in brackets. A role is a label candidate, not an aside; the scheme takes it where it recurs.
 */
function isRoleAlone(inner: string): boolean {
  const word = simplified(inner.trim());
  return ZH_ROLES.has(word) || PROGRAMME_VOICES.has(word);
}

/** Segment words a TV transcript writes for a voice, not a role: `[演播室]` is the studio's anchor speaking. */
const PROGRAMME_VOICES = new Set(['演播室', '主播']);

function isAside(inner: string, whole: string): boolean {
  return inner.trim().length > 0 && /\p{L}/u.test(inner) && !isTimestampOnly(whole);
}

/** Whether `inner`, a bracket's words, is a known aside (`掌声`, `Laughter`): a stage direction, never a title. */
export function isDirectionWords(inner: string): boolean {
  const normalized = simplified(inner.trim().replace(/[.。!！]+$/, '')).toLowerCase();
  return DIRECTION_WORDS.has(normalized);
}

/** Longest line read as markup only (an image's address can be long): longer ones are left alone. */
const MAX_MARKUP_LINE = 2000;
/**
 * Tags, comments, images and spaces, nothing else: `<br/><br/>`, `</blockquote>`, `</font></div>`,
 * `<!-- … -->`, `![](https://…)`, `![](https://… "")` (with a title, as WeChat clippings save them), `**![](…)**`,
 * `![](…){: .right}` (with a kramdown attribute list) and a site generator's tag (`{% include figure.html %}`). An
 * address may hold bracketed parts (`…/filters:no_upscale()?imageUrl=…`, an inline SVG's `translate(-249,-126)`).
 */
const MARKUP_ONLY = /^(?:<\/?[A-Za-z][\w.:-]{0,30}(?:\s[^<>]{0,1200})?\/?>|<!--[^]*?-->|!\[[^\]\n]{0,200}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,1800}(?:\s+"[^"\n]{0,200}")?\)(?:\{:[^{}\n]{0,200}\})?|\{%[^%\n]{0,400}%\}|\*\*|&nbsp;|\s)+$/;

/**
 * `<page.no>7131</page.no>`, `<party>ALP</party>`: one element of a record kept as XML, holding a short value and
 * named as no HTML element is: the record's data, which no one says. `<p>Yes.</p>` and `<b>Mr SMITH</b>` are HTML.
 */
const DATA_ELEMENT = /^<([A-Za-z][\w.:-]{0,30})(?:\s[^<>]{0,200})?>[^<>]{0,80}<\/\1>$/;
const HTML_ELEMENTS = new Set(('a abbr address article aside b big blockquote body button caption center cite code dd del details dfn div dl dt em '
  + 'figcaption figure font footer h1 h2 h3 h4 h5 h6 head header html i ins kbd label li main mark nav nobr ol option p pre q s samp section '
  + 'small span strike strong sub summary sup table tbody td th thead time title tr tt u ul var'
  // WebVTT's cue tags: `<v Jane Doe>Hello</v>` is a voice.
  + ' v c lang ruby rt').split(' '));

function isDataElement(line: string): boolean {
  const element = DATA_ELEMENT.exec(line);
  return element !== null && !HTML_ELEMENTS.has(element[1]!.toLowerCase());
}

/**
 * Lines that hold only markup or an image (`<br/><br/>` between two speakers, `<blockquote>` around a
 * quotation, a photo in an interview): no one says them, so they are asides in whichever turn they fall.
 */
function findMarkupLines(lines: LineIndex, skipLine: (line: number) => boolean): StageDirection[] {
  const text = lines.source;
  const found: StageDirection[] = [];
  // Most documents have neither markup nor images: two native searches rule them out.
  if (text.indexOf('<') < 0 && text.indexOf('![') < 0 && text.indexOf('{%') < 0) return found;
  const { firsts, lasts } = lineTableOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    const start = firsts[line]!;
    const first = text.charCodeAt(start);
    if (first !== 60 /* < */ && first !== 33 /* ! */ && first !== 42 /* * */ && first !== 123 /* { */) continue;
    const end = lasts[line]!;
    const last = text.charCodeAt(end - 1);
    if (end - start > MAX_MARKUP_LINE || (last !== 62 /* > */ && last !== 41 /* ) */ && last !== 42 /* * */ && last !== 125 /* } */)) continue;
    const lineText = text.slice(start, end);
    if (!(MARKUP_ONLY.test(lineText) || isDataElement(lineText)) || skipLine(line)) continue;
    found.push({ span: { start, end } });
  }
  return found;
}

/**
 * A line of one to four digits and nothing else: a page number (a bound record's pages run past 999 over a
 * session: `3236`), or a court reporter's line number with no text beside it; a page number between marks
 * (`~727~`, `- 12 -`). Or a list marker alone (`- ` over its item's text, as some blog exports break list items).
 */
// `**01**`, `一`: a write-up's section number, in bold or in Chinese numerals, is layout too.
const NUMBER_ONLY = /^[ \t]*(?:\d{1,4}|[~～\-–—][ \t]*\d{1,4}[ \t]*[~～\-–—]|[一二三四五六七八九十]{1,3}|[-*+•]|(?:\*\*|__)(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:\*\*|__))[ \t]*$/;
/** 一 to 十: what a section number in Chinese numerals starts with. */
const CHINESE_NUMERALS = codesOf('一二三四五六七八九十');
/**
 * An editor's omission mark on a line of its own: `................`, `[...]`, `(…)`, `. . .`. Records quoted in
 * part mark what they leave out this way; no one says it.
 */
const OMISSION_ONLY = /^[ \t]*(?:[[(（][ \t]*)?(?:(?:\.[ \t]?){3,}|…+)(?:[ \t]*[\])）])?[ \t]*$/;

/**
 * Lines that hold only a small number (`                 7` over a stenographic record's page, `  14` in its
 * line-number gutter, a cue number pasted without its cue), an omission mark (`[...]`) or a time (`**[05:00]**`
 * over the next label, `(00:02:01):` over a speaker's next paragraph, `[00:12:34]`: the transcript's clock): no one
 * says them, so they are asides in whichever turn they fall, like markup-only lines. Decided by the line alone.
 * `numberLines` false leaves numbers and omissions out (see findStageDirections), not times.
 */
function findNumberLines(lines: LineIndex, skipLine: (line: number) => boolean, numberLines: boolean): StageDirection[] {
  const text = lines.source;
  const found: StageDirection[] = [];
  const { starts, ends, firsts, lasts } = lineTableOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = starts[line]!;
    const lineEnd = ends[line]!;
    // At most 3 digits and spaces around them, or a time in markup: longer lines are never read.
    if (lineEnd - lineStart > MAX_NUMBER_LINE) continue;
    const start = firsts[line]!;
    const first = text.charCodeAt(start);
    const digit = first >= 48 /* 0 */ && first <= 57; /* 9 */
    const number = numberLines && (digit || LIST_MARKERS.has(first) || PAGE_MARKS.has(first) || OMISSION_STARTS.has(first) || CHINESE_NUMERALS.has(first));
    const time = lineEnd - lineStart <= MAX_TIME_LINE && (digit || TIME_LINE_STARTS.has(first));
    if (!number && !time) continue;
    const whole = text.slice(lineStart, lineEnd);
    const end = lasts[line]!;
    const aside = (number && (NUMBER_ONLY.test(whole) || OMISSION_ONLY.test(whole))) || (time && TIME_ALONE.test(text.slice(start, end)));
    if (!aside || skipLine(line)) continue;
    found.push({ span: { start, end } });
  }
  return found;
}

/**
 * `Members interjecting:`, `The Hon. S.C. Mullighan interjecting:`, `<span …>Mr Dreyfus interjecting</span>—`: a
 * Hansard's note on a line of its own that members call out (a name's capitalised words, or `Opposition members`) (South Australian and Commonwealth records print it so).
 * No one says it, so it is an aside in whichever turn it falls. Decided by the line alone.
 */
const INTERJECTING_LINE = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|members?|of|the|for)){0,5} interjecting[:.—–-]?$/u;
/** Longest line read for the note: a member's name and title in markup besides. */
const MAX_INTERJECTING_LINE = 200;

function findInterjectionLines(lines: LineIndex, skipLine: (line: number) => boolean): StageDirection[] {
  const text = lines.source;
  const found: StageDirection[] = [];
  const { firsts, lasts } = lineTableOf(lines);
  let lastLine = -1;
  for (let at = text.indexOf('interjecting'); at >= 0; at = text.indexOf('interjecting', at + 1)) {
    const line = lines.lineAt(at);
    if (line === lastLine) continue;
    lastLine = line;
    const start = firsts[line]!;
    const end = lasts[line]!;
    if (end - start > MAX_INTERJECTING_LINE) continue;
    if (!isInterjectionNote(text.slice(start, end)) || skipLine(line)) continue;
    found.push({ span: { start, end } });
  }
  return found;
}

/** Whether `line` (one line's text) is a Hansard's `Members interjecting:` note alone: see INTERJECTING_LINE. */
export function isInterjectionNote(line: string): boolean {
  if (line.length > MAX_INTERJECTING_LINE || !line.includes('interjecting')) return false;
  const shown = line.trimStart().charCodeAt(0) === 60 /* < */ ? visibleText(line) : line;
  return INTERJECTING_LINE.test(shown.trim());
}

/** A time alone on its line (LONE_CLOCK_SOURCE) in bold or italic markup, a colon after it allowed: `**[05:00]**`, `(00:02:01):`. */
const TIME_ALONE = new RegExp(`^[*_]{0,3}${LONE_CLOCK_SOURCE}[*_]{0,3}[:：]?[*_]{0,3}\\s*$`);
/** Longest line read for a time alone: the markup around it besides. */
const MAX_TIME_LINE = MAX_LONE_CLOCK_LINE + 12;

/** `*`, `_`, `[`, `(`: what a wrapped time's line starts with, besides a digit. */
const TIME_LINE_STARTS = new Set([42, 95, 91, 40]);

/** `.`, `…`, `[`, `(`, `（`: what an omission mark's line starts with. */
const OMISSION_STARTS = new Set([46, 0x2026, 91, 40, 0xff08]);

/** `~`, `～`, `–`, `—`: marks around a page number (`~727~`, `— 12 —`), besides `-`, a list marker. */
const PAGE_MARKS = new Set([126, 0xff5e, 0x2013, 0x2014]);

/** `-`, `*`, `+`, `•`: list markers a line may hold alone. */
const LIST_MARKERS = new Set([45, 42, 43, 0x2022]);

/** Longest number-only line looked at: a page number right-aligned past a wide page. */
const MAX_NUMBER_LINE = 120;

function mergeByStart(a: readonly StageDirection[], b: readonly StageDirection[]): StageDirection[] {
  const merged: StageDirection[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.span.start <= b[j]!.span.start)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}
