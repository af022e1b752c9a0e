// Titles in capitals wrapped over two lines, as hearing records set a statement's title:
// `OPENING STATEMENT OF HON. RICHARD BLUMENTHAL,` over `A U.S. SENATOR FROM THE STATE OF CONNECTICUT`,
// `STATEMENT OF ARTURO BEJAR, FORMER DIRECTOR OF ENGINEERING FOR` over `PROTECT AND CARE, FACEBOOK, …`.
// The first line cannot end a title (a comma or a word that needs more after it), so the second goes on
// with it; the pair titles a section when it stands between a blank line and body text. Saved court
// records centre the same titles in markup (`<center>…,<br>`, titles.ts); these are the plain-text form.
import { Kind, nextNonBlank, type Scan } from './lineScan';

/** A title line that cannot end here: a comma, or a word that needs one after it. */
const GOES_ON = /(?:,|\s(?:OF|FOR|AND|THE|TO|ON|IN|BY|FROM|AT|WITH|A|AN))$/;
/** How far below the title its body is looked for, in blank lines. */
const BODY_REACH = 2;

export interface WrappedTitle {
  /** The title's first line: the topic's heading line. */
  readonly line: number;
  /** Both lines' words, joined by a space. */
  readonly title: string;
}

/**
 * The titles in capitals that wrap onto a second line, keyed by their first line. `isCapitals` tells a
 * line in capitals (no lower-case letter, two words or more), `opensBody` a line that reads as body text
 * or a speaker's label (outline.ts), so a cover page's wrapped lines (`SUBCOMMITTEE ON PRIVACY,` over
 * `TECHNOLOGY, AND THE LAW` over `of the`) title nothing.
 */
export function wrappedCapitalsTitles(scan: Scan, isCapitals: (text: string) => boolean, opensBody: (line: number) => boolean): Map<number, WrappedTitle> {
  const { lines, kinds } = scan;
  const titles = new Map<number, WrappedTitle>();
  for (const line of scan.titleShapedLines) {
    const next = line + 1;
    if (next >= lines.lineCount || kinds[next] !== Kind.TitleShaped || scan.markupTitles.has(line) || scan.markupTitles.has(next)) continue;
    if (line > 0 && kinds[line - 1] !== Kind.Blank && kinds[line - 1] !== Kind.Rule) continue;
    if (next + 1 < lines.lineCount && kinds[next + 1] !== Kind.Blank) continue;
    const first = lines.lineText(line).trim();
    if (!GOES_ON.test(first) || !isCapitals(first)) continue;
    const second = lines.lineText(next).trim();
    if (!isCapitals(second)) continue;
    const body = nextNonBlank(kinds, next, BODY_REACH);
    if (body < 0 || !opensBody(body)) continue;
    titles.set(line, { line, title: `${first} ${second}` });
  }
  return titles;
}
