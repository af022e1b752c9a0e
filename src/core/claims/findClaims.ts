import type { AnalysisOptions, Claim, TranscriptFormat, Turn } from '../analysis/model';
import { detectFormat } from '../analysis/format';
import type { TextSource } from '../text/chunkedText';
import { splitsSurrogatePair, type LineIndex, type Span } from '../text/positions';
import { matchingKey } from '../text/charFold';
import { classifyRange, classifySentence, DEFAULT_MINIMUM_CONFIDENCE } from './classify';
import { isDialogueSubtitles } from './register';
import { CaptionRepeats } from './captionLines';
import { asShown, crossesStampedLines, sentenceReading, sentenceSpansOf, sentenceText } from './sentences';
import { inSponsorRead, sponsorOpeners, sponsorReads } from './sponsorReads';
import { classificationContext, type ClassificationContext } from './classifyReach';

/** What other passes found that claims should step around. Optional: claims work without it. */
export interface ClaimContext {
  /** Headings and title lines (Topic.headingSpan), summary items (Topic.summaryLinks), stage directions: never claims. */
  readonly skipSpans?: readonly Span[];
  /** The format analyze detected (from the file name too); otherwise options.format or a guess from the content. */
  readonly format?: TranscriptFormat;
  /** matchingKey(lines.source), when the caller already has it. */
  readonly key?: string;
  /** The lines' indentation is a blanked line-number gutter (SentenceOptions.indentIsLayout). */
  readonly indentIsLayout?: boolean;
}

/** Splits the text into sentences and suggests a kind for each check-worthy one. */
export function findClaims(lines: LineIndex, turns: readonly Turn[], options: AnalysisOptions, context: ClaimContext = {}): Claim[] {
  const labelSpans: Span[] = [];
  for (const turn of turns) if (turn.labelSpan) labelSpans.push(turn.labelSpan);
  const format = context.format ?? options.format ?? detectFormat('', lines.source);
  const subtitles = format === 'srt' || format === 'vtt';
  const captionRepeats = subtitles ? CaptionRepeats.of(lines) : undefined;
  const spans = sentenceSpansOf(lines, { labelSpans, skipSpans: context.skipSpans ?? [], format, captionRepeats, indentIsLayout: context.indentIsLayout === true });
  const speakers = new SpeakerLookup(turns);
  const folded = new FoldedWindow(lines.text, context.key);
  const cueLists = new CueLists();
  // Lines of a scene (film or TV dialogue) rank lower, under the default threshold: a character's figures and plans are the story's.
  const dialogue = subtitles && isDialogueSubtitles(lines, format);
  const withDialogueCue = new AppendedCue(DIALOGUE_CUE);
  // Advertising copy between a sponsor's name and its web address ranks lower (sponsorReads.ts).
  const reads = sponsorReads(lines.text, sponsorOpeners(lines.text));
  let read = 0;
  // Sized for every sentence and cut to the claims found: a list grown by push() leaves a trail of copies
  // (large objects, freed only by a full collection) at the analysis' peak.
  const claims = new Array<Claim>(spans.length);
  let found = 0;
  for (const span of spans) {
    // A subtitle sentence over several cues is classified without the cue numbers and timings between them.
    // A subtitle sentence over several cues, or with cue markup, is classified as read: without the cue
    // numbers, timings, repeats and markup in it.
    const asRead = isReadAsJoined(lines.text, span, subtitles) ? sentenceReading(lines.text, span, format, captionRepeats) : undefined;
    const classification = asRead !== undefined ? classifySentence(asRead, options) : folded.classify(span, options);
    if (!classification) continue;
    const text = asRead !== undefined ? asShown(asRead, format) : sentenceText(lines.text, span, format, captionRepeats);
    const cues = dialogue ? withDialogueCue.get(classification.cues) : classification.cues;
    const confidence = dialogue ? inDialogue(classification.confidence) : classification.confidence;
    while (read < reads.length && reads[read]!.span.end <= span.start) read++;
    const ad = read < reads.length ? inSponsorRead(reads[read]!, span, cues, confidence) : undefined;
    claims[found++] = { text, span, speaker: speakers.at(span.start), kind: classification.kind, cues: cueLists.shared(ad?.cues ?? cues), confidence: ad?.confidence ?? confidence };
  }
  claims.length = found;
  return claims;
}

/** The reason a claim in dialogue subtitles shows, and how much lower it ranks there. */
export const DIALOGUE_CUE = 'register: dialogue subtitles';
const DIALOGUE_PENALTY = 0.2;
/**
 * The highest confidence a line of a scene keeps: under the default threshold, so fiction shows no suggestion unless
 * the reader lowers it. Ages, sums and plans in the characters' mouths (`咱們三十六歲了`, `In the future, I'll run.`)
 * are the story's, however strong their cue.
 */
const DIALOGUE_CEILING = DEFAULT_MINIMUM_CONFIDENCE - 0.05;
/** The lowest confidence a claim is given (as classify.ts clamps). */
const MIN_CONFIDENCE = 0.05;

/** A claim's confidence in dialogue subtitles. */
export function inDialogue(confidence: number): number {
  return Math.min(DIALOGUE_CEILING, Math.max(MIN_CONFIDENCE, Math.round((confidence - DIALOGUE_PENALTY) * 100) / 100));
}

/** A claim's cues in dialogue subtitles: the register's reason last. */
export function withDialogueReason(cues: readonly string[]): readonly string[] {
  return [...cues, DIALOGUE_CUE];
}

