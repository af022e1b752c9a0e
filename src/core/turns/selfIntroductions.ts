// A host's or an interviewer's unlabelled opening, before the first label: `I am your host, Jamie "GaProgMan"
// Taylor, and this is Episode 59…` over `#### Jamie` headings, `大家好 我叫吳慧中 … byline name: Huizhong Wu` over
// `[name=Huizhong]` signatures. The speaker introduces themselves in the first person, and the name they give is one
// the document's own labels use again: the opening is theirs. A name said without a first-person introduction (a
// title, a guest announced by someone else) hands nothing over.
import type { Turn } from '../analysis/model';
import type { LineIndex } from '../text/positions';
import { LineFlag } from '../topics/outline';

/** The introduction is read in the document's first lines only, so an edit below them never changes it. */
export const INTRODUCTION_LINES = 60;
/** How far into a line the introduction's words are looked for: a keystroke's check reads no more of the head's lines. */
const INTRODUCTION_SCAN = 300;
/** How far after the introduction's words the name it gives may stand (`我叫吳慧中 -我是…記者。 byline name: Huizhong Wu`). */
const NAME_REACH = 80;
/** The labelled turns a name needs to count as one the document's labels use again. */
const MIN_LABELLED_TURNS = 2;
/** How far above the introduction its section's heading may be. */
const SECTION_REACH = 30;

/**
 * First-person words that introduce the one speaking: `I am your host,`, `I'm your interviewer`, `my name is`,
 * `我叫`, `我的名字是`, `本人是`. `I'm`/`I am` alone count only before a capitalised word (`I'm Jamie`, not `I'm sure`).
 */
const INTRODUCTION =
  /(?:\b(?:I am|I['’]m) your (?:co-?)?(?:host|interviewer|moderator|presenter)\b[,:]?\s*|\b[Mm]y name is\s+|\b(?:I am|I['’]m)\s+(?=\p{Lu})|我叫|我的名字[是叫]|我的名字叫|我名叫|本人叫)/u;

/** Whether a line holds first-person words introducing its speaker (the incremental guard reads edited lines with it). */
export function holdsIntroduction(line: string): boolean {
  return INTRODUCTION.test(line);
}

/** The part of a line the introduction is looked for in. */
export function introductionScan(lines: LineIndex, line: number): string {
  const start = lines.lineStart(line);
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + INTRODUCTION_SCAN));
}

