// Section numbers alone on their line. WeChat articles and talk write-ups number their sections with a
// zero-padded number on a line of its own (`01`, `**02**`) and put the section's title on the next line,
// sometimes broken over two short lines (`大模型时代的应用开发,` / `创意验证更容易了`). The number says the
// line below it is a title whatever that line looks like, so the title needs no title shape of its own.
import type { Span } from '../text/positions';
import { Kind, nextNonBlank, type Scan } from './lineScan';
import { MAX_TITLE_LENGTH } from './titles';

/** `01`, `**02**`: zero-padded, so a page or cue number (`7`, `12`) is never one. */
const SECTION_NUMBER_LINE = /^(?:\*\*|__)?0[1-9](?:\*\*|__)?$/;

/** A title ends no sentence. */
const SENTENCE_END = /[。！？!?；;]|\.$/;
/** A title broken after a pause goes on on the next line. */
const ENDS_IN_PAUSE = /[，,、：:]$/;

/** Blank lines allowed between the number, its title and the title's second line (the incremental reach counts on it). */
const MAX_BLANK = 1;

export function isSectionNumberLine(words: string): boolean {
  return words.length <= 6 && SECTION_NUMBER_LINE.test(words);
}

export interface SectionNumberTitles {
  /** The title line under each section number, with the title's span. */
  readonly titles: Map<number, Span>;
  /** The second line of a title broken after a pause: part of the title above, no title of its own. */
  readonly continuations: Set<number>;
}

/** The titles under the document's section numbers. `isLabel` tells the speaker label lines, which are never titles. */
export function sectionNumberTitles(scan: Scan, isLabel: (line: number) => boolean): SectionNumberTitles {
  const { lines, kinds } = scan;
  const titles = new Map<number, Span>();
  const continuations = new Set<number>();
  const text = lines.source;
  const { firsts, lasts } = scan.table;
  const trimmed = (line: number): Span => ({ start: firsts[line]!, end: lasts[line]! });
  // A plain line of title length, no sentence, no label; bold lines are left to the bold title rules.
  const titleLine = (line: number): Span | null => {
    if (line < 0 || (kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) || isLabel(line)) return null;
    const span = trimmed(line);
    const words = text.slice(span.start, span.end);
    if (words.length > MAX_TITLE_LENGTH || words.startsWith('**') || words.startsWith('__') || SENTENCE_END.test(words) || isSectionNumberLine(words)) return null;
    return span;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] === Kind.Blank) continue;
    const first = text.charCodeAt(firsts[line]!);
    if (first !== 48 /* 0 */ && first !== 42 /* * */ && first !== 95 /* _ */) continue;
    const number = trimmed(line);
    if (!isSectionNumberLine(text.slice(number.start, number.end))) continue;
    const titleAt = nextNonBlank(kinds, line, MAX_BLANK);
    const title = titleLine(titleAt);
    if (!title) continue;
    titles.set(titleAt, title);
    if (!ENDS_IN_PAUSE.test(text.slice(title.start, title.end))) continue;
    const secondAt = nextNonBlank(kinds, titleAt, MAX_BLANK);
    if (titleLine(secondAt)) continuations.add(secondAt);
  }
  return { titles, continuations };
}
