import type { TextSource } from '../text/chunkedText';
import type { AnalysisOptions, StageDirection, TranscriptFormat, Turn, TurnSource } from '../analysis/model';
import { lineTableOf } from '../analysis/lineTable';
import { lineTextOf } from '../text/lineReaders';
import type { LineIndex, Span } from '../text/positions';
import { LineFlag, outlineOf } from '../topics/outline';
import { isBlankLine, isColon, isPlainSubheadingShape, isWhollyQuoted, leadingIconsLength, MAX_ICONS_LENGTH, OPENING_QUOTES, simplified, skipSpaces, trimEnd } from './chars';
import type { LabelMatch } from './labels';
import { findLabelScheme, type LabelLines, type LabelSchemeTally } from './scheme';
import { NARRATION_TAIL, recognizeHandOver, recognizeSpeechLead } from './narration';
import { CLOSING_LINE_SCAN, isClosingLine, isCreditLine, isQuestionLeadIn, readsAsHeadline } from './leadIns';
import { endsListItemTurn, listItemIndent, type ListItemTurn } from './listItems';
import { findSignedBlocks } from './signatures';
import { declaredSpeech, type DeclaredSpeech } from './declaredSpeech';
import { bylineOpeningSpeech, leadSpeaker, mayBeSpeechLead, recognizeMarkedSpeechLead } from './speechLeads';
import { isNameOverGreeting } from './nameOverGreeting';
import { isBracketedParagraph, isCreditField, isFigureLine, isSignOff, isTalkSignOff, isWriteUpCredit } from './writeUpParts';
import { findStageDirections } from './stageDirections';
import { runningHeadDirections, runningHeadLines } from './runningHeads';
import { classifySubtitleLines, countLabelledCues, CueLine, endsSentenceAt, findVoiceTags, labelsOwnTheirCueOnly, opensInSentence, type LabelledCueCounts } from './subtitles';
import { endsTurnAsNarration, NARRATION_SCAN, narrationReading } from './thirdPerson';
import { TurnBuilder } from './turnBuilder';
import { QA_ROLES, ZH_ROLES } from './words';
import { isTimestampOnly } from './timestamps';
import { findInlineHandOvers, type InlineHandOver } from './inlineHandOvers';
import { speakerOfBracketedLabel } from './bracketedNames';
import { withIntroducedSpeaker } from './selfIntroductions';
import { readPortraitCard } from './portraitLines';
import { readNameCard } from './nameCards';
import { withoutHeadlineTurns } from './headlineLabels';
import { cueNameLabels } from './cueNameLines';