/**
 * The document's folded key (matchingKey: same length, so sentence spans index it) a window at a time. The
 * whole key is a second copy of the document (2 bytes a character, and three times that while it is built);
 * a window of about WINDOW_CHARACTERS, moved forward as the sentences go, costs a fraction of it. Each
 * window reaches MARGIN characters beyond the sentences it serves on both sides; classifyRange is given the
 * sentence's context only (classifyReach.ts), cut from the window, or from the document where it reaches past the
 * window (a long line above); the fold is per character, and no window edge splits a surrogate pair.
 */
class FoldedWindow {
  private start = 0;
  private end = 0;
  private text = '';
  private key = '';
  private readonly context: ClassificationContext = { start: 0, end: 0 };

  /** `key`: the whole document's key when the caller already has it (then no window is built). */
  constructor(
    private readonly document: string,
    wholeKey: string | undefined,
  ) {
    if (wholeKey !== undefined) {
      this.end = document.length;
      this.text = document;
      this.key = wholeKey;
    }
  }

  /** classifyRange of the span given its context only (classifyReach.ts), as the editor's re-classification gives it. */
  classify(span: Span, options: AnalysisOptions): ReturnType<typeof classifyRange> {
    if (!this.serves(span)) this.moveTo(span);
    const { start, end } = classificationContext(this.document, span.start, span.end, this.context);
    if (start < this.start || end > this.end) {
      const text = this.document.slice(start, end);
      return classifyRange(text, matchingKey(text), span.start - start, span.end - start, options);
    }
    const from = start - this.start;
    const to = end - this.start;
    return classifyRange(this.text.slice(from, to), this.key.slice(from, to), span.start - start, span.end - start, options);
  }

  private serves(span: Span): boolean {
    return (this.start === 0 || span.start - MARGIN >= this.start) && (this.end === this.document.length || span.end + MARGIN <= this.end) && span.start >= this.start && span.end <= this.end;
  }

  private moveTo(span: Span): void {
    const document = this.document;
    let start = Math.max(0, span.start - MARGIN);
    let end = Math.min(document.length, Math.max(span.end + MARGIN, start + WINDOW_CHARACTERS));
    if (splitsSurrogatePair(document, start)) start--;
    if (splitsSurrogatePair(document, end)) end++;
    // A window that (nearly) covers the document: the whole key, as before.
    if (end - start >= document.length - MARGIN) {
      start = 0;
      end = document.length;
    }
    this.start = start;
    this.end = end;
    this.text = start === 0 && end === document.length ? document : document.slice(start, end);
    this.key = matchingKey(this.text);
  }
}

/** Characters of context a window keeps on each side of the sentences it serves. */
const MARGIN = 1024;
/** 32 KB of key at a time: under V8's large-object size (128 KB), so a window the next one replaces dies young. */
const WINDOW_CHARACTERS = 16 * 1024;

/**
 * One array per distinct list of cues in a document. Most claims repeat a list another claim has
 * (`statement`, `future: 会`), and a fresh array from push() reserves room for 17 items: sharing one
 * exact-size copy is what keeps a large document's claims small. Claim.cues is read-only, so sharing is safe.
 */
class CueLists {
  /** Lists by their first cue; a few lists per first cue are kept (beyond that, claims get their own copy). */
  private readonly byFirst = new Map<string, (readonly string[])[]>();

  shared(cues: readonly string[]): readonly string[] {
    if (!cues.length) return EMPTY;
    const first = cues[0]!;
    let lists = this.byFirst.get(first);
    if (!lists) this.byFirst.set(first, (lists = []));
    for (const list of lists) if (sameItems(list, cues)) return list;
    const copy = cues.slice();
    if (lists.length < LISTS_PER_FIRST_CUE) lists.push(copy);
    return copy;
  }
}

/** A cue list with one more cue at its end, made once per list (classify shares most lists between sentences). */
class AppendedCue {
  private readonly lists = new Map<readonly string[], readonly string[]>();

  constructor(private readonly cue: string) {}

  get(cues: readonly string[]): readonly string[] {
    let list = this.lists.get(cues);
    if (!list) this.lists.set(cues, (list = [...cues, this.cue]));
    return list;
  }
}

const EMPTY: readonly string[] = [];
const LISTS_PER_FIRST_CUE = 16;

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether a sentence is classified as read (sentenceText) rather than as written: in subtitles it runs over
 * several lines (any line break: LF, CRLF or a lone CR), or holds `<`, where cue markup (`<c>`, `<i>`, a word's
 * timestamp) may be; elsewhere it goes on over lines of timestamped segments.
 */
export function isReadAsJoined(text: TextSource, span: Span, subtitles: boolean): boolean {
  if (!subtitles) return crossesStampedLines(text, span);
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 60) return true;
  }
  return false;
}

/** The speaker of the turn containing an offset; queries come in document order, so a cursor walks forward. */
export class SpeakerLookup {
  private readonly turns: readonly Turn[];
  private next = 0;

  constructor(turns: readonly Turn[]) {
    // findTurns returns turns in order: a sorted copy only when they are not.
    this.turns = isInOrder(turns) ? turns : [...turns].sort((a, b) => a.span.start - b.span.start);
  }

  at(offset: number): string | null {
    const turns = this.turns;
    if (this.next > 0 && turns[this.next - 1]!.span.start > offset) this.next = 0;
    while (this.next < turns.length && turns[this.next]!.span.start <= offset) this.next++;
    // The last turn starting at or before the offset, if it reaches that far.
    for (let i = this.next - 1; i >= 0 && i >= this.next - 4; i--) {
      const span = turns[i]!.span;
      if (span.start <= offset && offset < span.end) return turns[i]!.speaker;
    }
    return null;
  }
}

function isInOrder(turns: readonly Turn[]): boolean {
  for (let i = 1; i < turns.length; i++) if (turns[i - 1]!.span.start > turns[i]!.span.start) return false;
  return true;
}
