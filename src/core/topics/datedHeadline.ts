// A news page's headline over its dateline: `从“两会”看2022年我国经济形势` / `2022-05-12董月鲜`,
// `「習近平跟民進黨都污蔑了九二共識」、「台灣要…」德國之聲專訪張善政` / `2019-12-30 19:11`. Such a headline may hold
// commas, colons or a question (`对话百度智能云:LLM两年,我们找到了…`), which make any other line a sentence or a
// label, so its shape alone is no evidence. Two things the page does around it are: a dated line right under it
// (past a few short lines of page furniture), and the headline's words coming back in the article below.
import { lineTextOf } from '../text/lineReaders';
import type { LineIndex } from '../text/positions';
import { recognizeMarkedSpeechLead } from '../turns/speechLeads';
import { isDashSubtitle } from './dashSubtitles';
import { MAX_LEADING_BLANKS, openingLine } from './documentHeadline';
import { isCaptionOrByline, isFurnitureOrDateline } from './titles';

/** Longer than a bare headline may be: two quoted slogans and who said them. */
const MAX_DATED_HEADLINE_LENGTH = 80;
/** A headline names its subject in words: a site's name or a section (`新浪财经`, `跳到主要內容`) is shorter. */
const MIN_HEADLINE_HAN = 8;
/** Short lines (a channel, a source, read counts) that may stand between the headline and its date. */
const MAX_FURNITURE_LINES = 3;
const MAX_DATED_LINE_LENGTH = 48;
/** Short lines of the site's (a breadcrumb, its name, a font-size widget) that may stand above a headline. */
const MAX_SITE_LINES = 3;
/** The site's lines over a dateline that heads the page: a skip link, `:::`, a section's name. */
const MAX_SITE_LINES_OVER_DATE = 6;
const MAX_SITE_LINE_LENGTH = 24;
/** How much of the article under the date is compared with the headline. */
const SAMPLE_LENGTH = 800;
/** Two-character pieces of the headline that must come back in that sample. */
const MIN_SHARED_PIECES = 3;
/** The reading looks at no line below this one. */
const DATED_HEADLINE_REACH = 20;

const DATE = /(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|(?<!\d)\d{2,3}\/\d{1,2}\/\d{1,2}(?!\d)/;
const SENTENCE_END = /[。；;.]$/;
const CLAUSE_END = /[，,、：:]$/;

/** Whether `words` hold a date (`2024-11-16`, `2023年4月`, `113/01/13`): a dateline's, or a dated headline's. */
export function holdsDate(words: string): boolean {
  return DATE.test(words);
}

/** Whether `words` (a trimmed line) may be a headline over a dateline, by its own shape. */
export function readsAsDatedHeadline(words: string): boolean {
  if (words.length > MAX_DATED_HEADLINE_LENGTH || SENTENCE_END.test(words) || words.includes('://')) return false;
  // `——在…上的講演`: a dash subtitle names the occasion of the title above it (dashSubtitles.ts).
  if (isDashSubtitle(words)) return false;
  if (hanOf(words).length < MIN_HEADLINE_HAN || DATE.test(words.replace(/[（(][^）)]*[）)]/g, ''))) return false;
  return !isCaptionOrByline(words) && !recognizeMarkedSpeechLead(words);
}

/** The headline's line when the page dates it and its article repeats its words; or -1. */
export function datedHeadline(lines: LineIndex): number {
  return readDatedHeadline(lines.lineCount, lineTextOf(lines)).line;
}

/**
 * The dated headline's line (or -1) and the last line the reading looked at: an edit below that line, in the
 * text before and after it, cannot change the reading.
 */
function readDatedHeadline(lineCount: number, lineText: (line: number) => string): { line: number; lastRead: number } {
  const first = readFirstLineHeadline(lineCount, lineText);
  if (first.line >= 0) return first;
  const under = readHeadlineUnderFurniture(lineCount, lineText);
  if (under.line >= 0) return { line: under.line, lastRead: Math.max(first.lastRead, under.lastRead) };
  const belowDate = readHeadlineUnderDateline(lineCount, lineText);
  return { line: belowDate.line, lastRead: Math.max(first.lastRead, under.lastRead, belowDate.lastRead) };
}

/**
 * `114年01月13日` / `總統接見鳳凰獎楷模 盼共同打造…`, `2009年7月24日 星期五` / blank / `2009年…座談(一)`: a page that prints
 * its date first and the headline right under it (at most one blank line between), under a few short lines of the
 * site's (`跳到主要內容`, `:::`, `總統府新聞`). The dateline is a date and nothing else.
 */
function readHeadlineUnderDateline(lineCount: number, lineText: (line: number) => string): { line: number; lastRead: number } {
  const end = Math.min(lineCount, DATED_HEADLINE_REACH);
  let site = 0;
  for (let line = 0; line < end; line++) {
    const words = lineText(line).trim();
    if (words === '') continue;
    if (!(isFurnitureOrDateline(words) && /\d/.test(words))) {
      if (words.length > MAX_SITE_LINE_LENGTH || SENTENCE_END.test(words) || ++site > MAX_SITE_LINES_OVER_DATE) return { line: -1, lastRead: line };
      continue;
    }
    let title = line + 1;
    if (title < end && lineText(title).trim() === '') title++;
    if (title >= end) return { line: -1, lastRead: end };
    const headline = lineText(title).trim();
    if (!readsAsHeadlineBelowFirstLine(headline)) return { line: -1, lastRead: title };
    return readSample(lineText, headline, title, title, end);
  }
  return { line: -1, lastRead: end };
}

