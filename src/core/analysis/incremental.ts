import { editMayTouchFrontMatter } from '../text/frontMatter';
import { mayChangeNickLabels } from './nickChecks';
import type { NickReading } from '../turns/lowerCaseNicks';
import { classifySentence } from '../claims/classify';
import { carryClassifications, WindowClassifier } from './windowClassifications';
import { DIALOGUE_CUE, inDialogue, isReadAsJoined, SpeakerLookup, withDialogueReason } from '../claims/findClaims';
import { readsAsDialogue, registerCounts, type RegisterCounts } from '../claims/register';
import { isWhitespace } from '../claims/sentenceBreaks';
import { asShown, endsItsSentences, sentenceReading, sentenceSpansOf } from '../claims/sentences';
import { isAssScript } from '../text/assScript';
import { isDelimitedTranscript } from '../text/delimitedTranscript';
import { matchingKey } from '../text/charFold';
import { commonEnds } from '../text/commonEnds';
import { readLineNumberGutter, wellFormedRuns, withGutterNumbersBlanked, withRunsBlanked, type GutterReading } from '../text/lineNumberGutter';
import { ChunkedText, flatText, type TextSource } from '../text/chunkedText';
import { LineIndex, type Span } from '../text/positions';
import { mayReadAsDatedField } from '../topics/datedFields';
import { mayReadAsNameField } from '../topics/nameFields';
import { isPlainTextShaped, longUnderlineWithinReach, underlineWithinReach } from '../topics/lineScan';
import { parseSpeakerName } from '../turns/speakerName';
import { numberedSiblingElsewhere } from '../turns/numberedNames';
import { callLabelWithinReach, isNameAndRoleLine, mayBeRosterNamed, rosterLineName } from '../topics/participantRoster';
import { hasWordsAtStart, opensWithContinuation, INTRODUCTION_REACH, isClockAlone, linkHeadingWithinReach, MAX_BODYLESS_LENGTH, MAX_NOTES_OVER_STACK, mayChangeCaptionBeside, NAME_LINE_BLANKS, nameLineAbove, proceedingsTitleWithinReach } from '../topics/outline';
import { parallelShapeWithinReach } from '../topics/parallelPlainTitles';
import { numberedTitleWithinReach } from '../topics/numberedTitles';
import { readsAsProse, recurringShapeChanged } from '../topics/recurringShapes';
import { portraitCardEdited } from '../turns/portraitLines';
import { cardNamedElsewhere, nameCardEdited, nameLinesEdited } from '../turns/nameCards';
import { FrameTally, type FrameTallyData } from '../turns/frameTally';
import { blockElementWithinReach } from '../topics/blockElements';
import { numberedParagraphWithinReach } from '../topics/numberedParagraphs';
import { dialogueSubheadingWithinReach } from '../topics/dialogueSubheadings';
import { sentenceCaseReading, sentenceCaseTitleWithinReach } from '../topics/sentenceCaseTitles';
import { listHeadWithinReach } from '../topics/listHeads';
import { headlineWithinReach, mayBecomeHeadline } from '../topics/documentHeadline';
import { headlineLabelLineWithinReach, mayHoldHeadlineTurns, titleAfterLabel } from '../turns/headlineLabels';
import { documentTitleWithinReach } from '../topics/documentTitle';
import { datedHeadlineWithinReach } from '../topics/datedHeadline';
import { repeatedTitleWithinReach } from '../topics/repeatedTitle';
import { sectionMarkerWithinReach } from '../topics/bracketedSections';
import { chapterHeadingLineEditWithinReach, chapterHeadingWithinReach } from '../topics/chapterHeadings';
import { letterSpacedTitleWithinReach } from '../topics/letterSpacedTitles';
import { markHeadingWithinReach, markHeadingWithinReachMarkdown, markHeadingWithinReachPlain } from '../topics/markHeadings';
import { packedCapitalsWithinReach } from '../topics/packedCapitals';
import { pictographLineEdited } from '../topics/pictographTitles';
import { titleBlockWithinReach } from '../topics/titleBlock';
import { emptyLabelWithinReach } from '../topics/emptyLabels';
import { listFieldWithinReach } from '../turns/listFields';
import { chapterListWithinReach } from '../turns/chapterLists';
import { fieldOverTimedLabelWithinReach } from '../turns/fieldsOverTimedLabels';
import { fieldHeadingWithinReach } from '../topics/fieldHeadings';
import { commentHeaderWithinReach } from '../topics/commentHeader';
import { titleOverFieldsWithinReach } from '../topics/titleOverFields';
import { dashSubtitleWithinReach } from '../topics/dashSubtitles';
import { titleFieldWithinReach } from '../topics/titleField';
import { runOnTitleWithinReach } from '../topics/runOnTitles';
import { colonHeadlineWithinReach } from '../topics/headlineLabels';
import { boldMarkReading, endsSentenceAt, isFurnitureOrDateline, isLatinDateline } from '../topics/titles';
import { MAX_SUMMARY_TARGET_LENGTH, possibleSummaryItemTexts } from '../topics/summaryLinking';
import { CLOSING_QUOTES, isBlankLine, isColon, isPlainSubheadingShape, isWhollyQuoted, LABEL_SCAN_LIMIT, OPENING_QUOTES, skipSpaces, trimEnd } from '../turns/chars';
import { labelCandidate } from '../turns/candidates';
import { recognizeLabel, type LabelMatch } from '../turns/labels';
import { NARRATION_SCAN, narrationReading } from '../turns/thirdPerson';
import { NARRATION_TAIL, recognizeHandOver } from '../turns/narration';
import { signatureAtEnd, signatureReading } from '../turns/signatures';
import { CLOSING_LINE_SCAN, isClosingLine, isCreditLine, readsAsHeadline } from '../turns/leadIns';
import { inlineQuoteColon, isPageMarkup } from '../turns/findTurns';
import { fullTextLeadBelow, speechIntroductionReading, speechLeadWithinReach } from '../turns/speechLeads';
import { EditedHead } from './editedHead';
import { EditSides } from './editSides';
import { analyzeIndexed, fromGutter, turnsInBlankedGutter } from './analyze';
import { blankRunEdit, filledBlankLine } from './blankLines';
import type { LineEdit } from './lineEdit';
import { BLOCK_SIZE, BlockList, type ItemSource } from './blocks';
import { detectFormat } from './format';
import { hasContentAbove, isInertForSummaries, isLocalLineBreakEdit, lineBreakEdit, onlyTitleShaped, type LineBreakEdit, mayBePlainTitleStackBelow, mayBeTitleAbove, mayBeTitleBelow, mentionsNameLineBelow, questionLeadInMayFollow, sameCandidate, sameLabel, sameStageDirections, stageDirectionsOfLine, type LineBreakContext } from './lineBreaks';
import { packedParts, type PackedParts } from './packed';
import { quoteEditKeepsTurns } from './quoteEdits';
import { subtitleClaimWindow, subtitleEditKeepsParts, touchesCueNameLines, type SubtitleEdit } from './subtitleEdits';
import { lastTextLineBefore, nextBlockEnd, wholeCueEdit, type CueEdit } from './cueEdits';
import { labelledCueRemoval, tallyWithout, type LabelledCueRemoval } from './labelledCueEdits';
import { markupMarksAfter } from './stageDirectionChecks';
import { mayChangeSponsorReads } from './claimChecks';
import { countSubtitleCues, subtitleCuesAndTally } from '../turns/findTurns';
import { labelsAreFew, labelsOwnTheirCueOnly, type LabelledCueCounts } from '../turns/subtitles';
import { CaptionRepeats } from '../claims/captionLines';
import { inSponsorRead, sponsorOpeners, sponsorReads, SPONSOR_READ_ZONE } from '../claims/sponsorReads';
import { retitledHeading, retitleTopic } from './headingEdits';
import { NO_SUMMARY_SEARCHES, searchesStopBefore, summaryProfile, summaryProfileAfter, type SummaryProfile } from './summaryHorizon';
import { backedByBlocks } from './query';
import { countedLabelTally, FOLLOW_UP_REACH, firstTurns, labelStateAcrossLines, labelStateFrom, labelledTurn, labelTallyOf, MAX_RENAMED_TURN, mergedSpeakers, namesReadTheSame, renamedSpeakers, splitSpeakers, unresolvedHandOvers, withHandOversOf } from './labelEdits';
import { holdsAnotherField, isOnlyALink, readLabelLine, valueHeadsATitle, type LabelSchemeTally } from '../turns/scheme';
import { mayHoldFollowUpLabel } from '../turns/findTurns';
import type { Analysis, AnalysisOptions, Claim, SpeakerSummary, StageDirection, Topic, TranscriptFormat, Turn } from './model';
import { hasLineBreak } from './editedLines';
import { headKeysOf, declarationReachAfter, mayChangeIntroducedSpeaker, introductionLineAfter, mayChangeHeadFields, mayChangeFieldBlocks, mayChangeAttendees } from './headChecks';
import { mayChangeNotesLeadIns, notesLeadLinesAfter, notesLeadReachesAfter, type KeptNotesReadings } from './notesChecks';
import { mayChangeAsideLabels, markdownHeadingAfter, type KeptAsideReadings } from './asideLabelChecks';
import { mayChangeProcedureLines } from './procedureChecks';
import { NumberedKeyCounts, numberedKeysAfter } from './runningHeadChecks';
import { mayChangeSingleSpaceRoles } from './singleSpaceRoleChecks';
import { mayChangeSpeakerKeyLabels } from './speakerKeyChecks';
import { keepsGutterLine, mayChangeGutter } from './gutterChecks';
import { mayChangeInlineHandOvers, mayChangeSplitMarkupLabels, framesAfter } from './labelChecks';

/** A change as VS Code reports it (TextDocumentContentChangeEvent): offsets into the text before the change. */
export interface TextChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** How the last update was done, for tests and the benchmark. */
export type UpdateMode = 'full' | 'line';

/** What checks read of a baseline's text after the edit that made it (Baseline.checkReadings). */
export interface CheckReadings {
  notes?: KeptNotesReadings;
  aside?: KeptAsideReadings;
}

/** What the analyzer keeps between updates. */
export interface Baseline {
  readonly lines: LineIndex;
  readonly format: TranscriptFormat;
  readonly speakers: readonly SpeakerSummary[];
  /** The results in blocks that an edit shifts without visiting their items (see blocks.ts). */
  readonly turns: BlockList<Turn>;
  readonly stageDirections: BlockList<StageDirection>;
  readonly topics: BlockList<Topic>;
  readonly claims: BlockList<Claim>;
  /** The same as arrays, built from the blocks when read. */
  readonly analysis: Analysis;
  /** Texts of lines that could be summary items; unchanged by the edits the fast path takes. */
  readonly summaryItemTexts: Set<string>;
  /** How summary lists search the lines, for edits that add or remove lines; computed on first need. */
  summary?: SummaryProfile;
  /** Whether the lines read as a stenographic record's numbered gutter; computed on first need. */
  gutter?: GutterReading;
  /** What the header declares (turns/declaredSpeakers.ts declarationKey, '' for nothing); computed on first need. */
  declaration?: string;
  /** How far into the text the reading of `declaration` read (text/readReach.ts): an edit within one line past it leaves it. */
  declarationReach?: number;
  /** Which lines at the head are fields over lists (turns/headFields.ts headFieldKey, '' for none); computed on first need. */
  headFields?: string;
  /** The last line `headFields` depends on (headFieldReading): an edit below it keeps the key; with the key, or after an edit above it, unknown. */
  headFieldsRead?: number;
  /** Whether the text may hold a `[name=…]` signature (false: none at all); computed on first need, carried through local edits. */
  maySign?: boolean;
  /** The runs of field lines at the head (turns/fieldBlocks.ts fieldRunKeyOf, '' for none); computed on first need. */
  fieldRuns?: string;
  /** The last line `fieldRuns` depends on (fieldRunReading), as headFieldsRead. */
  fieldRunsRead?: number;
  /** The attendees the head lists (turns/attendees.ts attendeeKeyOf, '' for none); computed on first need. */
  attendees?: string;
  /** The lines `attendees` is read from (attendeeFieldLines, gutter numbers not blanked); computed on first need, kept by edits that leave them. */
  attendeeFields?: readonly number[];
  /** The names of lines that may lead notes over notes (turns/notesLeadIns.ts notesLeadNames); computed on first need, kept by local edits. */
  notesLeadNames?: readonly string[];
  /** The first of the first INTRODUCTION_LINES lines holding a host's introduction (selfIntroductions.ts), -1 for none; computed on first need, kept by edits that leave those lines' answers. */
  introductionLine?: number;
  /**
   * Lines read so far by the notes' lead-in check (mayLeadNotes, by line number): whether each may lead notes. Read from
   * the line alone, so an edit within one line keeps every other line's answer (the map passes on without that line's).
   */
  notesLeadLines?: Map<number, boolean>;
  /**
   * Of those that may lead notes, the last line each one's reading reads (notesLeadReach): an edit below it leaves the
   * reading. An edit within one line passes the map on without the lines whose reading reaches it.
   */
  notesLeadReaches?: Map<number, number>;
  /**
   * What the notes lead-in and aside-label checks read of this text at the edit that made it (notesChecks.ts,
   * asideLabelChecks.ts): the next edit's text before it is this one, so they are not read again. Set only by a local edit.
   */
  checkReadings?: CheckReadings;
  /** The label scheme's counts, for edits of label lines; computed on first need (see labelEdits.ts). */
  labelTally?: LabelSchemeTally;
  /** Hand-overs resolved against the names known so far (unresolvedHandOvers); computed on first need. */
  handOvers?: readonly string[];
  /** Each speaker's first turn by index (turns keep their indexes under local edits); computed on first need. */
  speakerFirsts?: ReadonlyMap<string, number>;
  /** Labels written inside lines after a sentence end (turns/inlineHandOvers.ts); computed on first need. */
  inlineCandidates?: ReadonlySet<string>;
  /** Subtitles: the register's counts (claims/register.ts), computed when an edit changes a line's share. */
  register?: RegisterCounts;
  /** Subtitles: whether the file reads as dialogue; read from the claims on first need. */
  dialogue?: boolean;
  /** Subtitles: whether the text rolls its captions (CaptionRepeats.of); computed on first need, then carried from the edit's new text. */
  rollingCaptions?: boolean;
  /** Subtitles: cues with speech and with labels (labelsOwnTheirCueOnly), computed when a whole cue is first deleted or pasted. */
  cueCounts?: LabelledCueCounts;
  /** Subtitles: the label scheme's counts over the text lines, computed when a labelled cue is first deleted. */
  cueLabelTally?: LabelSchemeTally;
  /**
   * The label frames as counted (turns/frameTally.ts): from the full analysis (or its worker), else read once on
   * the first edit; carried through local edits, each updating it from its own lines. Null: none (subtitles).
   */
  frames?: FrameTally | null;
  /** The frames as a worker counted them, made into `frames` on the first edit (packed.ts). */
  framesData?: FrameTallyData;
  /** How many lines hold each numbered key (runningHeadChecks.ts); read when an edit first touches a numbered line, then shifted by edits. */
  numberedKeys?: NumberedKeyCounts;
  /** How many `<`, `![` and `{%` the text holds (markupMarks.ts); counted when an edit first adds or removes one. */
  markupMarks?: number;
  /** Whether a label markup broke over lines is in the text (turns/splitMarkupLabels.ts); computed on first need, carried through local edits. */
  splitLabels?: boolean;
  /** The lower-case nicks lines open with (turns/lowerCaseNicks.ts), read on the first edit (nickChecks.ts). */
  nicks?: NickReading;
  /** Whether the text holds a Markdown heading line (hasMarkdownHeading); computed on first need, carried through local edits. */
  markdownHeading?: boolean;
  /**
   * A document read with a line-number gutter: the baseline of its lines with the numbers blanked, as the analysis
   * reads them, which an edit keeping every line's gutter reading re-analyses locally (updateInGutter); made on first need.
   */
  blanked?: Baseline;
  /** Of a gutter document's analysis: its turns in the blanked lines (turnsInBlankedGutter), for making `blanked`. */
  blankedTurns?: () => readonly Turn[] | undefined;
  /** Of a gutter document's packed analysis: what its worker sent for making `blanked`, read instead of the text (see BlankedParts). */
  blankedParts?: BlankedParts;
  /**
   * Of a gutter document's analysis (no `blanked` yet): the blanked lines' baseline and its turns mirrored to their
   * numbers, made on the first edit and kept (null: none can be made), so that the rehearsed keystrokes and the first
   * one typed after them make them once (a pass over the whole document: 0.6 s at 10 MB).
   */
  blankedStart?: { readonly blanked: Baseline; readonly mirrored: BlockList<Turn> } | null;
  /** This baseline is of a gutter document's blanked lines: their indentation is layout (SentenceOptions.indentIsLayout). */
  indentIsLayout?: boolean;
}

/**
 * What a gutter document's worker sends for its blanked lines' baseline (PackedAnalysis.gutterNumberRuns and the
 * rest): the blanked turns as a packed source, and the turns the adopted baseline made of the document's own
 * packed turns, which are the blanked ones mirrored (analyze() moved them so) block for block.
 */
interface BlankedParts {
  readonly turns: ItemSource<Turn>;
  readonly documentTurns: BlockList<Turn>;
  readonly runs: Int32Array;
  readonly summaryItemTexts: readonly string[];
  readonly inlineCandidates: readonly string[] | undefined;
}

/** The reading of lines whose gutter the outer analyzer has blanked already: none, whatever the lines hold. */
const NO_GUTTER: GutterReading = { hasGutter: false, stableWithoutNumberedLines: true };

/** The fast path could not prove the edit local: analyse the whole text. */
class NotLocal extends Error {}
/**
 * Thrown as the one refusal: most keystrokes are refused somewhere, and a new Error per refusal captured a
 * stack trace each time (4% of the incremental path in the label-edit property tests).
 */
const NOT_LOCAL = new NotLocal('not local');

