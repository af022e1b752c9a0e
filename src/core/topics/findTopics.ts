import type { AnalysisOptions, Topic, TranscriptFormat } from '../analysis/model';
import type { LineIndex } from '../text/positions';

/** Builds the topic tree from headings, standalone title lines and summary lists. */
export function findTopics(_lines: LineIndex, _format: TranscriptFormat, _options: AnalysisOptions): Topic[] {
  return [];
}