/** Whether a line is page markup a speech does not run past (`{{< paracentre … >}}`, `{% … %}`, `<div>`). */
function isMarkupLine(text: string): boolean {
  return /^(?:\{\{|\{%|<[A-Za-z!/])/.test(text);
}

/**
 * `turns` with the opening before the first one given to the speaker it introduces, when a line among the first
 * INTRODUCTION_LINES, before any turn, introduces a speaker whose name labels MIN_LABELLED_TURNS turns or more.
 * The opening runs from the introduction's section (the line after the heading above it, or the introduction's own
 * paragraph when no heading stands within reach) to the last line before the first turn, a heading, code or markup.
 */
export function withIntroducedSpeaker(lines: LineIndex, lineFlags: Uint8Array, turns: Turn[]): Turn[] {
  const first = turns[0];
  if (!first) return turns;
  const firstLine = lines.lineAt(first.span.start);
  const limit = Math.min(firstLine, INTRODUCTION_LINES, lines.lineCount);
  let introduction = -1;
  let at = -1;
  for (let line = 0; line < limit && introduction < 0; line++) {
    if (lineFlags[line]! & (LineFlag.Code | LineFlag.SectionBreak)) continue;
    const match = INTRODUCTION.exec(introductionScan(lines, line));
    if (match) {
      introduction = line;
      at = match.index + match[0].length;
    }
  }
  if (introduction < 0) return turns;
  const speaker = introducedSpeaker(lines.lineText(introduction).slice(at, at + NAME_REACH), turns);
  if (speaker === null) return turns;
  const isBlank = (line: number) => lines.lineText(line).trim() === '';
  let start = introduction;
  while (start > 0 && !isBlank(start - 1) && !(lineFlags[start - 1]! & (LineFlag.Code | LineFlag.SectionBreak))) start--;
  for (let line = start - 1; line >= 0 && line >= introduction - SECTION_REACH; line--) {
    if (lineFlags[line]! & LineFlag.Code) break;
    if (lineFlags[line]! & LineFlag.SectionBreak) {
      start = line + 1;
      break;
    }
  }
  let last = -1;
  for (let line = start; line < firstLine; line++) {
    const text = lines.lineText(line).trim();
    if (text === '') continue;
    if (lineFlags[line]! & (LineFlag.Code | LineFlag.SectionBreak) || isMarkupLine(text)) {
      if (line > introduction) break;
      last = -1;
      continue;
    }
    if (last < 0 && line < introduction) start = line;
    last = line;
  }
  if (last < introduction) return turns;
  while (isBlank(start)) start++;
  const from = lines.lineStart(start) + (lines.lineText(start).length - lines.lineText(start).trimStart().length);
  const to = lines.lineStart(last) + lines.lineText(last).trimEnd().length;
  // An empty label where the opening starts: the name stands inside the introduction's sentence, which a label's
  // span would cut from the claims; and the incremental analyzer tells this opening from a declared speech by it.
  return [{ speaker, span: { start: from, end: to }, labelSpan: { start: from, end: from }, source: 'narration' }, ...turns];
}

/**
 * The speaker the introduction names: a name that labels MIN_LABELLED_TURNS turns or more, right after the
 * introduction's words (`I am your host, Jamie "GaProgMan" Taylor`); null for none. A name written in another script
 * than the labels' (`我叫吳慧中` over `Huizhong：` labels) cannot be compared with them: then the one label name of
 * the other script the line holds after it (`byline name: Huizhong Wu`) stands for it. A guest named later in the
 * line (`…this is Episode 59 with Pete Gallagher`) is never the one introduced.
 */
function introducedSpeaker(after: string, turns: readonly Turn[]): string | null {
  const counts = new Map<string, number>();
  for (const turn of turns) {
    if (turn.labelSpan === null || turn.labelSpan.end === turn.labelSpan.start) continue;
    counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  }
  const named = after.replace(/^[\s"'“‘「『]+/u, '');
  const opensHan = /^\p{Script=Han}/u.test(named);
  if (!opensHan && !/^\p{Lu}/u.test(named)) return null;
  let otherScript: string | null = null;
  let others = 0;
  for (const [speaker, count] of counts) {
    if (count < MIN_LABELLED_TURNS) continue;
    if (wordAt(named, speaker) === 0) return speaker;
    if (/^\p{Script=Han}/u.test(speaker) === opensHan || !/^\p{L}/u.test(speaker)) continue;
    if (wordAt(named, speaker) > 0) {
      otherScript = speaker;
      others++;
    }
  }
  return others === 1 ? otherScript : null;
}

/** Where `name` stands in `text` as whole words (a Latin name not inside a longer word), letter case aside (`JAMIE:` labels `I'm Jamie`), or -1. */
function wordAt(written: string, name: string): number {
  const text = written.toLowerCase();
  const wanted = name.trim().toLowerCase();
  if (wanted === '') return -1;
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const before = text[at - 1];
    const after = text[at + wanted.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before) || /\p{Script=Han}/u.test(wanted[0]!)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after) || /\p{Script=Han}/u.test(wanted[wanted.length - 1]!))) return at;
  }
  return -1;
}

/** Whether a turn is an opening an introduction handed over: a handed-over turn with an empty label where it starts. */
export function isIntroducedOpening(turn: Turn): boolean {
  return turn.source === 'narration' && turn.labelSpan !== null && turn.labelSpan.start === turn.span.start && turn.labelSpan.end === turn.labelSpan.start;
}