/**
 * Re-analyses a document after edits. An edit inside one line that leaves the line's part in turns and
 * topics unchanged (no new label, heading, title, list item, hand-over colon, quote balance, stage
 * direction…) is re-analysed locally: only the claims of the paragraphs around it are recomputed, and
 * every other result is shifted. Any other edit falls back to a full analyze(). Either way the result
 * equals analyze(text, options, fileName) (a property test checks this on random edits).
 */
export class IncrementalAnalyzer {
  private baseline: Baseline | undefined;
  /** How the last update was computed. */
  lastMode: UpdateMode = 'full';

  /** The options of the analyzer of a gutter document's blanked lines (updateInGutter): the format of the document's own text. */
  private blankedOptions?: AnalysisOptions;

  /**
   * `blockSize`: results per block (see blocks.ts); tests pass small ones. `ofBlankedGutter`: the analyzer
   * updateInGutter runs on a gutter document's blanked lines, whose gutter reading it has checked.
   */
  constructor(private readonly options: AnalysisOptions = {}, private readonly fileName = '', private readonly blockSize = BLOCK_SIZE, private readonly ofBlankedGutter = false) {}

  /** The line index of the last analysed text, for converting spans to ranges. */
  get lines(): LineIndex | undefined {
    return this.baseline?.lines;
  }

  /**
   * The analysis of `text`. `changes` are the edits since the previous call (VS Code's contentChanges, of one
   * event or several, in the order given); without them, or when they do not lead from the previous text to
   * `text`, the single edit is found by comparing the two texts.
   */
  update(text: TextSource, changes?: readonly TextChange[]): Analysis {
    return this.updateLocally(text, changes) ?? this.full(text);
  }

  /**
   * update() when the edit is local; `undefined` (and nothing changed) when it would need a full
   * analysis, which the caller may then run elsewhere (a worker) and hand back through adopt().
   */
  updateLocally(text: TextSource, changes?: readonly TextChange[]): Analysis | undefined {
    const baseline = this.baseline;
    if (!baseline) return undefined;
    const old = baseline.lines.source;
    // Keystrokes made while a full analysis waited arrive together: one change covering them, as their own numbers give it.
    const composed = changes && changes.length > 1 ? composedChange(changes, old.length) : undefined;
    // Wider than the longest line edited locally: not local, as the diff below would find it after reading both texts whole.
    if (composed && composed.newEnd - composed.start > MAX_LOCAL_LINE) return undefined;
    const covering = composed && { rangeOffset: composed.start, rangeLength: composed.oldEnd - composed.start, text: text.slice(composed.start, composed.newEnd) };
    const single = changes && changes.length === 1 ? changes[0]! : covering;
    const reported = single && fits(old, text, single) ? single : undefined;
    // Comparing the texts costs milliseconds at 10 MB when their lengths agree (a rename): a reported change says it.
    const unchanged = reported ? reported.rangeLength === reported.text.length && old.startsWith(reported.text, reported.rangeOffset) : flatText(old) === flatText(text);
    if (unchanged) {
      this.lastMode = 'line';
      return baseline.analysis;
    }
    // An ASS/SSA script, and a CSV/TSV export, are read through a view of the whole document (its sections, or its
    // header row, decide what a line is): in full.
    if (isAssScript(this.fileName, old) || isAssScript(this.fileName, text) || isDelimitedTranscript(old) || isDelimitedTranscript(text)) return undefined;
    const change = reported ?? diff(flatText(old), flatText(text));
    // The local path reads the edited lines whole: on a very long line it costs more than the worker's full analysis.
    if (editedLinesLength(baseline.lines, change) > MAX_LOCAL_LINE) return undefined;
    // Front matter is read from the document's top (frontMatter.ts): an edit in it, or one that opens or closes it, re-reads in full.
    if (baseline.format !== 'srt' && baseline.format !== 'vtt' && editMayTouchFrontMatter(baseline.lines, text, change.rangeOffset, baseline.format === 'markdown')) return undefined;
    if (!this.ofBlankedGutter && hasGutter(baseline)) return this.updateInGutter(baseline, text, change);
    if (!this.ofBlankedGutter && mayChangeGutter(baseline, text, change)) return undefined;
    const declarationReach = declarationReachAfter(baseline, text, change);
    if (declarationReach === false) return undefined;
    if (mayChangeIntroducedSpeaker(baseline, text, change, this.options)) return undefined;
    // The head checks read the same first lines of each text: each line's label once.
    const heads = { old: new EditedHead(old, this.options.extraLabelPatterns), edited: new EditedHead(text, this.options.extraLabelPatterns) };
    if (mayChangeHeadFields(baseline, change, heads)) return undefined;
    if (mayChangeFieldBlocks(baseline, text, change, this.options, heads)) return undefined;
    if (mayChangeAttendees(baseline, text, change, this.options, heads)) return undefined;
    const checkReadings: CheckReadings = {};
    if (mayChangeNotesLeadIns(baseline, text, change, this.options, checkReadings)) return undefined;
    if (mayChangeAsideLabels(baseline, text, change, this.options, checkReadings)) return undefined;
    if (mayChangeInlineHandOvers(baseline, text, change)) return undefined;
    if (mayChangeSponsorReads(baseline, text, change)) return undefined;
    if (mayChangeProcedureLines(baseline, text, change)) return undefined;
    // Running heads are read from what repeats across the document (runningHeads.ts): the keys' counts say.
    const numberedKeys = numberedKeysAfter(baseline, text, change);
    if (numberedKeys === false) return undefined;
    if (mayChangeSplitMarkupLabels(baseline, text, change)) return undefined;
    if (mayChangeNickLabels(baseline, text, change)) return undefined;
    // `Q So, …` / `A Yes, …` lines are read as roles where they take turns through the document (singleSpaceRoles.ts).
    if (mayChangeSingleSpaceRoles(baseline, text, change)) return undefined;
    // `TAG        Thank you.` under a `Speaker key:` naming `TAG`: the key's initials label their lines (speakerKeys.ts).
    if (mayChangeSpeakerKeyLabels(baseline, text, change)) return undefined;
    const markupMarks = markupMarksAfter(baseline, text, change);
    if (markupMarks === false) return undefined;
    // Label frames are learned from the lines that repeat them across the document (learnedFrames.ts): the tally says whether the edit changes one.
    const frames = framesAfter(baseline, change, this.options);
    if (frames === false) return undefined;
    try {
      const next = updateLine(baseline, text, change, this.options, this.fileName);
      // The edit touched no numbered line of a document without a gutter: the reading stays.
      const kept = baseline.gutter ? { ...next, gutter: baseline.gutter } : next;
      // Nor a line with a label inside it (mayChangeInlineHandOvers): the candidates stay.
      const withCandidates = baseline.inlineCandidates ? { ...kept, inlineCandidates: baseline.inlineCandidates } : kept;
      // The head's keys: the checks above found the new text's equal to these, or the edit below the lines they read.
      const withHeadKeys = { ...withCandidates, ...headKeysOf(baseline, text, change) };
      const withMarks = markupMarks === undefined ? withHeadKeys : { ...withHeadKeys, markupMarks };
      withMarks.frames = frames;
      if (numberedKeys !== undefined) withMarks.numberedKeys = numberedKeys;
      if (declarationReach !== undefined) withMarks.declarationReach = declarationReach;
      // mayChangeSplitMarkupLabels found none in the text nor in the edited lines: there is none after the edit either.
      if (baseline.splitLabels === false) withMarks.splitLabels = false;
      // mayChangeNickLabels found no nick in the edited lines: the document holds one after the edit as it did before.
      if (baseline.nicks !== undefined) withMarks.nicks = baseline.nicks;
      const markdownHeading = markdownHeadingAfter(baseline.markdownHeading, old, text, change);
      if (markdownHeading !== undefined) withMarks.markdownHeading = markdownHeading;
      if (baseline.indentIsLayout) withMarks.indentIsLayout = true;
      // mayChangeNotesLeadIns found no line within reach of the edit that may lead notes: the answer stays.
      if (baseline.notesLeadNames !== undefined) withMarks.notesLeadNames = baseline.notesLeadNames;
      const introductionLine = introductionLineAfter(baseline, text, change);
      if (introductionLine !== undefined) withMarks.introductionLine = introductionLine;
      const notesLeadLines = notesLeadLinesAfter(baseline, change);
      if (notesLeadLines) withMarks.notesLeadLines = notesLeadLines;
      const notesLeadReaches = notesLeadReachesAfter(baseline, change);
      if (notesLeadReaches) withMarks.notesLeadReaches = notesLeadReaches;
      withMarks.checkReadings = checkReadings;
      // A signature can appear only in the edited lines.
      this.baseline = baseline.maySign === undefined ? withMarks : { ...withMarks, maySign: baseline.maySign || editedLinesMaySign(text, change) };
      this.lastMode = 'line';
      return next.analysis;
    } catch (error) {
      if (!(error instanceof NotLocal)) throw error;
      return undefined;
    }
  }

  /**
   * A document read with a line-number gutter is analysed in its lines with the numbers blanked (analyze.ts). An
   * edit inside one line that keeps the line's gutter reading (blank or not, numbered or not, text after the number
   * or not) and lies after the number keeps the document's reading, and is the same edit of the blanked lines:
   * those are re-analysed locally, as any document's lines, and the turns moved to their numbers as analyze() moves them.
   */
  private updateInGutter(baseline: Baseline, text: TextSource, change: TextChange): Analysis | undefined {
    const old = baseline.lines;
    if (!keepsGutterLine(old, text, change)) return undefined;
    if ((this.options.format ?? detectFormat(this.fileName, text)) !== baseline.format) return undefined;
    if (!baseline.blanked && baseline.blankedStart === undefined) baseline.blankedStart = blankedStart(baseline, this.blockSize);
    // The document's turns as blanked.turns mirrored (see below): after the first edit, the baseline's own.
    const start = baseline.blanked ? { blanked: baseline.blanked, mirrored: baseline.turns } : baseline.blankedStart;
    if (!start) return undefined;
    const { blanked, mirrored } = start;
    const inner = new IncrementalAnalyzer((this.blankedOptions ??= { ...this.options, format: baseline.format }), this.fileName, this.blockSize, true);
    inner.baseline = blanked;
    const analysis = inner.updateLocally(editedText(blanked.lines.source, change), [change]);
    const next = inner.baseline;
    if (!analysis || !next) return undefined;
    const line = old.lineAt(change.rangeOffset);
    const lines = old.withTextEditedInLine(text, line, change.text.length - change.rangeLength);
    // A turn is moved to its line's number by the text before it on its line: only turns opening on the edited
    // line may move otherwise than before; the blocks the edit kept keep their moved turns.
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    const turns = next.turns.mirrored((turn) => fromGutter(lines, turn), (first, last) => first <= lineEnd && last >= lineStart, { before: blanked.turns, mapped: mirrored });
    const { speakers, stageDirections, topics, claims } = next;
    this.baseline = {
      lines, format: baseline.format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
      // Read only when the gutter goes, which a full analysis follows.
      summaryItemTexts: baseline.summaryItemTexts,
      gutter: baseline.gutter!,
      blanked: next,
    };
    this.lastMode = 'line';
    return this.baseline.analysis;
  }

  /**
   * Runs the local path on `text`, `change` applied to the last text, and forgets the result: the analyzer
   * is left as it was (a baseline is never changed by an edit, only replaced: an edit that changes the label
   * counts makes a new tally; what an edit's checks compute on first need is of the last text, so it stays
   * valid). For V8: the functions a keystroke runs are compiled before the first keystroke comes. Whether the
   * edit was local.
   */
  rehearse(text: TextSource, change: TextChange): boolean {
    const { baseline, lastMode } = this;
    try {
      return this.updateLocally(text, [change]) !== undefined;
    } finally {
      this.baseline = baseline;
      this.lastMode = lastMode;
    }
  }

  /** Takes `analysis`, a full analysis of `text` with this analyzer's options computed elsewhere, as the base for the next updates. */
  adopt(text: TextSource, analysis: Analysis): void {
    this.full(text, analysis);
  }

  /** Forgets the previous text: the next update analyses in full. */
  reset(): void {
    this.baseline = undefined;
  }

  /** The analysis of the last text: after adopt(), the adopted one as this analyzer holds it (built lazily from a packed one). */
  get analysis(): Analysis | undefined {
    return this.baseline?.analysis;
  }

  private full(text: TextSource, computed?: Analysis): Analysis {
    const before = this.baseline?.claims;
    const analysis = this.fullBaseline(text, computed);
    if (before && this.baseline) carryClassifications(before, this.baseline.claims);
    return analysis;
  }

  private fullBaseline(text: TextSource, computed?: Analysis): Analysis {
    const parts = computed && packedParts(computed);
    if (parts) return this.adoptPacked(text, computed, parts);
    const lines = new LineIndex(text);
    const format = this.options.format ?? detectFormat(this.fileName, lines.source);
    const analysis = computed ?? analyzeIndexed(lines, this.options, this.fileName, matchingKey(lines.text));
    this.baseline = {
      lines,
      format,
      speakers: analysis.speakers,
      turns: BlockList.of(analysis.turns, turnBounds, (t) => t.span.start, moveTurn, this.blockSize),
      stageDirections: BlockList.of(analysis.stageDirections, (d) => spanBounds(d.span), (d) => d.span.start, (d, delta) => ({ span: moved(d.span, delta) }), this.blockSize),
      topics: BlockList.of(analysis.topics, topicBounds, (t) => t.span.start, moveTopic, this.blockSize),
      claims: BlockList.of(analysis.claims, (c) => spanBounds(c.span), (c) => c.span.start, moveClaim, this.blockSize),
      analysis,
      summaryItemTexts: possibleSummaryItemTexts(lines),
      blankedTurns: () => turnsInBlankedGutter(analysis),
    };
    // The label counts the analysis just took (free to keep), as adoptPacked keeps the worker's: the edits after it
    // follow them, and a line break under a name labelled again asks them whether a title reading matters (titleMayMatter).
    const labelTally = countedLabelTally(lines, format, this.options);
    if (labelTally) this.baseline.labelTally = labelTally;
    this.lastMode = 'full';
    return analysis;
  }

  /**
   * full() for an analysis unpacked from another thread: its items stay packed until a block of them is
   * read, and the line index and summary-item texts come with it, so adopting it scans neither the text
   * nor the results (only their offsets, as numbers).
   */
  private adoptPacked(text: TextSource, computed: Analysis, parts: PackedParts): Analysis {
    const lines = lineIndexFrom(text, parts.lineStarts);
    const turns = BlockList.lazy(parts.turns, turnBounds, (t) => t.span.start, moveTurn, this.blockSize);
    const stageDirections = BlockList.lazy(parts.stageDirections, (d) => spanBounds(d.span), (d) => d.span.start, (d, delta) => ({ span: moved(d.span, delta) }), this.blockSize);
    const topics = BlockList.of(computed.topics, topicBounds, (t) => t.span.start, moveTopic, this.blockSize);
    const claims = BlockList.lazy(parts.claims, (c) => spanBounds(c.span), (c) => c.span.start, moveClaim, this.blockSize);
    const speakers = computed.speakers;
    this.baseline = {
      lines,
      format: this.options.format ?? detectFormat(this.fileName, text),
      speakers,
      turns,
      stageDirections,
      topics,
      claims,
      analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
      summaryItemTexts: parts.summaryItemTexts ? new Set(parts.summaryItemTexts) : possibleSummaryItemTexts(lines),
      // Computed where the analysis ran, so the first line break after adoption does not scan the document here.
      ...(parts.summaryProfile ? { summary: parts.summaryProfile } : {}),
      // Likewise what the first label rename reads (without it, renames over MAX_TALLY_COUNTED_LOCALLY fall back).
      ...(parts.labelState ? labelStateFrom(parts.labelState, speakers, this.options) : {}),
      // And the gutter reading, which the first edit of any kind would otherwise take in a pass over every line.
      ...(parts.lineNumberGutter ? { gutter: parts.lineNumberGutter } : {}),
      // And the labels written inside lines, which the first edit checks (a pass over the document's colons).
      ...(parts.inlineLabelCandidates ? { inlineCandidates: new Set(parts.inlineLabelCandidates) } : {}),
      // And in subtitles the register's counts, which the first edit changing a line's share would take in another.
      ...(parts.register ? { register: parts.register, dialogue: readsAsDialogue(parts.register) } : {}),
      // And the running heads' numbered keys as counted, which the first edit of a numbered line reads (runningHeadChecks.ts).
      ...(parts.numberedRepeats ? { numberedKeys: NumberedKeyCounts.of(new Map(parts.numberedRepeats)) } : {}),
      // And the label frames as counted, which every edit updates (read into a tally on the first edit: no scan of the text).
      ...(parts.frames ? { framesData: parts.frames } : {}),
      // And where the turns start in a gutter document's blanked lines, which its first edit re-analyses.
      ...(parts.gutterTurnStarts ? { blankedTurns: blankedTurnsFrom(turns, parts.gutterTurnStarts) } : {}),
      // And the rest of the blanked lines' parts, so that the first edit does not read the whole text for them.
      ...(parts.blankedTurns && parts.gutterNumberRuns && parts.gutterSummaryItemTexts
        ? { blankedParts: { turns: parts.blankedTurns, documentTurns: turns, runs: parts.gutterNumberRuns, summaryItemTexts: parts.gutterSummaryItemTexts, inlineCandidates: parts.gutterInlineLabelCandidates } }
        : {}),
    };
    this.lastMode = 'full';
    return this.baseline.analysis;
  }
}

/** Whether the document is read with a line-number gutter (never a subtitle file: analyze() reads none there). */
function hasGutter(baseline: Baseline): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  return (baseline.gutter ??= readLineNumberGutter(baseline.lines)).hasGutter;
}

