// A record or a forum post that names itself in a header field keyed "title": `標題:九十年度新春記者會談話紀錄` over
// `時間:90/01/15` (a ministry's record), `標題 [討論] 200112柯文哲出訪行前記者會` among `作者` / `看板` / `時間` (a BBS
// post). The field says what its value is: the document's title. When the body prints that title again on a line of
// its own (the post's first line), that line is the heading; otherwise the field's line is.

/** The field is one of the document's first lines. */
const MAX_FIELD_LINE = 12;
/** The body's copy of the title follows within this many lines of the field. */
const COPY_REACH = 12;
const MAX_TITLE_LENGTH = 80;
/** The key says "title" (an agreed word of headers, as `Date:` says date); a colon or spaces after it. */
const TITLE_FIELD = /^(?:標題|标题|題目|题目|Title|TITLE|Subject|SUBJECT)(?:\s*[:：]\s*|\s+)(\S.*)$/;
/** A forum's tag before the title (`[討論]`, `Re:`) is no part of it. */
const FORUM_TAG = /^(?:(?:Re|RE|Fw|FW)\s*:\s*)?(?:[[【［(（][^\]】］)）]{1,8}[\]】］)）]\s*)?/;

export interface TitleField {
  /** The heading's line: the body's copy, or the field itself. */
  readonly line: number;
  /** The title's offset in that line's trimmed words and its text. */
  readonly start: number;
  readonly title: string;
  /** The last line the reading looked at. */
  readonly lastRead: number;
}

/** The document's title named by a title field among its first lines, or null. `lineText` gives a line's text. */
export function readTitleField(lineCount: number, lineText: (line: number) => string): TitleField | null {
  const end = Math.min(lineCount, MAX_FIELD_LINE + 1);
  for (let line = 0; line < end; line++) {
    const words = lineText(line).trim();
    const match = TITLE_FIELD.exec(words);
    if (!match) continue;
    const value = match[1]!.trim();
    if (value.length > MAX_TITLE_LENGTH || /[。.；;]$/.test(value)) return null;
    const bare = value.slice(FORUM_TAG.exec(value)![0].length).trim();
    const last = Math.min(lineCount - 1, line + COPY_REACH);
    for (let copy = line + 1; copy <= last; copy++) {
      const copyWords = lineText(copy).trim();
      if (copyWords !== '' && (copyWords === bare || copyWords === value)) return { line: copy, start: 0, title: copyWords, lastRead: last };
    }
    if (!bare) return null;
    return { line, start: words.length - bare.length, title: bare, lastRead: last };
  }
  return null;
}

/**
 * Whether an edit from line `first` on may change the title field's reading: the text reads one and the edit starts on
 * or above the last line the reading looked at. Asked on the lines before the edit and after it.
 */
export function titleFieldWithinReach(lineCount: number, lineText: (line: number) => string, first: number): boolean {
  const reading = readTitleField(lineCount, lineText);
  return reading !== null && first <= reading.lastRead;
}
