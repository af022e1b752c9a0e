// Whole cues holding labels or voice tags deleted where labels name their own cue (labelsOwnTheirCueOnly): their
// turns go, the label scheme's tally loses their lines' readings, the speaker summary loses their turns.

import type { LineIndex } from '../text/positions';
import { mayHoldFollowUpLabel } from '../turns/findTurns';
import { readLabelLine, type LabelLineReading, type LabelSchemeTally } from '../turns/scheme';
import { findVoiceTags } from '../turns/subtitles';
import type { SpeakerSummary, Turn } from './model';
import type { BlockList } from './blocks';
import type { CueEdit } from './cueEdits';
import { FOLLOW_UP_REACH, mergedSpeakers } from './labelEdits';

/** What deleting labelled cues changes, found before anything is changed. */
export interface LabelledCueRemoval {
  /** Deleted cues with a label (as the scheme decides it) or voice tag: labelsOwnTheirCueOnly's count falls by this. */
  readonly labelledCues: number;
  readonly speakers: SpeakerSummary[];
  readonly firsts: Map<string, number>;
  /** The deleted lines' label readings, for the tally (tallyWithout). */
  readonly readings: readonly LabelLineReading[];
}

/**
 * The deletion of `cue` (whole cues, some labelled: cueEdits.ts), where labels name their own cue and no cue
 * going on with a sentence joins a turn to the run (the caller checks both): each turn then lies inside the
 * run or outside it (checked again, cheaply), and the turns after it must read no speaker before them (no
 * follow-up label within reach). Undefined when a turn crosses the run, a follow-up label follows, or a
 * removed turn is its speaker's first and they speak again (the next first would need a search).
 */
export function labelledCueRemoval(
  old: LineIndex, cue: CueEdit, turns: BlockList<Turn>, speakers: readonly SpeakerSummary[], firsts: ReadonlyMap<string, number>,
  tally: LabelSchemeTally,
): LabelledCueRemoval | undefined {
  const { oldStart, oldEnd } = cue;
  if (turns.near(oldStart, oldEnd).some((t) => t.span.end > oldStart && t.span.start < oldEnd && (t.span.start < oldStart || t.span.end > oldEnd))) return undefined;
  const from = turns.indexAtOrAfter(oldStart);
  const to = turns.indexAtOrAfter(oldEnd);
  for (const turn of turns.slice(to, to + FOLLOW_UP_REACH)) {
    if (turn.labelSpan && mayHoldFollowUpLabel(old.source.slice(turn.labelSpan.start, turn.labelSpan.end))) return undefined;
  }
  let summary: { speakers: SpeakerSummary[]; firsts: Map<string, number> } | undefined = { speakers: [...speakers], firsts: new Map(firsts) };
  const removed = turns.slice(from, to);
  for (let index = to - 1; index >= from && summary; index--) summary = mergedSpeakers(summary.speakers, summary.firsts, index, removed[index - from]!.speaker);
  if (!summary) return undefined;
  const readings: LabelLineReading[] = [];
  let labelledCues = 0;
  for (const lines of cue.labelled) {
    let labelled = false;
    for (const line of lines) {
      const reading = readLabelLine(old, line, tally.labelContext);
      if (reading) readings.push(reading);
      if (findVoiceTags(old.lineText(line)).length > 0 || (reading && tally.labelOf(reading, old, line))) labelled = true;
    }
    if (labelled) labelledCues++;
  }
  return { labelledCues, speakers: summary.speakers, firsts: summary.firsts, readings };
}

/** The tally with the deleted lines' readings taken out (a new one: `tally` stays); undefined when another line's label may change. */
export function tallyWithout(tally: LabelSchemeTally, removal: LabelledCueRemoval): LabelSchemeTally | undefined {
  return tally.replaceLines(removal.readings, [], true);
}