/** A gutter document's first blanked baseline (see Baseline.blankedStart), or null when its blanked turns are not known. */
function blankedStart(baseline: Baseline, blockSize: number): Baseline['blankedStart'] {
  const parts = baseline.blankedParts;
  // From what the worker sent: the text blanked where it says, its turns built when read, the document's own as mirrored.
  if (parts && parts.documentTurns === baseline.turns && wellFormedRuns(parts.runs, baseline.lines.source.length)) {
    const turns = BlockList.lazy(parts.turns, turnBounds, (t) => t.span.start, moveTurn, blockSize);
    const source = baseline.lines.source;
    // Blanked chunk for chunk when the text is chunked (the host's is), so neither text is copied whole.
    const text = source instanceof ChunkedText ? source.withSpacesAt(parts.runs) : ChunkedText.of(withRunsBlanked(source, parts.runs));
    // The runs change no line break: the document's line index holds for the blanked text.
    const blanked = blankedBaseline(baseline, baseline.lines.withSameLines(text), turns, new Set(parts.summaryItemTexts));
    if (parts.inlineCandidates) blanked.inlineCandidates = new Set(parts.inlineCandidates);
    return { blanked, mirrored: baseline.turns };
  }
  const turns = baseline.blankedTurns?.();
  if (!turns) return null;
  // The same line starts; chunked whatever the document's text is, so an edit copies a chunk rather than the
  // document (a flat string edited by concatenation is flattened, a copy of it all, on the next read).
  const lines = LineIndex.fromLineStarts(ChunkedText.of(withGutterNumbersBlanked(baseline.lines)), baseline.lines.lineStarts());
  const blanked = blankedBaseline(baseline, lines, BlockList.of(turns, turnBounds, (t) => t.span.start, moveTurn, blockSize));
  return { blanked, mirrored: blanked.turns.mirrored((turn) => fromGutter(baseline.lines, turn), () => true) };
}

/** The baseline of a gutter document's lines with the numbers blanked (`lines`, chunked), holding the results of the document's own. */
function blankedBaseline(baseline: Baseline, lines: LineIndex, turns: BlockList<Turn>, summaryItemTexts?: Set<string>): Baseline {
  const { format, speakers, stageDirections, topics, claims } = baseline;
  return {
    lines, format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
    summaryItemTexts: summaryItemTexts ?? possibleSummaryItemTexts(lines),
    gutter: NO_GUTTER,
    indentIsLayout: true,
  };
}

/** The turns with the starts a packed analysis gives for those the analysis moved to their numbers (PackedAnalysis.gutterTurnStarts). */
function blankedTurnsFrom(turns: BlockList<Turn>, moved: Int32Array): () => readonly Turn[] {
  return () => {
    const blanked = [...turns.toArray()];
    for (let at = 0; at < moved.length; at += 2) {
      const turn = blanked[moved[at]!]!;
      blanked[moved[at]!] = { ...turn, span: { start: moved[at + 1]!, end: turn.span.end } };
    }
    return blanked;
  };
}

/** `source` with `change` applied, chunked when it was. */
function editedText(source: TextSource, change: TextChange): TextSource {
  if (source instanceof ChunkedText) return source.edited(change.rangeOffset, change.rangeLength, change.text);
  return source.slice(0, change.rangeOffset) + change.text + source.slice(change.rangeOffset + change.rangeLength);
}

/** Longer edited lines go to a full analysis: the local path's claim window and line checks read whole lines. */
export const MAX_LOCAL_LINE = 20_000;

/** The length of the lines `change` touches, after it. */
function editedLinesLength(lines: LineIndex, change: TextChange): number {
  const length = lines.source.length;
  const first = lines.lineAt(Math.min(change.rangeOffset, length));
  const last = lines.lineAt(Math.min(change.rangeOffset + change.rangeLength, length));
  return lines.lineEnd(last) - lines.lineStart(first) - change.rangeLength + change.text.length;
}

/**
 * The rules that read a label alone on its line with the line under it: it hands over to a short line (emptyLabels.ts),
 * `文字记录:` over a timed label line is an export's field (fieldsOverTimedLabels.ts), over a list item it introduces the
 * list (listFields.ts). Whether one may apply within reach of lines `first`..`last` of a text read through `lineAt`.
 */
function labelAloneRuleWithinReach(lineCount: number, lineAt: (line: number) => string, first: number, last: number): boolean {
  return emptyLabelWithinReach(lineCount, lineAt, first, last) || fieldOverTimedLabelWithinReach(lineCount, lineAt, first, last) || listFieldWithinReach(lineCount, lineAt, first, last);
}

/** Whether `offset` falls within one of `turns`' label spans (from its first character to before its end). */
function insideLabelSpan(turns: readonly Turn[], offset: number): boolean {
  return turns.some((t) => t.labelSpan !== null && t.labelSpan !== undefined && t.labelSpan.start <= offset && offset < t.labelSpan.end);
}

/** The text's line index from line starts computed elsewhere, or by scanning it when there are none or they do not fit the text. */
function lineIndexFrom(text: TextSource, starts: Int32Array | undefined): LineIndex {
  if (!starts) return new LineIndex(text);
  try {
    return LineIndex.fromLineStarts(text, starts);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new LineIndex(text);
  }
}

/** Cheap consistency check of a reported change against the texts before and after it. */
function fits(before: TextSource, after: TextSource, change: TextChange): boolean {
  const { rangeOffset: start, rangeLength: length, text } = change;
  if (start < 0 || length < 0 || start + length > before.length) return false;
  if (after.length !== before.length - length + text.length || !after.startsWith(text, start)) return false;
  // The characters on both sides of the change must agree.
  const end = start + text.length;
  if (start > 0 && after.charCodeAt(start - 1) !== before.charCodeAt(start - 1)) return false;
  return end === after.length || after.charCodeAt(end) === before.charCodeAt(start + length);
}

/**
 * The region that changes made one after another (each on the text the ones before it left, as VS Code reports
 * successive edits, and the changes of one event in descending order) cover: from `start` to `oldEnd` in the
 * text before them, to `newEnd` in the text after them. `undefined` when a change lies outside its text.
 */
export function composedChange(changes: readonly TextChange[], oldLength: number): { start: number; oldEnd: number; newEnd: number } | undefined {
  let start = Infinity;
  let oldEnd = -Infinity;
  let newEnd = -Infinity;
  let length = oldLength;
  for (const { rangeOffset: from, rangeLength, text } of changes) {
    const to = from + rangeLength;
    if (!Number.isInteger(from) || !Number.isInteger(rangeLength) || from < 0 || rangeLength < 0 || to > length) return undefined;
    if (start === Infinity) {
      start = from;
      oldEnd = to;
      newEnd = to;
    }
    // Offsets after the covered region are those of the text before the changes, moved by what the region grew.
    oldEnd += Math.max(newEnd, to) - newEnd;
    start = Math.min(start, from);
    newEnd = Math.max(newEnd, to) + text.length - rangeLength;
    length += text.length - rangeLength;
  }
  return start === Infinity ? undefined : { start, oldEnd, newEnd };
}

/** The single edit turning `before` into `after`: the text between their common prefix and suffix. */
export function diff(before: string, after: string): TextChange {
  const { prefix, suffix } = commonEnds(before, after);
  return { rangeOffset: prefix, rangeLength: before.length - prefix - suffix, text: after.slice(prefix, after.length - suffix) };
}

function updateLine(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, fileName: string): Baseline {
  const old = baseline.lines;
  const editStart = change.rangeOffset;
  const editEnd = editStart + change.rangeLength;
  if (hasLineBreak(change.text) || hasLineBreak(old.source.slice(editStart, editEnd))) return updateLines(baseline, text, change, options, fileName);
  const line = old.lineAt(editStart);
  const lineStart = old.lineStart(line);
  const oldLineEnd = old.lineEnd(line);
  // Between `\r` and `\n`, or past the line's content: the edit touches a line break.
  if (editEnd > oldLineEnd || editStart < lineStart) throw NOT_LOCAL;
  const delta = change.text.length - change.rangeLength;
  const lines = old.withTextEditedInLine(text, line, delta);
  const format = options.format ?? detectFormat(fileName, text);
  if (format !== baseline.format) throw NOT_LOCAL;
  const newLineEnd = oldLineEnd + delta;
  const edit: LineEdit = {
    line, lineStart, oldLineEnd, newLineEnd, editStart, editEnd, delta,
    oldTrimEnd: trimEnd(old.source, lineStart, oldLineEnd),
    newTrimEnd: trimEnd(text, lineStart, newLineEnd),
  };
  if (format === 'srt' || format === 'vtt') return updateSubtitleLines(baseline, lines, { ...edit, oldLast: line, newLast: line }, format, options);
  // Rules that read lines beside the edited one, asked of the text before the edit and after it.
  const sides = new EditSides(old, lines, line, line, line);
  // A label alone on its line read with the line under it (labelAloneRuleWithinReach): either may change that.
  if (sides.eitherText(labelAloneRuleWithinReach)) throw NOT_LOCAL;
  // A chapter list's lines are read as a run (chapterLists.ts): an edit at or beside one may join, split or end it.
  if (sides.eitherText(chapterListWithinReach)) throw NOT_LOCAL;
  // A block element spread over three lines is read with its tags' lines and the next paragraph (blockElements.ts).
  if (sides.either(blockElementWithinReach)) throw NOT_LOCAL;
  const editedLine = text.slice(lineStart, newLineEnd);
  // A participants list (`Name – Title`) makes the name lines under it speakers', and `Name, CEO` over speech is a
  // label, read with the lines beside it (participantRoster.ts).
  if (callLabelWithinReach(old, line, line) || rosterLineName(editedLine) !== null || isNameAndRoleLine(editedLine)) throw NOT_LOCAL;
  // A member's card (`Photo of Jane Doe Jane Doe Labour`) is read with the document's other cards (portraitLines.ts).
  if (sides.eitherText(portraitCardEdited)) throw NOT_LOCAL;
  // A card without a portrait (`Jane Doe (Riverside) (Lab)`) is read with the document's others and the lines under it (nameCards.ts).
  if (sides.eitherText(nameCardEdited)) throw NOT_LOCAL;
  if (sides.readBefore(mayReadAsDatedField, old.lineText(line)) || sides.readAfter(mayReadAsDatedField, editedLine)) throw NOT_LOCAL;
  // A one-off label over a name alone is a field that ends the turn before it (topics/nameFields.ts).
  if (sides.readBefore(mayReadAsNameField, old.lineText(line)) || sides.readAfter(mayReadAsNameField, editedLine)) throw NOT_LOCAL;
  // Typing in a `#` heading's title re-reads the topic's title (headingEdits.ts); other lines keep their part.
  const retitled = retitledHeading(old, text, edit, baseline.topics.near(lineStart, oldLineEnd), baseline.summaryItemTexts, options);
  if (retitled === null) throw NOT_LOCAL;
  const role = retitled ? undefined : checkLineRole(baseline, old.source, text, edit, sides, format, options, change);
  const relabel = role?.relabel ?? false;
  const filled = filledLineEdit(baseline, lines, edit, format, options);
  if (filled) return filled;
  const renamed = relabel ? renamedTurn(baseline, lines, edit, format, options, role!.titleShapedBefore) : undefined;
  // Results wholly before the edited line stay, those wholly after it move lazily, the rest move here.
  const shift = new Shift(edit);
  const turns = renamed?.split
    ? baseline.turns.replaced(renamed.turnStart, renamed.replacedTo ?? renamed.turnStart + 1, renamed.split, delta)
    : baseline.turns.edited(lineStart, oldLineEnd, delta, (t) => (renamed && t.span.start === renamed.turnStart ? renamed.turn : shift.turn(t)));
  const topics = baseline.topics.edited(lineStart, oldLineEnd, delta, (t) => (retitled ? retitleTopic(t, retitled, shift, lineStart) : shift.topic(t)));
  const stageDirections = baseline.stageDirections.edited(lineStart, oldLineEnd, delta, (d) => shift.stageDirection(d));
  // A renamed (or split-off) turn's claims all change speaker: the window reaches its end.
  const claims = reclaim(baseline.claims, lines, edit, { turns, topics, stageDirections }, format, options, renamed ? lines.lineAt(renamed.turn.span.end) : edit.line, undefined, false, baseline.indentIsLayout === true);
  const speakers = renamed?.speakers ?? baseline.speakers;
  const labelState = renamed ? renamed.labelState : keptLabelState(baseline, lines, edit);
  // An edit inside a line changes no line's number, and only the text of a line no list can match.
  return {
    lines, format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
    summaryItemTexts: baseline.summaryItemTexts, summary: baseline.summary, ...labelState,
  };
}

/**
 * updateLine and updateLines in an SRT or WebVTT file: an edit that keeps every line's part
 * (subtitleEditKeepsParts), the quote balance a verb label's turn ends by, and the file's register
 * (dialogue or not) moves the turns and finds the sentences again between cues no sentence runs into.
 */
function updateSubtitleLines(baseline: Baseline, lines: LineIndex, edit: SubtitleEdit, format: TranscriptFormat, options: AnalysisOptions): Baseline {
  const old = baseline.lines;
  // Rolling captions: whether a line repeats the cue before, and so whether the file rolls at all, reads
  // lines of other cues (claims/captionLines.ts). Such files are generated, seldom edited: a full analysis.
  // The old text's reading is the one the previous edit took of its new text: one reading per keystroke.
  if ((baseline.rollingCaptions ??= CaptionRepeats.of(old) !== undefined)) throw NOT_LOCAL;
  if (CaptionRepeats.of(lines)) throw NOT_LOCAL;
  // A line that may hold only markup (`**`, `<v Ann>`) is read alone by the checks below, which miss that the
  // document's `<` makes it a stage direction (findMarkupLines): left to the full analysis.
  if (mayBeMarkupOnly(old, edit.line, edit.oldLast) || mayBeMarkupOnly(lines, edit.line, edit.newLast)) throw NOT_LOCAL;
  // A cue's text lines may hold a chapter list too, read as a run (chapterLists.ts).
  if (new EditSides(old, lines, edit.line, edit.oldLast, edit.newLast).eitherText(chapterListWithinReach)) throw NOT_LOCAL;
  // A cue's name line (`Ann Lee` over its speech) is read from every cue's first line (cueNameLines.ts).
  if (touchesCueNameLines(old, lines, edit)) throw NOT_LOCAL;
  // A whole cue deleted or pasted, else an edit inside a line or a cue's text.
  const cue = edit.oldLast !== edit.newLast ? wholeCueEdit(old, lines, edit, options) : undefined;
  if (!cue && !subtitleEditKeepsParts(old, lines, edit, options, () => cueEdgesMatter(baseline, options))) throw NOT_LOCAL;
  const removal = cue && cue.labelled.length > 0 ? removedLabelledCues(baseline, cue, options) : undefined;
  const cueCounts = cue ? cueCountsAfter(baseline, cue, options, removal?.labelledCues ?? 0) : baseline.cueCounts;
  if (quoteBalance(old.source.slice(edit.editStart, edit.editEnd)) !== quoteBalance(lines.source.slice(edit.editStart, edit.editEnd + edit.delta))) throw NOT_LOCAL;
  const register = registerAfter(baseline, lines, edit);
  const window = subtitleClaimWindow(old, lines, edit, format === 'vtt');
  if (!window) throw NOT_LOCAL;
  // Around a whole cue results move as the lines do: the reported edit may cut the same text elsewhere (at the end
  // of the line above, or inside the last line: "…<v Ann>" + "WEBVTT…<v Ann>"). No line's text changes (-1 matches none).
  const shift = new Shift(cue ? { ...edit, editStart: cue.oldStart, editEnd: cue.oldEnd, oldTrimEnd: -1, newTrimEnd: -1 } : edit);
  const { lineStart, oldLineEnd, delta } = edit;
  // Deleted labelled cues take their turns with them (none crosses the run: labelledCueRemoval).
  const turns = removal && cue ? baseline.turns.replaced(cue.oldStart, cue.oldEnd, [], delta) : baseline.turns.edited(lineStart, oldLineEnd, delta, (t) => shift.turn(t));
  const topics = baseline.topics.edited(lineStart, oldLineEnd, delta, (t) => shift.topic(t));
  const stageDirections = baseline.stageDirections.edited(lineStart, oldLineEnd, delta, (d) => shift.stageDirection(d));
  const claims = reclaim(baseline.claims, lines, edit, { turns, topics, stageDirections }, format, options, edit.line, window, register.dialogue);
  const speakers = removal?.speakers ?? baseline.speakers;
  const speakerFirsts = removal?.firsts ?? baseline.speakerFirsts;
  const cueLabelTally = removal ? tallyWithout(baseline.cueLabelTally!, removal) : baseline.cueLabelTally;
  if (!cueLabelTally && removal) throw NOT_LOCAL;
  return {
    lines, format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
    summaryItemTexts: baseline.summaryItemTexts, ...register, rollingCaptions: false, ...(cueCounts ? { cueCounts } : {}),
    // In-line subtitle edits keep every line's label reading (subtitleEditKeepsParts), plain whole cues hold none,
    // and turns keep their indexes: both are carried.
    ...(cueLabelTally ? { cueLabelTally } : {}), ...(speakerFirsts ? { speakerFirsts } : {}),
  };
}

/**
 * Deleted cues holding labels or voice tags (cueEdits.ts), where labels name their own cue: what their removal
 * changes (labelledCueRemoval), or NotLocal. cueCountsAfter refuses a cue of the run or right after it opening
 * inside a sentence near a turn (it may go on with the turn before it).
 */
function removedLabelledCues(baseline: Baseline, cue: CueEdit, options: AnalysisOptions): LabelledCueRemoval {
  // The counts and the tally from one pass over the label scheme, on the first such deletion after a full analysis.
  if (!baseline.cueCounts || !baseline.cueLabelTally) {
    const { counts, tally } = subtitleCuesAndTally(baseline.lines, baseline.analysis.stageDirections, options);
    baseline.cueCounts ??= counts;
    baseline.cueLabelTally ??= tally;
  }
  const { cueCounts: counts, cueLabelTally: tally } = baseline;
  if (!labelsOwnTheirCueOnly(counts)) throw NOT_LOCAL;
  const firsts = (baseline.speakerFirsts ??= firstTurns(baseline.turns, baseline.speakers));
  const removal = labelledCueRemoval(baseline.lines, cue, baseline.turns, baseline.speakers, firsts, tally);
  if (!removal) throw NOT_LOCAL;
  return removal;
}