/** A line this long or shorter may hold nothing but a time (`00:00:08`, `[01:02:03.450]`). */
const MAX_TIME_LINE = 16;
/** How far into a line a `說：「` hand-over is looked for. */
const INLINE_QUOTE_SCAN = 160;
/** A colon right before an opening quote (`說：「`): a hand-over to quoted speech. */
export const COLON_BEFORE_QUOTE = /[:：][ \t\u3000]*[「『“"]/;
const DIALOGUE_DASH = /^[-–—][ \t]/;
const PAGE_MARKUP = /^<(?:!--|\/?(?:style|script|div|iframe|img|table|form|noscript|center)\b)/i;
const PICTURE_MARKUP = /^<(?:img|iframe)\b/i;
/** `>> Thank you.`: closed captions mark a change of speaker with `>>`, naming them or not. */
const CAPTION_CHEVRONS = />>/y;

export interface TurnScan {
  readonly turns: Turn[];
  readonly stageDirections: StageDirection[];
}

/** Finds speaker turns and stage directions. Linear in the document's length. */
export function findTurns(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): TurnScan {
  const builder = new TurnBuilder(options.speakerAliases);
  if (format === 'srt' || format === 'vtt') {
    const kinds = classifySubtitleLines(lines);
    const stageDirections = findStageDirections(lines, (line) => kinds[line] !== CueLine.Text, false);
    scanSubtitles(lines, kinds, wholeLineDirections(lines, stageDirections), options, builder);
    return { turns: builder.finish(), stageDirections };
  }
  const { lineFlags, labels, entries } = outlineOf(lines, format, options);
  const asides = findStageDirections(lines, (line) => (lineFlags[line]! & LineFlag.Code) !== 0, true, (line) => labels.has(line));
  // A running head printed at each page break (runningHeads.ts) is an aside too, where nothing else read it.
  const headLines = runningHeadLines(lines);
  const asideLines = headLines.size === 0 ? undefined : wholeLineDirections(lines, asides);
  const heads = runningHeadDirections(lines, headLines, (line) => labels.has(line) || (lineFlags[line]! & LineFlag.Code) !== 0 || asideLines!.has(line));
  const stageDirections = heads.length === 0 ? asides : [...asides, ...heads].sort((a, b) => a.span.start - b.span.start);
  const titlesInLine = new Map<number, number>();
  for (const entry of entries) if (lineFlags[entry.line]! & LineFlag.TitleInLine) titlesInLine.set(entry.line, entry.headingSpan.start);
  const inline = findInlineHandOvers(lines, labels, (line) => (lineFlags[line]! & (LineFlag.Code | LineFlag.SectionBreak)) !== 0);
  scanProse(lines, lineFlags, labels, builder, wholeLineDirections(lines, stageDirections), format, titlesInLine, declaredSpeech(lines, labels, lineFlags), inline);
  return { turns: withIntroducedSpeaker(lines, lineFlags, withoutHeadlineTurns(lines, labels, builder.finish())), stageDirections };
}

/** Lines that hold nothing but a stage direction (`（笑）`, an editor's bracketed note). */
function wholeLineDirections(lines: LineIndex, directions: readonly StageDirection[]): Set<number> {
  const found = new Set<number>();
  const text = lines.source;
  for (const { span } of directions) {
    const line = lines.lineAt(span.start);
    if (skipSpaces(text, lines.lineStart(line), span.start) === span.start && trimEnd(text, span.end, lines.lineEnd(line)) === span.end) found.add(line);
  }
  return found;
}

/** True when every line before `line` is blank. */
function isFirstContent(lines: LineIndex, line: number): boolean {
  for (let l = 0; l < line; l++) if (!isBlankLine(lines, l)) return false;
  return true;
}

/** The document's first line reads `Agency: headline`, with a blank line and unlabelled prose below it. */
function isHeadline(lines: LineIndex, line: number, label: LabelMatch, end: number, labels: LabelLines): boolean {
  // `0:00 Michael Kennedy  00:00` over `0:00 Hello, …` (an export's first turn): a timed label opens speech, never a headline.
  if (label.timestamp) return false;
  if (!readsAsHeadline(lines.source.slice(lines.lineStart(line) + label.textStart, end))) return false;
  if (line + 1 >= lines.lineCount || !isBlankLine(lines, line + 1)) return false;
  let next = line + 2;
  while (next < lines.lineCount && isBlankLine(lines, next)) next++;
  return next < lines.lineCount && !labels.has(next);
}

/** `- Never.`, `>> Thanks.` (from `start`, a cue line's first character): a dialogue dash or chevrons mark a change of speaker, here one the subtitles do not name. */
export function marksUnnamedSpeaker(text: TextSource, start: number): boolean {
  return DIALOGUE_DASH.test(text.slice(start, start + 2)) || text.startsWith('>>', start);
}

function startsWithChevrons(text: string, start: number): boolean {
  CAPTION_CHEVRONS.lastIndex = start;
  return CAPTION_CHEVRONS.test(text);
}

function scanProse(lines: LineIndex, lineFlags: Uint8Array, labels: LabelLines, builder: TurnBuilder, asideLines: ReadonlySet<number>, format: TranscriptFormat, titlesInLine: ReadonlyMap<number, number>, declared: DeclaredSpeech | null, inline: ReadonlyMap<number, InlineHandOver[]>): void {
  const text = lines.text;
  const subjects = new NarrationSubjects(lines, builder);
  const signed = findSignedBlocks(lines, (line) => labels.has(line) || (lineFlags[line]! & (LineFlag.SectionBreak | LineFlag.Code | LineFlag.SpeakerLine)) !== 0);
  // The name lines without a bracket after the name, read when a name line has one (see nameLineSpeaker).
  let nameLines: ReadonlySet<string> | undefined;
  let signedEnd = -1;
  // `以下是…王志军的演讲实录：` hands the write-up to a speech, which goes on past its sub-headings
  // until a label, a closing line or narration about the speaker ends it.
  let speechLead: string | null = null;
  // A figure interrupts the speech around it: the speaker before it goes on after it.
  let afterFigure: string | null = null;
  // A body its header hands to one speaker: a labelled paragraph of someone else interrupts it, and
  // narration or a closing line holds it until the next paragraph or for good.
  const declaredName = declared?.name ?? null;
  let interjection = false;
  let declaredHeld = false;
  let declaredEnded = false;
  // The line of a speaking byline that opened the speech (no lead-in below it), or -1.
  let bylineLine = -1;
  // How many lines each label name labels, counted when a label inside a handed-over speech needs it.
  let labelNames: ReadonlyMap<string, number> | undefined;
  // The speaker a lead-in or byline handed the write-up to, kept past labels (a Q&A after the talk) for its sign-off.
  let talkSpeaker: string | null = null;
  // Where the name line of the turn a greeting below it opened starts (nameOverGreeting.ts), or -1.
  let greetedName = -1;
  // The turn a label on a list item opened, which the next item further out ends.
  let listTurn: ListItemTurn | null = null;
  const { starts, ends, firsts, lasts } = lineTableOf(lines);
  const isBlank = (line: number) => firsts[line] === ends[line];
  for (let line = 0; line < lines.lineCount; line++) {
    const lineStart = starts[line]!;
    const lineEnd = ends[line]!;
    const start = firsts[line]!;
    const flags = lineFlags[line]!;
    // The header's fields (`* **Speaker: Jane Doe**`) are data, never a label or speech.
    if (declared?.silentLines.has(line)) {
      builder.close();
      continue;
    }
    if (declaredName !== null) {
      const end = lasts[line]!;
      if (start === lineEnd) {
        declaredHeld = false;
        continue;
      }
      // Slides, code, whole-line notes and a time alone on its line are no one's speech: they interrupt it.
      if (line < declared!.bodyStart || flags & LineFlag.Code || asideLines.has(line) || (end - start <= MAX_TIME_LINE && isTimestampOnly(text.slice(start, end)))) {
        builder.close();
        continue;
      }
      if (interjection && isBlank(line - 1) && !labels.has(line)) {
        builder.close();
        interjection = false;
      }
    }
    if (start === lineEnd || flags & LineFlag.Code) continue;
    if (flags & LineFlag.SectionBreak) {
      builder.close();
      continue;
    }
    // A centred title opening partway along the line ends the speech there.
    const titleAt = flags & LineFlag.TitleInLine ? titlesInLine.get(line) : undefined;
    if (titleAt !== undefined) {
      // The speech ends where the centred paragraph's opening tag starts.
      builder.extend(text, start, trimEnd(text, start, Math.max(start, text.lastIndexOf('<', titleAt - 1))));
      builder.close();
      speechLead = null;
      continue;
    }
    const end = lasts[line]!;
    // A block signed `[name=kiang]` at its end is kiang's, whatever its lines look like.
    const block = signed.get(line);
    if (block) {
      builder.open(block.signature.name, block.signature.span, 'label', end, null, start);
      signedEnd = block.lastLine;
    }
    if (line <= signedEnd) {
      builder.extend(text, start, end);
      if (line === signedEnd) builder.close();
      continue;
    }
    if (isClosingLine(text.slice(start, Math.min(end, start + CLOSING_LINE_SCAN)))) {
      builder.close();
      speechLead = null;
      declaredEnded = true;
      continue;
    }
    // A stage direction set apart by a blank line (`（本文由编辑整理）` at the end) is not the speaker's:
    // the turn goes on past it but does not end on it. One right under the speech (`（笑）`) stays in.
    if (asideLines.has(line) && line > 0 && isBlank(line - 1) && !isPageMarkup(text, start)) continue;
    if (flags & LineFlag.SpeakerLine) {
      // `👦🏻 Koji`: the avatar before the name is no part of it.
      const nameStart = skipSpaces(text, start + leadingIconsLength(text.slice(start, Math.min(end, start + MAX_ICONS_LENGTH))), end);
      const written = text.slice(nameStart, end);
      builder.open(nameLineSpeaker(written, (nameLines ??= bareNameLines(lines, lineFlags))), { start: nameStart, end }, 'block', end, null, start);
      continue;
    }
    // `Benno O. Dorer - The Clorox Company - Chairman & CEO` over `Good morning. Thank you all…`, where no turn is open
    // or the open one is another such name's (`Operator` over `Ladies and gentlemen, …`, then `Steve Filton`).
    if ((!builder.isOpen || builder.openLabelStart === greetedName) && !labels.has(line) && isNameOverGreeting(lines, line)) {
      builder.open(text.slice(start, end), { start, end }, 'block', end, null, start);
      greetedName = start;
      continue;
    }
    let label = usable(labels.get(line) ?? null, builder);
    // `多任务模式：需要重复配置…` inside a speech a lead-in or byline handed over: the speaker's own term.
    if (label && speechLead !== null && isOneOffTerm(label, lineStart, end, (labelNames ??= countLabelNames(labels, lines.lineCount)))) label = null;
    if (label && !builder.hasStarted && isFirstContent(lines, line) && isHeadline(lines, line, label, end, labels)) continue;
    // Labels inside the line (a page that collapsed its paragraphs) open turns of their own after its first.
    const handOvers = inline.get(line);
    const speechEnd = handOvers ? trimEnd(text, start, handOvers[0]!.labelStart) : end;
    if (label && (builder.hasStarted || !isCreditLine(label, text.slice(lineStart + label.textStart, end)))) {
      openLabelled(builder, label, lineStart, speechEnd);
      listTurn = listItemTurnAt(lines.lineText(line), lineStart, label, speechEnd);
      if (handOvers) {
        openInline(builder, text, handOvers, end);
        speechLead = null;
        continue;
      }
      speechLead = null;
      // Labels in a declared speaker's body are other people's (declaredSpeech): theirs for one paragraph.
      if (declaredName !== null) interjection = true;
      // `付某某说：“…”` is reported speech in narration: the turn ends where the quote closes. So does a paragraph that
      // is a label and a quote in Chinese marks (`總統蔡英文:「你聽得見嗎?」`): a news report quotes, then narrates.
      const speech = lineStart + label.textStart;
      if (speech < end && (label.verb ? OPENING_QUOTES.has(text[speech]!) : isQuoteParagraph(lines, line, text.slice(speech, end)))) {
        builder.endAtQuoteClose(true);
        builder.extend(text, speech, end);
      }
      continue;
    }
    // `<style>`, `<div class="ad">`, `<!-- … -->`: a saved page's markup after the text is no one's speech.
    if (isPageMarkup(text, start)) {
      builder.close();
      // A picture in the page interrupts a speech handed over by a lead-in; it does not end it.
      if (!PICTURE_MARKUP.test(text.slice(start, start + 8)) && !wrapsPicture(lines, line)) speechLead = null;
      continue;
    }
    if (format !== 'markdown' && startsWithChevrons(text, start)) {
      builder.close();
      continue;
    }
    // `<figure>…<figcaption>…</figcaption></figure>`: a picture and its caption are no one's speech.
    if (text.charCodeAt(start) === 60 /* < */ && isFigureLine(text.slice(start, Math.min(end, start + 16)))) {
      afterFigure = builder.currentNames?.[0] ?? afterFigure;
      builder.close();
      continue;
    }
    const resumeAfterFigure = afterFigure;
    afterFigure = null;
    const colonEnd = isColon(text.charCodeAt(end - 1));
    const lead = colonEnd ? recognizeSpeechLead(text.slice(start, end)) : null;
    if (lead) {
      builder.close();
      speechLead = lead;
      continue;
    }
    // `**以下为演讲全文：**`, `<p>以下是…的<a …>演講全文</a>：</p>`: a lead-in in markup, or one naming nobody,
    // whose speaker the byline or the lead paragraph above names.
    // A lead-in may also end a paragraph (`…的演讲——“…”，以下是演讲实录。`).
    if (mayBeSpeechLead(text.slice(start, Math.min(end, start + 120))) || (end - start > 120 && endsLeadIn(text.charCodeAt(end - 1)) && mayBeSpeechLead(text.slice(end - 60, end)))) {
      const marked = recognizeMarkedSpeechLead(text.slice(start, end));
      const speaker = marked && leadSpeaker(marked, (i) => (line - 1 - i >= 0 ? lines.lineText(line - 1 - i) : undefined));
      if (speaker) {
        builder.close();
        speechLead = speaker;
        continue;
      }
    }
    // `演讲者｜ 约翰·奎尔奇` and no lead-in below: the speech starts after the byline; the speaker's titles in
    // brackets right under it are no one's.
    if (speechLead === null && !builder.isOpen && end - start <= MAX_BYLINE_LINE) {
      const speaker = bylineOpeningSpeech(text.slice(start, end), (i) => (line + 1 + i < lines.lineCount ? lines.lineText(line + 1 + i) : undefined));
      if (speaker) {
        speechLead = speaker;
        bylineLine = line;
        continue;
      }
    }
    if (bylineLine >= 0 && previousContentLine(lines, line) === bylineLine) {
      if (isBracketedParagraph(text.slice(start, end))) continue;
      // `编辑整理｜戴志敏` / `出品社区｜DataFun` under `分享嘉宾｜王小静 …`: the write-up's credits, a run of them.
      if (!builder.isOpen && isCreditField(text.slice(start, end))) {
        bylineLine = line;
        continue;
      }
    }
    if (colonEnd) {
      // Within a speech a lead-in handed over, `他對我說：` is the speaker quoting someone: no hand-over.
      if (speechLead === null && openHandOver(builder, text, start, end, end, subjects)) {
        builder.endAtQuoteClose(startsWithQuote(lines, line + 1));
        continue;
      }
      if (speechLead === null && isQuestionLeadIn(text.slice(Math.max(start, end - NARRATION_TAIL), end)) && builder.hasContent) {
        builder.close();
        continue;
      }
    } else {
      // `…，老黃回答道：「出口管制……」`: the quote follows on the same line.
      const colon = inlineQuoteColon(text, start, end);
      if (colon >= 0 && speechLead === null && openHandOver(builder, text, start, colon + 1, end, subjects)) {
        builder.endAtQuoteClose(true);
        builder.extend(text, colon + 1, end);
        continue;
      }
    }
    // `* 仔魚：…` then `* Facebook 會議 - tmonk 參加`: the next point of the minutes is no one's.
    if (listTurn !== null && builder.openLabelStart === listTurn.labelStart && endsListItemTurn(listTurn, listItemIndent(lines.lineText(line)))) {
      builder.close();
      listTurn = null;
      continue;
    }
    // `编辑丨莫群 林琳`, `来源：…` after a speech: the write-up's credits end it and are no one's.
    if (isWriteUpCredit(text.slice(start, end))) {
      builder.close();
      speechLead = null;
      declaredHeld = true;
      continue;
    }
    // `.外需收缩,反全球化潮流抬头` between paragraphs of a speech a lead-in, a byline or the header handed over: a
    // sub-heading the outline did not take, no one's; the speech goes on under it.
    const speaker = speechLead ?? (declaredName !== null && !declaredHeld && !declaredEnded ? declaredName : null);
    if (speaker !== null && builder.isOpen && builder.currentNames?.[0] === speaker && isPlainSubheading(lines, line, text.slice(start, end))) {
      builder.close();
      continue;
    }
    // `王大明表示，…`, `Jones said…`, a byline or a caption opening a paragraph: the writer speaks again.
    if (isNarrationAbout(builder, lines, line, text.slice(start, Math.min(end, start + NARRATION_SCAN)))) {
      builder.close();
      speechLead = null;
      declaredHeld = true;
      continue;
    }
    // `**Q1：…**` / `A1：…` after the talk, then `今天的分享就到这里，谢谢大家。`: the talk's speaker signs off.
    if (speechLead === null && talkSpeaker !== null && !handOvers && builder.isOpen && builder.currentNames?.[0] !== talkSpeaker && isTalkSignOff(text.slice(start, end))) {
      builder.close();
      builder.resume(talkSpeaker, start, speechEnd);
      builder.close();
      talkSpeaker = null;
      continue;
    }
    if (speechLead !== null) talkSpeaker = speechLead;
    if (speechLead !== null && !builder.isOpen) builder.resume(speechLead, start, speechEnd);
    else if (resumeAfterFigure !== null && !builder.isOpen) builder.resume(resumeAfterFigure, start, speechEnd);
    else if (declaredName !== null && !builder.isOpen && !declaredHeld && !declaredEnded) builder.resume(declaredName, start, speechEnd);
    else builder.extend(text, start, speechEnd);
    if (handOvers) {
      openInline(builder, text, handOvers, end);
      speechLead = null;
      continue;
    }
    // `谢谢！`, `…我的演讲到此为止`: the speech handed over by a lead-in ends with its sign-off.
    if (speechLead !== null && isSignOff(text.slice(start, end))) {
      builder.close();
      speechLead = null;
    }
  }
}

/** A plain sub-heading's shape in a paragraph of its own (blank lines above and below). */
function isPlainSubheading(lines: LineIndex, line: number, text: string): boolean {
  return line > 0 && line + 1 < lines.lineCount && isBlankLine(lines, line - 1) && isBlankLine(lines, line + 1) && isPlainSubheadingShape(text);
}

/** A label line's speech that is wholly a quote, with a blank line (or the end) under it: a paragraph of its own. */
function isQuoteParagraph(lines: LineIndex, line: number, speech: string): boolean {
  return (line + 1 >= lines.lineCount || isBlankLine(lines, line + 1)) && isWhollyQuoted(speech);
}

/** The turn a label opens on a list item line (`* 子絜：…`), or null when the line is no list item. */
function listItemTurnAt(lineText: string, lineStart: number, label: LabelMatch, speechEnd: number): ListItemTurn | null {
  const indent = listItemIndent(lineText);
  if (indent < 0) return null;
  return { labelStart: lineStart + label.labelStart, indent, speechOnLine: lineStart + label.textStart < speechEnd };
}

/** Lines per label name (simplified, lower case). */
function countLabelNames(labels: LabelLines, lineCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let line = 0; line < lineCount; line++) {
    const label = labels.get(line);
    if (!label) continue;
    const key = simplified(label.speaker).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * A plain `Name：text` label whose name labels no other line, not a role (`主持人：`, `问：`), with speech on its
 * line: inside a speech handed over to one speaker it is a term the speaker explains, not a new voice.
 */
function isOneOffTerm(label: LabelMatch, lineStart: number, end: number, names: ReadonlyMap<string, number>): boolean {
  if (label.source !== 'label' || label.verb || label.fromUserPattern || lineStart + label.textStart >= end) return false;
  const key = simplified(label.speaker).toLowerCase();
  // `Q1：` / `A1：` number the sides of a Q&A: each labels one line, and each is a voice; so is `观众提问：`.
  const role = key.replace(/\s*\d+$/, '');
  if (QA_ROLES.has(role) || ASKING.test(role)) return false;
  for (const word of ZH_ROLES) if (role.includes(word)) return false;
  return names.get(key) === 1;
}

/** `提问`, `观众问`, `答`: a label that asks or answers is a voice. */
const ASKING = /提问|[问問答]$/;

/** A byline is a short line (markup included). */
const MAX_BYLINE_LINE = 120;

/** The nearest non-blank line above `line`, or -1. */
function previousContentLine(lines: LineIndex, line: number): number {
  let above = line - 1;
  while (above >= 0 && isBlankLine(lines, above)) above--;
  return above;
}

/** `。`, `：`, `:` or a closing tag: how a paragraph ending in a lead-in ends. */
function endsLeadIn(code: number): boolean {
  return code === 0x3002 || code === 0xff1a || code === 58 || code === 62;
}

/** How much of a markup line is searched for a picture. */
const WRAPPER_SCAN = 400;

/**
 * `<div align="center">` over `<img …>`, `</div><div …>caption</div><br>` under it: the block markup around a
 * picture (a saved page's figure), which interrupts a speech but does not end it.
 */
function wrapsPicture(lines: LineIndex, line: number): boolean {
  const head = (l: number): string => (l >= 0 && l < lines.lineCount ? lines.lineText(l).trimStart().slice(0, WRAPPER_SCAN) : '');
  return /<img\b/i.test(head(line)) || PICTURE_MARKUP.test(head(line + 1)) || PICTURE_MARKUP.test(head(line - 1));
}

/** A line opening with a saved page's block markup (`<style>`, `<div …>`, `<!--`): it ends the turn. */
export function isPageMarkup(text: TextSource, start: number): boolean {
  return text.charCodeAt(start) === 60 && PAGE_MARKUP.test(text.slice(start, start + 16));
}

/** A paragraph (after a blank line) in the third person about the open turn's speaker. */
function isNarrationAbout(builder: TurnBuilder, lines: LineIndex, line: number, head: string): boolean {
  const names = builder.currentNames;
  if (!names || line === 0 || !isBlankLine(lines, line - 1)) return false;
  const reading = narrationReading(head);
  return reading !== '' && (endsTurnAsNarration(reading, names[0]) || endsTurnAsNarration(reading, names[1]));
}

/**
 * Names that narration introduces anywhere in the document (`老黃回答道:`), so narration that only
 * mentions a name before it is introduced (`老黃看着…，趕緊說:`) can be resolved. Collected on first need.
 */
class NarrationSubjects {
  private collected = false;

  constructor(private readonly lines: LineIndex, private readonly builder: TurnBuilder) {}

  rememberAll(): void {
    if (this.collected) return;
    this.collected = true;
    const { lines } = this;
    const text = lines.source;
    for (let line = 0; line < lines.lineCount; line++) {
      const lineStart = lines.lineStart(line);
      const end = trimEnd(text, lineStart, lines.lineEnd(line));
      if (end === lineStart || !isColon(text.charCodeAt(end - 1))) continue;
      const subject = recognizeHandOver(text.slice(Math.max(lineStart, end - NARRATION_TAIL), end))?.subject;
      if (subject) this.builder.remember(subject);
    }
  }
}

/**
 * A deposition's `A.` answers a `Q.`: once the document has asked one, also after counsel's objection or a break
 * between them; before any `Q.`, or in an answer's own turn, it is an initial (`A. Smith testified…`).
 */
function usable(label: LabelMatch | null, builder: TurnBuilder): LabelMatch | null {
  return label && label.afterQuestionOnly && (!builder.hasSpoken('Q') || builder.currentSpeakerIs('A')) ? null : label;
}

/** `追问：`, `Follow-up:`: the questioner before the answer asks again. Simplified, lower case. */
const FOLLOW_UP_LABELS = new Set(['追问', '再追问', '继续追问', 'follow-up', 'follow up', 'followup']);

/** Whether `text` (a label as written) may hold a follow-up label, whose turn is given to the speaker before last. */
export function mayHoldFollowUpLabel(text: string): boolean {
  const folded = simplified(text).toLowerCase();
  for (const label of FOLLOW_UP_LABELS) if (folded.includes(label)) return true;
  return false;
}

/** Opens a turn at each label inside a line; each runs to the next one, the last to `end` (the line's). */
function openInline(builder: TurnBuilder, text: string, handOvers: readonly InlineHandOver[], end: number): void {
  handOvers.forEach((handOver, i) => {
    const next = handOvers[i + 1];
    const segmentEnd = next ? trimEnd(text, handOver.labelEnd, next.labelStart) : end;
    builder.open(handOver.speaker, { start: handOver.labelStart, end: handOver.labelEnd }, 'label', segmentEnd, null);
    const speech = skipSpaces(text, handOver.labelEnd, segmentEnd);
    if (speech < segmentEnd) builder.extend(text, speech, segmentEnd);
  });
}

function openLabelled(builder: TurnBuilder, label: LabelMatch, lineStart: number, end: number): void {
  const speechOnLine = lineStart + label.textStart < end;
  const source: TurnSource = label.source === 'label' && !speechOnLine ? 'block' : label.source;
  const followUp = FOLLOW_UP_LABELS.has(simplified(label.speaker).toLowerCase());
  const asking = followUp ? builder.speakerBeforeLast : null;
  // A follow-up in a write-up that never names its questioner names nobody: `追问` is no speaker.
  if (followUp && !asking) {
    builder.close();
    return;
  }
  builder.open(asking ?? label.speaker, { start: lineStart + label.labelStart, end: lineStart + label.labelEnd }, source, end, label.timestamp);
}

/** `…，老黃回答道:` hands over to the speech that follows. Unresolved narration changes nothing. */
/**
 * `…，老黃回答道:` hands over to the speech that follows; `colonEnd` is just past the colon, `lineEnd` the
 * end of the line's text. Unresolved narration changes nothing and returns false.
 */
function openHandOver(builder: TurnBuilder, text: string, start: number, colonEnd: number, lineEnd: number, subjects: NarrationSubjects): boolean {
  const tailStart = Math.max(start, colonEnd - NARRATION_TAIL);
  const tail = text.slice(tailStart, colonEnd);
  const handOver = recognizeHandOver(tail);
  if (!handOver) return false;
  let speaker = handOver.subject ?? (handOver.pronoun ? builder.lastSpeaker : null);
  if (!speaker && !handOver.pronoun) {
    subjects.rememberAll();
    speaker = builder.lastKnownNameIn(tail.slice(0, handOver.verbStart));
  }
  if (!speaker) return false;
  builder.open(speaker, { start: tailStart + handOver.clauseStart, end: colonEnd }, 'narration', lineEnd, null);
  return true;
}

/**
 * Where a colon right before an opening quote sits in the line's first INLINE_QUOTE_SCAN characters, or -1:
 * `…說：「…」` hands over to the quote on the same line. The incremental checks read it through this too.
 */
export function inlineQuoteColon(text: TextSource, start: number, end: number): number {
  const window = text.slice(start, Math.min(end, start + INLINE_QUOTE_SCAN));
  const match = COLON_BEFORE_QUOTE.exec(window);
  return match ? start + match.index : -1;
}

function startsWithQuote(lines: LineIndex, from: number): boolean {
  for (let line = from; line < lines.lineCount && line < from + 3; line++) {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    if (start < lines.lineEnd(line)) return OPENING_QUOTES.has(lines.source.charAt(start));
  }
  return false;
}

/** The label scheme of a subtitle file's text lines, and its cues with speech and with a label or voice tag (labelsOwnTheirCueOnly). */
export function subtitleLabels(lines: LineIndex, kinds: Uint8Array, directionLines: ReadonlySet<number>, options: AnalysisOptions): { labels: LabelLines; counts: LabelledCueCounts; takeTally: () => LabelSchemeTally | undefined } {
  const context = { extraLabelPatterns: options.extraLabelPatterns, allowDialogueDash: true };
  const { labels, takeTally } = findLabelScheme(lines, context, (line) => kinds[line] !== CueLine.Text, false);
  // `Ann Lee` alone over each cue's speech (Teams' transcript without voice tags): the cue's speaker (cueNameLines.ts).
  for (const [line, label] of cueNameLabels(lines, kinds)) if (!labels.has(line)) labels.set(line, label);
  const isLabelled = (line: number): boolean => labels.has(line) || findVoiceTags(lines.text.slice(lines.lineStart(line), lines.lineEnd(line))).length > 0;
  const isSpeech = (line: number): boolean => !directionLines.has(line) && !isBlankLine(lines, line);
  return { labels, counts: countLabelledCues(kinds, isLabelled, isSpeech, lineTextOf(lines)), takeTally };
}

/** subtitleLabels' cue counts of a file whose stage directions are known (an analysis'). */
export function countSubtitleCues(lines: LineIndex, stageDirections: readonly StageDirection[], options: AnalysisOptions): LabelledCueCounts {
  return subtitleLabels(lines, classifySubtitleLines(lines), wholeLineDirections(lines, stageDirections), options).counts;
}

/** countSubtitleCues' counts and the label scheme's tally of the text lines, from one pass. */
export function subtitleCuesAndTally(lines: LineIndex, stageDirections: readonly StageDirection[], options: AnalysisOptions): { counts: LabelledCueCounts; tally: LabelSchemeTally } {
  const { counts, takeTally } = subtitleLabels(lines, classifySubtitleLines(lines), wholeLineDirections(lines, stageDirections), options);
  return { counts, tally: takeTally()! };
}

/** `directionLines`: lines holding nothing but a sound description (`[ SIGHS ]`), which are no speech. */
function scanSubtitles(lines: LineIndex, kinds: Uint8Array, directionLines: ReadonlySet<number>, options: AnalysisOptions, builder: TurnBuilder): void {
  const text = lines.text;
  const { labels, counts } = subtitleLabels(lines, kinds, directionLines, options);
  const cueOnly = labelsOwnTheirCueOnly(counts);
  let cueEnded = false;
  let lastTextEndsSentence = true;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] !== CueLine.Text) {
      cueEnded = true;
      continue;
    }
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const start = skipSpaces(text, lineStart, lineEnd);
    const end = trimEnd(text, start, lineEnd);
    const voices = findVoiceTags(text.slice(lineStart, lineEnd));
    if (cueEnded && cueOnly) {
      // Where labels name their own cue, a labelled turn ends with it, unless the next cue goes on with the
      // sentence the cue left open (`MALE NARRATOR: The reason` / `among German soldiers is simple.`): then it
      // goes on as a turn of its own, so that the cue number and timing between are no one's.
      if (!voices.length && !labels.has(line) && !lastTextEndsSentence && opensInSentence(text.slice(start, end))) builder.continueInNextCue(start, end);
      else builder.close();
    }
    cueEnded = false;
    if (cueOnly) lastTextEndsSentence = endsSentenceAt(text, start, end);
    if (voices.length) {
      voices.forEach((voice, i) => {
        const tag: Span = { start: lineStart + voice.start, end: lineStart + voice.end };
        // Two voices on one line (`<v A>Thanks.</v> <v B>Sure.</v>`): each speaks up to the next tag.
        const next = voices[i + 1];
        const voiceEnd = next ? trimEnd(text, tag.end, lineStart + next.start) : end;
        if (builder.currentSpeakerIs(voice.speaker) && builder.currentSource === 'voice') builder.extend(text, tag.start, voiceEnd);
        else builder.open(voice.speaker, tag, 'voice', voiceEnd, null);
      });
      continue;
    }
    const label = usable(labels.get(line) ?? null, builder);
    if (label) openLabelled(builder, label, lineStart, end);
    else if (marksUnnamedSpeaker(text, start)) builder.close();
    else builder.extend(text, start, end);
  }
}

