import type { AnalysisOptions, StageDirection, TranscriptFormat, Turn } from '../analysis/model';
import type { LineIndex } from '../text/positions';

export interface TurnScan {
  readonly turns: Turn[];
  readonly stageDirections: StageDirection[];
}

/** Finds speaker turns in the document. */
export function findTurns(_lines: LineIndex, _format: TranscriptFormat, _options: AnalysisOptions): TurnScan {
  return { turns: [], stageDirections: [] };
}