/**
 * The cue counts after a whole cue is deleted or pasted (its text lines are plain: only the cues with speech
 * change). Falls back when labels turn from naming their own cue only to running on (or back); where they run
 * on, when a turn ends in the deleted lines or pasted speech may join a turn that ended before it; where they
 * name their own cue, when a cue of the run or right after it opens inside a sentence (it may go on with the
 * turn before it).
 */
function cueCountsAfter(baseline: Baseline, cue: CueEdit, options: AnalysisOptions, labelledRemoved: number): LabelledCueCounts {
  // One pass (the label scheme over every line) on the first such edit after a full analysis.
  const counts = (baseline.cueCounts ??= countSubtitleCues(baseline.lines, baseline.analysis.stageDirections, options));
  const after = { speechCues: counts.speechCues + cue.speechCues, labelledCues: counts.labelledCues - labelledRemoved, goingOnCues: counts.goingOnCues + (cue.goingOnCues ?? 0) };
  // Cues going on with an open sentence are counted only where labels are few (labelsOwnTheirCueOnly).
  const few = labelsAreFew(counts);
  if (few !== labelsAreFew(after) || (few && cue.goingOnCues === undefined)) throw NOT_LOCAL;
  const cueOnly = labelsOwnTheirCueOnly(counts);
  if (cueOnly !== labelsOwnTheirCueOnly(after)) throw NOT_LOCAL;
  // A label naming its cue only closes its turn at the cue's end: plain cues belong to no turn, unless they
  // go on with a sentence the cue before left open.
  if (cueOnly) {
    if (cue.opensInSentence && turnNearCueRun(baseline, cue)) throw NOT_LOCAL;
    return after;
  }
  const { oldStart, oldEnd } = cue;
  if (oldEnd > oldStart) {
    if (baseline.turns.near(oldStart, oldEnd).some((t) => (t.span.end > oldStart && t.span.end <= oldEnd) || (t.span.start >= oldStart && t.span.start < oldEnd))) throw NOT_LOCAL;
  } else if (cue.speechCues > 0 && baseline.turns.slice(0, 1).length > 0) {
    // Pasted speech goes on with the turn open there: one that covers the place (none open before the first label).
    if (!baseline.turns.near(oldStart, oldStart).some((t) => t.span.start < oldStart && t.span.end > oldStart)) throw NOT_LOCAL;
  }
  return after;
}

/** Whether a turn reaches the last text line before a deleted or pasted run of cues, the run, or the cue after it. */
function turnNearCueRun(baseline: Baseline, cue: CueEdit): boolean {
  const old = baseline.lines;
  const before = lastTextLineBefore(old, old.lineAt(cue.oldStart));
  const start = before >= 0 ? old.lineStart(before) : cue.oldStart;
  const afterEnd = nextBlockEnd(old, old.lineAt(cue.oldEnd));
  const end = afterEnd < old.lineCount ? old.lineStart(afterEnd) : old.source.length;
  return baseline.turns.near(start, end).some((t) => t.span.start <= end && t.span.end >= start);
}

/**
 * Whether an edit of a cue's lines that changes how the cue opens or ends may change the turns: where labels
 * are few. There how often cues go on with an open sentence decides whether labels name their own cue or run on
 * (labelsOwnTheirCueOnly), and where they name their own cue, a cue going on with the sentence of a labelled
 * one is that speaker's (scanSubtitles).
 */
function cueEdgesMatter(baseline: Baseline, options: AnalysisOptions): boolean {
  // Every label or voice tag opens a turn: a file without turns has none (and needs no count).
  if (baseline.turns.slice(0, 1).length === 0) return false;
  return labelsAreFew((baseline.cueCounts ??= countSubtitleCues(baseline.lines, baseline.analysis.stageDirections, options)));
}

/** Whether a line of `first..last` opens with `<`, `!`, `*` or `{` and closes with `>`, `)`, `*` or `}`, as markup-only lines do. */
function mayBeMarkupOnly(lines: LineIndex, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) {
    const text = lines.lineText(line).trim();
    if (/^[<!*{]/.test(text) && /[>)*}]$/.test(text)) return true;
  }
  return false;
}

/**
 * The register after an edit (findClaims ranks claims of dialogue subtitles lower): the
 * counts change by the edited lines' share, and an edit that turns the file's reading falls back. Whether the
 * file reads as dialogue is seen in its claims; the counts are taken (a pass over every line) only when
 * an edit changes the lines' share.
 */
function registerAfter(baseline: Baseline, lines: LineIndex, edit: SubtitleEdit): Pick<Baseline, 'register' | 'dialogue'> {
  const before = registerCounts(baseline.lines, edit.line, edit.oldLast + 1);
  const after = registerCounts(lines, edit.line, edit.newLast + 1);
  const same =
    before.cueLines === after.cueLines &&
    before.questionsOrExclamations === after.questionsOrExclamations &&
    before.short === after.short &&
    before.dialogueDashes === after.dialogueDashes;
  if (same) {
    baseline.dialogue ??= dialogueFromClaims(baseline.claims) ?? readsAsDialogue((baseline.register ??= registerCounts(baseline.lines)));
    return { dialogue: baseline.dialogue, ...(baseline.register ? { register: baseline.register } : {}) };
  }
  const counts = (baseline.register ??= registerCounts(baseline.lines));
  const register = {
    cueLines: counts.cueLines - before.cueLines + after.cueLines,
    questionsOrExclamations: counts.questionsOrExclamations - before.questionsOrExclamations + after.questionsOrExclamations,
    short: counts.short - before.short + after.short,
    dialogueDashes: counts.dialogueDashes - before.dialogueDashes + after.dialogueDashes,
  };
  const dialogue = readsAsDialogue(register);
  if (dialogue !== readsAsDialogue(counts)) throw NOT_LOCAL;
  return { register, dialogue };
}

/** Whether the claims were ranked as dialogue's (every claim then ends with the register's cue); undefined without claims. */
function dialogueFromClaims(claims: BlockList<Claim>): boolean | undefined {
  const [first] = claims.slice(0, 1);
  return first && first.cues[first.cues.length - 1] === DIALOGUE_CUE;
}

/** What the line-break checks (lineBreaks.ts, blankLines.ts) read of the baseline. */
function lineBreakContext(baseline: Baseline, format: TranscriptFormat, options: AnalysisOptions): LineBreakContext {
  return {
    summaryItemTexts: baseline.summaryItemTexts,
    labelContext: { extraLabelPatterns: options.extraLabelPatterns },
    markdown: format === 'markdown',
    turnsNear: (start: number, end: number) => baseline.turns.near(start, end),
    maySign: () => (baseline.maySign ??= baseline.lines.source.indexOf(SIGNATURE_OPENER) >= 0),
    titleMayMatter: (lines: LineIndex, line: number) => titleMayMatter(baseline, lines, line, format, options),
  };
}

/**
 * Whether line `line` of `lines` (the baseline's text or the edited one) is a label or not by its title reading
 * (LabelSchemeTally.hangsOnTitle), from the baseline's label counts; true without them (counting them reads the
 * whole document).
 */
function titleMayMatter(baseline: Baseline, lines: LineIndex, line: number, format: TranscriptFormat, options: AnalysisOptions): boolean {
  const tally = (baseline.labelTally ??= countedLabelTally(baseline.lines, format, options));
  if (!tally) return true;
  const reading = readLabelLine(lines, line, tally.labelContext);
  return reading !== null && tally.hangsOnTitle(reading);
}

/** What every `[name=…]` signature (turns/signatures.ts) holds. */
const SIGNATURE_OPENER = '[name=';

/** Whether the lines an edit leaves in `text` (from the start of its first to the end of its last) may hold a signature. */
function editedLinesMaySign(text: TextSource, change: TextChange): boolean {
  const start = change.rangeOffset > 0 ? text.lastIndexOf('\n', change.rangeOffset - 1) + 1 : 0;
  const end = text.indexOf('\n', change.rangeOffset + change.text.length);
  return text.slice(start, end < 0 ? text.length : end).includes(SIGNATURE_OPENER);
}

/**
 * updateLine for a blank line that gets its first character or loses its last one (checkLineRole has read
 * the line's own role): the turn and section that ended at the end of the text above now end at the end
 * of the line's text, or the reverse; claims from the paragraph above to the one below are recomputed.
 * Undefined when the line was and stays text; throws NotLocal when the neighbours may read differently.
 */
function filledLineEdit(baseline: Baseline, lines: LineIndex, edit: LineEdit, format: TranscriptFormat, options: AnalysisOptions): Baseline | undefined {
  const old = baseline.lines;
  if (isBlankLine(old, edit.line) === isBlankLine(lines, edit.line)) return undefined;
  const context = lineBreakContext(baseline, format, options);
  const around = filledBlankLine(old, lines, edit.line, context);
  // Its claim window reads blank lines as paragraph ends, which a gutter document's are not.
  if (!around || baseline.indentIsLayout) throw NOT_LOCAL;
  const regionStart = old.lineStart(around.above);
  const aboveEnd = trimEnd(old.source, regionStart, old.lineEnd(around.above));
  if (touchesTopicHeadings(baseline.topics.near(regionStart, edit.oldLineEnd), regionStart, edit.oldLineEnd)) throw NOT_LOCAL;
  // The line's text joins the turn of the line above (it opens none): that turn must cover that line.
  const covering = baseline.turns.near(regionStart, aboveEnd).some((t) => t.span.start <= regionStart && t.span.end >= aboveEnd);
  if (!covering) throw NOT_LOCAL;
  const emptied = isBlankLine(lines, edit.line);
  // Text ends at `above`'s end in the blank version, at the line's own in the other (Shift.lineTextEnd).
  const shiftEdit: LineEdit = { ...edit, lineStart: regionStart, oldTrimEnd: emptied ? edit.oldTrimEnd : aboveEnd, newTrimEnd: emptied ? aboveEnd : edit.newTrimEnd };
  const shift = new Shift(shiftEdit);
  // A stage direction right under the line that the turn now reads as speech, or skips as an aside (asideEdits.ts).
  const turnEnd = around.turnEnd;
  const turns = baseline.turns.edited(regionStart, edit.oldLineEnd, edit.delta, (t) => (turnEnd && t.span.start === turnEnd.turnStart ? turnWithEnd(shift.turn(t), turnEnd.end) : shift.turn(t)));
  const topics = baseline.topics.edited(regionStart, edit.oldLineEnd, edit.delta, (t) => shift.topic(t));
  const stageDirections = baseline.stageDirections.edited(regionStart, edit.oldLineEnd, edit.delta, (d) => shift.stageDirection(d));
  const claimsThrough = around.below < 0 ? lines.lineCount - 1 : around.below;
  const claims = reclaim(baseline.claims, lines, { ...edit, line: around.above }, { turns, topics, stageDirections }, format, options, claimsThrough);
  const speakers = baseline.speakers;
  return {
    lines, format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims),
    summaryItemTexts: baseline.summaryItemTexts, summary: baseline.summary, ...keptLabelState(baseline, lines, edit),
  };
}

/** Characters up to which an edit may count the label tally itself (about 50 ms); see renamedTurn. */
export const MAX_TALLY_COUNTED_LOCALLY = 500_000;

type LabelState = Pick<Baseline, 'labelTally' | 'handOvers' | 'speakerFirsts'>;

interface RenamedTurn {
  /** The turn's start (unchanged by the edit, which lies after it). */
  readonly turnStart: number;
  /** The renamed turn, or the one a new label split off (new offsets). */
  readonly turn: Turn;
  /** For a split: the turns replacing the one at `turnStart` (its part above the label, then the new turn); for a merge, the joined turn. */
  readonly split?: readonly Turn[];
  /** The old start after the last turn `split` replaces (for a split `turnStart + 1`, for a merge past the label's own turn). */
  readonly replacedTo?: number;
  readonly speakers: readonly SpeakerSummary[];
  readonly labelState: LabelState;
}

/**
 * The turn opened by the edited line after its label changed (a rename), when the scheme's decision for
 * every shape and name is unchanged and no other reader of names reads differently (labelEdits.ts);
 * throws NotLocal otherwise.
 */
function renamedTurn(baseline: Baseline, lines: LineIndex, edit: LineEdit, format: TranscriptFormat, options: AnalysisOptions, titleShapedBefore: boolean): RenamedTurn {
  const old = baseline.lines;
  // Counting the tally reads the whole document on the caller's thread (the extension host): above this
  // size a full analysis in the worker blocks the host less than counting here would.
  // A full analysis on this thread (not the worker's) counted it already.
  baseline.labelTally ??= countedLabelTally(old, format, options);
  if (!baseline.labelTally && old.source.length > MAX_TALLY_COUNTED_LOCALLY) throw NOT_LOCAL;
  const tally = (baseline.labelTally ??= labelTallyOf(old, format, options));
  const context = tally.labelContext;
  const beforeReading = readLabelLine(old, edit.line, context);
  const afterReading = readLabelLine(lines, edit.line, context);
  // The counts after the edit are a new tally: the baseline's stay those of its text (rehearse() goes on from it).
  const decided = tally.relabel(beforeReading, afterReading, old, lines, edit.line);
  if (!decided) throw NOT_LOCAL;
  const { before, after, tally: counted } = decided;
  if (!before && after) return splitTurn(baseline, lines, edit, format, options, after, counted, titleShapedBefore);
  if (before && !after) return mergedTurn(baseline, lines, edit, format, options, before, counted);
  // A label before and after, opening its turn the same way; `付某某说：“…”` ends at its quote's close.
  if (titleShapedBefore || !before || !after || before.afterQuestionOnly || after.afterQuestionOnly || before.verb || after.verb) throw NOT_LOCAL;
  if (before.labelStart !== after.labelStart) throw NOT_LOCAL;
  const was = labelledTurn(before, edit.lineStart, edit.oldTrimEnd, options.speakerAliases);
  const becomes = labelledTurn(after, edit.lineStart, edit.newTrimEnd, options.speakerAliases);
  const index = baseline.turns.indexAtOrAfter(was.labelStart);
  const [turn, ...following] = baseline.turns.slice(index, index + 1 + FOLLOW_UP_REACH);
  // The baseline's turn must be the one this label opened (not a signed block's, a title's or a follow-up's).
  if (!turn || index === 0 || turn.span.start !== was.labelStart || turn.labelSpan?.start !== was.labelStart || turn.labelSpan.end !== was.labelEnd) throw NOT_LOCAL;
  if (turn.speaker !== was.speaker || turn.source !== was.source || (turn.timestamp ?? null) !== was.timestamp) throw NOT_LOCAL;
  if (mayHoldFollowUpLabel(before.speaker) || mayHoldFollowUpLabel(after.speaker)) throw NOT_LOCAL;
  if (turn.span.end - turn.span.start > MAX_RENAMED_TURN) throw NOT_LOCAL;
  const { lastLine, followUpTo } = namesReach(old, following);
  const handOvers = (baseline.handOvers ??= unresolvedHandOvers(old));
  if (!namesReadTheSame(lines, edit.line + 1, lastLine, followUpTo, [before.speaker, was.speaker], [after.speaker, becomes.speaker], following, handOvers, options.speakerAliases)) throw NOT_LOCAL;
  let speakers = baseline.speakers;
  let speakerFirsts = (baseline.speakerFirsts ??= firstTurns(baseline.turns, baseline.speakers));
  if (was.speaker !== becomes.speaker) {
    const summary = renamedSpeakers(speakers, speakerFirsts, index, was.speaker, becomes.speaker);
    if (!summary) throw NOT_LOCAL;
    speakers = summary.speakers;
    speakerFirsts = summary.firsts;
  }
  const end = turn.span.end === edit.oldTrimEnd ? edit.newTrimEnd : turn.span.end + edit.delta;
  const span = { start: turn.span.start, end };
  const renamed = turnOfLabel(becomes, span);
  return {
    turnStart: turn.span.start,
    turn: renamed,
    speakers,
    // The line's own hand-over texts (a superset the scan never reads on a label line) are added.
    labelState: { labelTally: counted, handOvers: withHandOversOf(handOvers, lines, edit.line, edit.line), speakerFirsts },
  };
}

/** Lines of a split turn read below the new label (colons, narration, follow-ups); further, the edit falls back. */
const MAX_SPLIT_LINES = 2_000;

/**
 * splitTurn and mergedTurn: titles, bold questions and upper-case runs beside the line read whether it is a
 * label, and a parallel plain title standing alone past one blank line reads whether the paragraph above it
 * ends in a colon.
 */
/** Whether a line past one or two blank lines below `line` may be a title (isOverStandingTitle reads its paragraph above). */
function mayBeTitlePastBlanksBelow(lines: LineIndex, line: number, items: ReadonlySet<string>): boolean {
  for (let below = line + 1; below <= line + NAME_LINE_BLANKS && below + 1 < lines.lineCount && isBlankLine(lines, below); below++) {
    if (mayBeTitleBelow(lines, below, items)) return true;
  }
  return false;
}

/**
 * Whether a title may lie past blank lines below `line` or below the short finished lines under it, up to
 * MAX_NOTES_OVER_STACK of them (a record's `Question put.` / `Motion agreed to.`): a stack under such notes reads
 * the prose above them (outline.ts, isRecordNoteUnderProse).
 */
function mayBeTitlePastNotesBelow(lines: LineIndex, line: number, items: ReadonlySet<string>): boolean {
  if (mayBeTitlePastBlanksBelow(lines, line, items)) return true;
  let current = line;
  for (let notes = 1; notes <= MAX_NOTES_OVER_STACK; notes++) {
    let note = current + 1;
    while (note < lines.lineCount && note <= current + NAME_LINE_BLANKS && isBlankLine(lines, note)) note++;
    if (note >= lines.lineCount || isBlankLine(lines, note) || !isShortFinishedLine(lines, note)) return false;
    current = note;
    // Past a note only a stack of plain titles reads the prose (isOverStandingTitle): a Markdown heading, a list item
    // or a name line over its speech below reads none.
    for (let below = current + 1; below <= current + NAME_LINE_BLANKS && below + 1 < lines.lineCount && isBlankLine(lines, below); below++) {
      if (mayBePlainTitleStackBelow(lines, below)) return true;
    }
  }
  return false;
}