/** The first non-blank line as the headline, a few short lines above its date. */
function readFirstLineHeadline(lineCount: number, lineText: (line: number) => string): { line: number; lastRead: number } {
  const end = Math.min(lineCount, DATED_HEADLINE_REACH);
  // The headline is on one of the document's first lines, as a bare headline is (documentHeadline.ts).
  const line = openingLine(end, lineText);
  if (line < 0) return { line: -1, lastRead: Math.min(end, MAX_LEADING_BLANKS + 1) };
  const title = lineText(line).trim();
  if (!readsAsDatedHeadline(title)) return { line: -1, lastRead: line };
  let furniture = 0;
  let dated = line + 1;
  for (; dated < end; dated++) {
    const words = lineText(dated).trim();
    if (words === '') continue;
    if (words.length > MAX_DATED_LINE_LENGTH) return { line: -1, lastRead: dated };
    if (DATE.test(words)) break;
    if (++furniture > MAX_FURNITURE_LINES) return { line: -1, lastRead: dated };
  }
  if (dated >= end) return { line: -1, lastRead: end };
  return readSample(lineText, title, line, dated, end);
}

/**
 * `首页 > 社会 >` / `清华大学毕业典礼上 江西“学霸”代表本科毕业生发言` / `2018-07-08 20:45:47 网络整理 阅读:197`: the headline
 * right over its dated line, under a few short lines of the site's (a breadcrumb, a site name, a font-size widget).
 * Every line above the date must be short and end no sentence: the page's header, not its article.
 */
function readHeadlineUnderFurniture(lineCount: number, lineText: (line: number) => string): { line: number; lastRead: number } {
  const end = Math.min(lineCount, DATED_HEADLINE_REACH);
  const above: number[] = [];
  for (let line = 0; line < end; line++) {
    const words = lineText(line).trim();
    if (words === '') continue;
    if (words.length > MAX_DATED_HEADLINE_LENGTH || SENTENCE_END.test(words)) return { line: -1, lastRead: line };
    if (DATE.test(words) && words.length <= MAX_DATED_LINE_LENGTH) {
      // The headline is the line right over the date, with one to MAX_SITE_LINES short lines above it.
      const title = above.length >= 2 ? lineText(above[above.length - 1]!).trim() : '';
      const site = above.slice(0, -1);
      // A line ending in a pause goes on below: a paragraph's start, not a headline.
      if (!title || site.length > MAX_SITE_LINES || !readsAsHeadlineBelowFirstLine(title)) return { line: -1, lastRead: line };
      if (site.some((l) => lineText(l).trim().length > MAX_DATED_LINE_LENGTH)) return { line: -1, lastRead: line };
      return readSample(lineText, title, above[above.length - 1]!, line, end);
    }
    above.push(line);
    if (above.length > MAX_SITE_LINES + 1) return { line: -1, lastRead: line };
  }
  return { line: -1, lastRead: end };
}

/**
 * A headline that is not the page's first line: a line ending in a pause goes on below (a paragraph's start), and one
 * with a colon may be a speaker's first words (`主持人：…`), which only the first line's place tells from a headline.
 */
function readsAsHeadlineBelowFirstLine(words: string): boolean {
  return !CLAUSE_END.test(words) && !/[:：]/.test(words) && readsAsDatedHeadline(words);
}

/** The headline's line when the article under its date (line `dated`) repeats its words; or -1. */
function readSample(lineText: (line: number) => string, title: string, line: number, dated: number, end: number): { line: number; lastRead: number } {
  let sample = '';
  let lastRead = dated;
  for (let l = dated + 1; l < end && sample.length < SAMPLE_LENGTH; l++) {
    sample += lineText(l).trim();
    lastRead = l;
  }
  // A short article was read to its end: a line added there may add to the sample.
  if (sample.length < SAMPLE_LENGTH) lastRead = end;
  return { line: sharedPieces(title, sample.slice(0, SAMPLE_LENGTH)) >= MIN_SHARED_PIECES ? line : -1, lastRead };
}

/** How many distinct two-character Han pieces of `title` come back in `sample`. */
export function sharedPieces(title: string, sample: string): number {
  const han = hanOf(title);
  const pieces = new Set<string>();
  for (let i = 0; i + 2 <= han.length; i++) pieces.add(han.slice(i, i + 2));
  let shared = 0;
  for (const piece of pieces) if (sample.includes(piece)) shared++;
  return shared;
}

function hanOf(text: string): string {
  return text.replace(/[^\p{Script=Han}]+/gu, '');
}

/**
 * Whether an edit from line `first` on may change the dated headline: the text reads one, and the edit starts on
 * or above the last line that reading looked at. Asked on the lines before the edit and after it: when neither
 * text reads a dated headline, the edit changes nothing this rule decides.
 */
export function datedHeadlineWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  const reading = readDatedHeadline(lineCount, lineText);
  return reading.line >= 0 && first <= reading.lastRead;
}
