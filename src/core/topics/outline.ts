import type { AnalysisOptions, TranscriptFormat } from '../analysis/model';
import type { TextSource } from '../text/chunkedText';
import { commonEnds } from '../text/commonEnds';
import { lineTextOf } from '../text/lineReaders';
import type { LineIndex, Span } from '../text/positions';
import { skipSpaces, trimEnd } from '../turns/chars';
import { LONE_CLOCK_SOURCE, MAX_LONE_CLOCK_LINE } from '../turns/timestamps';
import { decodeHtmlEntities } from '../text/entities';
import { fieldBlockLines } from '../turns/fieldBlocks';
import { fieldsNamingAttendees, leadInsBesideAttendees, namesAttendee, readAttendees } from '../turns/attendees';
import { notesLeadInLines } from '../turns/notesLeadIns';
import { findAsideLabels, findLabelsWithoutDialogue } from '../turns/asideLabels';
import { findHeadFields, type HeadField } from '../turns/headFields';
import { findLabelScheme, isFieldRow, LabelLines, type LabelSchemeTally } from '../turns/scheme';
import type { FrameTally } from '../turns/frameTally';
import { declarationOf } from '../turns/declaredSpeakers';
import { addDeclaredHeadingLabels } from '../turns/declaredLabels';
import { addDialogueHeadingLabels } from '../turns/dialogueHeadings';
import { parseSpeakerName } from '../turns/speakerName';
import { isInvertedNameLine } from '../turns/candidates';
import { numberedNameStem } from '../turns/numberedNames';
import { portraitCardLines } from '../turns/portraitLines';
import { nameCardLines } from '../turns/nameCards';
import { runningHeadLines } from '../turns/runningHeads';
import { withoutPhrasingTags } from '../turns/visibleText';
import { isTitleShapedLine, Kind, nextNonBlank, previousNonBlank, scanLines, type Scan } from './lineScan';
import { parseAtxHeading } from './lineShapes';
import { linkSummaryList, summaryRuns } from './summaryLinking';
import { chapterTitleStart } from '../turns/chapterLists';
import { boldTitleWords, parallelBoldTitles } from './parallelTitles';
import { subheadingLabelLines } from './dialogueSubheadings';
import { readsUnderPictureAsCaption, isImageLine, isInFieldRun, metadataFieldLines, parallelClauseTitles } from './parallelPlainTitles';
import { recognizeMarkedSpeechLead, speechBylineName } from '../turns/speechLeads';
import { sectionNumberTitles } from './sectionNumbers';
import { numberedSequenceTitles, numberedTitleText } from './numberedTitles';
import { numberedSectionParagraphs } from './numberedParagraphs';
import { HEADLINE_BODY_REACH, headlineCandidateLine, readsAsDocumentHeadline } from './documentHeadline';
import { colonHeadlineLines, isBylinedColonTitle } from './headlineLabels';
import { documentTitleLine, orElse } from './documentTitle';
import { datedHeadline } from './datedHeadline';
import { datedFieldLines } from './datedFields';
import { nameFieldLines } from './nameFields';
import { underlinedTitleLabelLines } from './underlinedTitles';
import { addUnclosedBoldTitles } from './unclosedBoldTitles';
import { wrappedCapitalsTitles } from './wrappedTitles';
import { bracketedSections } from './bracketedSections';
import { chapterHeadings } from './chapterHeadings';
import { letterSpacedTitles } from './letterSpacedTitles';
import { openingTitleBlock } from './titleBlock';
import { commentHeaderLines } from './commentHeader';
import { titlesOverFields } from './titleOverFields';
import { packedCapitalsTitles } from './packedCapitals';
import { pictographTitles } from './pictographTitles';
import { readTitleField } from './titleField';
import { bylinesUnderDashSubtitles, dashSubtitlePairs } from './dashSubtitles';
import { readsAsProse, recurringShapeTitles } from './recurringShapes';
import { NEXT_PARAGRAPH_REACH, nextParagraphLine } from './blockElements';
import { fieldHeadingLines } from './fieldHeadings';
import { isUnderEmptyLabel } from './emptyLabels';
import { fieldsOverTimedLabels } from '../turns/fieldsOverTimedLabels';
import { isNameAndRoleLine, OPERATOR_LINE, rosterNamesAbove } from './participantRoster';
import { isOutOfBoldStyle } from './titleStyle';
import { repeatedOpeningTitle } from './repeatedTitle';
import { sentenceCaseTitles } from './sentenceCaseTitles';
import { listHeadLines } from './listHeads';
import { followsRunOnLine, isLongMixedCaseTitle, opensDocument } from './runOnTitles';
import { boldNumberedParagraph, boldTitleInner, endsSentenceAt, isFurnitureOrDateline, isLatinDateline, isTitleShaped, MAX_MARKUP_TITLE_LINE, MAX_TITLE_LENGTH, SECTION_NUMBER, SUB_SECTION_NUMBER, withoutTrailingByline } from './titles';

/** A heading or a plain title line, in document order. */
export interface OutlineEntry {
  readonly line: number;
  readonly kind: 'heading' | 'title';
  /** Markdown level for headings; titles get theirs when the tree is built. */
  level: number;
  readonly title: string;
  readonly headingSpan: Span;
  /** Summary-list items that name this entry. */
  readonly summaryLinks: Span[];
  /** A heading whose section is only a summary list (`## 摘要`): titles after it are its siblings. */
  isSummaryHeading: boolean;
  /** Title lines: how far below a plain title a numbered one sits (`一、` 0, `（一）` 1). */
  depth?: number;
}

export interface Outline {
  readonly entries: readonly OutlineEntry[];
  /** Per line, LineFlag bits: section breaks (headings, title lines, rules, summary lists) and code. */
  readonly lineFlags: Uint8Array;
  /** Speaker label lines (see findLabelScheme): never topics, and where turns open. */
  readonly labels: LabelLines;
  /** The label scheme's counts, once (see LabelScheme.takeTally); none for subtitles. */
  readonly takeLabelTally?: () => LabelSchemeTally | undefined;
  /** The label frames as counted (turns/frameTally.ts), for the incremental path; none for subtitles. */
  readonly frames?: FrameTally;
  /**
   * The summary lists' searches as they ran here (summaryHorizon.ts builds its profile from them); none for
   * subtitles, nor when the outline read some lines otherwise than the line scan did (unclosed bold titles).
   */
  readonly summarySearches?: SummarySearches;
}

/** Per list that searched, its last line and the budget it used; and the budget left after all lists. */
export interface SummarySearches {
  readonly listEnds: readonly number[];
  readonly used: readonly number[];
  readonly budgetLeft: number;
}

export const LineFlag = {
  /** Ends a speaker's turn: a heading, a title line, a horizontal rule, a summary list. */
  SectionBreak: 1,
  /** Fenced code in Markdown, fences included: never speech. */
  Code: 2,
  /** A bare name on its own line that recurs (`JANE SMITH`, then speech below): a speaker label, not a title. */
  SpeakerLine: 4,
  /** A centred title opens partway along the line (`…Mr. Silbert?</P><P align="center"> ORAL ARGUMENT BY`): speech ends there. */
  TitleInLine: 8,
} as const;

/** Takes the running heads' lines (runningHeads.ts) out of `entries` as titles, and their section breaks with them. */
function dropRunningHeadTitles(lines: LineIndex, entries: OutlineEntry[], flags: Uint8Array): void {
  const heads = runningHeadLines(lines);
  if (heads.size === 0) return;
  let kept = 0;
  for (const entry of entries) {
    if (entry.kind === 'title' && heads.has(entry.line)) flags[entry.line]! &= ~LineFlag.SectionBreak;
    else entries[kept++] = entry;
  }
  entries.length = kept;
}

/** How often a bare name line must recur before it counts as a speaker label. */
const MIN_NAME_REPEATS = 2;
/** An unpunctuated line longer than this is body text all the same (a paragraph without its full stop). */
export const MAX_BODYLESS_LENGTH = 80;
/** How far a title looks for its next line. */
const NEIGHBOUR_LOOKAROUND = 3;

const cache = new WeakMap<LineIndex, { format: TranscriptFormat; options: AnalysisOptions; outline: Outline }>();

/** The outline of a document, computed once per LineIndex (turns and topics both need it). */
export function outlineOf(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const cached = cache.get(lines);
  if (cached && cached.format === format && cached.options === options) return cached.outline;
  const outline = format === 'srt' || format === 'vtt' ? { entries: [], lineFlags: new Uint8Array(lines.lineCount), labels: new LabelLines(0) } : scanOutline(lines, format, options);
  cache.set(lines, { format, options, outline });
  return outline;
}