/** A line ending a sentence that is not a paragraph of prose (readsAsProse): a record's note. */
function isShortFinishedLine(lines: LineIndex, line: number): boolean {
  const lineStart = lines.lineStart(line);
  const end = trimEnd(lines.source, lineStart, lines.lineEnd(line));
  return endsSentenceAt(lines.source, lineStart, end) && !readsAsProse(lines.source.slice(lineStart, end), 0);
}

function titleMayReadLabelLine(baseline: Baseline, line: number): boolean {
  const old = baseline.lines;
  const items = baseline.summaryItemTexts;
  if (mayBeTitleAbove(old, line, items) || mayBeTitleBelow(old, line, items)) return true;
  return line + 2 < old.lineCount && isBlankLine(old, line + 1) && mayBeTitleBelow(old, line + 1, items);
}

/**
 * splitTurn and mergedTurn: where the text of the non-blank line above the edited label line ends, within 3
 * blank lines; it must be plain (no aside near it, no bold paragraph or markup the outline reads). Throws NotLocal.
 */
function plainTextEndAbove(baseline: Baseline, edit: LineEdit): number {
  const old = baseline.lines;
  const text = old.source;
  let above = edit.line - 1;
  while (above >= 0 && isBlankLine(old, above)) above--;
  if (above < 0 || edit.line - above > 4) throw NOT_LOCAL;
  const aboveStart = skipSpaces(text, old.lineStart(above), old.lineEnd(above));
  const aboveEnd = trimEnd(text, aboveStart, old.lineEnd(above));
  if (STYLED_START.has(text.charAt(aboveStart)) || text.endsWith('**', aboveEnd) || text.endsWith('__', aboveEnd)) throw NOT_LOCAL;
  if (baseline.stageDirections.near(old.lineStart(above), old.lineEnd(edit.line)).some((d) => d.span.end >= old.lineStart(above) && d.span.start <= edit.oldLineEnd)) throw NOT_LOCAL;
  return aboveEnd;
}

/**
 * splitTurn and mergedTurn: the turn `opener`'s label opened on an earlier line reads the same when the edited
 * line (inside it, or right after it) opens or stops opening a turn of its own, up to `end` (the end of the
 * speech that moves between the two). Throws NotLocal otherwise.
 */
function labelledTurnReadsTheSame(baseline: Baseline, opener: Turn, labelSpan: Span, end: number, edit: LineEdit, format: TranscriptFormat): void {
  const old = baseline.lines;
  const text = old.source;
  const openerLine = old.lineAt(opener.span.start);
  // A label whose speech opens with a quote may end its turn at the quote's close (a speech verb's).
  const afterLabel = skipStyling(text, labelSpan.end, old.lineEnd(openerLine));
  if (afterLabel < old.lineEnd(openerLine) && OPENING_QUOTES.has(text.charAt(afterLabel))) throw NOT_LOCAL;
  const lastLine = old.lineAt(end);
  if (lastLine - edit.line > MAX_SPLIT_LINES) throw NOT_LOCAL;
  // Markdown code lines are skipped by the scan and the tally: no fence between the turn's label and the line.
  if (format === 'markdown') {
    if (edit.line - openerLine > MAX_SPLIT_LINES) throw NOT_LOCAL;
    for (let line = openerLine + 1; line <= edit.line; line++) if (isFenceLine(old, line)) throw NOT_LOCAL;
  }
  // `…question:` closes a turn that has content, and hand-overs read the last speaker: none in the rest.
  for (let line = edit.line + 1; line <= lastLine; line++) {
    const lineEnd = trimEnd(text, old.lineStart(line), old.lineEnd(line));
    if (lineEnd > old.lineStart(line) && isColon(text.charCodeAt(lineEnd - 1))) throw NOT_LOCAL;
  }
  if (questionLeadInMayFollow(old, lastLine, (start, stop) => baseline.turns.near(start, stop), format === 'markdown')) throw NOT_LOCAL;
}

/**
 * A label typed where there was none (`李明` → `李明：`, `Q` → `Q:`), which the scheme accepts without
 * changing its decision for any other line (relabel, done by the caller): the turn the line lands in ends
 * at the text above it, and a new turn opens at the label and runs to where that turn ended. Every other
 * reader of the line's part is checked as for a rename, with the split turn's speaker as the old name;
 * throws NotLocal otherwise.
 */
function splitTurn(baseline: Baseline, lines: LineIndex, edit: LineEdit, format: TranscriptFormat, options: AnalysisOptions, label: LabelMatch, tally: LabelSchemeTally, titleShapedBefore: boolean): RenamedTurn {
  const old = baseline.lines;
  const text = old.source;
  // `付某某说：“…”` ends at its quote, `A.` answers only a `Q.`, `追问：` takes the speaker before last.
  if (label.verb || label.afterQuestionOnly || mayHoldFollowUpLabel(label.speaker)) throw NOT_LOCAL;
  if (mayHoldFollowUpLabel(lines.source.slice(edit.lineStart + label.labelStart, edit.lineStart + label.labelEnd))) throw NOT_LOCAL;
  // The turn's speaker is read as written in narration below: aliases would need the split turn's written name.
  if (options.speakerAliases && Object.keys(options.speakerAliases).length > 0) throw NOT_LOCAL;
  if (titleMayReadLabelLine(baseline, edit.line)) throw NOT_LOCAL;
  if (titleShapedBefore) leftTitleShapeUnread(baseline, edit.line, format, options);
  const ownStart = skipSpaces(text, edit.lineStart, edit.oldLineEnd);
  if (STYLED_START.has(text.charAt(ownStart))) throw NOT_LOCAL;
  // The line above the label: the turn's new last line.
  const aboveEnd = plainTextEndAbove(baseline, edit);

  const index = baseline.turns.indexAtOrAfter(edit.lineStart);
  if (index === 0) throw NOT_LOCAL;
  const [turn, ...following] = baseline.turns.slice(index - 1, index + FOLLOW_UP_REACH);
  // The line lies inside a turn a label opened on an earlier line (not a signed block, hand-over or resumed speech).
  if (!turn || !turn.labelSpan || turn.labelSpan.start !== turn.span.start || turn.span.start >= edit.lineStart || turn.span.end < edit.oldTrimEnd) throw NOT_LOCAL;
  if (turn.source !== 'label' && turn.source !== 'block' && turn.source !== 'qa' && turn.source !== 'timestamp') throw NOT_LOCAL;
  labelledTurnReadsTheSame(baseline, turn, turn.labelSpan, turn.span.end, edit, format);
  const becomes = labelledTurn(label, edit.lineStart, edit.newTrimEnd, options.speakerAliases);
  const newEnd = turn.span.end === edit.oldTrimEnd ? edit.newTrimEnd : turn.span.end + edit.delta;
  if (newEnd - becomes.labelStart > MAX_RENAMED_TURN) throw NOT_LOCAL;
  const { lastLine: namesTo, followUpTo } = namesReach(old, following);
  const handOvers = (baseline.handOvers ??= unresolvedHandOvers(old));
  if (!namesReadTheSame(lines, edit.line + 1, namesTo, followUpTo, [turn.speaker, turn.speaker], [label.speaker, becomes.speaker], following, handOvers, options.speakerAliases)) throw NOT_LOCAL;
  const firsts = (baseline.speakerFirsts ??= firstTurns(baseline.turns, baseline.speakers));
  const summary = splitSpeakers(baseline.speakers, firsts, index, becomes.speaker);
  if (!summary) throw NOT_LOCAL;
  const kept = turnWithEnd(turn, aboveEnd);
  const span = { start: becomes.labelStart, end: newEnd };
  const opened = turnOfLabel(becomes, span);
  return {
    turnStart: turn.span.start,
    turn: opened,
    split: [kept, opened],
    speakers: summary.speakers,
    labelState: { labelTally: tally, handOvers: withHandOversOf(handOvers, lines, edit.line, edit.line), speakerFirsts: summary.firsts },
  };
}

/**
 * A label's colon deleted (`王芳：我們…` → `王芳我們…`), which the scheme reads without changing its decision for
 * any other line (relabel, done by the caller: the name still labels other lines, its shape keeps its count):
 * the turn the label opened joins the labelled turn above it, which now ends where it ended. This is
 * splitTurn read backwards, and checks what splitTurn checks of the text without the label (here the new
 * one; the other lines are the same in both) and of the turns (here the old ones); throws NotLocal otherwise.
 */
function mergedTurn(baseline: Baseline, lines: LineIndex, edit: LineEdit, format: TranscriptFormat, options: AnalysisOptions, label: LabelMatch, tally: LabelSchemeTally): RenamedTurn {
  const old = baseline.lines;
  const text = old.source;
  // `付某某说：“…”` ends at its quote, `A.` answers only a `Q.`, `追问：` takes the speaker before last.
  if (label.verb || label.afterQuestionOnly || mayHoldFollowUpLabel(label.speaker)) throw NOT_LOCAL;
  if (mayHoldFollowUpLabel(text.slice(edit.lineStart + label.labelStart, edit.lineStart + label.labelEnd))) throw NOT_LOCAL;
  if (options.speakerAliases && Object.keys(options.speakerAliases).length > 0) throw NOT_LOCAL;
  if (titleMayReadLabelLine(baseline, edit.line)) throw NOT_LOCAL;
  // The line without its label is plain speech of the turn above (no styled paragraph the outline reads).
  const ownStart = skipSpaces(lines.source, edit.lineStart, edit.newLineEnd);
  if (STYLED_START.has(lines.source.charAt(ownStart))) throw NOT_LOCAL;
  // The line above: the turn above ends there now and goes on over the line.
  const aboveEnd = plainTextEndAbove(baseline, edit);

  const was = labelledTurn(label, edit.lineStart, edit.oldTrimEnd, options.speakerAliases);
  const index = baseline.turns.indexAtOrAfter(was.labelStart);
  if (index === 0) throw NOT_LOCAL;
  const [prior, turn, ...following] = baseline.turns.slice(index - 1, index + 1 + FOLLOW_UP_REACH);
  // The label's own turn, as a label opens it (not a signed block's, a title's or a follow-up's).
  if (!turn || turn.span.start !== was.labelStart || turn.labelSpan?.start !== was.labelStart || turn.labelSpan.end !== was.labelEnd) throw NOT_LOCAL;
  if (turn.speaker !== was.speaker || turn.source !== was.source || (turn.timestamp ?? null) !== was.timestamp) throw NOT_LOCAL;
  if (turn.span.end - turn.span.start > MAX_RENAMED_TURN) throw NOT_LOCAL;
  // The turn above: opened by a label on an earlier line, ending right at the text above (as a split leaves it).
  if (!prior || !prior.labelSpan || prior.labelSpan.start !== prior.span.start || prior.span.start >= edit.lineStart || prior.span.end !== aboveEnd) throw NOT_LOCAL;
  if (prior.source !== 'label' && prior.source !== 'block' && prior.source !== 'qa' && prior.source !== 'timestamp') throw NOT_LOCAL;
  labelledTurnReadsTheSame(baseline, prior, prior.labelSpan, turn.span.end, edit, format);
  const newEnd = turn.span.end === edit.oldTrimEnd ? edit.newTrimEnd : turn.span.end + edit.delta;
  if (newEnd - prior.span.start > MAX_RENAMED_TURN) throw NOT_LOCAL;
  const { lastLine: namesTo, followUpTo } = namesReach(old, following);
  const handOvers = (baseline.handOvers ??= unresolvedHandOvers(old));
  if (!namesReadTheSame(lines, edit.line + 1, namesTo, followUpTo, [label.speaker, was.speaker], [prior.speaker, prior.speaker], following, handOvers, options.speakerAliases)) throw NOT_LOCAL;
  const firsts = (baseline.speakerFirsts ??= firstTurns(baseline.turns, baseline.speakers));
  const summary = mergedSpeakers(baseline.speakers, firsts, index, turn.speaker);
  if (!summary) throw NOT_LOCAL;
  const joined = turnWithEnd(prior, newEnd);
  return {
    turnStart: prior.span.start,
    turn: joined,
    split: [joined],
    replacedTo: turn.span.start + 1,
    speakers: summary.speakers,
    labelState: { labelTally: tally, handOvers: withHandOversOf(handOvers, lines, edit.line, edit.line), speakerFirsts: summary.firsts },
  };
}

/**
 * Throws NotLocal unless line `line`, title-shaped before the edit and not after, was read as such by no
 * one: the outline read it as no title (the caller checked that no topic's heading touches it) and the
 * turn scan as no speaker line (the split turn covers it); what remains is checked here. Parallel plain
 * titles and captions count title-shaped lines standing alone between blank lines; a name line is
 * introduced by the text lines above it; summary lists search title-shaped lines loosely.
 */
function leftTitleShapeUnread(baseline: Baseline, line: number, format: TranscriptFormat, options: AnalysisOptions): void {
  const old = baseline.lines;
  const standsAlone = line > 0 && isBlankLine(old, line - 1) && line + 1 < old.lineCount && isBlankLine(old, line + 1);
  if (standsAlone) throw NOT_LOCAL;
  // A name alone that a member's card names keeps the card read (nameCards.ts): a label made of it may unmake the card.
  if (cardNamedElsewhere(old.text, (at) => old.lineAt(at), (l) => old.lineText(l), old.lineText(line).trim(), line)) throw NOT_LOCAL;
  for (let l = line + 1; l < old.lineCount && l <= line + INTRODUCTION_REACH; l++) {
    if (mayBeTitleBelow(old, l - 1, baseline.summaryItemTexts) && parseSpeakerName(old.lineText(l).trim()) !== null) throw NOT_LOCAL;
  }
  const profile = (baseline.summary ??= baseline.summaryItemTexts.size ? summaryProfile(old, format, options) : NO_SUMMARY_SEARCHES);
  if (!searchesStopBefore(profile, line)) throw NOT_LOCAL;
}

/**
 * Throws NotLocal unless line `line`, title-shaped after an edit inside it (`title`, trimmed) and plain
 * before, is read as no title by isStandaloneTitle's own rules from its neighbours (right under a line of
 * text that does not end a sentence, or with a blank line or a label line right under it) and gives no
 * other reader of title-shaped lines anything new: no other line of the same text that would make a
 * recurring name line of it, no mention above that would introduce it, no name line below that its kind
 * would cut off from its introduction, no summary list's search reaching it (loose links read title-shaped
 * lines). Upper-case lines (runs, a style of names) are left to the full analysis.
 */
function readsAsNoTitle(baseline: Baseline, title: string, line: number, format: TranscriptFormat, options: AnalysisOptions): void {
  const old = baseline.lines;
  const text = old.source;
  const items = baseline.summaryItemTexts;
  if (/[A-Z]/.test(title) && !/[a-z]/.test(title)) throw NOT_LOCAL;
  // Its neighbours are plain text (a title, heading, list or rule beside it reads it, and it them).
  if (line === 0 || isBlankLine(old, line - 1) || line + 1 >= old.lineCount) throw NOT_LOCAL;
  if (mayBeTitleAbove(old, line, items) || mayBeTitleBelow(old, line, items)) throw NOT_LOCAL;
  if (line + 2 < old.lineCount && isBlankLine(old, line + 1) && mayBeTitleBelow(old, line + 1, items)) throw NOT_LOCAL;
  const aboveStart = old.lineStart(line - 1);
  const followsSentence = endsSentenceAt(text, aboveStart, trimEnd(text, aboveStart, old.lineEnd(line - 1)));
  if (followsSentence && !isBlankLine(old, line + 1) && !opensLabelledTurn(baseline, line + 1, options)) throw NOT_LOCAL;
  // Name lines: recurring ones are speakers' (two lines of the same text), and one a line above mentions.
  if (parseSpeakerName(title) !== null && !/[.!?]$/.test(title)) {
    if (wholeLineElsewhere(old, title, line)) throw NOT_LOCAL;
    if (numberedSiblingElsewhere(old, title, line)) throw NOT_LOCAL;
    if (mayBeRosterNamed(old, title)) throw NOT_LOCAL;
  }
  // A name alone over speech is a speaker's where a member's card elsewhere names it (nameCards.ts).
  if (cardNamedElsewhere(old.text, (at) => old.lineAt(at), (l) => old.lineText(l), title, line)) throw NOT_LOCAL;
  if (parseSpeakerName(title) !== null && !/[.!?]$/.test(title)) {
    for (let l = line - 1; l >= 0 && l >= line - INTRODUCTION_REACH; l--) if (old.lineText(l).includes(title)) throw NOT_LOCAL;
  }
  for (let l = line + 1; l < old.lineCount && l <= line + INTRODUCTION_REACH; l++) {
    if (mayBeTitleBelow(old, l - 1, items) && parseSpeakerName(old.lineText(l).trim()) !== null) throw NOT_LOCAL;
  }
  const profile = (baseline.summary ??= items.size ? summaryProfile(old, format, options) : NO_SUMMARY_SEARCHES);
  if (!searchesStopBefore(profile, line)) throw NOT_LOCAL;
}

/**
 * The new line number of the piece that is only title-shaped when the edit splits one line in two (an Enter)
 * and leaves one such piece; -1 otherwise (two such pieces are left to the full analysis).
 */
function titleShapedSplitPiece(old: LineIndex, edit: LineBreakEdit): number {
  if (edit.oldLast !== edit.first || edit.newLast !== edit.first + 1 || isBlankLine(old, edit.first)) return -1;
  const { lines } = edit;
  const titleShaped = (line: number): boolean => {
    const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
    return !isPlainTextShaped(lines.source, start, lines.lineEnd(line)) && onlyTitleShaped(lines.source, start, lines.lineEnd(line));
  };
  const head = titleShaped(edit.first);
  const tail = titleShaped(edit.newLast);
  return head === tail ? -1 : head ? edit.first : edit.newLast;
}

