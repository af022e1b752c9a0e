// Labels that markup breaks over lines. A record kept as XML or HTML may put the speaker's name in an element
// of its own line (`<span class="HPS-MemberAnswer">Mr MORRISON</span>`), close it on the next (`</a>`) and
// write the rest of the label after it: the constituency, the office and the time in brackets, then the colon
// (`(<span …>Cook</span>—<span …>Prime Minister</span>) (<span …>14:08</span>): I'm invited…`). With the tags
// taken out, whatever their attributes and line breaks, that is `Mr MORRISON (Cook—Prime Minister) (14:08):`,
// a label like any other. Pure functions over a few lines' text.
import { labelCandidate, type LabelCandidate } from './candidates';
import { withoutTags } from './visibleText';

/** How many lines below the name the rest of the label may start (lines of markup alone between). */
export const SPLIT_LABEL_REACH = 4;
/** Longer lines hold more than a name in markup. */
const MAX_NAME_LINE = 200;
/** Brackets after the name (one group at least), the colon, then speech. */
const LABEL_TAIL = /^(?:[(（][^()（）]{1,120}[)）]\s*)+[:：]\s*[\p{L}\p{N}'‘“"]/u;

/**
 * The label candidate of `line` when it holds only a name in markup and the label goes on below it (see the
 * file's comment): shape `<|N|:` as if written on one line, its speech starting on the lines below. Null otherwise.
 */
export function splitMarkupCandidate(lineText: (line: number) => string | undefined, line: number): LabelCandidate | null {
  const raw = lineText(line);
  if (raw === undefined || raw.length > MAX_NAME_LINE) return null;
  const labelStart = raw.length - raw.trimStart().length;
  if (raw.charCodeAt(labelStart) !== 60 /* < */) return null;
  const visible = withoutTags(raw).trim();
  if (visible === '' || /[<>:：]/.test(visible)) return null;
  const named = labelCandidate(`${visible}:`, visible.length + 1);
  if (!named || named.shape !== 'N|:') return null;
  for (let below = line + 1; below <= line + SPLIT_LABEL_REACH; below++) {
    const text = lineText(below);
    if (text === undefined) return null;
    const shown = withoutTags(text).trim();
    if (shown === '') continue;
    if (!LABEL_TAIL.test(shown)) return null;
    return { ...named, shape: `<|${named.shape}`, labelStart, labelEnd: raw.trimEnd().length, textStart: raw.length, timestamp: null, wrapped: false };
  }
  return null;
}

/** Whether any line from `from` to `to` holds a split label (see splitMarkupCandidate). */
export function holdsSplitMarkupLabel(lineText: (line: number) => string | undefined, from: number, to: number): boolean {
  for (let line = Math.max(0, from); line <= to; line++) {
    const text = lineText(line);
    if (text === undefined) return false;
    if (text.length <= MAX_NAME_LINE && text.trimStart().startsWith('<') && splitMarkupCandidate(lineText, line)) return true;
  }
  return false;
}
