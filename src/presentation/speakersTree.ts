import type { Analysis } from '../core/analysis/model';
import type { Span } from '../core/text/positions';
import { type LabelDisplay, showAsWritten } from './labelDisplay';

export interface TurnNode {
  readonly type: 'turn';
  readonly id: string;
  readonly speaker: string;
  readonly span: Span;
  /** The first words of the turn, label removed. */
  readonly preview: string;
}

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly id: string;
  /** The name as written: what renaming, merging and colours go by. */
  readonly name: string;
  /** The name as displayed (e.g. in another script). */
  readonly label: string;
  /** Names in the text that the sidecar maps to this speaker, as displayed. */
  readonly aliases: readonly string[];
  readonly children: readonly TurnNode[];
}

export type SpeakersTreeNode = SpeakerNode | TurnNode;

const PREVIEW_LENGTH = 40;

/** Speaker → turns, in order of first appearance, with the aliases that map to each speaker. */
export function buildSpeakersTree(analysis: Analysis, text: string, aliases: Readonly<Record<string, string>>, display: LabelDisplay = showAsWritten): SpeakerNode[] {
  const turnsBySpeaker = new Map<string, TurnNode[]>();
  for (const turn of analysis.turns) {
    // A signature (`[name=kiang]`) ends the speech it labels: the preview starts at the turn.
    const bodyStart = turn.labelSpan && turn.labelSpan.start <= turn.span.start ? turn.labelSpan.end : turn.span.start;
    const preview = previewOf(text.slice(bodyStart, Math.min(turn.span.end, bodyStart + PREVIEW_LENGTH * 4)));
    const list = turnsBySpeaker.get(turn.speaker) ?? [];
    list.push({ type: 'turn', id: `s:${turn.speaker}/${list.length}`, speaker: turn.speaker, span: turn.span, preview });
    turnsBySpeaker.set(turn.speaker, list);
  }
  return [...turnsBySpeaker].map(([name, children]) => ({
    type: 'speaker',
    id: `s:${name}`,
    name,
    label: display(name),
    aliases: Object.keys(aliases)
      .filter((alias) => aliases[alias] === name && alias !== name)
      .sort()
      .map(display),
    children,
  }));
}

function previewOf(raw: string): string {
  const flat = raw.replace(/^[\s:：]+/u, '').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > PREVIEW_LENGTH ? `${chars.slice(0, PREVIEW_LENGTH).join('')}…` : flat;
}