/**
 * Throws NotLocal unless new line `piece`, a title-shaped piece of old line `first` that an Enter split in
 * two, reads as no title and gives no other reader of title-shaped lines anything new: as readsAsNoTitle.
 * Right under a line of text that ends no sentence isStandaloneTitle reads no title; upper-case lines,
 * possible titles beside the split line, name lines (recurring, introduced above, or below within reach)
 * and summary lists' searches reaching it fall back. The caller checked both pieces' other readings.
 */
function splitPieceReadsAsNoTitle(baseline: Baseline, lines: LineIndex, first: number, piece: number, format: TranscriptFormat, options: AnalysisOptions): void {
  const old = baseline.lines;
  const items = baseline.summaryItemTexts;
  const title = lines.lineText(piece).trim();
  if (/[A-Z]/.test(title) && !/[a-z]/.test(title)) throw NOT_LOCAL;
  // A line of text right above (the other piece, or the line above the split one), and a line below.
  if (piece === 0 || isBlankLine(lines, piece - 1) || piece + 1 >= lines.lineCount) throw NOT_LOCAL;
  const aboveStart = lines.lineStart(piece - 1);
  if (endsSentenceAt(lines.source, aboveStart, trimEnd(lines.source, aboveStart, lines.lineEnd(piece - 1)))) throw NOT_LOCAL;
  if (mayBeTitleAbove(old, first, items) || mayBeTitleBelow(old, first, items)) throw NOT_LOCAL;
  if (first + 2 < old.lineCount && isBlankLine(old, first + 1) && mayBeTitleBelow(old, first + 1, items)) throw NOT_LOCAL;
  if (parseSpeakerName(title) !== null && !/[.!?]$/.test(title)) {
    // No whole line of the old text reads so (the piece is part of a longer line there), nor mentions it above.
    if (wholeLineElsewhere(old, title, -1)) throw NOT_LOCAL;
    if (numberedSiblingElsewhere(old, title, -1)) throw NOT_LOCAL;
    if (mayBeRosterNamed(old, title)) throw NOT_LOCAL;
    for (let l = piece - 1; l >= 0 && l >= piece - INTRODUCTION_REACH; l--) if (lines.lineText(l).includes(title)) throw NOT_LOCAL;
  }
  // Name lines below (old numbering) are introduced by lines of text, which the piece no longer is.
  for (let l = first + 1; l < old.lineCount && l <= first + INTRODUCTION_REACH + 1; l++) {
    if (mayBeTitleBelow(old, l - 1, items) && parseSpeakerName(old.lineText(l).trim()) !== null) throw NOT_LOCAL;
  }
  const profile = (baseline.summary ??= items.size ? summaryProfile(old, format, options) : NO_SUMMARY_SEARCHES);
  if (!searchesStopBefore(profile, first)) throw NOT_LOCAL;
}

/** Whether the turn scan opened a turn at line `line`'s label (so the scheme reads it as a label). */
function opensLabelledTurn(baseline: Baseline, line: number, options: AnalysisOptions): boolean {
  const old = baseline.lines;
  const start = old.lineStart(line);
  const end = old.lineEnd(line);
  if (!readLabelLine(old, line, { extraLabelPatterns: options.extraLabelPatterns })) return false;
  return baseline.turns.near(start, end).some((t) => t.labelSpan && t.labelSpan.start === t.span.start && t.span.start >= start && t.span.start < end &&
    (t.source === 'label' || t.source === 'block' || t.source === 'qa' || t.source === 'timestamp'));
}

/** Whether a line other than `line` reads `title` once trimmed (JavaScript's trim, as recurringNameLines reads lines). */
function wholeLineElsewhere(lines: LineIndex, title: string, line: number): boolean {
  const text = lines.text;
  const spaceAt = (i: number): boolean => i < 0 || i >= text.length || /\s/.test(text[i]!);
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    if (!spaceAt(at - 1) || !spaceAt(at + title.length)) continue;
    const l = lines.lineAt(at);
    if (l !== line && lines.lineText(l).trim() === title) return true;
  }
  return false;
}

/** First characters of lines the outline may read as styled paragraphs (bold, markup, headings). */
const STYLED_START = new Set(['*', '_', '<', '#']);

/** Past spaces and bold or italic marks, as the scan reads where a label's speech opens. */
function skipStyling(text: TextSource, from: number, end: number): number {
  let at = from;
  while (at < end && (isWhitespace(text.charCodeAt(at)) || text.charAt(at) === '*' || text.charAt(at) === '_')) at++;
  return at;
}

function isFenceLine(lines: LineIndex, line: number): boolean {
  const start = skipSpaces(lines.source, lines.lineStart(line), lines.lineEnd(line));
  return lines.source.startsWith('```', start) || lines.source.startsWith('~~~', start);
}

/**
 * How far a label line's name readers look: up to the next turn's line, and to the last turn a follow-up
 * label can reach (line numbers of the old text: the edit is inside one line).
 */
function namesReach(old: LineIndex, following: readonly Turn[]): { lastLine: number; followUpTo: number } {
  const next = following[0];
  const reach = following[FOLLOW_UP_REACH - 1];
  return {
    lastLine: next ? old.lineAt(next.span.start) : old.lineCount - 1,
    followUpTo: reach ? old.lineAt(reach.span.start) : old.lineCount - 1,
  };
}

/** The turn a label line opens over `span`, as TurnBuilder.close writes it: a timestamp only when there is one. */
function turnOfLabel(label: ReturnType<typeof labelledTurn>, span: Turn['span']): Turn {
  const labelSpan = { start: label.labelStart, end: label.labelEnd };
  return !label.timestamp
    ? { speaker: label.speaker, span, labelSpan, source: label.source }
    : { speaker: label.speaker, span, labelSpan, source: label.source, timestamp: label.timestamp };
}

/** `turn` ending at `end` instead (object literal as TurnBuilder.close writes it). */
function turnWithEnd(turn: Turn, end: number): Turn {
  const span = { start: turn.span.start, end };
  return turn.timestamp === undefined
    ? { speaker: turn.speaker, span, labelSpan: turn.labelSpan, source: turn.source }
    : { speaker: turn.speaker, span, labelSpan: turn.labelSpan, source: turn.source, timestamp: turn.timestamp };
}

/**
 * The label state after an edit that kept the line's label: the tally follows the line's reading (only
 * whether speech follows its label can change), or is dropped to be counted again when needed.
 */
function keptLabelState(baseline: Baseline, lines: LineIndex, edit: LineEdit): LabelState {
  const old = baseline.lines;
  let labelTally = baseline.labelTally;
  if (labelTally) {
    const before = readLabelLine(old, edit.line, labelTally.labelContext);
    const after = readLabelLine(lines, edit.line, labelTally.labelContext);
    if (before || after) labelTally = labelTally.recountLine(before, after);
  }
  return {
    ...(labelTally ? { labelTally } : {}),
    ...(baseline.handOvers ? { handOvers: withHandOversOf(baseline.handOvers, lines, edit.line, edit.line) } : {}),
    ...(baseline.speakerFirsts ? { speakerFirsts: baseline.speakerFirsts } : {}),
  };
}

/** Whether an edited line reads as a label over a name or a date alone (topics/nameFields.ts, topics/datedFields.ts). */
function fieldLineEdited(_lineCount: number, lineText: (line: number) => string, first: number, last: number): boolean {
  for (let line = first; line <= last; line++) {
    const text = lineText(line);
    if (mayReadAsNameField(text) || mayReadAsDatedField(text)) return true;
  }
  return false;
}

/**
 * updateLine for an edit that adds or removes line breaks (Enter, joining lines, pasting lines) inside
 * speech, where isLocalLineBreakEdit proves every line's part unchanged: results move, claims of the
 * paragraphs around the edited lines are recomputed.
 */
function updateLines(baseline: Baseline, text: TextSource, change: TextChange, options: AnalysisOptions, fileName: string): Baseline {
  const old = baseline.lines;
  // A gutter document's line breaks are never local (updateInGutter).
  if (baseline.indentIsLayout) throw NOT_LOCAL;
  const editStart = change.rangeOffset;
  const editEnd = editStart + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  const format = options.format ?? detectFormat(fileName, text);
  if (format !== baseline.format) throw NOT_LOCAL;
  const edit = lineBreakEdit(old, text, editStart, editEnd, delta);
  if (!edit) throw NOT_LOCAL;
  if (format === 'srt' || format === 'vtt') {
    const oldLineEnd = old.lineEnd(edit.oldLast);
    const newLineEnd = edit.lines.lineEnd(edit.newLast);
    return updateSubtitleLines(baseline, edit.lines, {
      line: edit.first, oldLast: edit.oldLast, newLast: edit.newLast, lineStart: old.lineStart(edit.first), oldLineEnd, newLineEnd, editStart, editEnd, delta,
      oldTrimEnd: trimEnd(old.source, old.lineStart(edit.oldLast), oldLineEnd),
      newTrimEnd: trimEnd(text, edit.lines.lineStart(edit.newLast), newLineEnd),
    }, format, options);
  }
  // Rules that read lines beside the edited ones, asked of the text before the edit and after it.
  const sides = new EditSides(old, edit.lines, edit.first, edit.oldLast, edit.newLast);
  // A speech lead-in reads the lines above it by number: lines added or removed above it change them.
  if (sides.either(speechLeadWithinReach)) throw NOT_LOCAL;
  // A participants list is read from its lines together, and `Name, CEO` with the lines beside it.
  if (sides.either(callLabelWithinReach)) throw NOT_LOCAL;
  // Parallel plain titles, picture captions and credit runs are read from neighbouring lines.
  if (sides.either(parallelShapeWithinReach)) throw NOT_LOCAL;
  // Titles numbered in sequence are read across the document, each with its neighbours (numberedTitles.ts).
  if (sides.either(numberedTitleWithinReach)) throw NOT_LOCAL;
  // A title shape the document repeats is read across the document, each line with its neighbours (recurringShapes.ts).
  if (recurringShapeChanged(old, edit.first, edit.oldLast, edit.lines, edit.newLast)) throw NOT_LOCAL;
  // Plain numbered section paragraphs (`一、…。`) are read as a run over the document (numberedParagraphs.ts).
  if (sides.either(numberedParagraphWithinReach)) throw NOT_LOCAL;
  // A dialogue's bold sub-heading is read with the paragraph above it and the label below it (dialogueSubheadings.ts).
  if (sides.either(dialogueSubheadingWithinReach)) throw NOT_LOCAL;
  // A sentence-case title at a break between tight labelled lines is read from the lines around it (sentenceCaseTitles.ts).
  if (sides.eitherText(sentenceCaseTitleWithinReach)) throw NOT_LOCAL;
  // A list's head is read with the line above it and the items under it (listHeads.ts).
  if (sides.eitherText(listHeadWithinReach)) throw NOT_LOCAL;
  // `[INTRODUCTION]` titles a section only between blank lines over a label (bracketedSections.ts).
  if (sides.either(sectionMarkerWithinReach)) throw NOT_LOCAL;
  // `00:15:45 – Title` titles a chapter only alone right over a label (chapterHeadings.ts).
  if (sides.either(chapterHeadingWithinReach)) throw NOT_LOCAL;
  // `甲、報 告 事 項` titles a section unless a line beside it is set the same way (letterSpacedTitles.ts).
  if (sides.either(letterSpacedTitleWithinReach)) throw NOT_LOCAL;
  // `== Section` / `* Heading` heads a section when the document repeats the mark over content (markHeadings.ts).
  if (sides.either(format === 'markdown' ? markHeadingWithinReachMarkdown : markHeadingWithinReachPlain)) throw NOT_LOCAL;
  // `=====` as long as the line above titles it: lines added or removed beside one change which line that is.
  if (sides.either(underlineWithinReach)) throw NOT_LOCAL;
  // An underline longer than its title titles it when the document repeats the mark (lineScan.ts, mayUnderlineLonger).
  if (sides.either(longUnderlineOnLines)) throw NOT_LOCAL;
  // The document's headline is read from its first lines together.
  if (sides.either(headlineWithinReach)) throw NOT_LOCAL;
  // So is the document's own title with the front lines and the body under it (documentTitle.ts).
  if (sides.eitherText(documentTitleWithinReach)) throw NOT_LOCAL;
  // A dated page's headline is read from the lines under it down to DATED_HEADLINE_REACH (datedHeadline.ts).
  if (sides.eitherText(datedHeadlineWithinReach)) throw NOT_LOCAL;
  // So is a title over a subtitle at the record's head (titleBlock.ts).
  if (sides.eitherText(titleBlockWithinReach)) throw NOT_LOCAL;
  // Capitals titles packed into mixed-case text are read with their neighbours and counted across the document (packedCapitals.ts).
  if (sides.either(packedCapitalsWithinReach)) throw NOT_LOCAL;
  // Pictograph-led titles are counted across the document, each line alone (pictographTitles.ts).
  if (sides.either(pictographLineEdited)) throw NOT_LOCAL;
  // A record's first subject title is read from the head down to the label under it (outline.ts, opensProceedings).
  if (sides.either(proceedingsTitleWithinReach)) throw NOT_LOCAL;
  // And a title printed twice at the top, with the site's lines above it (repeatedTitle.ts).
  if (sides.eitherText(repeatedTitleWithinReach)) throw NOT_LOCAL;
  // A link-only heading titles the text under it, not a heading or a rule (outline.ts, isLinkHeadingOverText).
  if (sides.either(linkHeadingWithinReach)) throw NOT_LOCAL;
  // A block element spread over three lines is read with its tags' lines and the next paragraph (blockElements.ts).
  if (sides.either(blockElementWithinReach)) throw NOT_LOCAL;
  // A record's title is read with the field lines under it (titleOverFields.ts).
  if (sides.eitherText(titleOverFieldsWithinReach)) throw NOT_LOCAL;
  // A title field names the document's title, on its own line or on the body's copy of it (titleField.ts).
  if (sides.eitherText(titleFieldWithinReach)) throw NOT_LOCAL;
  // A title is read with the dash subtitle under it, and the subtitle's byline with it (dashSubtitles.ts).
  if (sides.eitherText(dashSubtitleWithinReach)) throw NOT_LOCAL;
  // `#` comment lines stacked at the top of plain text are read together (commentHeader.ts).
  if (format === 'plain' && sides.eitherText(commentHeaderWithinReach)) throw NOT_LOCAL;
  // A run of `### Key: value` headings is a header: a line added or removed beside one may split or join the run.
  if (sides.either(fieldHeadingWithinReach)) throw NOT_LOCAL;
  // A long title-case title reads whether the line above it runs on.
  if (sides.either(runOnTitleWithinReach)) throw NOT_LOCAL;
  // A `Name:headline` line over its date line is the page's title: lines added or removed below it move the date.
  if (sides.either(colonHeadlineWithinReach)) throw NOT_LOCAL;
  // A label alone on its line read with the line under it (labelAloneRuleWithinReach): lines between them move that.
  if (sides.eitherText(labelAloneRuleWithinReach)) throw NOT_LOCAL;
  // A chapter list is read as a run (chapterLists.ts): lines added or removed at or beside one may join, split or end it.
  if (sides.eitherText(chapterListWithinReach)) throw NOT_LOCAL;
  // A one-off label over a name or a date alone is a field, as in updateLine: an Enter inside its words changes them.
  if (sides.eitherText(fieldLineEdited)) throw NOT_LOCAL;
  if (sides.eitherText(portraitCardEdited)) throw NOT_LOCAL;
  // A card without a portrait (`Jane Doe (Riverside) (Lab)`) is read with the document's others and the lines under it (nameCards.ts).
  if (sides.eitherText(nameLinesEdited)) throw NOT_LOCAL;
  // A title after a one-off label is a headline where names stand alone (headlineLabels.ts): a split or joined one re-reads it.
  if (sides.eitherText(headlineLabelLineWithinReach) && mayHoldHeadlineTurns(baseline.turns)) throw NOT_LOCAL;
  // A title past blank lines below may sit on another title (outline.ts, isOverStandingTitle): it reads how long the paragraph is.
  if (mayBeTitlePastNotesBelow(old, edit.oldLast, baseline.summaryItemTexts)) throw NOT_LOCAL;
  const context = lineBreakContext(baseline, format, options);
  // Blank lines added or removed between lines of text, or lines split, joined or pasted inside speech.
  const blankRun = blankRunEdit(old, edit, editStart, editEnd, change.text, context);
  // An Enter that leaves a short piece of a line (`我們的客戶` / `非常優秀`): title-shaped, read as no title under text.
  const titleShapedPiece = blankRun ? -1 : titleShapedSplitPiece(old, edit);
  if (!blankRun && !isLocalLineBreakEdit(old, edit, editStart, editEnd, delta, context, titleShapedPiece)) throw NOT_LOCAL;
  if (titleShapedPiece >= 0) splitPieceReadsAsNoTitle(baseline, edit.lines, edit.first, titleShapedPiece, format, options);
  const { lines } = edit;
  const regionStart = old.lineStart(blankRun ? blankRun.above : edit.first);
  const regionEnd = old.lineEnd(blankRun && blankRun.below >= 0 ? Math.max(blankRun.below, edit.oldLast) : edit.oldLast);
  if (touchesTopicHeadings(baseline.topics.near(regionStart, regionEnd), regionStart, regionEnd)) throw NOT_LOCAL;
  // Summary lists search a number of lines ahead, with a budget per line: the line count matters to them.
  // Computed once per full analysis (a scan of every line); a document without list items has no search.
  const profile = (baseline.summary ??= baseline.summaryItemTexts.size ? summaryProfile(old, format, options) : NO_SUMMARY_SEARCHES);
  const summary = summaryProfileAfter(profile, edit.first, edit.oldLast, edit.newLast, old.lineCount, (line) => isInertForSummaries(old, line, baseline.summaryItemTexts));
  if (!summary) throw NOT_LOCAL;
  const lineStart = old.lineStart(edit.first);
  const oldLineEnd = old.lineEnd(edit.oldLast);
  const newLineEnd = lines.lineEnd(edit.newLast);
  // Around a blank run no line's text changes, so no turn or section end follows the edit (-1 matches none).
  const lineEdit: LineEdit = blankRun
    ? { line: blankRun.above, lineStart: regionStart, oldLineEnd, newLineEnd, editStart, editEnd, delta, oldTrimEnd: -1, newTrimEnd: -1 }
    : {
      line: edit.first, lineStart, oldLineEnd, newLineEnd, editStart, editEnd, delta,
      oldTrimEnd: trimEnd(old.source, old.lineStart(edit.oldLast), oldLineEnd),
      newTrimEnd: trimEnd(text, lines.lineStart(edit.newLast), newLineEnd),
    };
  const claimsThrough = blankRun ? (blankRun.newBelow < 0 ? lines.lineCount - 1 : Math.max(blankRun.newBelow, edit.newLast)) : edit.newLast;
  const shift = new Shift(lineEdit);
  // An aside below the run that the turn over `above` now ends on, or no longer does (asideEdits.ts).
  const turnEnd = blankRun?.turnEnd;
  const turns = baseline.turns.edited(regionStart, oldLineEnd, delta, (t) => (turnEnd && t.span.start === turnEnd.turnStart ? turnWithEnd(shift.turn(t), turnEnd.end) : shift.turn(t)));
  const topics = baseline.topics.edited(regionStart, oldLineEnd, delta, (t) => shift.topic(t));
  const stageDirections = baseline.stageDirections.edited(regionStart, oldLineEnd, delta, (d) => shift.stageDirection(d));
  const claims = reclaim(baseline.claims, lines, lineEdit, { turns, topics, stageDirections }, format, options, claimsThrough);
  const speakers = baseline.speakers;
  const labelState = labelStateAcrossLines(baseline, old, lines, edit.first, edit.oldLast, edit.newLast, format);
  return {
    lines, format, speakers, turns, stageDirections, topics, claims, analysis: lazyAnalysis(speakers, turns, stageDirections, topics, claims), summaryItemTexts: baseline.summaryItemTexts, summary,
    ...labelState,
  };
}

