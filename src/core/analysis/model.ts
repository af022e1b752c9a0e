import type { Span } from '../text/positions';
import type { LabelMatcher } from '../turns/safePattern';

export const CLAIM_KINDS = ['fact', 'forecast', 'opinion'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export function isClaimKind(value: unknown): value is ClaimKind {
  return typeof value === 'string' && (CLAIM_KINDS as readonly string[]).includes(value);
}

/** How a turn's speaker was recognised. */
export type TurnSource = 'label' | 'block' | 'qa' | 'timestamp' | 'voice' | 'narration' | 'cue';

export interface Turn {
  readonly speaker: string;
  /** From the label (or the first line of speech) to the end of the turn's last line. */
  readonly span: Span;
  /**
   * What named the speaker: the label (`李明：`), the `<v Name>` tag, or the speech clause of narration
   * (`老黃回答道:`). `null` where nothing in the text names the speaker.
   */
  readonly labelSpan: Span | null;
  readonly source: TurnSource;
  /** The timestamp on the label line (`[00:01:23]`), if any. */
  readonly timestamp?: string;
}

/** `(Laughter.)`, `（笑）`: marked, never a speaker. */
export interface StageDirection {
  readonly span: Span;
}

export interface Topic {
  readonly title: string;
  /** From the heading to the end of the section. */
  readonly span: Span;
  /** The heading line itself. */
  readonly headingSpan: Span;
  /** 1-6 for Markdown headings; plain title lines get the level below their enclosing heading. */
  readonly level: number;
  readonly children: readonly Topic[];
  /** Spans of summary-list items that name this topic (they link here and are not topics themselves). */
  readonly summaryLinks: readonly Span[];
}

export interface Claim {
  readonly text: string;
  readonly span: Span;
  readonly speaker: string | null;
  readonly kind: ClaimKind;
  /** Human-readable reasons for the suggested kind, e.g. `number: 30`, `cue: 预计`. */
  readonly cues: readonly string[];
  /**
   * 0–1: how likely the sentence is worth checking as this kind. The core returns every claim it finds; the
   * host hides those below the user's threshold (transcriptAnnotator.claims.minimumConfidence).
   */
  readonly confidence: number;
}

export interface SpeakerSummary {
  readonly name: string;
  readonly turns: number;
}

export interface Analysis {
  readonly speakers: readonly SpeakerSummary[];
  readonly turns: readonly Turn[];
  readonly stageDirections: readonly StageDirection[];
  readonly topics: readonly Topic[];
  readonly claims: readonly Claim[];
}

export type TranscriptFormat = 'plain' | 'markdown' | 'srt' | 'vtt';

/** What the host passes in, including what the user can add through settings. The core never reads settings itself. */
export interface AnalysisOptions {
  /** Detected from the file name and content when absent. */
  readonly format?: TranscriptFormat;
  /** Extra speaker-label patterns (compileLabelPatterns); group 1 (or a group named `speaker`) is the name. */
  readonly extraLabelPatterns?: readonly LabelMatcher[];
  /** Extra cue words per kind, written in Simplified Chinese or English. */
  readonly extraCues?: Partial<Record<ClaimKind, readonly string[]>>;
  /** Aliases from the sidecar: alias → canonical speaker name. */
  readonly speakerAliases?: Readonly<Record<string, string>>;
}