/** The outline outlineOf(lines, format, options) already computed, if any: computes nothing. */
export function cachedOutline(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline | undefined {
  const cached = cache.get(lines);
  return cached && cached.format === format && cached.options === options ? cached.outline : undefined;
}

function isInHeadFieldList(fields: readonly HeadField[], line: number): boolean {
  return fields.some((field) => field.line < line && line < field.end);
}

/**
 * The head fields with each list cut at the first heading in it (as the line scan read them): a byline's field
 * (`記者：林雅婷`) over the date runs to the first label that speaks, but a section opened by a heading below it
 * is the document's own.
 */
function listsBeforeHeadings(scan: Scan, fields: readonly HeadField[]): HeadField[] {
  return fields.map((field) => {
    for (let line = field.line + 1; line < field.end; line++) if (scan.headings.has(line)) return { line: field.line, end: line };
    return field;
  });
}

/** A comment line is read as code: no heading, no title, never speech. */
function markAsComment(scan: Scan, line: number): void {
  scan.headings.delete(line);
  scan.kinds[line] = Kind.Code;
  scan.codeLines.push(line);
}

/** `flags[line] |= flag`, which the index check would otherwise reject on a typed array. */
function addFlag(flags: Uint8Array, line: number, flag: number): void {
  flags[line] = (flags[line] ?? 0) | flag;
}

function scanOutline(lines: LineIndex, format: TranscriptFormat, options: AnalysisOptions): Outline {
  const scan = scanLines(lines, format, options);
  // `# Source: …` stacked over a plain-text transcript: the tool's comment lines, neither headings nor speech.
  if (format === 'plain') for (const line of commentHeaderLines(lines.lineCount, lineTextOf(lines))) markAsComment(scan, line);
  const titleShapedAsScanned = scan.titleShapedLines.length;
  addUnclosedBoldTitles(scan);
  // The searches depend only on the lines' kinds, so they are the profile's unless a bold title changed one.
  const kindsAsScanned = scan.titleShapedLines.length === titleShapedAsScanned;
  const { labels, takeTally, readings, frames } = findLabelScheme(lines, { extraLabelPatterns: options.extraLabelPatterns }, (line) => scan.kinds[line] === Kind.Code);
  // The readers of the head below take the scheme's readings of these lines instead of reading them again.
  const readContext = { extraLabelPatterns: options.extraLabelPatterns, readings };
  scan.labels = labels;
  // `### Eric` under `author: Eric Bariaux`: name headings that label the speakers the header declares.
  const declaration = declarationOf(lines);
  if (declaration) addDeclaredHeadingLabels(lines, scan.headings, labels, declaration);
  // `#### Jamie` / `#### Pete` taking turns: name headings that are the document's labels without a header.
  addDialogueHeadingLabels(lines, scan.headings, labels);
  // Headings that are no speaker's label (`### 唐鳳：` is a turn): the document's own way of marking sections.
  let sectionHeadings = 0;
  for (const line of scan.headings.keys()) if (!labels.has(line)) sectionHeadings++;
  // Parallel plain titles that hold a colon read as titles, not as a speaker who speaks once.
  const clauseTitles = parallelClauseTitles(scan, sectionHeadings);
  const clauseLabelLines = new Set([...clauseTitles.keys()].filter((line) => labels.has(line)));
  for (const line of clauseTitles.keys()) labels.delete(line);
  // A key of a metadata block (`時間：…` / `地點：…` / `出席：…`) names a field, not a speaker.
  for (const line of metadataFieldLines(scan)) labels.delete(line);
  // `最新回复:2020年2月16日 19点57分 PT`, `**初心：2011-2013**`: a date as a one-off name's value is a field.
  for (const line of datedFieldLines(lines, labels)) labels.delete(line);
  // `记者：曹然`, `Presenter: Nicolo Ribaudo (NRO)`: a one-off name's value that is a person's name is a field, which
  // ends the turn before it.
  const nameFields = nameFieldLines(lines, labels);
  for (const line of nameFields) labels.delete(line);
  // `文钊:在追问中…` over `文钊2020-12-18 11:11`: a page's headline over its date, no speaker's label.
  const colonHeadlines = new Set(colonHeadlineLines(scan));
  for (const line of colonHeadlines) labels.delete(line);
  // `法政匯思:也談議事規則修訂 文:冼樂石`: a title carrying its writer's byline, no speaker's label.
  const labelLineText = lineTextOf(lines);
  for (let line = 0; line < lines.lineCount; line++) if (labels.has(line) && isBylinedColonTitle(labelLineText(line).trim())) labels.delete(line);
  // `[活動紀錄] 2013/05/15 …` twice at the top: the page's title printed twice (repeatedTitle.ts), not a name saying it twice.
  const repeated = repeatedOpeningTitle(lines.lineCount, labelLineText);
  if (repeated && labels.has(repeated[0]) && labels.has(repeated[1])) for (const line of repeated) labels.delete(line);
  // `王慧文：高手如何做决策？` over `=====`: an underlined one-off name with a headline is the title (underlinedTitles.ts).
  for (const line of underlinedTitleLabelLines(scan, labels)) labels.delete(line);
  // `標題:九十年度新春記者會談話紀錄`: the document's title named by its title field (titleField.ts), no speaker's label.
  const fieldTitle = readTitleField(lines.lineCount, lineTextOf(lines));
  const titleFromField = fieldTitle && scan.kinds[fieldTitle.line] !== Kind.Heading && scan.kinds[fieldTitle.line] !== Kind.Code ? fieldTitle : null;
  if (titleFromField) labels.delete(titleFromField.line);
  // `对话百度智能云:LLM两年,…` over `科技 2024-11-16 08:46`: a dated page's headline, no speaker's label.
  const datedTitle = sectionHeadings >= MIN_HEADINGS_FOR_STYLE ? -1 : datedPlainHeadline(scan);
  if (datedTitle >= 0) labels.delete(datedTitle);
  // `PRESIDING:` over the members' names, before the record's first label that speaks: a field heading a list.
  const headFields = findHeadFields(lines, readContext);
  for (const field of headFields) labels.delete(field.line);
  const headFieldLists = listsBeforeHeadings(scan, headFields);
  // `**Language:** english` / `**Duration:** 600.0 seconds` at the head: fields named once, no speakers.
  // The notes' attendee list (`參與者：Ada、Ivy、嘉豪`): a listed person's label is no field, however short its value.
  const attendees = readAttendees(lines);
  for (const line of fieldBlockLines(lines, labels, readContext)) if (!namesAttendee(labels.get(line)!.speaker, attendees)) labels.delete(line);
  // `**Overview:**` over a summary after the dialogue, under a heading of its own: a part of the notes, no speaker.
  for (const line of findAsideLabels(lines, labels, scan.headings.keys())) labels.delete(line);
  // `WITNESSES:` over a list in minutes where no label speaks and no name labels two lines: no speakers at all.
  for (const line of findLabelsWithoutDialogue(lines, labels, readContext)) labels.delete(line);
  // `文字记录:` over `说话人 1 00:05`: an export's section field over a timed label, no speaker.
  for (const line of fieldsOverTimedLabels(lines, labels)) labels.delete(line);
  // `**自动驾驶有五级台阶**` over `**《远光灯》：** …`: a bold sub-heading read as a name that says nothing.
  for (const line of subheadingLabelLines(scan, labels)) labels.delete(line);
  // `Action: Raj Patel to request…` twice in minutes that list Raj Patel: a field about the people, no speaker.
  // The field ends the turn above it, as a field of a record does (flagged below).
  const attendeeFields = fieldsNamingAttendees(lines, labels, attendees);
  for (const line of attendeeFields) labels.delete(line);
  // `後端：node.js or django?` in notes that list their attendees and whose labels name none of them: a lead-in.
  for (const line of leadInsBesideAttendees(lines.lineCount, labels, attendees)) labels.delete(line);
  // `Responsibal AI: NIST …` over list items and short phrases: a one-off label over notes heads a point, no speaker.
  for (const line of notesLeadInLines(lines, labels, (speaker) => namesAttendee(speaker, attendees))) labels.delete(line);
  const links = new Map<number, Span[]>();
  const promoted = new Set<number>();
  const summaryHeadings = new Set<number>();
  const flags = new Uint8Array(lines.lineCount);
  const listEnds: number[] = [];
  const used: number[] = [];
  for (const run of summaryRuns(scan)) {
    const before = scan.budget.left;
    // A summary list is the editor's, not a speaker's: it ends the turn before it.
    if (linkSummaryList(scan, run, links, promoted, summaryHeadings)) for (const line of run.lines) addFlag(flags, line, LineFlag.SectionBreak);
    if (scan.budget.left === before) continue;
    listEnds.push(run.lines[run.lines.length - 1]!);
    used.push(before - scan.budget.left);
  }
  const summarySearches = kindsAsScanned ? { listEnds, used, budgetLeft: scan.budget.left } : undefined;
  for (const line of scan.breakLines) addFlag(flags, line, LineFlag.SectionBreak);
  for (const line of nameFields) addFlag(flags, line, LineFlag.SectionBreak);
  for (const line of attendeeFields) addFlag(flags, line, LineFlag.SectionBreak);
  for (const line of scan.codeLines) addFlag(flags, line, LineFlag.Code);

  const entries: OutlineEntry[] = [];
  const text = lines.source;
  const speakerLines = recurringNameLines(scan);
  // A name line in a frame the document repeats reads its name from the frame's slot (learnedFrames.ts).
  for (const line of speakerLines) if (!labels.get(line)?.fromFrame) addFlag(flags, line, LineFlag.SpeakerLine);
  const numbered = numberedSectionLines(scan, flags);
  const questions = boldQuestionParagraphs(scan);
  const numberedBold = numberedBoldParagraphs(scan);
  // `一、大机会时代，千万不要机会主义。…` over its section's body: plain numbered paragraphs in order (numberedParagraphs.ts).
  const singleItems = scan.listRuns.filter((run) => run.length === 1).map((run) => run[0]!);
  for (const [line, section] of numberedSectionParagraphs(lines, singleItems, (line) => labels.has(line) || speakerLines.has(line) || (flags[line]! & LineFlag.SectionBreak) !== 0)) {
    if (!numberedBold.has(line)) numberedBold.set(line, section);
  }
  const boldTitles = boldTitleParagraphs(scan);
  const parallelTitles = parallelBoldTitles(scan);
  const wrappedTitles = wrappedCapitalsTitles(scan, isUpperCaseTitle, (line) => looksLikeLabel(scan, line) || readsAsBody(scan, line));
  const wrappedLines = new Set([...wrappedTitles.keys()].map((line) => line + 1));
  // `[INTRODUCTION]` over the section's first label (bracketedSections.ts).
  const sectionMarkers = bracketedSections(scan, (line) => looksLikeLabel(scan, line));
  // `00:15:45 – Title` alone right over a label or name line: a chapter's title in the transcript (chapterHeadings.ts).
  for (const [line, span] of chapterHeadings(scan, (line) => looksLikeLabel(scan, line) || speakerLines.has(line))) sectionMarkers.set(line, span);
  // `甲、報 告 事 項`: a title set letter-spaced (letterSpacedTitles.ts).
  const spacedTitles = letterSpacedTitles(scan, (line) => labels.has(line) || speakerLines.has(line));
  for (const title of centredTitlesInLine(scan)) {
    if (labels.has(title.line)) continue;
    entries.push({ line: title.line, kind: 'title', level: 0, title: title.title, headingSpan: title.span, summaryLinks: [], isSummaryHeading: false, depth: 0 });
    addFlag(flags, title.line, LineFlag.TitleInLine);
    for (let line = title.line + 1; line <= title.lastLine; line++) addFlag(flags, line, LineFlag.SectionBreak);
  }
  // A label, a speaker's name line, a heading or code: not the document's title line (documentTitle.ts).
  const readOtherwise = (line: number): boolean => labels.has(line) || speakerLines.has(line) || (scan.kinds[line] !== Kind.Text && scan.kinds[line] !== Kind.TitleShaped);
  const headline = sectionHeadings >= MIN_HEADINGS_FOR_STYLE ? -1 : datedTitle >= 0 ? datedTitle : orElse(documentHeadline(scan, speakerLines), () => documentTitleLine(lines.lineCount, lineTextOf(lines), readOtherwise));
  // `01` over `大模型时代的应用开发,` / `创意验证更容易了`: the line under a section number is its title.
  const numberTitles = sectionNumberTitles(scan, (line) => labels.has(line) || speakerLines.has(line));
  // `01 The Beginning of Infinity` … `02 它还是一个“缸中之脑”`: titles numbered in sequence (numberedTitles.ts).
  const sequenceTitles = numberedSequenceTitles(scan, (line) => labels.has(line) || speakerLines.has(line));
  // `三、…全文` / `三、…全文`: the page's title printed twice at the top (repeatedTitle.ts); the short lines above it are the site's.
  const repeatedTitle = repeated && !labels.has(repeated[0]) && !labels.has(repeated[1]) && !speakerLines.has(repeated[0]) ? repeated : null;
  // `市政總質詢第4組` over `質詢日期:…` / `質詢對象:…`: the record's title over its own fields (titleOverFields.ts).
  const overFields = new Set(titlesOverFields(scan, (line) => labels.has(line) || speakerLines.has(line)));
  // `QUESTIONS AND ANSWERS` packed between a PDF copy's wrapped speech lines: capitals set into mixed-case text (packedCapitals.ts).
  const packedTitles = sectionHeadings >= MIN_HEADINGS_FOR_STYLE ? new Set<number>() : packedCapitalsTitles(scan, (line) => labels.has(line) || speakerLines.has(line) || scan.kinds[line] === Kind.Heading || scan.kinds[line] === Kind.Code);
  // `📌本集來賓` over its value, no blank lines: the document leads its section lines with a pictograph (pictographTitles.ts).
  const pictographLed = sectionHeadings >= MIN_HEADINGS_FOR_STYLE ? new Set<number>() : pictographTitles(scan, (line) => labels.has(line) || speakerLines.has(line));
  // `在热爱中追寻成长的意义` over `——在2020年本科生毕业典礼上的发言`: a title over its dash subtitle (dashSubtitles.ts).
  const dashPairs = dashSubtitlePairs(lines.lineCount, lineTextOf(lines));
  const overSubtitles = new Set(dashPairs.map((pair) => pair.title).filter((line) => !labels.has(line) && !speakerLines.has(line) && scan.kinds[line] !== Kind.Code && scan.kinds[line] !== Kind.Heading));
  const subtitleBylines = overSubtitles.size > 0 ? bylinesUnderDashSubtitles(dashPairs, lines.lineCount, lineTextOf(lines)) : new Set<number>();
  // `01大学与自主探索` … `02大学与创新思维`, `Syria` … `Refugee influx into Iraq`: the document's own title shape (recurringShapes.ts).
  let firstLabel = 0;
  while (firstLabel < lines.lineCount && !labels.has(firstLabel)) firstLabel++;
  const shapeTitles = recurringShapeTitles(lines, (line) => labels.has(line) || speakerLines.has(line) || scan.kinds[line] === Kind.Heading || scan.kinds[line] === Kind.Code || isInHeadFieldList(headFieldLists, line), firstLabel < lines.lineCount ? firstLabel : -1);
  // `Early career` at a break between tight labelled lines; `Opening Remarks` over `(1) Visit to Okinawa` over a
  // labelled paragraph, a part's title stacked over its first item's (sentenceCaseTitles.ts).
  const sentenceCase = sentenceCaseTitles(lines.lineCount, lineTextOf(lines), labels);
  // `Takeaways` over `- …` items, `About the talk` over `00:02 Intro`: a list's head (listHeads.ts).
  const listHeads = sectionHeadings >= MIN_HEADINGS_FOR_STYLE ? new Set<number>() : listHeadLines(lines.lineCount, lineTextOf(lines), (line) => labels.has(line) || speakerLines.has(line));
  const candidates = [...new Set([...shapeTitles.keys(), ...(titleFromField ? [titleFromField.line] : []), ...overFields, ...packedTitles, ...overSubtitles, ...(repeatedTitle ?? []), ...scan.headings.keys(), ...scan.titleShapedLines, ...sentenceCase, ...promoted, ...numbered, ...questions.keys(), ...numberedBold.keys(), ...boldTitles.keys(), ...parallelTitles.keys(), ...clauseTitles.keys(), ...numberTitles.titles.keys(), ...sequenceTitles.keys(), ...sectionMarkers.keys(), ...spacedTitles.keys(), ...(headline >= 0 ? [headline] : []), ...colonHeadlines, ...listHeads])].sort((a, b) => a - b);
  const bareTitles: OutlineEntry[] = [];
  const plainClauseTitles: OutlineEntry[] = [];
  const isBlankLine = (line: number): boolean => scan.kinds[line] === Kind.Blank;
  // `### Meeting Duration: 35 mins` in a run of such headings: a header field, not a section.
  const fieldHeadings = fieldHeadingLines(scan.headings, (line) => scan.kinds[line] === Kind.Blank);
  // Each title-shaped line's run test reads up to MAX_TITLE_RUN lines on either side: read each line once. The
  // labels, kinds and markup titles it depends on do not change in this loop.
  const runLines = new Int8Array(lines.lineCount);
  for (const line of candidates) {
    if (numberTitles.continuations.has(line)) continue;
    const heading = scan.headings.get(line);
    // `### 姓名：` in a transcript that labels its speakers that way is a turn, never a topic.
    if (heading && labels.has(line)) continue;
    if (heading && fieldHeadings.has(line)) continue;
    if (!heading && repeatedTitle && line < repeatedTitle[0]) continue;
    if (!heading && repeatedTitle && (line === repeatedTitle[0] || line === repeatedTitle[1])) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
      continue;
    }
    // Pages saved as Markdown style whole paragraphs and subscription links as headings: neither names a section.
    if (heading && !namesASection(heading.title, lastCharacter(lines, line), heading.span.end - heading.span.start) && !isLinkHeadingOverText(scan, line, heading.title)) continue;
    // A field's list (members present, the witnesses) is a value at the record's head: it titles no section.
    if (!heading && isInHeadFieldList(headFieldLists, line)) continue;
    // The second line of a title in capitals wrapped over two (its first line holds the topic).
    if (!heading && wrappedLines.has(line)) continue;
    // `作者 | 韩剑` over `审校｜罗燕珊`, `**文｜松岛兔**` over `**出品｜AI闹**`: credits, each a field of the same run,
    // however the page sets them (plain, bold, or bold parallel to the section titles). No topic; one set in bold
    // as a paragraph of its own still ends the turn above, as the bold titles beside it do. A plain credit under a
    // speech's byline (`分享嘉宾｜…` / `编辑整理｜…`) does not: the byline hands the talk below to its speaker.
    if (!heading && isInFieldRun(scan, line)) {
      if (boldTitles.has(line) || parallelTitles.has(line)) addFlag(flags, line, LineFlag.SectionBreak);
      continue;
    }
    const question = heading ? undefined : questions.get(line);
    const numberedParagraph = heading ? undefined : numberedBold.get(line);
    if (heading) {
      entries.push({ line, kind: 'heading', level: heading.level, title: heading.title, headingSpan: heading.span, summaryLinks: links.get(line) ?? [], isSummaryHeading: summaryHeadings.has(line) });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (numberedParagraph) {
      // The number marks the section; the question after it is still the questioner's words, whose
      // statements (`二、国庆期间，…举行会晤。`) may be claims, so the heading span is the number alone.
      const { inner, numberEnd } = numberedParagraph;
      const title = firstSentence(text.slice(inner.start, inner.end));
      entries.push({ line, kind: 'title', level: 0, title, headingSpan: { start: inner.start, end: numberEnd }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (question) {
      const title = withoutEmptyBoldRuns(withoutEmptyBoldRuns(text.slice(question.start, question.end), '**'), '__');
      entries.push({ line, kind: 'title', level: 0, title, headingSpan: question, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (sequenceTitles.has(line)) {
      const span = sequenceTitles.get(line)!;
      entries.push({ line, kind: 'title', level: 0, title: numberedTitleText(text.slice(span.start, span.end)), headingSpan: span, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (numberTitles.titles.has(line)) {
      const { start, end } = numberTitles.titles.get(line)!;
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (clauseTitles.has(line)) {
      const { start, end } = clauseTitles.get(line)!;
      const entry: OutlineEntry = { line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 };
      // A plain line (no markup around it) waits for the document's title style; one that was a label's shape stays.
      if (start === skipSpaces(text, lines.lineStart(line), lines.lineEnd(line)) && !clauseLabelLines.has(line)) {
        plainClauseTitles.push(entry);
        continue;
      }
      entries.push(entry);
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (parallelTitles.has(line) && !speakerLines.has(line)) {
      // Parallel bold paragraphs stand alone by their own test: neighbours in other styles, not blank lines.
      // It also holds for one between blank lines: a section title straight over its numbered first
      // sub-title (`**2\. Power Law 应用例子**` / `**（1）网页搜索浏览**`) has no body of its own below.
      const span = parallelTitles.get(line)!;
      const title = boldTitleWords(text.slice(span.start, span.end));
      entries.push({ line, kind: 'title', level: 0, title, headingSpan: span, summaryLinks: [], isSummaryHeading: false, depth: SUB_SECTION_NUMBER.test(title) ? 1 : 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (spacedTitles.has(line)) {
      const { span, title } = spacedTitles.get(line)!;
      entries.push({ line, kind: 'title', level: 0, title, headingSpan: span, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (sectionMarkers.has(line)) {
      const span = sectionMarkers.get(line)!;
      entries.push({ line, kind: 'title', level: 0, title: text.slice(span.start, span.end), headingSpan: span, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (wrappedTitles.has(line) && !labels.has(line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: wrappedTitles.get(line)!.title, headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
      addFlag(flags, line + 1, LineFlag.SectionBreak);
    } else if (titleFromField && line === titleFromField.line) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line)) + titleFromField.start;
      entries.push({ line, kind: 'title', level: 0, title: titleFromField.title, headingSpan: { start, end: start + titleFromField.title.length }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (listHeads.has(line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end).replace(/[:：]$/, '').trimEnd(), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (line === headline || colonHeadlines.has(line) || overFields.has(line) || overSubtitles.has(line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: withoutTrailingByline(text.slice(start, end)), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if ((scan.kinds[line] === Kind.TitleShaped || sentenceCase.has(line) || promoted.has(line) || numbered.has(line) || boldTitles.has(line)) && !speakerLines.has(line) && (isStandaloneTitle(scan, line, speakerLines, boldTitles, runLines, promoted.has(line)) || (sentenceCase.has(line) && sentenceCase.has(line + 2)))) {
      const inner = scan.markupTitles.get(line) ?? boldTitles.get(line);
      const start = inner ? inner.start : skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = inner ? inner.end : trimEnd(text, start, lines.lineEnd(line));
      const title = inner ? withoutPhrasingTags(text.slice(start, end)) : withoutTrailingByline(text.slice(start, end));
      if (!promoted.has(line) && !shapeTitles.get(line)?.numbered && isPictureCaption(scan, line, title)) continue;
      // `… Chairman of the` / `Mental Health Committee in the New York State`: a wrapped sentence's rest.
      // A part's title over a labelled paragraph (sentenceCaseTitles.ts) has a turn's label under it, not a sentence's rest.
      if (!inner && !sentenceCase.has(line) && isLongMixedCaseTitle(title) && (followsRunOnLine(scan.lines, line, isBlankLine) || opensDocument(line, isBlankLine))) continue;
      // `南开校长 龚克` under `——在…上的讲话`: the speech's byline (dashSubtitles.ts).
      if (!inner && subtitleBylines.has(line)) continue;
      // A document that marks its sections as headings (`## API`, `### 工廠分類`) does not title them with
      // bare lines: `資料庫` over `PostgreSQL：…` in its minutes is a note's label.
      if (!inner && !numbered.has(line) && !promoted.has(line) && sectionHeadings >= MIN_HEADINGS_FOR_STYLE) continue;
      // `以下为演讲全文` and `分享嘉宾｜张伟 …` hand the piece to a speech; they title no section.
      if (recognizeMarkedSpeechLead(title) || speechBylineName(title)) continue;
      const depth = SUB_SECTION_NUMBER.test(title) ? 1 : 0;
      const entry: OutlineEntry = { line, kind: 'title', level: 0, title, headingSpan: { start, end }, summaryLinks: links.get(line) ?? [], isSummaryHeading: false, depth };
      if (!inner && !numbered.has(line) && !promoted.has(line)) {
        bareTitles.push(entry);
        continue;
      }
      entries.push(entry);
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (packedTitles.has(line) || pictographLed.has(line)) {
      const start = skipSpaces(text, lines.lineStart(line), lines.lineEnd(line));
      const end = trimEnd(text, start, lines.lineEnd(line));
      entries.push({ line, kind: 'title', level: 0, title: text.slice(start, end), headingSpan: { start, end }, summaryLinks: [], isSummaryHeading: false, depth: 0 });
      addFlag(flags, line, LineFlag.SectionBreak);
    } else if (shapeTitles.has(line) && !labels.has(line) && !speakerLines.has(line)) {
      const shape = shapeTitles.get(line)!;
      if (recognizeMarkedSpeechLead(shape.title) || speechBylineName(shape.title)) continue;
      if (!shape.numbered && isPictureCaption(scan, line, shape.title)) continue;
      if (sectionHeadings >= MIN_HEADINGS_FOR_STYLE) continue;
      plainClauseTitles.push({ line, kind: 'title', level: 0, title: shape.title, headingSpan: shape.span, summaryLinks: [], isSummaryHeading: false, depth: 0 });
    }
  }
  // A title over a subtitle at the record's head names the document, not a section.
  const titleBlock = new Set(openingTitleBlock(scan.lines, (line) => scan.kinds[line] === Kind.Blank, (line) => scan.kinds[line] === Kind.TitleShaped));
  // A document that titles its sections in bold does not title them with plain lines (titleStyle.ts).
  const boldTitleLines = entries.filter((entry) => entry.kind === 'title' && (parallelTitles.has(entry.line) || boldTitles.has(entry.line))).length;
  const inStyle = (entry: OutlineEntry): boolean => !isOutOfBoldStyle(lines.lineText(entry.line).trim(), boldTitleLines);
  for (const entry of plainClauseTitles.filter(inStyle)) {
    entries.push(entry);
    addFlag(flags, entry.line, LineFlag.SectionBreak);
  }
  const sectionTitles = bareTitles.filter((entry) => inStyle(entry) && !titleBlock.has(entry.line));
  // A dateline (`Delivered May 21, 2023`) under the page's title ends the turn above but is no section of the document.
  const sectionCount = sectionTitles.filter((entry) => !isLatinDateline(entry.title)).length;
  for (const entry of sectionTitles) {
    if (entries.length + sectionCount < MIN_SECTION_TITLES && isLoneLatinTitle(scan, entry) && !opensProceedings(scan, entry, speakerLines)) continue;
    addFlag(flags, entry.line, LineFlag.SectionBreak);
    // A sitting's date between the sections (`THURSDAY, 2ND JUNE, 2016`) ends the turn above it and titles nothing.
    if (isLatinDateline(entry.title)) continue;
    entries.push(entry);
  }
  entries.sort((a, b) => a.line - b.line);
  // A PDF copy's running head (`HOUSE OF COMMONS 3 MARCH 2026 413` at each page break) titles no section and ends no turn.
  dropRunningHeadTitles(lines, entries, flags);
  return { entries, lineFlags: flags, labels, takeLabelTally: takeTally, ...(frames ? { frames } : {}), ...(summarySearches ? { summarySearches } : {}) };
}

/**
 * A bare line in Latin script that is the document's only section title names no section: a page's
 * breadcrumb (`Transcript` over the briefing's title), a transcript note (`BREAK IN TRANSCRIPT`), half a
 * sentence broken over a blank line (`According to the U.S.`). A document with sections has two or more
 * titles (headings, bold, numbered or bare lines). Kept: a parliamentary subject title in capitals right
 * under the last sentence (`CANADA POST CORPORATION ACT` over the member's label), which stands apart by its
 * place, and Chinese lines, where a lone plain title is often one of several whose others are clauses.
 */
function isLoneLatinTitle(scan: Scan, entry: OutlineEntry): boolean {
  if (HAN.test(entry.title)) return false;
  const { lines, kinds } = scan;
  const blankBefore = entry.line === 0 || kinds[entry.line - 1] === Kind.Blank;
  return blankBefore || !isUpperCaseTitle(lines.lineText(entry.line).trim());
}
const HAN = /\p{Script=Han}/u;

/** `</P><P align="center">` or `<center>` after other text on the line: a centred paragraph opens there. */
const CENTRED_OPEN = /<\/p>\s*(?:<p\s+align\s*=\s*["']?center["']?\s*>|<center>)/i;
/** This many Markdown or HTML headings show that a document marks its sections as headings. */
const MIN_HEADINGS_FOR_STYLE = 3;
/** A document with sections has this many section titles at least (headings, bold, numbered or bare titles). */
const MIN_SECTION_TITLES = 2;
/** Blank lines a link-only heading's text may stand below it (linkHeadingWithinReach reads as far). */
const LINK_HEADING_BLANKS = 2;

/**
 * `### [ethereum/EIPs#8607](…)` over the discussion of that proposal: an agenda item named by its link titles the
 * text under it. A link-only heading over another heading, a rule or nothing (`### [返回首頁](…)` over `---`, a
 * subscription link over the article's headline) names no section.
 */
function isLinkHeadingOverText(scan: Scan, line: number, title: string): boolean {
  if (!LINK_ONLY.test(title.trim())) return false;
  const next = nextNonBlank(scan.kinds, line, LINK_HEADING_BLANKS);
  return next >= 0 && scan.kinds[next] === Kind.Text;
}

/**
 * Whether an edit of lines `first`..`last` may change what a link-only heading stands over: one stands on or
 * within LINK_HEADING_BLANKS + 1 lines above them. For the incremental analyzer (checked before and after).
 */
export function linkHeadingWithinReach(lines: LineIndex, first: number, last: number): boolean {
  for (let line = Math.max(0, first - LINK_HEADING_BLANKS - 1); line <= last && line < lines.lineCount; line++) {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    if (lines.source.charCodeAt(start) !== 35 /* # */ || lines.lineEnd(line) - start > LINK_HEADING_PROBE) continue;
    const atx = parseAtxHeading(lines.source.slice(start, trimEnd(lines.source, start, lines.lineEnd(line))));
    if (atx && LINK_ONLY.test(lines.source.slice(start + atx.titleStart, start + atx.titleEnd).trim())) return true;
  }
  return false;
}
/** Longer `#` lines are read no further for a link (a heading's probe is as long). */
const LINK_HEADING_PROBE = 1000;

/** How many lines a centred title may run over after the line it opens on. */
const MAX_TITLE_CONTINUATION = 3;

/**
 * Court records centre the argument's title right after the last words of the bench, on the same line:
 * `… Mr. Silbert?</P><P align="center"> ORAL ARGUMENT BY` / `HARRY SILBERT,<br>` / `ON BEHALF OF …`, closed by
 * the `</P>` that opens the next line. The title is in capitals throughout; its span runs from its first
 * word to the end of its last line.
 */
function centredTitlesInLine(scan: Scan): { line: number; lastLine: number; title: string; span: Span }[] {
  const found: { line: number; lastLine: number; title: string; span: Span }[] = [];
  const { lines, kinds } = scan;
  const text = lines.text;
  if (!/<\/p>/i.test(text)) return found;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) continue;
    const lineStart = lines.lineStart(line);
    const lineText = lines.lineText(line);
    const open = CENTRED_OPEN.exec(lineText.slice(0, MAX_MARKUP_TITLE_LINE));
    if (!open || open.index === 0 || !/[\p{L}\p{N}?.!]/u.test(lineText.slice(0, open.index).replace(/<[^<>]*>|&nbsp;/g, ''))) continue;
    const first = lineText.slice(open.index + open[0].length);
    if (!isCapitalsOnly(first)) continue;
    let last = line;
    while (last + 1 < lines.lineCount && last - line < MAX_TITLE_CONTINUATION && !/^\s*<\/p>/i.test(lines.lineText(last + 1)) && isCapitalsOnly(lines.lineText(last + 1))) last++;
    // The title paragraph closes where the next one opens.
    if (last + 1 >= lines.lineCount || !/^\s*<\/p>/i.test(lines.lineText(last + 1))) continue;
    const start = skipSpaces(text, lineStart + open.index + open[0].length, lines.lineEnd(line));
    const end = trimEnd(text, lines.lineStart(last), lines.lineEnd(last));
    const title = text.slice(start, end).replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    found.push({ line, lastLine: last, title, span: { start, end } });
    line = last;
  }
  return found;
}

/** Upper-case words, digits and punctuation, with line-break tags: a centred title's line. */
function isCapitalsOnly(lineText: string): boolean {
  const words = lineText.replace(/<br\s*\/?>|&nbsp;/gi, ' ').trim();
  return words.length >= 2 && words.length <= MAX_TITLE_LENGTH * 2 && /[A-Z]{2}/.test(words) && !/[a-z<>]/.test(words);
}

/** How many lines a bold question may run over (an editor's hard line breaks). */
const MAX_BOLD_QUESTION_LINES = 3;
const BOLD_QUESTION_END = /[?？][*_]{2}$/;
const HAS_LETTER = /\p{L}/u;

/**
 * Interviews written up as `**What got you started?**` over plain answer paragraphs, with no speaker
 * labels: each bold question paragraph (after a blank line, bold from its first character to its last,
 * ending in a question mark) titles the answer below it. When a label opens the answer
 * (`**Question?**` then `Jane: …`), the question is part of a labelled Q&A and no title. A question asked once
 * titles its answer as well: the answer below it, not a count of questions, is what makes it a title. The span is
 * the question's first line inside the bold marks.
 */
function boldQuestionParagraphs(scan: Scan): Map<number, Span> {
  const found = new Map<number, Span>();
  const questionLines: [number, number][] = [];
  const { lines, kinds } = scan;
  const text = lines.text;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] === Kind.Blank || kinds[line] === Kind.Code || (line > 0 && kinds[line - 1] !== Kind.Blank)) continue;
    const start = scan.table.firsts[line]!;
    const marks = text.slice(start, start + 2);
    if ((marks !== '**' && marks !== '__') || text[start + 2] === marks[0] || looksLikeLabel(scan, line)) continue;
    let last = line;
    while (last + 1 < lines.lineCount && last - line + 1 < MAX_BOLD_QUESTION_LINES && kinds[last + 1] !== Kind.Blank && !closesBold(lines, last)) last++;
    const lastEnd = trimEnd(text, lines.lineStart(last), lines.lineEnd(last));
    if (!BOLD_QUESTION_END.test(text.slice(Math.max(lines.lineStart(last), lastEnd - 3), lastEnd)) || text.slice(lastEnd - 2, lastEnd) !== marks) continue;
    // The bold must run from the first mark to the last: `**Q:** … **A:** …?**` is something else.
    const inner = withoutEmptyBoldRuns(text.slice(start + 2, lastEnd - 2), marks);
    if (inner.includes(marks) || inner.trim() === '') continue;
    // `**???**` labels a speaker the note-taker could not name: a question asks in words.
    if (!HAS_LETTER.test(inner)) continue;
    const next = nextNonBlank(kinds, last, NEIGHBOUR_LOOKAROUND);
    if (next < 0 || looksLikeLabel(scan, next)) continue;
    const firstEnd = last === line ? lastEnd - 2 : scan.table.lasts[line]!;
    found.set(line, { start: start + 2, end: firstEnd });
    questionLines.push([line, last]);
    line = last;
  }
  dropQuestionRuns(kinds, questionLines, found);
  return found;
}

/**
 * `那麼****CPC****和****CCP****有何差別****?`: a converter that sets each run of a bold paragraph apart closes one run
 * and opens the next with nothing between (`****`). The paragraph is still bold from end to end.
 */
function withoutEmptyBoldRuns(inner: string, marks: string): string {
  return inner.split(marks + marks).join('');
}

/**
 * A question titles the answer below it. Bold questions one straight after another, with nothing but blank lines
 * between, answer none of themselves: a lead's list of the questions the piece will raise (`…而在于：` over four
 * `**为什么…？**`). `questionLines` holds each question's first and last line, in order.
 */
function dropQuestionRuns(kinds: Uint8Array, questionLines: readonly (readonly [number, number])[], found: Map<number, Span>): void {
  const inRun = new Set<number>();
  for (let i = 0; i + 1 < questionLines.length; i++) {
    const [first, last] = questionLines[i]!;
    const [nextFirst] = questionLines[i + 1]!;
    if (nextNonBlank(kinds, last, NEIGHBOUR_LOOKAROUND) !== nextFirst) continue;
    inRun.add(first);
    inRun.add(nextFirst);
  }
  for (const line of inRun) found.delete(line);
}

/** Bold sub-headings title a write-up only when it has more than one: a lone bold line is emphasis. */
const MIN_BOLD_TITLES = 2;

/**
 * `**建设背景**`, `**探索历程**`: short lines set in bold from end to end, each a paragraph of its own between
 * blank lines, that recur through the document. The spans inside the bold marks, by line.
 */
function boldTitleParagraphs(scan: Scan): Map<number, Span> {
  const found = new Map<number, Span>();
  const { lines, kinds } = scan;
  const text = lines.source;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] !== Kind.Text || (line > 0 && kinds[line - 1] !== Kind.Blank) || (line + 1 < lines.lineCount && kinds[line + 1] !== Kind.Blank)) continue;
    const inner = boldTitleInner(text, scan.table.firsts[line]!, scan.table.lasts[line]!);
    if (inner && !looksLikeLabel(scan, line)) found.set(line, inner);
  }
  return found.size >= MIN_BOLD_TITLES ? found : new Map<number, Span>();
}

function closesBold(lines: LineIndex, line: number): boolean {
  const end = trimEnd(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const tail = lines.source.slice(Math.max(lines.lineStart(line), end - 2), end);
  return tail === '**' || tail === '__';
}

/**
 * Press write-ups number their questions or sections in bold paragraphs (`<p><font … strong-Bold>一、…？</font></p>`,
 * `**二、…**`), each over plain answer paragraphs. The sequence is the evidence, not the shape of one line:
 * the numbers must run 一, 二, 三… in document order (a new run may restart at 一), two or more of them.
 * Long questions are allowed, which a single numbered line would not be.
 */
interface NumberedParagraph {
  readonly inner: Span;
  readonly numberEnd: number;
}

function numberedBoldParagraphs(scan: Scan): Map<number, NumberedParagraph> {
  const { lines, kinds } = scan;
  const text = lines.source;
  const found = new Map<number, NumberedParagraph>();
  let previous = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    if (kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) continue;
    const start = scan.table.firsts[line]!;
    const first = text.charCodeAt(start);
    if (first !== 60 /* < */ && first !== 42 /* * */ && first !== 95 /* _ */) continue;
    const paragraph = boldNumberedParagraph(text, start, scan.table.lasts[line]!);
    if (!paragraph || looksLikeLabel(scan, line)) continue;
    if (paragraph.value !== previous + 1 && paragraph.value !== 1) return new Map<number, NumberedParagraph>();
    previous = paragraph.value;
    found.set(line, paragraph);
  }
  return found.size >= MIN_NUMBERED_PARAGRAPHS ? found : new Map<number, NumberedParagraph>();
}
const MIN_NUMBERED_PARAGRAPHS = 2;

/** A numbered paragraph's title in the tree: its first sentence, mark included (`一、…撤出，…什么启示？`). */
function firstSentence(paragraph: string): string {
  const end = /[。？！?!]/.exec(paragraph);
  return end ? paragraph.slice(0, end.index + 1) : paragraph;
}

/**
 * `一、经济增长目标` on its own between paragraphs numbers a section; a list of such items (two or more in
 * a run) stays a list. Summary lists are left to summary linking.
 */
function numberedSectionLines(scan: Scan, flags: Uint8Array): Set<number> {
  const found = new Set<number>();
  const { lines } = scan;
  for (const run of scan.listRuns) {
    if (run.length !== 1 || flags[run[0]!]! & LineFlag.SectionBreak) continue;
    const line = run[0]!;
    const title = lines.lineText(line).trim();
    const number = SECTION_NUMBER.exec(title);
    if (number && title.length <= MAX_TITLE_LENGTH + number[0].length && isTitleShaped(title.slice(number[0].length))) found.add(line);
  }
  return found;
}

/**
 * Title-shaped lines whose text recurs and reads as a speaker name: section titles are unique, while a
 * transcript that puts each speaker's name on a line of its own repeats them.
 */
function recurringNameLines(scan: Scan): Set<number> {
  const { lines } = scan;
  const byText = new Map<string, number[]>();
  for (const line of scan.titleShapedLines) {
    const title = lines.lineText(line).trim();
    const same = byText.get(title);
    if (same) same.push(line);
    else byText.set(title, [line]);
  }
  const found = new Set<number>();
  const recurring = [...byText].filter(([title, same]) => same.length >= MIN_NAME_REPEATS && isNameLine(title) && same.some((line) => opensSpeech(scan, line)));
  for (const [, same] of recurring) for (const line of same) if (!sentenceGoesOnBelow(scan, line)) found.add(line);
  // `Speaker 0` once above many `Speaker 1` lines: a numbered name of a recurring name's words (numberedNames.ts).
  const stems = new Set(recurring.map(([title]) => numberedNameStem(title)).filter((stem): stem is string => stem !== null));
  if (stems.size) {
    for (const [title, same] of byText) {
      if (same.length === 1 && stems.has(numberedNameStem(title) ?? '') && isNameLine(title) && opensSpeech(scan, same[0]!)) found.add(same[0]!);
    }
  }
  // Upper-case names (`JANE SMITH`) set a style: a name in that style that speaks only once is a speaker too.
  if (recurring.length && recurring.every(([title]) => isUpperCaseLatin(title))) {
    // A screenplay sets each name right over its lines; its scene headings (`INT. KITCHEN - NIGHT`) stand apart,
    // a blank line under them. Where every recurring name sits right over its speech, a one-off one must too.
    const tight = recurring.every(([, same]) => same.every((line) => speechRightUnder(scan, line)));
    for (const [title, same] of byText) {
      if (!isUpperCaseLatin(title) || !isNameLine(title)) continue;
      for (const line of same) if (!tight || same.length >= MIN_NAME_REPEATS || speechRightUnder(scan, line)) found.add(line);
    }
  }
  addRosterNameLines(scan, byText, found, recurring.length > 0);
  // `Photo of Helen Marsh Helen Marsh Labour, Wythall South` over each speech: a web page's member cards (portraitLines.ts).
  for (const line of portraitCardLines(lines.lineCount, lineTextOf(lines), MIN_NAME_REPEATS).keys()) found.add(line);
  // `Sarah Owen (Luton North) (Lab)` over speech, the same page's cards without the portrait (nameCards.ts).
  for (const line of nameCardLines(lines.lineCount, lineTextOf(lines), (line) => opensSpeech(scan, line), byText)) found.add(line);
  // `Our next question comes from John Doe with Morgan Stanley.` then `John Doe` on its own line: a
  // speaker introduced just above speaks once.
  if (recurring.length) {
    for (const [title, same] of byText) {
      if (same.length === 1 && !found.has(same[0]!) && isNameLine(title) && isIntroducedAbove(scan, same[0]!, title)) found.add(same[0]!);
    }
  }
  return found;
}

/**
 * Name lines that speak once but whose name a participants list above them gives (`Amy Giuffre – Director of
 * Investor Relations` at the head, `Amy Giuffre` over her remarks): the document names its speakers twice.
 * Lines of a name and its office over speech (`Mark Zuckerberg, CEO`) where the document writes two of them,
 * or one and the operator alone over speech. Where it has any of these or recurring name lines, `Operator`
 * alone over speech is the call's operator.
 */
function addRosterNameLines(scan: Scan, byText: ReadonlyMap<string, number[]>, found: Set<number>, hasRecurringNames: boolean): void {
  const candidates: [string, number][] = [];
  for (const [title, same] of byText) {
    for (const line of same) if (!found.has(line) && isNameLine(title) && opensSpeech(scan, line)) candidates.push([title, line]);
  }
  const roleLines = nameAndRoleLines(scan, found);
  const hasOperator = candidates.some(([title]) => title === OPERATOR_LINE);
  const callLabels = roleLines.length >= MIN_NAME_REPEATS || (roleLines.length > 0 && hasOperator);
  if (callLabels) for (const line of roleLines) found.add(line);
  if (!candidates.length) return;
  const roster = rosterNamesAbove(scan, candidates.reduce((last, [, line]) => Math.max(last, line), 0));
  const firstListed = [...roster.values()].reduce((first, line) => Math.min(first, line), Infinity);
  for (const [title, line] of candidates) {
    const listedAt = title === OPERATOR_LINE ? (hasRecurringNames || callLabels ? -1 : firstListed) : roster.get(title);
    if (listedAt !== undefined && listedAt < line) found.add(line);
  }
}

/**
 * Lines of their own (a blank line or nothing above) holding a name and its office (`Mark Zuckerberg, CEO`),
 * with speech right under them that is no such line itself (a participants list's lines stand over one
 * another, not over speech). Commas make these no titles, so every line is looked at, the long ones briefly.
 */
function nameAndRoleLines(scan: Scan, found: ReadonlySet<number>): number[] {
  const { lines, kinds } = scan;
  const { starts, ends } = scan.table;
  const result: number[] = [];
  for (let line = 0; line < lines.lineCount; line++) {
    if ((kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) || (line > 0 && kinds[line - 1] !== Kind.Blank) || found.has(line)) continue;
    if (ends[line]! - starts[line]! > MAX_NAME_AND_ROLE_PROBE || !isNameAndRoleLine(lines.source.slice(starts[line], ends[line])) || !opensSpeech(scan, line)) continue;
    const next = lines.lineText(nextNonBlank(kinds, line, NAME_LINE_BLANKS));
    if (!isNameAndRoleLine(next) && SENTENCE_END.test(next)) result.push(line);
  }
  return result;
}
/** Speech under a label ends a sentence somewhere on its first line (a list's next entry does not). */
const SENTENCE_END = /[.!?](?:\s|$)/;
/** Longer lines are not read as a name and its office (isNameAndRoleLine trims and takes up to 120 characters). */
const MAX_NAME_AND_ROLE_PROBE = 200;

/** A line of text right under `line`, no blank line between: a screenplay's character cue over its dialogue. */
function speechRightUnder(scan: Scan, line: number): boolean {
  return line + 1 < scan.lines.lineCount && scan.kinds[line + 1] === Kind.Text;
}

/**
 * A speaker's name line has speech under it somewhere in the document. A title page repeats its title
 * (`HEALTH CRISIS` on the cover and over the record) with only more titles and rules under it.
 */
function opensSpeech(scan: Scan, line: number): boolean {
  let next = nextNonBlank(scan.kinds, line, NAME_LINE_BLANKS);
  if (next < 0 || scan.kinds[next] !== Kind.Text) return false;
  const { text } = scan.lines;
  // `Jane Doe⏎0:06⏎Good morning…` (a meeting app's transcript panel, copied): a time alone under the name, then the speech.
  if (isClockAlone(text, scan.lines.lineStart(next), scan.lines.lineEnd(next))) {
    next = nextNonBlank(scan.kinds, next, NAME_LINE_BLANKS);
    if (next < 0 || scan.kinds[next] !== Kind.Text) return false;
  }
  return hasWordsAtStart(text, scan.lines.lineStart(next), scan.lines.lineEnd(next));
}

/**
 * `I am back with⏎David Reich⏎, who is a professor of`: a page copied as text breaks each link onto a line of its own,
 * so a speaker's name linked inside a sentence stands alone as a name line does. The line right under it going on with
 * a comma or a full stop shows the name is inside the sentence, not over speech.
 */
function sentenceGoesOnBelow(scan: Scan, line: number): boolean {
  const next = line + 1;
  if (next >= scan.lines.lineCount || scan.kinds[next] === Kind.Blank) return false;
  return opensWithContinuation(scan.lines.source, scan.lines.lineStart(next), scan.lines.lineEnd(next));
}

/** Whether a line's text opens with the mark that goes on with a sentence (`, who is…`, `. How do you…`). */
export function opensWithContinuation(text: TextSource, lineStart: number, lineEnd: number): boolean {
  return CONTINUATION_MARK.test(text.slice(lineStart, Math.min(lineEnd, lineStart + CONTINUATION_PROBE)));
}
const CONTINUATION_MARK = /^[ \t]*[,.;，。；、](?!\.)/u;
const CONTINUATION_PROBE = 8;

/** A line holding a clock time and nothing else (`0:06`, `00:01:02`, `[01:02]`): what a name line's speech may sit under. */
export function isClockAlone(text: TextSource, lineStart: number, lineEnd: number): boolean {
  return lineEnd - lineStart <= MAX_LONE_CLOCK_LINE && CLOCK_ALONE.test(text.slice(lineStart, lineEnd));
}
const CLOCK_ALONE = new RegExp(`^${LONE_CLOCK_SOURCE}\\s*$`);

/** Whether a line has a letter within its first SPEECH_PROBE characters (a rule of `=` or `-` has none). */
export function hasWordsAtStart(text: TextSource, lineStart: number, lineEnd: number): boolean {
  return /\p{L}/u.test(text.slice(lineStart, Math.min(lineEnd, lineStart + SPEECH_PROBE)));
}
const SPEECH_PROBE = 80;
/** Blank lines a name line may stand above its speech. */
export const NAME_LINE_BLANKS = 2;

/**
 * Whether the nearest non-blank line above `lineStart` (within NAME_LINE_BLANKS blank lines, past one time alone)
 * reads as a name line: the lines whose reading opensSpeech makes depend on the line at `lineStart`.
 */
export function nameLineAbove(text: TextSource, lineStart: number): boolean {
  let end = lineStart - 1;
  let clockSeen = false;
  for (let blanks = 0; blanks <= NAME_LINE_BLANKS && end > 0; blanks++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, Math.min(end, start + MAX_NAME_LINE_PROBE)).trim();
    // One time alone may stand between the name and its speech (opensSpeech): look past it, blanks counted afresh.
    if (line !== '' && !clockSeen && isClockAlone(text, start, end)) {
      clockSeen = true;
      blanks = -1;
    } else if (line !== '') return end - start <= MAX_NAME_LINE_PROBE && isNameLine(line);
    end = start - 1;
  }
  return false;
}
/** Longer lines are no name lines (a name line is title-shaped, and titles are short). */
const MAX_NAME_LINE_PROBE = 200;

/** How many non-blank lines above a name line are searched for its introduction, and how many lines at most. */
export const INTRODUCTION_LOOKBACK = 3;
export const INTRODUCTION_REACH = 8;

function isIntroducedAbove(scan: Scan, line: number, name: string): boolean {
  const { lines, kinds } = scan;
  let seen = 0;
  for (let l = line - 1; l >= 0 && l >= line - INTRODUCTION_REACH && seen < INTRODUCTION_LOOKBACK; l--) {
    if (kinds[l] === Kind.Blank) continue;
    if (kinds[l] !== Kind.Text) return false;
    seen++;
    const start = lines.lineStart(l);
    const introducing = lines.source.slice(start, Math.min(lines.lineEnd(l), start + INTRODUCTION_SCAN));
    // `0:00 – Introduction` over the section `Introduction`: a chapter list names sections, not speakers.
    if (introducing.includes(name) && chapterTitleStart(introducing) < 0) return true;
  }
  return false;
}
/** How much of an introducing line is read. */
export const INTRODUCTION_SCAN = 400;

/** A heading's text that reads as a paragraph (long, ending a sentence) or is nothing but a link. */
const PARAGRAPH_HEADING_LENGTH = 2 * MAX_TITLE_LENGTH;
const LINK_ONLY = /^!?\[[^\]]*\]\([^)]*\)$/;

export function namesASection(title: string, last: string, length: number): boolean {
  const text = title.trim();
  if (LINK_ONLY.test(text)) return false;
  // `}` over a `---` (JSON front matter a site generator reads) underlines nothing a reader navigates by.
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  // A question stays a heading (interview write-ups title sections with them).
  if (last === '?' || last === '？' || text.includes('？') || text.includes('? ') || !CLAUSE_MARK.test(text.slice(0, -1))) return true;
  // Measured as read: a saved page's `&#8221;` is one quotation mark, not seven characters of heading.
  return !(SENTENCE_END_MARK.test(last) || length - entityOverhead(text) > PARAGRAPH_HEADING_LENGTH);
}

/** How many more characters `text`'s HTML character references take than the characters they stand for. */
function entityOverhead(text: string): number {
  return text.includes('&') ? text.length - decodeHtmlEntities(text).text.length : 0;
}

/** The last non-space character of a line (titles are read from a bounded probe of the line). */
function lastCharacter(lines: LineIndex, line: number): string {
  const end = trimEnd(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return end > lines.lineStart(line) ? lines.source.charAt(end - 1) : '';
}
const SENTENCE_END_MARK = /[。．.！!]$/;
/**
 * A record's first subject title, between the page's head and the first speaker's label: `Contents` /
 * `Ministerial Appointment` / `Mr PEDERICK (Hammond) (15:00): …`, `UNCORRECTED TRANSCRIPT` / `WELCOME` /
 * `Mr DAVID BLUNT, Clerk of the Parliaments: …`. Alone between blank lines it still titles the proceedings it opens: the line under it is
 * a label with its colon, the document's first line with a colon, and the lines above it are the head (at least one,
 * within MAX_HEAD_LINES, no label, name line, field or other colon among them). A lone line amid the speech has labels
 * above it; a page's first line has no head. A line that names the transcript (`BREAK IN TRANSCRIPT`, `Episode
 * Transcript`) is a note on the record, not its subject.
 */
export function opensProceedings(scan: Scan, entry: OutlineEntry, speakerLines: ReadonlySet<number>): boolean {
  if (TRANSCRIPT_NOTE.test(entry.title) || entry.line > MAX_HEAD_LINES) return false;
  const { kinds, lines } = scan;
  if (!standsBetweenBlanks(kinds, entry.line)) return false;
  const next = nextNonBlank(kinds, entry.line, NEIGHBOUR_LOOKAROUND);
  if (next < 0 || !looksLikeLabel(scan, next) || !LABEL_COLON.test(lines.lineText(next))) return false;
  let headLines = 0;
  for (let above = entry.line - 1; above >= 0; above--) {
    if (kinds[above] === Kind.Blank) continue;
    if (looksLikeLabel(scan, above) || speakerLines.has(above) || HEAD_COLON.test(lines.lineText(above))) return false;
    headLines++;
  }
  return headLines > 0;
}

const TRANSCRIPT_NOTE = /\btranscripts?\b/i;

/** A label's or a field's colon: the proceedings (or a header's fields) have begun. */
const HEAD_COLON = /[:：]/;

/** A label's colon, with words before it (`Mr PEDERICK (Hammond) (15:00):`), not a time's alone (`0:06`). */
const LABEL_COLON = /^[^:：]*\p{L}[^:：]*[:：]/u;

/** A blank line right above the line and right under it: the title stands alone between the head and the label. */
function standsBetweenBlanks(kinds: Uint8Array, line: number): boolean {
  return line > 0 && kinds[line - 1] === Kind.Blank && line + 1 < kinds.length && kinds[line + 1] === Kind.Blank;
}

/** How far down a record's head runs: a title with more lines above it stands in the document, not under its head. */
const MAX_HEAD_LINES = 40;

/**
 * Whether an edit of lines `first..last` may make or unmake a record's first subject title (opensProceedings), read
 * from the text alone: a Latin title-shaped line within MAX_HEAD_LINES between blank lines, with a non-blank line
 * above it, no colon on any line above it and a label's colon on the next non-blank line under it (within
 * NEIGHBOUR_LOOKAROUND blank lines), when
 * the edit lies at or above the line after that one. The reading stops at the document's first line with a colon:
 * no such title stands below it.
 */
export function proceedingsTitleWithinReach(lines: LineIndex, first: number, _last: number): boolean {
  if (first > MAX_HEAD_LINES + NEIGHBOUR_LOOKAROUND + 2) return false;
  const end = Math.min(lines.lineCount - 1, MAX_HEAD_LINES);
  let headLines = 0;
  for (let line = 0; line <= end && line <= first + NEIGHBOUR_LOOKAROUND + 1 + MAX_HEAD_LINES; line++) {
    const text = lines.lineText(line).trim();
    if (isWordless(text)) continue;
    if (HEAD_COLON.test(text)) return false;
    if (headLines > 0 && !HAN.test(text) && isTitleShapedLine(text, 0, text.length) && isBlankText(lines, line - 1) && isBlankText(lines, line + 1)) {
      const under = nextNonBlankText(lines, line, NEIGHBOUR_LOOKAROUND);
      if (under >= 0 && first <= under + 1 && LABEL_COLON.test(lines.lineText(under))) return true;
    }
    headLines++;
  }
  return false;
}

/** A line the outline may read as blank: no words (markup alone is seen through), checked as a superset. */
function isWordless(text: string): boolean {
  return !WORD_CHARACTER.test(text);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isBlankText(lines: LineIndex, line: number): boolean {
  return line >= 0 && line < lines.lineCount && isWordless(lines.lineText(line));
}

/** The next line past `line` with anything on it, looking past at most `maxBlank` blank lines; -1 if none. */
function nextNonBlankText(lines: LineIndex, line: number, maxBlank: number): number {
  for (let next = line + 1; next < lines.lineCount && next <= line + maxBlank + 1; next++) {
    if (!isWordless(lines.lineText(next))) return next;
  }
  return -1;
}

const CLAUSE_MARK = /[，。；]|[,;] /;

/** A recurring `Right.` or `Yeah.` under each label is a reply, not a name: names do not end a sentence. */
function isNameLine(title: string): boolean {
  return !/[.!?]$/.test(title) && (parseSpeakerName(title) !== null || isInvertedNameLine(title));
}

function isUpperCaseLatin(text: string): boolean {
  return /[A-Z]/.test(text) && !/[a-z]/.test(text) && !/\p{Script=Han}/u.test(text);
}

/**
 * A title-shaped line is a title when it stands apart: it follows a blank line, a list, a heading or a
 * finished sentence, and body text follows it. After a blank line a speaker label may follow (an
 * interview section opening with a question); right after a sentence only unlabelled prose may, so a
 * short reply between two labelled lines stays speech.
 */
function isStandaloneTitle(scan: Scan, line: number, speakerLines: ReadonlySet<number>, boldTitles: ReadonlyMap<number, Span>, runLines: Int8Array, named = false): boolean {
  const { lines, kinds } = scan;
  if (looksLikeLabel(scan, line)) return false;
  // `<p …>` / `<span …>QUESTIONS WITHOUT NOTICE</span>` / `</p>`: the element sets the line apart (blockElements.ts).
  if (scan.wrappedParagraphs.has(line)) return standingWrappedParagraphs(scan).has(line);
  // `工商：` alone on its line hands over to `經濟的部分...` below; a member's label over a subject title in capitals
  // is a record that kept no speech (afterEmptyLabel below), since a reply is not written in capitals.
  if (isUnderEmptyLabel(lines, kinds, scan.labels, line) && !isUpperCaseTitle(lines.lineText(line).trim())) return false;
  if (isInUpperCaseTitleRun(scan, line, runLines)) return true;
  // `👦🏻 郭振宇` over `我今年 38 岁`: the first line under a speaker's name line is the speech, however short.
  const above = previousNonBlank(kinds, line, NAME_LINE_BLANKS);
  if (above >= 0 && speakerLines.has(above)) return false;
  // The last of three or more stacked short lines (a guest's name over their offices, the members present) is one
  // block with the lines above it.
  if (above >= 0 && kinds[above] === Kind.TitleShaped && !boldTitles.has(line)) {
    const second = previousNonBlank(kinds, above, NAME_LINE_BLANKS);
    if (second >= 0 && kinds[second] === Kind.TitleShaped) return false;
  }
  const blankBefore = line === 0 || kinds[line - 1] === Kind.Blank;
  const blankAfter = line + 1 < lines.lineCount && kinds[line + 1] === Kind.Blank;
  if (!blankBefore) {
    const previous = line - 1;
    const previousKind = kinds[previous]!;
    // A member's label with nothing under it (the record kept no speech) may sit right above the next subject title.
    const afterEmptyLabel = looksLikeLabel(scan, previous) && isUpperCaseTitle(lines.lineText(line).trim());
    if (previousKind !== Kind.Heading && previousKind !== Kind.ListItem && previousKind !== Kind.Rule && !endsSentence(lines, previous) && !afterEmptyLabel) return false;
  }
  let next = nextNonBlank(kinds, line, NEIGHBOUR_LOOKAROUND);
  // A picture between a title and its paragraph: what follows the title is below the picture.
  if (next >= 0 && isImageLine(neighbourText(lines, next))) next = nextNonBlank(kinds, next, NEIGHBOUR_LOOKAROUND);
  // `<center>OPENING ARGUMENT OF …,<br>` goes on over the next line: what follows the title is below that.
  if (next === line + 1 && scan.markupTitles.has(line) && CONTINUED_TITLE.test(lines.lineText(line).trimEnd())) next = nextNonBlank(kinds, next, NEIGHBOUR_LOOKAROUND);
  if (next < 0) return false;
  const nextKind = kinds[next]!;
  if (nextKind === Kind.Heading || nextKind === Kind.Rule || nextKind === Kind.Underline || nextKind === Kind.Code) return false;
  // Body text reads as prose: a sentence, a long paragraph or a speaker's line. A masthead line
  // (`THE WHITE HOUSE`) over a dateline (`2:05 P.M. EDT`) or a list of names titles nothing. A bold title
  // paragraph right over another of the document's bold titles (`**Show Notes**` over `**Timestamps**`,
  // `**访谈正文**` over the first section's title) opens a section whose first part is titled too.
  const overBoldTitle = boldTitles.has(line) && boldTitles.has(next);
  // A title a summary names (`0:00 – Early life` at the head) may sit right over the next speaker's label.
  const overLabel = named && (speakerLines.has(next) || looksLikeLabel(scan, next));
  if ((nextKind === Kind.Text || nextKind === Kind.TitleShaped) && !speakerLines.has(next) && !overLabel && !readsAsBody(scan, next) && !overBoldTitle && !isOverStandingTitle(scan, next, above, blankBefore, speakerLines, boldTitles, runLines)) return false;
  if (blankBefore && blankAfter) return true;
  if (blankAfter) return false;
  if ((nextKind === Kind.TitleShaped && !overLabel) || nextKind === Kind.ListItem) return false;
  // Parliamentary records put upper-case subject titles (`WOMEN'S HISTORY MONTH`) right between a member's
  // last sentence and the next member's label; a reply is not written in capitals.
  // A saved page's paragraph is a paragraph of its own, as after a blank line: a question's label may follow.
  return blankBefore || overLabel || scan.markupTitles.has(line) || !looksLikeLabel(scan, next) || isUpperCaseTitle(lines.lineText(line).trim());
}

const CONTINUED_TITLE = /<br\s*\/?>$/i;

/**
 * Two titles stacked between a finished paragraph and the next one: `毕业后从事外交事业` / `希望"少年感"永不褪色` /
 * the prose, `BILLS` / `Road Safety Amendment Bill` / `Second reading.`. The upper line follows prose (a finished
 * sentence a paragraph long, past blank lines), and the line under it is a title that stands over its own body: a section's title
 * over its first part's. A stack under the page's head (no prose above it: a site name over a headline) is not
 * read so.
 */
function isOverStandingTitle(scan: Scan, next: number, above: number, blankBefore: boolean, speakerLines: ReadonlySet<number>, boldTitles: ReadonlyMap<number, Span>, runLines: Int8Array): boolean {
  const { lines, kinds } = scan;
  if (!blankBefore || kinds[next] !== Kind.TitleShaped || speakerLines.has(next) || above < 0) return false;
  if (kinds[above] !== Kind.Text || !endsSentence(lines, above) || !readsAsBody(scan, above)) return false;
  // A paragraph's length of prose: a short line over the stack (`Transcripts are posted after each briefing.`) may
  // be the page's own furniture, its stack a site name over a headline.
  if (!readsAsProse(lines.source.slice(lines.lineStart(above), lines.lineEnd(above)), 0) && !isRecordNoteUnderProse(scan, above)) return false;
  return isStandaloneTitle(scan, next, speakerLines, boldTitles, runLines);
}

/** Most short finished lines (a record's notes) between the prose and a stack of titles. */
export const MAX_NOTES_OVER_STACK = 2;

/**
 * A record's notes after a debate (`Question put.` / `Motion agreed to.`, `Motion, as amended, agreed to.`): short
 * finished sentences, each its own paragraph, right under a paragraph of prose. The page's head has no prose above
 * its one-line notice, so a site's name over a headline there is still read as furniture.
 */
function isRecordNoteUnderProse(scan: Scan, note: number): boolean {
  const { lines, kinds } = scan;
  let line = note;
  for (let notes = 1; notes <= MAX_NOTES_OVER_STACK; notes++) {
    const above = previousNonBlank(kinds, line, NAME_LINE_BLANKS);
    if (above < 0 || kinds[above] !== Kind.Text || !endsSentence(lines, above)) return false;
    if (readsAsProse(lines.source.slice(lines.lineStart(above), lines.lineEnd(above)), 0)) return true;
    line = above;
  }
  return false;
}

/**
 * The paragraph elements' titles (blockElements.ts) that title a section: each stands over the page's next paragraph,
 * which holds prose on one of its lines (up to its closing tag) or is such a title that stands itself (a debate's
 * title over its first sub-debate's); and two or more of one shape (`p|span`) stand, as a page sets its titles in one
 * style. Lines between two paragraphs (closing tags, an XML record's metadata elements) are no paragraph of the page.
 */
function standingWrappedParagraphs(scan: Scan): ReadonlySet<number> {
  const cached = standingCache.get(scan);
  if (cached) return cached;
  const stands = new Map<number, boolean>();
  for (const line of [...scan.wrappedParagraphs.keys()].sort((a, b) => b - a)) {
    const first = nextParagraphLine(scan.lines, line);
    stands.set(line, first >= 0 && !looksLikeLabel(scan, line) && (scan.wrappedParagraphs.has(first) ? stands.get(first) === true : holdsProse(scan, first)));
  }
  const byShape = new Map<string, number>();
  for (const [line, shape] of scan.wrappedParagraphs) if (stands.get(line)) byShape.set(shape, (byShape.get(shape) ?? 0) + 1);
  const found = new Set([...scan.wrappedParagraphs].filter(([line, shape]) => stands.get(line) && (byShape.get(shape) ?? 0) >= MIN_WRAPPED_TITLES).map(([line]) => line));
  standingCache.set(scan, found);
  return found;
}
const standingCache = new WeakMap<Scan, ReadonlySet<number>>();
const MIN_WRAPPED_TITLES = 2;
const CLOSING_PARAGRAPH = /^<\/(?:p|div)>$/i;

function holdsProse(scan: Scan, first: number): boolean {
  for (let l = first; l < scan.lines.lineCount && l - first < NEXT_PARAGRAPH_REACH; l++) {
    const start = scan.table.firsts[l]!;
    if (scan.lines.source.charCodeAt(start) === 60 && CLOSING_PARAGRAPH.test(scan.lines.source.slice(start, Math.min(scan.table.lasts[l]!, start + 16)))) return false;
    if (scan.kinds[l] === Kind.Text && !looksLikeLabel(scan, l) && readsAsBody(scan, l)) return true;
  }
  return false;
}

/** How much of a neighbouring paragraph a caption is compared with. */
const CAPTION_CONTEXT = 1000;

/**
 * A short line that captions the picture above it: right under an image line, or (once the page's images
 * are gone, as in saved copies) repeating the paragraph above it that describes the picture
 * (`…可以看到多个屏幕…` / `地下盾构机驾驶室`). A section title announces what follows, so it shares more
 * with the paragraph below. At least half the title's two-character pieces must occur above.
 * The incremental analyzer falls back for edits beside such a line (mayChangeCaptionBeside).
 */
function isPictureCaption(scan: Scan, line: number, title: string): boolean {
  const { lines, kinds } = scan;
  const above = previousNonBlank(kinds, line, NEIGHBOUR_LOOKAROUND);
  if (above < 0) return false;
  const aboveText = neighbourText(lines, above);
  if (isImageLine(aboveText) && readsUnderPictureAsCaption(scan)) return true;
  const pieces = hanBigrams(title);
  if (pieces.size < MIN_CAPTION_PIECES) return false;
  const below = nextNonBlank(kinds, line, NEIGHBOUR_LOOKAROUND);
  const sharedAbove = sharedCount(pieces, aboveText);
  return sharedAbove * 2 >= pieces.size && sharedAbove > (below < 0 ? 0 : sharedCount(pieces, neighbourText(lines, below)));
}
const MIN_CAPTION_PIECES = 3;

function neighbourText(lines: LineIndex, line: number): string {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return lines.source.slice(start, Math.min(lines.lineEnd(line), start + CAPTION_CONTEXT));
}

function hanBigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]+/gu, '');
  const pieces = new Set<string>();
  for (let i = 0; i + 2 <= han.length; i++) pieces.add(han.slice(i, i + 2));
  return pieces;
}

function sharedCount(pieces: ReadonlySet<string>, text: string): number {
  let shared = 0;
  for (const piece of pieces) if (text.includes(piece)) shared++;
  return shared;
}

/**
 * Whether an edit of `line` (from `oldLine` to `newLine`) may make or unmake a caption beside it: the
 * nearest non-blank line above or below (across up to NEIGHBOUR_LOOKAROUND blank lines) is title-shaped
 * and either sits under an image line or is compared by its Chinese words, and the edit adds or removes one
 * of those words' two-character pieces in the part of the line compared (isPictureCaption). For the
 * incremental analyzer.
 */
export function mayChangeCaptionBeside(lines: LineIndex, line: number, oldLine: string, newLine: string): boolean {
  const oldContext = captionContext(oldLine);
  const newContext = captionContext(newLine);
  const image = isImageLine(oldLine.trimStart()) || isImageLine(newLine.trimStart()) || isImageLine(oldContext) || isImageLine(newContext);
  // A line made or emptied changes whose neighbour a title is.
  const emptied = oldContext === '' || newContext === '';
  for (const step of [-1, 1]) {
    for (let l = line + step, blanks = 0; l >= 0 && l < lines.lineCount && blanks <= NEIGHBOUR_LOOKAROUND; l += step) {
      const start = skipSpaces(lines.source, lines.lineStart(l), lines.lineEnd(l));
      const end = trimEnd(lines.source, start, lines.lineEnd(l));
      if (end === start) {
        blanks++;
        continue;
      }
      if (!isTitleShapedLine(lines.source, start, end)) break;
      const title = lines.source.slice(start, end);
      if (image || (hanBigrams(title).size >= MIN_CAPTION_PIECES && (emptied || piecesChanged(oldContext, newContext, title)))) return true;
      break;
    }
  }
  return false;
}

/** The part of a line a caption beside it is compared with (neighbourText). */
function captionContext(line: string): string {
  const start = skipSpaces(line, 0, line.length);
  return line.slice(start, Math.min(line.length, start + CAPTION_CONTEXT));
}

/**
 * Whether a two-character piece of a title's Chinese words occurs in one context and not the other. Only the
 * pairs across the changed part can: every other pair stands in both. A title's words are the line's (or a
 * part of it), so a piece's characters are among the line's Chinese characters.
 */
function piecesChanged(oldContext: string, newContext: string, titleLine: string): boolean {
  // Code units, as hanBigrams slices its pieces.
  const han = new Set<string>();
  const chinese = titleLine.replace(/[^\p{Script=Han}]+/gu, '');
  for (let i = 0; i < chinese.length; i++) han.add(chinese[i]!);
  const { prefix, suffix } = commonEnds(oldContext, newContext);
  for (const [context, other] of [[oldContext, newContext], [newContext, oldContext]] as const) {
    for (let i = Math.max(0, prefix - 1); i <= Math.min(context.length - 2, context.length - suffix - 1); i++) {
      if (!han.has(context[i]!) || !han.has(context[i + 1]!)) continue;
      const pair = context.slice(i, i + 2);
      if (!other.includes(pair)) return true;
    }
  }
  return false;
}

/** How many stacked upper-case titles are read as one run (a subject, its sub-subject, the bill). */
const MAX_TITLE_RUN = 6;

/**
 * Parliamentary records stack upper-case subject titles (`COMMITTEES OF THE HOUSE`, then `PROCEDURE AND
 * HOUSE AFFAIRS`) between a finished sentence or a member's label and the next label or speech: each
 * line of such a run is a title. Runs of one are left to isStandaloneTitle's neighbour rules.
 */
function isInUpperCaseTitleRun(scan: Scan, line: number, runLines: Int8Array): boolean {
  const { lines, kinds } = scan;
  // Most title-shaped lines have a lower-case letter: they are ruled out before the line is sliced and tested.
  // A saved record's paragraph (`<P class="p18 ft1">EXECUTIVE POLICY COMMITTEE</P>`) is read by the text inside its markup.
  const readRunLine = (l: number): boolean => {
    if (kinds[l] !== Kind.TitleShaped || looksLikeLabel(scan, l)) return false;
    const inner = scan.markupTitles.get(l);
    if (!inner) return !hasLowerCaseLatin(lines.text, lines.lineStart(l), lines.lineEnd(l)) && isUpperCaseTitle(lines.lineText(l).trim());
    // `CONSIDERATION OF <NOBR>BY-LAWS</NOBR>`: read without the phrasing tags inside.
    const words = withoutPhrasingTags(lines.text.slice(inner.start, inner.end));
    return !hasLowerCaseLatin(words, 0, words.length) && isUpperCaseTitle(words.trim());
  };
  // `runLines`: 0 not read yet, 1 a run line, 2 not one.
  const isRunLine = (l: number): boolean => {
    if (l < 0 || l >= lines.lineCount) return false;
    if (runLines[l] === 0) runLines[l] = readRunLine(l) ? 1 : 2;
    return runLines[l] === 1;
  };
  if (!isRunLine(line)) return false;
  let first = line;
  while (line - first < MAX_TITLE_RUN && isRunLine(first - 1)) first--;
  let last = line;
  while (last - line < MAX_TITLE_RUN && isRunLine(last + 1)) last++;
  if (first === last || last - first >= MAX_TITLE_RUN || isRunLine(first - 1) || isRunLine(last + 1)) return false;
  const before = first - 1;
  const standsAfter = before < 0 || kinds[before] === Kind.Blank || kinds[before] === Kind.Heading || kinds[before] === Kind.Rule || endsSentence(lines, before) || looksLikeLabel(scan, before);
  const after = last + 1;
  return standsAfter && after < lines.lineCount && kinds[after] !== Kind.Blank && (looksLikeLabel(scan, after) || readsAsBody(scan, after));
}

/**
 * The document's headline (`documentHeadline.ts`): its first line, plain text that reads as a headline, with a blank
 * line under it and body text below that. The line, or -1.
 */
function documentHeadline(scan: Scan, speakerLines: ReadonlySet<number>): number {
  const { lines, kinds } = scan;
  const line = headlineCandidateLine(lines);
  if (line < 0 || (kinds[line] !== Kind.Text && kinds[line] !== Kind.TitleShaped) || looksLikeLabel(scan, line) || speakerLines.has(line)) return -1;
  if (line + 1 >= lines.lineCount || kinds[line + 1] !== Kind.Blank) return -1;
  const body = nextNonBlank(kinds, line, HEADLINE_BODY_REACH);
  if (body < 0 || kinds[body] !== Kind.Text || !readsAsBody(scan, body)) return -1;
  const start = skipSpaces(lines.text, lines.lineStart(line), lines.lineEnd(line));
  return readsAsDocumentHeadline(lines.text.slice(start, trimEnd(lines.text, start, lines.lineEnd(line)))) ? line : -1;
}

/** A dated page's headline (`datedHeadline.ts`) on a plain line of text; or -1. */
function datedPlainHeadline(scan: Scan): number {
  const line = datedHeadline(scan.lines);
  return line >= 0 && (scan.kinds[line] === Kind.Text || scan.kinds[line] === Kind.TitleShaped) ? line : -1;
}

function hasLowerCaseLatin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
  }
  return false;
}

function isUpperCaseTitle(title: string): boolean {
  return isUpperCaseLatin(title) && title.split(/\s+/).length >= 2;
}

function readsAsBody(scan: Scan, line: number): boolean {
  const { lines } = scan;
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  const end = trimEnd(lines.source, start, lines.lineEnd(line));
  if (end - start <= MAX_BODYLESS_LENGTH && isFurnitureOrDateline(lines.source.slice(start, end))) return false;
  if (end - start > MAX_BODYLESS_LENGTH || endsSentence(lines, line)) return true;
  const last = lines.source.charAt(end - 1);
  // A page's row of fields (`发布人: 谜语网 发布时间:…`) is no label (scheme.ts) but stands under a headline as a label did.
  return last === ':' || last === '：' || looksLikeLabel(scan, line) || isFieldRow(lines.source.slice(start, end));
}

function looksLikeLabel(scan: Scan, line: number): boolean {
  return scan.labels?.has(line) ?? false;
}

function endsSentence(lines: LineIndex, line: number): boolean {
  const lineStart = lines.lineStart(line);
  return endsSentenceAt(lines.source, lineStart, trimEnd(lines.source, lineStart, lines.lineEnd(line)));
}