/** A name line's trailing bracket: a screenplay's extension (`(O.S.)`, `(V.O.)`, `(CONT'D)`) or an office's holder. */
const NAME_LINE_BRACKET = /\s*[(（][^()（）]{1,40}[)）]$/;

/**
 * `JONAS (O.S.)` over speech is JONAS where the document also sets `JONAS` alone over speech (a screenplay's
 * extension says where the voice comes from, not who speaks); `Minister (Jane Doe)` is Jane Doe where she has a
 * name line of her own. Otherwise the line as written.
 */
function nameLineSpeaker(written: string, bareNames: ReadonlySet<string>): string {
  const portrait = readPortraitCard(written);
  if (portrait) return portrait.name;
  // `Sarah Owen (Luton North) (Lab)`: a member's card names the member; the brackets hold where they sit.
  const card = readNameCard(written);
  if (card !== null) return card;
  const bracket = NAME_LINE_BRACKET.exec(written);
  if (!bracket || bracket.index === 0 || bareNames.size === 0) return written;
  return speakerOfBracketedLabel(written, written.slice(0, bracket.index), bareNames);
}

/** The texts of the name lines that hold no trailing bracket, as findTurns reads a name line (icons and spaces off). */
function bareNameLines(lines: LineIndex, lineFlags: Uint8Array): ReadonlySet<string> {
  const names = new Set<string>();
  const text = lines.text;
  const { firsts, lasts } = lineTableOf(lines);
  for (let line = 0; line < lines.lineCount; line++) {
    if (!(lineFlags[line]! & LineFlag.SpeakerLine)) continue;
    const start = firsts[line]!;
    const end = lasts[line]!;
    const nameStart = skipSpaces(text, start + leadingIconsLength(text.slice(start, Math.min(end, start + MAX_ICONS_LENGTH))), end);
    const written = text.slice(nameStart, end);
    if (!NAME_LINE_BRACKET.test(written)) names.add(written);
  }
  return names;
}
