// `王慧文：高手如何做决策？` over `============`: a line the document underlines is its title (a setext heading in
// Markdown, a measured underline in plain text). When the words before its colon label no other line and words follow
// the colon, the colon joins a name to a headline: nobody speaks there. A speaker's label the writer underlined
// (`唐鳳：` alone, or a name that labels other turns too) stays a label.
import type { LabelLines } from '../turns/scheme';
import { Kind, type Scan } from './lineScan';

/** The underlined lines read as a one-off name's label with words after it: titles, no speaker's label. */
export function underlinedTitleLabelLines(scan: Scan, labels: LabelLines): number[] {
  const { lines, kinds } = scan;
  const counts = new Map<string, number>();
  for (let line = 0; line < lines.lineCount; line++) {
    const name = labels.get(line)?.speaker;
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const found: number[] = [];
  for (let line = 0; line + 1 < lines.lineCount; line++) {
    const label = labels.get(line);
    if (!label || kinds[line + 1] !== Kind.Underline || counts.get(label.speaker) !== 1) continue;
    if (lines.lineText(line).slice(label.textStart).trim() !== '') found.push(line);
  }
  return found;
}
