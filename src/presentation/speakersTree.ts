import type { Analysis, Turn } from '../core/analysis/model';
import type { Span } from '../core/text/positions';
import { type LabelDisplay, showAsWritten } from './labelDisplay';
import { type BucketNode, bucketed, stableIds, textKey, withLazyChildren } from './lazyTree';

export interface TurnNode {
  readonly type: 'turn';
  /** From the speaker and the preview (repeats numbered): adding a turn elsewhere leaves it alone. */
  readonly id: string;
  readonly speaker: string;
  readonly span: Span;
  /** The first words of the turn, label removed. */
  readonly preview: string;
}

export type TurnBucketNode = BucketNode<TurnNode>;

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly id: string;
  /** The name as written: what renaming, merging and colours go by. */
  readonly name: string;
  /** The name as displayed (e.g. in another script). */
  readonly label: string;
  /** Names in the text that the sidecar maps to this speaker, as displayed. */
  readonly aliases: readonly string[];
  readonly turnCount: number;
  /** The turns, in buckets when there are many; built when first read (previews cost a slice of the text each). */
  readonly children: readonly (TurnNode | TurnBucketNode)[];
}

export type SpeakersTreeNode = SpeakerNode | TurnBucketNode | TurnNode;

const PREVIEW_LENGTH = 40;

/**
 * Speaker → turns, in order of first appearance, with the aliases that map to each speaker. The speakers
 * come from the analysis's summary; a speaker's turns are read when its children are (reading every turn
 * of an incrementally updated analysis builds them all).
 */
export function buildSpeakersTree(analysis: Analysis, text: string, aliases: Readonly<Record<string, string>>, display: LabelDisplay = showAsWritten): SpeakerNode[] {
  let bySpeaker: Map<string, Turn[]> | undefined;
  const turnsOf = (name: string): readonly Turn[] => {
    if (!bySpeaker) {
      bySpeaker = new Map();
      for (const turn of analysis.turns) {
        const list = bySpeaker.get(turn.speaker);
        if (list) list.push(turn);
        else bySpeaker.set(turn.speaker, [turn]);
      }
    }
    return bySpeaker.get(name) ?? [];
  };
  return analysis.speakers.map(({ name, turns: turnCount }) => {
    const id = `s:${name}`;
    const speaker = {
      type: 'speaker' as const,
      id,
      name,
      label: display(name),
      aliases: Object.keys(aliases)
        .filter((alias) => aliases[alias] === name && alias !== name)
        .sort()
        .map(display),
      turnCount,
    };
    return withLazyChildren(speaker, () => {
      const turns = turnsOf(name);
      return bucketed(id, turns.length, (start, end, parentId) => turnNodes(turns.slice(start, end), text, parentId));
    });
  });
}

function turnNodes(turns: readonly Turn[], text: string, parentId: string): TurnNode[] {
  const previews = turns.map((turn) => {
    // A signature (`[name=kiang]`) ends the speech it labels: the preview starts at the turn.
    const bodyStart = turn.labelSpan && turn.labelSpan.start <= turn.span.start ? turn.labelSpan.end : turn.span.start;
    return previewOf(text.slice(bodyStart, Math.min(turn.span.end, bodyStart + PREVIEW_LENGTH * 4)));
  });
  const ids = stableIds(parentId, previews.map(textKey));
  return turns.map((turn, i) => ({ type: 'turn', id: ids[i]!, speaker: turn.speaker, span: turn.span, preview: previews[i]! }));
}

function previewOf(raw: string): string {
  const flat = raw.replace(/^[\s:：]+/u, '').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH).join('')}…` : flat;
}
