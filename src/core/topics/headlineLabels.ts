// A page's headline in `Name:headline` form over its date line (`文钊:在追问中见证…` over `文钊2020-12-18 11:11`,
// `政院:媒體報導內閣表現…` over `日期:105-06-17`): the title of the piece, not a speaker who speaks once.
import type { LineIndex } from '../text/positions';
import { firstColonIn } from '../turns/chars';
import { isPlausibleName } from '../turns/speakerName';
import { readsAsDocumentHeadline } from './documentHeadline';
import { titleLengthBeforeByline } from './titles';
import { Kind, type Scan } from './lineScan';

/** A short name (letters only: `“乙类乙管”` is a quoted term), a colon, then the headline (readsAsDocumentHeadline). */
const COLON_HEADLINE = /^([\p{L}\p{N}·]{1,12})\s*[：:]\s*(\S.{1,63})$/u;
/** A file's name: an extension of two to four letters or digits after a dot ends it (`座談會.m4a`, `meeting_0602.mp3`). */
const FILE_NAME = /\.[A-Za-z][A-Za-z0-9]{1,3}$/;
/** `2020-12-18`, `105-06-17` (a Minguo year), `2018年1月31日`: a date near the start of a line. */
const DATE = /\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** A web address opening a line (`http://www.CRNTT.com`, `www.example.cn/news`; letters in it, so no `2019.01.23`) and the space after it. */
const SITE_ADDRESS = /^(?=\S*[a-z])(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s+(?=\S)/i;
/** The date is on the next line with words, at most this many blank lines below the headline. */
const DATE_BLANKS = 1;
/** A dateline is at most this long; this much of a line is read as the headline. */
const DATE_SCAN = 40;
const HEADLINE_SCAN = 120;
/** A colon further in than this (indent, a 12-character name, spaces) starts no such headline. */
const NAME_REACH = 32;

export function isColonHeadline(words: string): boolean {
  const match = COLON_HEADLINE.exec(words);
  if (match === null || !isPlausibleName(match[1]!)) return false;
  const headline = match[2]!.trim();
  // `記者：林雅婷` over the date is a byline: its value is a name, no headline. `檔案名稱：座談會.m4a` over
  // `錄音時間：…` (a transcription tool's header) names the recording's file, no headline either.
  return !isPlausibleName(headline) && !FILE_NAME.test(headline) && readsAsDocumentHeadline(headline);
}

/** `下面請 記者 王小明`: a hand-over to the next questioner (請, please) is speech, not a title. */
const HAND_OVER = /[請请]/;

/**
 * `法政匯思:也談議事規則修訂 文:冼樂石`: a `Name:title` line that ends with its writer's byline (titles.ts) is the piece's
 * title, no speaker's label: speech does not sign itself. Read from the line alone.
 */
export function isBylinedColonTitle(words: string): boolean {
  const match = COLON_HEADLINE.exec(words);
  if (match === null || !isPlausibleName(match[1]!)) return false;
  const rest = match[2]!.trim();
  const titleLength = titleLengthBeforeByline(rest);
  return titleLength >= 0 && !HAND_OVER.test(rest.slice(0, titleLength));
}

function trimmedHead(lines: LineIndex, line: number, length: number): string {
  const start = lines.lineStart(line);
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + length)).trim();
}

/**
 * Whether the next line with words, within DATE_BLANKS blank lines below `line`, is a dateline: short, a date
 * in it (`2019/1/23 22:05:00`, `日期:105-06-17`). A sentence holding a date is body text. `wordsAt(i)` is line i trimmed.
 */
function dateBelow(wordsAt: (line: number) => string, lineCount: number, line: number): boolean {
  for (let next = line + 1; next < lineCount && next <= line + DATE_BLANKS + 1; next++) {
    // `http://www.CRNTT.com   2014-02-26 10:24:18`: the site's address before the date is the page's furniture.
    const words = wordsAt(next).replace(SITE_ADDRESS, '');
    if (words !== '') return words.length <= DATE_SCAN && DATE.test(words);
  }
  return false;
}

/**
 * Lines that are such a headline: titles, and no speaker's label. The name may label other lines
 * (`宋志平:中国经济稳中有进…` titles an interview whose answers `宋志平:` labels): the date under it decides.
 */
export function colonHeadlineLines(scan: Scan): number[] {
  const { lines, kinds } = scan;
  const { starts, ends } = scan.table;
  const found: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    // Cheap test before the pattern: a colon within the name's reach of the line's start (indent allowed).
    if ((kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) || firstColonIn(lines.source, starts[line]!, Math.min(ends[line]!, starts[line]! + NAME_REACH)) < 0) continue;
    // The dateline first: most lines with a colon near their start are speakers' turns with none below.
    if (dateBelow((i) => trimmedHead(lines, i, HEADLINE_SCAN), lines.lineCount, line) && isColonHeadline(trimmedHead(lines, line, HEADLINE_SCAN))) found.push(line);
  }
  return found;
}

/**
 * Whether lines `first`–`last` (line `first` reading `edited` instead, when given) hold such a headline or its
 * dateline: an edit there may change the reading. The incremental analyzer asks before and after an edit.
 */
export function colonHeadlineWithinReach(lines: LineIndex, first: number, last: number, edited?: string): boolean {
  const wordsAt = (line: number): string => (line === first && edited !== undefined ? edited.trim().slice(0, HEADLINE_SCAN) : trimmedHead(lines, line, HEADLINE_SCAN));
  for (let line = Math.max(0, first - DATE_BLANKS - 1); line <= last && line < lines.lineCount; line++) {
    if (isColonHeadline(wordsAt(line)) && dateBelow(wordsAt, lines.lineCount, line)) return true;
  }
  return false;
}
