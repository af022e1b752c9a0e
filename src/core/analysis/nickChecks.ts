// Whether an edit may change the lower-case nicks read as speakers of scribed minutes (turns/lowerCaseNicks.ts), a
// reading of the whole document: how many lines each nick opens, and the plain shape's scheme of capitalised names.
import type { TextSource } from '../text/chunkedText';
import { frontMatterEnd } from '../text/frontMatter';
import { mayTouchNickReading, readNicks } from '../turns/lowerCaseNicks';
import type { Baseline, TextChange } from './incremental';
import { editedLines } from './editedLines';

/**
 * An edit falls back when its lines, before or after, may change the nicks' reading (mayTouchNickReading: a nick's
 * line, its capitalised spelling's, or any label line where the scheme may take a nick in). The document's nicks are
 * read once (`baseline.nicks`) and kept across local edits, which by this check change none of them.
 */
export function mayChangeNickLabels(baseline: Baseline, text: TextSource, change: TextChange): boolean {
  if (baseline.format === 'srt' || baseline.format === 'vtt') return false;
  const old = baseline.lines.source;
  const { start, oldEnd, newEnd } = editedLines(old, text, change);
  // Front matter keys (`title: …`) are no nicks: the scheme never reads them (frontMatter.ts). An edit inside the
  // front matter that keeps it (editMayTouchFrontMatter ran first) changes no label line.
  const bodyStart = frontMatterEnd(baseline.lines, baseline.format === 'markdown');
  if (baseline.lines.lineAt(change.rangeOffset + change.rangeLength) < bodyStart - 1) return false;
  const reading = (baseline.nicks ??= readNicks(baseline.lines, bodyStart));
  return mayTouchNickReading(old.slice(start, oldEnd), reading) || mayTouchNickReading(text.slice(start, newEnd), reading);
}