/** An Analysis whose arrays are built from the blocks on first read (deepStrictEqual sees plain values). */
function lazyAnalysis(speakers: readonly SpeakerSummary[], turns: BlockList<Turn>, stageDirections: BlockList<StageDirection>, topics: BlockList<Topic>, claims: BlockList<Claim>): Analysis {
  // Range queries (query.ts) read only the blocks near the range.
  return backedByBlocks({
    speakers,
    get turns() {
      return turns.toArray();
    },
    get stageDirections() {
      return stageDirections.toArray();
    },
    get topics() {
      return topics.toArray();
    },
    get claims() {
      return claims.toArray();
    },
  }, { turns, stageDirections, claims });
}

// How each kind of result is held in blocks: the extent of its offsets, and the result moved by a delta.

function spanBounds(span: Span): { low: number; high: number } {
  return { low: span.start, high: span.end };
}

function moved(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function turnBounds(turn: Turn): { low: number; high: number } {
  const label = turn.labelSpan;
  return label ? { low: Math.min(turn.span.start, label.start), high: Math.max(turn.span.end, label.end) } : spanBounds(turn.span);
}

/** Object literals rather than spreads, as in Shift.turn: the same shape as a fresh analysis. */
function moveTurn(turn: Turn, delta: number): Turn {
  const span = moved(turn.span, delta);
  const labelSpan = turn.labelSpan && moved(turn.labelSpan, delta);
  return turn.timestamp === undefined
    ? { speaker: turn.speaker, span, labelSpan, source: turn.source }
    : { speaker: turn.speaker, span, labelSpan, source: turn.source, timestamp: turn.timestamp };
}

function topicBounds(topic: Topic): { low: number; high: number } {
  let low = Math.min(topic.span.start, topic.headingSpan.start);
  let high = Math.max(topic.span.end, topic.headingSpan.end);
  for (const link of topic.summaryLinks) {
    low = Math.min(low, link.start);
    high = Math.max(high, link.end);
  }
  for (const child of topic.children) {
    const bounds = topicBounds(child);
    low = Math.min(low, bounds.low);
    high = Math.max(high, bounds.high);
  }
  return { low, high };
}

function moveTopic(topic: Topic, delta: number): Topic {
  return {
    ...topic,
    span: moved(topic.span, delta),
    headingSpan: moved(topic.headingSpan, delta),
    summaryLinks: topic.summaryLinks.map((s) => moved(s, delta)),
    children: topic.children.map((c) => moveTopic(c, delta)),
  };
}

function moveClaim(claim: Claim, delta: number): Claim {
  return { text: claim.text, span: moved(claim.span, delta), speaker: claim.speaker, kind: claim.kind, cues: claim.cues, confidence: claim.confidence };
}

/** Whether some turn is a speech handed over without a label (a lead-in's, a byline's or a declared speaker's). */
function hasHandedOverSpeech(turns: BlockList<Turn>): boolean {
  let found = false;
  turns.forEachUntil((turn) => !(found = turn.source === 'narration' && turn.labelSpan === null));
  return found;
}

/** longUnderlineWithinReach as an index check (EditSides keeps its answers by check). */
const longUnderlineOnLines = (lines: LineIndex, first: number, last: number): boolean => longUnderlineWithinReach(lines, first, last);

/** readsAsProse of a line no title sits in (checkLineRole's reading, one function so that EditSides keeps its answer). */
const readsAsUntitledProse = (text: string): boolean => readsAsProse(text, 0);

/**
 * Throws NotLocal unless the edited line plays the same part in turns, topics and stage directions
 * before and after the edit, so that only its paragraph's claims can change. `relabel`: only its label
 * changed (a rename), which the label scheme must decide (renamedTurn); `titleShapedBefore`: the line was
 * only title-shaped before the edit (a label typed on a short line, which splitTurn checks was read as no title).
 */
function checkLineRole(baseline: Baseline, oldText: TextSource, newText: TextSource, edit: LineEdit, sides: EditSides, format: TranscriptFormat, options: AnalysisOptions, change: TextChange): { relabel: boolean; titleShapedBefore: boolean } {
  const { lineStart, oldLineEnd, newLineEnd } = edit;
  const oldBlank = skipSpaces(oldText, lineStart, oldLineEnd) >= edit.oldTrimEnd;
  const newBlank = skipSpaces(newText, lineStart, newLineEnd) >= edit.newTrimEnd;
  // A blank line read as an empty one (the caller checks its neighbours with filledBlankLine).
  const oldStart = oldBlank ? lineStart : skipSpaces(oldText, lineStart, oldLineEnd);
  const newStart = newBlank ? lineStart : skipSpaces(newText, lineStart, newLineEnd);
  const filled = oldBlank !== newBlank;
  if (oldBlank && newBlank) throw NOT_LOCAL;
  if (!filled) {
    // Same leading and trailing space, same first character: turn and topic bounds move with the edit.
    if (oldStart !== newStart) throw NOT_LOCAL;
    if (oldText.charCodeAt(oldStart) !== newText.charCodeAt(newStart)) throw NOT_LOCAL;
    // Typed right before the line's first character: what starts the line (a signed block's turn) stays, Shift would move it.
    if (edit.editStart === oldStart) throw NOT_LOCAL;
    if (oldLineEnd - edit.oldTrimEnd !== newLineEnd - edit.newTrimEnd) throw NOT_LOCAL;
  }
  // Markdown front matter closes on a line starting with `---`.
  if (format === 'markdown' && edit.editStart < lineStart + 4 && (oldText.charCodeAt(oldStart) === 45 || newText.charCodeAt(newStart) === 45)) throw NOT_LOCAL;
  let titleShapedBefore = false;
  let titleShapedAfter = false;
  for (const [text, start, end, blank, before] of [[oldText, oldStart, oldLineEnd, oldBlank, true], [newText, newStart, newLineEnd, newBlank, false]] as const) {
    if (blank) continue;
    // A short line (`李明`) may turn into a label line (`李明：`): whether it was read as a title is checked with the split.
    if (!isPlainTextShaped(text, start, end)) {
      if (!onlyTitleShaped(text, start, end)) throw NOT_LOCAL;
      if (before) titleShapedBefore = true;
      else titleShapedAfter = true;
    }
    const trimmed = trimEnd(text, start, end);
    if (trimmed - start <= MAX_SUMMARY_TARGET_LENGTH && baseline.summaryItemTexts.has(text.slice(start, trimmed))) throw NOT_LOCAL;
  }
  // A line ending in a colon may hand over to a quote or name a narration subject anywhere in the document.
  const oldColonEnd = isColon(oldText.charCodeAt(edit.oldTrimEnd - 1));
  const newColonEnd = isColon(newText.charCodeAt(edit.newTrimEnd - 1));
  // Whether a title above reads this line as its body text (its length or a sentence end, as readsAsBody), or one below follows a sentence.
  const readsAsBody = (text: TextSource, start: number, end: number): boolean =>
    end > start && (end - start > MAX_BODYLESS_LENGTH || (endsSentenceAt(text, lineStart, end) && !isFurnitureOrDateline(text.slice(start, end))));
  const endsSentence = (text: TextSource, end: number): boolean => end > lineStart && endsSentenceAt(text, lineStart, end);
  const bodyChanged = readsAsBody(oldText, oldStart, edit.oldTrimEnd) !== readsAsBody(newText, newStart, edit.newTrimEnd);
  if (bodyChanged && mayBeTitleAbove(baseline.lines, edit.line, baseline.summaryItemTexts)) throw NOT_LOCAL;
  // `<div …>` ends the turn above it; `<p …>` does not.
  if (isPageMarkup(oldText, oldStart) !== isPageMarkup(newText, newStart)) throw NOT_LOCAL;
  // `>> Thanks.` hands over to an unnamed speaker.
  if (oldText.startsWith('>>', oldStart) !== newText.startsWith('>>', newStart)) throw NOT_LOCAL;
  // `END  2:47 P.M. EDT` closes the turn above it.
  if (sides.readsDifferently(isClosingLine, oldText.slice(oldStart, Math.min(edit.oldTrimEnd, oldStart + CLOSING_LINE_SCAN)), newText.slice(newStart, Math.min(edit.newTrimEnd, newStart + CLOSING_LINE_SCAN)))) throw NOT_LOCAL;
  if (endsSentence(oldText, edit.oldTrimEnd) !== endsSentence(newText, edit.newTrimEnd) && mayBeTitleBelow(baseline.lines, edit.line, baseline.summaryItemTexts)) throw NOT_LOCAL;
  // A bare date (`THURSDAY, 2ND JUNE, 2016`) ends a section but titles none: a line becoming one, or one no longer.
  if (sides.readsDifferently(isLatinDateline, oldText.slice(oldStart, edit.oldTrimEnd), newText.slice(newStart, edit.newTrimEnd))) throw NOT_LOCAL;
  // A title past blank lines below may sit on another title (outline.ts, isOverStandingTitle): it reads this paragraph.
  const proseChanged = (): boolean => sides.readsDifferently(readsAsUntitledProse, oldText.slice(lineStart, edit.oldTrimEnd), newText.slice(lineStart, edit.newTrimEnd));
  if ((bodyChanged || endsSentence(oldText, edit.oldTrimEnd) !== endsSentence(newText, edit.newTrimEnd) || proseChanged()) && mayBeTitlePastNotesBelow(baseline.lines, edit.line, baseline.summaryItemTexts)) throw NOT_LOCAL;
  // `**What got you started?**` over an answer is a title: its bold marks and closing question mark decide.
  if (boldMarkReading(oldText, oldStart, edit.oldTrimEnd) !== boldMarkReading(newText, newStart, edit.newTrimEnd)) throw NOT_LOCAL;
  // A speech lead-in, a speaker's byline or sign-off, a figure: who speaks in the lines below may change.
  if (sides.readsDifferently(speechIntroductionReading, oldText.slice(lineStart, oldLineEnd), newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // `全文如下：` below reads the lead above it for a title's holder or an office.
  if (fullTextLeadBelow(baseline.lines, edit.line)) throw NOT_LOCAL;
  // `… [name=kiang]` signs the block above it, a signed list item only itself; an edit at or after the
  // signature (a second one pasted after it) moves the label unlike the text before it.
  const oldLine = oldText.slice(lineStart, oldLineEnd);
  if (sides.readsDifferently(signatureReading, oldLine, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  const signature = signatureAtEnd(oldLine);
  if (signature && lineStart + signature.start <= edit.editEnd) throw NOT_LOCAL;
  // A short line beside this one may be a picture's caption, read against this line's words.
  if (mayChangeCaptionBeside(baseline.lines, edit.line, oldText.slice(lineStart, oldLineEnd), newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A parallel plain title, a picture or a credit field near the line is read with its neighbours.
  if (parallelShapeWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A numbered title near the line, or the line becoming one: the sequence is read across the document.
  if (numberedTitleWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A title shape the document repeats is counted across the document: the readings around the line must stay (recurringShapes.ts).
  if (recurringShapeChanged(baseline.lines, edit.line, edit.line, null, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  if (numberedParagraphWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A dialogue's bold sub-heading near the line, or the line becoming one (dialogueSubheadings.ts).
  if (dialogueSubheadingWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A sentence-case title at a break between tight labelled lines reads each line's blankness, words and label shape
  // within its reach (sentenceCaseTitles.ts): a line reading otherwise near one, before the edit or after it.
  if (sides.readsDifferently(sentenceCaseReading, oldText.slice(lineStart, oldLineEnd), newText.slice(lineStart, newLineEnd)) && sides.eitherText(sentenceCaseTitleWithinReach)) throw NOT_LOCAL;
  // A list's head is read with the line above it and the items under it (listHeads.ts).
  if (sides.eitherText(listHeadWithinReach)) throw NOT_LOCAL;
  // A section marker near the line, or the line becoming one (bracketedSections.ts).
  if (sectionMarkerWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A chapter title near the line, or the line becoming one (chapterHeadings.ts).
  if (chapterHeadingLineEditWithinReach(baseline.lines, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A letter-spaced title on or beside the line, or the line becoming one (letterSpacedTitles.ts).
  if (letterSpacedTitleWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // A mark heading (`== Section`, `* Heading`) on the line or past it, or the line becoming one (markHeadings.ts).
  if (markHeadingWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd), baseline.format === 'markdown')) throw NOT_LOCAL;
  // A line over `=====` is a title when exactly as long as it (lineScan.ts, measuredUnderline).
  if (underlineWithinReach(baseline.lines, edit.line, edit.line)) throw NOT_LOCAL;
  if (longUnderlineWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  if (headlineWithinReach(baseline.lines, edit.line) || mayBecomeHeadline(edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  if (sides.eitherText(documentTitleWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(datedHeadlineWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(titleBlockWithinReach)) throw NOT_LOCAL;
  if (sides.either(packedCapitalsWithinReach)) throw NOT_LOCAL;
  if (sides.either(pictographLineEdited)) throw NOT_LOCAL;
  if (sides.either(proceedingsTitleWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(repeatedTitleWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(titleOverFieldsWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(dashSubtitleWithinReach)) throw NOT_LOCAL;
  if (sides.eitherText(titleFieldWithinReach)) throw NOT_LOCAL;
  if (linkHeadingWithinReach(baseline.lines, edit.line, edit.line)) throw NOT_LOCAL;
  if (baseline.format === 'plain' && sides.eitherText(commentHeaderWithinReach)) throw NOT_LOCAL;
  if (fieldHeadingWithinReach(baseline.lines, edit.line, edit.line)) throw NOT_LOCAL;
  if (runOnTitleWithinReach(baseline.lines, edit.line, edit.line)) throw NOT_LOCAL;
  if (colonHeadlineWithinReach(baseline.lines, edit.line, edit.line) || colonHeadlineWithinReach(baseline.lines, edit.line, edit.line, newText.slice(lineStart, newLineEnd))) throw NOT_LOCAL;
  // The line's heading (a setext title in Markdown) or summary link.
  if (touchesTopicHeadings(baseline.topics.near(lineStart, oldLineEnd), lineStart, oldLineEnd)) throw NOT_LOCAL;

  const context = { extraLabelPatterns: options.extraLabelPatterns };
  const oldPrefix = oldText.slice(lineStart, Math.min(oldLineEnd, lineStart + LABEL_SCAN_LIMIT));
  const newPrefix = newText.slice(lineStart, Math.min(newLineEnd, lineStart + LABEL_SCAN_LIMIT));
  const oldLabel = recognizeLabel(oldPrefix, oldLineEnd - lineStart, context);
  const newLabel = recognizeLabel(newPrefix, newLineEnd - lineStart, context);
  const oldCandidate = labelCandidate(oldPrefix, oldLineEnd - lineStart);
  const newCandidate = labelCandidate(newPrefix, newLineEnd - lineStart);
  // The labelling scheme is the document's: it is read from every line's candidate and known label. An
  // edit that leaves this line's both unchanged leaves the scheme, and so every line's label, unchanged.
  // One that changes them on a label line is a rename, re-decided from the scheme's counts (renamedTurn).
  // Speech typed after a label alone (`李明：` → `李明：好`), or removed, changes the turn's source.
  const oldHead = oldLabel ?? oldCandidate;
  const newHead = newLabel ?? newCandidate;
  const speechChanged = oldHead !== null && newHead !== null && lineStart + oldHead.textStart < edit.oldTrimEnd !== lineStart + newHead.textStart < edit.newTrimEnd;
  // `Twitter : @name` is a field; words typed after the handle make it a label line (scheme.ts, isOnlyALink).
  if (oldHead && newHead && isOnlyALink(oldText.slice(lineStart + oldHead.textStart, oldLineEnd)) !== isOnlyALink(newText.slice(lineStart + newHead.textStart, newLineEnd))) throw NOT_LOCAL;
  // `发布人: 谜语网 发布时间:…` is a field; an edit that makes its value hold a field, or no longer, re-decides it.
  if (oldHead && newHead && holdsAnotherField(oldText.slice(lineStart + oldHead.textStart, oldLineEnd)) !== holdsAnotherField(newText.slice(lineStart + newHead.textStart, newLineEnd))) throw NOT_LOCAL;
  const relabel = !sameLabel(oldLabel, newLabel) || !sameCandidate(oldCandidate, newCandidate) || speechChanged;
  // `何子明:脆弱的和解` is no label where the name is labelled once (scheme.ts headsATitle): speech edited into a title or
  // back re-decides it; under a name the document labels again the label stays (titleMayMatter).
  const titleReading = (text: TextSource, end: number, heads: readonly ({ readonly textStart: number } | null)[]): string => heads.map((head) => head !== null && valueHeadsATitle(text, lineStart + head.textStart, end)).join();
  if (titleReading(oldText, oldLineEnd, [oldLabel, oldCandidate]) !== titleReading(newText, newLineEnd, [newLabel, newCandidate])) {
    if (relabel || titleMayMatter(baseline, baseline.lines, edit.line, format, options)) throw NOT_LOCAL;
    // The label's reading takes the line alone (its head and the speech after it).
    if (titleMayMatter(baseline, new LineIndex(newText.slice(lineStart, newLineEnd)), 0, format, options)) throw NOT_LOCAL;
  }
  // A label typed on a line of text may split the turn the line lands in (splitTurn), one removed join its turn to
  // the one above (mergedTurn); on a blank line, or with no label either side, it falls back.
  if (relabel && (filled || (!newHead && !oldHead))) throw NOT_LOCAL;
  // Inside a speech a lead-in or byline handed over, a label is a voice only if its name labels another line
  // too (findTurns' isOneOffTerm): a label edit there may change how other lines read.
  if (relabel && hasHandedOverSpeech(baseline.turns)) throw NOT_LOCAL;
  // `Guest Name: Episode Title` where names stand alone is a headline, no turn (headlineLabels.ts): read with the
  // document's layout and name counts, so a label edit, or one on a line with a title after its label, re-reads it.
  if ((relabel || titleAfterLabel(oldText.slice(lineStart, oldLineEnd)) || titleAfterLabel(newText.slice(lineStart, newLineEnd))) && mayHoldHeadlineTurns(baseline.turns)) throw NOT_LOCAL;
  // The document's first content line may be a headline (`Agency: headline`), read from the text after its label.
  if ((oldHead || newHead) && !hasContentAbove(baseline.lines, edit.line)) {
    const headline = (text: TextSource, head: { readonly textStart: number } | null, end: number): boolean => head !== null && readsAsHeadline(text.slice(lineStart + head.textStart, end));
    if (headline(oldText, oldLabel, edit.oldTrimEnd) !== headline(newText, newLabel, edit.newTrimEnd)) throw NOT_LOCAL;
    if (headline(oldText, oldCandidate, edit.oldTrimEnd) !== headline(newText, newCandidate, edit.newTrimEnd)) throw NOT_LOCAL;
  }
  if (oldColonEnd || newColonEnd) {
    // On a label line before and after, a colon at the end only names a narration subject (`王芳回答道：`).
    if (!relabel) throw NOT_LOCAL;
    const tail = (text: TextSource, end: number): string | null | undefined => recognizeHandOver(text.slice(Math.max(lineStart, end - NARRATION_TAIL), end))?.subject;
    if (tail(oldText, edit.oldTrimEnd) != null || tail(newText, edit.newTrimEnd) != null) throw NOT_LOCAL;
  }
  if (sides.readsDifferently(narrationReading, oldText.slice(oldStart, Math.min(edit.oldTrimEnd, oldStart + NARRATION_SCAN)), newText.slice(newStart, Math.min(edit.newTrimEnd, newStart + NARRATION_SCAN)))) throw NOT_LOCAL;
  // A plain sub-heading inside a handed-over speech is no one's (findTurns' isPlainSubheading): an edit that makes or
  // unmakes its shape there moves where the speech's turns end.
  const subheading = (text: TextSource, start: number, end: number): boolean => end - start <= LABEL_SCAN_LIMIT && isPlainSubheadingShape(text.slice(start, end));
  if (subheading(oldText, oldStart, edit.oldTrimEnd) !== subheading(newText, newStart, edit.newTrimEnd) && hasHandedOverSpeech(baseline.turns)) throw NOT_LOCAL;
  // `梁：1972年` → `梁：：1972年`: an edit inside a label only the scheme reads (a surname's initial, no known label)
  // leaves its reading the same but moves where the label ends; a full analysis reads the span anew.
  if (!relabel && !oldLabel && insideLabelSpan(baseline.turns.near(lineStart, oldLineEnd), edit.editStart)) throw NOT_LOCAL;
  if (relabel) {
    // Whether speech follows the label, and a credit line, are read from the labels the scheme decides.
  } else if (oldLabel && newLabel) {
    if (lineStart + oldLabel.textStart >= edit.oldTrimEnd || lineStart + newLabel.textStart >= edit.newTrimEnd) throw NOT_LOCAL;
    // A label whose speech is wholly a quote ends its turn at the quote's close (findTurns): an edit that makes or
    // unmakes that shape (`「…」` → `「…」他說`) moves where the turn ends without changing the quotes' balance.
    if (isWhollyQuoted(oldText.slice(lineStart + oldLabel.textStart, edit.oldTrimEnd)) !== isWhollyQuoted(newText.slice(lineStart + newLabel.textStart, edit.newTrimEnd))) throw NOT_LOCAL;
    if (edit.editStart < lineStart + oldLabel.labelEnd) throw NOT_LOCAL;
    const oldCredit = isCreditLine(oldLabel, oldText.slice(lineStart + oldLabel.textStart, edit.oldTrimEnd));
    const newCredit = isCreditLine(newLabel, newText.slice(lineStart + newLabel.textStart, edit.newTrimEnd));
    if (oldCredit !== newCredit) throw NOT_LOCAL;
  } else {
    const oldColon = inlineQuoteColon(oldText, oldStart, edit.oldTrimEnd);
    const newColon = inlineQuoteColon(newText, newStart, edit.newTrimEnd);
    if (oldColon !== newColon || (oldColon >= 0 && edit.editStart <= oldColon)) throw NOT_LOCAL;
  }
  const removed = oldText.slice(edit.editStart, edit.editEnd);
  // Quote marks decide only where a turn handed over to a quote ends (quoteEdits.ts); a rename re-reads the turn.
  if (quoteBalance(removed) !== quoteBalance(change.text) && (relabel || filled || !quoteEditKeepsTurns(baseline.lines, newText, edit, baseline.turns.near(lineStart, oldLineEnd), (start, end) => baseline.stageDirections.near(start, end), format === 'markdown'))) throw NOT_LOCAL;
  const oldLineText = oldText.slice(lineStart, oldLineEnd);
  const newLineText = newText.slice(lineStart, newLineEnd);
  const directions = { before: sides.readBefore(stageDirectionsOfLine, oldLineText), after: sides.readAfter(stageDirectionsOfLine, newLineText) };
  if (!sameStageDirections(oldLineText, newLineText, edit.editStart - lineStart, edit.editEnd - lineStart, edit.delta, true, directions)) throw NOT_LOCAL;
  // Words appearing on a line that had none, or the last ones removed, may make a name line above it one
  // that opens speech (outline, opensSpeech).
  if (hasWordsAtStart(oldText, lineStart, oldLineEnd) !== hasWordsAtStart(newText, lineStart, newLineEnd) && nameLineAbove(newText, lineStart)) throw NOT_LOCAL;
  // A comma or full stop opening the line under a name line puts that name inside a sentence (outline, sentenceGoesOnBelow).
  if (opensWithContinuation(oldText, lineStart, oldLineEnd) !== opensWithContinuation(newText, lineStart, newLineEnd) && nameLineAbove(newText, lineStart)) throw NOT_LOCAL;
  // A time alone made or unmade under a name line moves where that line's speech is looked for.
  if (isClockAlone(oldText, lineStart, oldLineEnd) !== isClockAlone(newText, lineStart, newLineEnd) && nameLineAbove(newText, lineStart)) throw NOT_LOCAL;
  // `…comes from John Doe with…` introduces the name line below it as a speaker.
  if (mentionsNameLineBelow(baseline.lines, edit.line, oldText.slice(lineStart, edit.oldTrimEnd), newText.slice(lineStart, edit.newTrimEnd))) throw NOT_LOCAL;
  if (titleShapedBefore && !(relabel && !oldHead && newHead)) throw NOT_LOCAL;
  // A short line typed (`李` → `李明`): local where the outline reads it as no title and no speaker's name line.
  if (titleShapedAfter && (relabel || titleShapedBefore || filled)) throw NOT_LOCAL;
  if (titleShapedAfter) readsAsNoTitle(baseline, newText.slice(lineStart, newLineEnd).trim(), edit.line, format, options);
  return { relabel, titleShapedBefore };
}

/** Net quote depth and straight-quote parity, as TurnBuilder.extend counts them. */
function quoteBalance(text: string): string {
  let depth = 0;
  let straight = 0;
  for (const ch of text) {
    if (ch === '"') straight ^= 1;
    else if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch)) depth--;
  }
  return `${depth}/${straight}`;
}

function touchesTopicHeadings(topics: readonly Topic[], start: number, end: number): boolean {
  for (const topic of topics) {
    if (topic.span.end < start || topic.span.start > end) continue;
    if (overlapsLine(topic.headingSpan, start, end) || topic.summaryLinks.some((s) => overlapsLine(s, start, end))) return true;
    if (touchesTopicHeadings(topic.children, start, end)) return true;
  }
  return false;
}

function overlapsLine(span: Span, start: number, end: number): boolean {
  return span.start <= end && span.end >= start;
}

/** Old offsets to new ones. Bounds inside the edited line move only where the checks above proved they do. */
class Shift {
  constructor(private readonly edit: LineEdit) {}

  /** A start: text from here on moved by the edit unless it lies before the edit. */
  start(offset: number): number {
    const e = this.edit;
    if (offset < e.editStart) return offset;
    if (offset >= e.editEnd && (offset > e.editStart || e.editStart === e.editEnd)) return offset + e.delta;
    if (offset === e.editStart) return offset;
    throw NOT_LOCAL;
  }

  /** An end: text up to here moved by the edit unless it lies before the edit. */
  end(offset: number): number {
    const e = this.edit;
    if (offset <= e.editStart) return offset;
    if (offset >= e.editEnd) return offset + e.delta;
    throw NOT_LOCAL;
  }

  /** Turns and sections end at the end of a line's text, which follows whatever is typed there. */
  lineTextEnd(offset: number): number {
    return offset === this.edit.oldTrimEnd ? this.edit.newTrimEnd : this.end(offset);
  }

  span(span: Span): Span {
    if (span.end < this.edit.lineStart) return span;
    return { start: this.start(span.start), end: this.end(span.end) };
  }

  turn(turn: Turn): Turn {
    if (turn.span.end < this.edit.lineStart) return turn;
    const span = { start: this.start(turn.span.start), end: this.lineTextEnd(turn.span.end) };
    const labelSpan = turn.labelSpan && this.span(turn.labelSpan);
    // Object literals rather than spreads: this runs for every turn after the edit.
    return turn.timestamp === undefined
      ? { speaker: turn.speaker, span, labelSpan, source: turn.source }
      : { speaker: turn.speaker, span, labelSpan, source: turn.source, timestamp: turn.timestamp };
  }

  topic(topic: Topic): Topic {
    if (topic.span.end < this.edit.lineStart) return topic;
    // An object literal in the model's key order, and lists nothing in which moves kept: this runs for every
    // topic after the edit in its block, and a summary's links lie above the sections they name.
    return {
      title: topic.title,
      span: { start: this.start(topic.span.start), end: this.lineTextEnd(topic.span.end) },
      headingSpan: this.span(topic.headingSpan),
      level: topic.level,
      children: topic.children.length === 0 ? topic.children : topic.children.map((c) => this.topic(c)),
      summaryLinks: this.spans(topic.summaryLinks),
    };
  }

  /** `spans` moved, the same list when none of them lies at or after the edited line. */
  private spans(spans: readonly Span[]): readonly Span[] {
    let moved: Span[] | undefined;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      const next = this.span(span);
      if (next !== span) (moved ??= spans.slice(0, i)).push(next);
      else moved?.push(span);
    }
    return moved ?? spans;
  }

  stageDirection(direction: StageDirection): StageDirection {
    return direction.span.end < this.edit.lineStart ? direction : { span: this.span(direction.span) };
  }
}

interface Shifted {
  readonly turns: BlockList<Turn>;
  readonly topics: BlockList<Topic>;
  readonly stageDirections: BlockList<StageDirection>;
}

/** Lines whose claims may change: from the paragraph two lines above the first edited line to the end of the last one's paragraph. */
function claimWindow(lines: LineIndex, line: number, lastLine: number, indentIsLayout = false): { from: number; to: number } {
  const isBlank = (l: number): boolean => {
    const text = lines.source;
    for (let i = lines.lineStart(l), end = lines.lineEnd(l); i < end; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
    return true;
  };
  // The paragraph around the edit, or less where a line above or below ends its sentences: a file with no
  // blank lines (a line per timestamped segment) would otherwise be re-read whole on every keystroke.
  let from = Math.max(0, line - 2);
  // A gutter document's sentences go on over a blank line (sentences.ts nextSpeechLine): only a line ending its sentences ends them.
  if (indentIsLayout) {
    while (from > 0 && (isBlank(from - 1) || !endsItsSentences(lines, from - 1))) from--;
  } else {
    while (from > 0 && !isBlank(from - 1) && !endsItsSentences(lines, from - 1)) from--;
  }
  // The line after the edit stays inside: whether it is a title reads the edited line.
  let to = Math.min(lines.lineCount, lastLine + 2);
  if (indentIsLayout) {
    while (to < lines.lineCount && (isBlank(to - 1) || !endsItsSentences(lines, to - 1))) to++;
  } else {
    while (to < lines.lineCount && !isBlank(to) && !endsItsSentences(lines, to - 1)) to++;
  }
  return { from, to };
}

/** Old claims outside the window (shifted), and the window's claims recomputed as findClaims would. */
function reclaim(old: BlockList<Claim>, lines: LineIndex, edit: LineEdit, shifted: Shifted, format: TranscriptFormat, options: AnalysisOptions, lastLine = edit.line, window?: { from: number; to: number }, dialogue = false, indentIsLayout = false): BlockList<Claim> {
  const { from, to } = window ?? claimWindow(lines, edit.line, lastLine, indentIsLayout);
  const subtitles = format === 'srt' || format === 'vtt';
  const windowStart = lines.lineStart(from);
  const newWindowEnd = lines.lineEnd(to - 1);
  const oldWindowEnd = newWindowEnd - edit.delta;
  // A line's sentences depend on labels and skips up to two lines below it (a title looks past a blank line).
  const contextEnd = lines.lineEnd(Math.min(lines.lineCount - 1, to + 2));
  const inContext = (span: Span): boolean => span.start < contextEnd && span.end > windowStart;
  // Turns and stage directions are in document order: only those around the window matter.
  const turns = around(shifted.turns.near(windowStart, contextEnd), (t) => t.span, windowStart, contextEnd);
  const labelSpans = turns.flatMap((t) => (t.labelSpan && inContext(t.labelSpan) ? [t.labelSpan] : []));
  const directions = around(shifted.stageDirections.near(windowStart, contextEnd), (d) => d.span, windowStart, contextEnd).map((d) => d.span);
  const skipSpans = [...headingSpans(shifted.topics.near(windowStart, contextEnd), windowStart, contextEnd).filter(inContext), ...directions.filter(inContext)];
  const spans = sentenceSpansOf(lines, { labelSpans, skipSpans, format, indentIsLayout }, from, to);
  const speakers = new SpeakerLookup(turns);
  // A sentence whose context (classifyReach.ts) the edit left as it was keeps the last window's classification.
  const classifier = new WindowClassifier(old, options);
  const fresh: Claim[] = [];
  // As findClaims: the reads an opener up to SPONSOR_READ_ZONE before the window may reach into it.
  const reads = sponsorReads(lines.source, sponsorOpeners(lines.source, Math.max(0, windowStart - SPONSOR_READ_ZONE), newWindowEnd));
  let read = 0;
  for (const span of spans) {
    // As findClaims: a subtitle sentence over several cues, or with cue markup, is classified as read.
    const asRead = sentenceReading(lines.source, span, format);
    const classification = isReadAsJoined(lines.source, span, subtitles) ? classifySentence(asRead, options) : classifier.classify(lines.source, span.start, span.end);
    if (!classification) continue;
    const text = asShown(asRead, format);
    const cues = dialogue ? withDialogueReason(classification.cues) : classification.cues;
    const confidence = dialogue ? inDialogue(classification.confidence) : classification.confidence;
    while (read < reads.length && reads[read]!.span.end <= span.start) read++;
    const ad = read < reads.length ? inSponsorRead(reads[read]!, span, cues, confidence) : undefined;
    fresh.push({ text, span, speaker: speakers.at(span.start), kind: classification.kind, cues: ad?.cues ?? cues, confidence: ad?.confidence ?? confidence });
  }
  const claims = old.replaced(windowStart, oldWindowEnd, fresh, edit.delta);
  classifier.keepFor(claims);
  return claims;
}

/** Heading and summary-item spans of the topics that overlap [start, end). */
function headingSpans(topics: readonly Topic[], start: number, end: number): Span[] {
  return topics.flatMap((t) => (t.span.start > end || t.span.end < start ? [] : [t.headingSpan, ...t.summaryLinks, ...headingSpans(t.children, start, end)]));
}

/**
 * Items of a list in document order (by start, not overlapping much) that may overlap [start, end): a
 * binary search for the first one ending at or after `start`, backed off a few in case ends are not sorted.
 */
function around<T>(items: readonly T[], spanOf: (item: T) => Span, start: number, end: number): T[] {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spanOf(items[mid]!).start < start) low = mid + 1;
    else high = mid;
  }
  const found: T[] = [];
  for (let i = Math.max(0, low - AROUND_BACK_OFF); i < items.length && spanOf(items[i]!).start <= end; i++) found.push(items[i]!);
  return found;
}

/** How many items before the first one starting in the window are also looked at (one may reach into it). */
const AROUND_BACK_OFF = 8;
