// Telling VS Code's reload of a clean document from disk from an edit made in the editor. No `vscode`
// import: unit-tested in Node on change events' shapes.

export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** What the decision reads of a `vscode.TextDocumentChangeEvent` (which fits it as it is). */
export interface ChangeEventShape {
  readonly document: { readonly isDirty: boolean; readonly lineCount: number; lineAt(line: number): { readonly text: string } };
  /** Undo or redo (VS Code's `TextDocumentChangeReason`), else `undefined`. */
  readonly reason: number | undefined;
  readonly contentChanges: readonly { readonly range: { readonly start: LinePosition; readonly end: LinePosition }; readonly text: string }[];
}

/**
 * Whether a change may be VS Code replacing a clean document's text with the file's (changed on disk, or
 * reverted): then tags are anchored again against the text rather than shifted by the change. VS Code
 * writes a reload as one change between the lines both texts start and end with (its model service's
 * `_computeEdits`): from a line's start to a line's start, whole lines written; or, with no common tail,
 * from the end of the common head, or from the text's start, to the document's end. The first edit after
 * an open or a save arrives with the document still clean too (the dirty flag follows in an event of its
 * own), so the shape decides. A shape both can take (a line break typed at a line's start, a line cut,
 * several changes) counts as a reload: re-anchoring is right for an edit too, only slower.
 */
export function mayBeReloadFromDisk(event: ChangeEventShape): boolean {
  if (event.document.isDirty || event.reason !== undefined) return false;
  const [change, ...others] = event.contentChanges;
  if (!change || others.length > 0) return true;
  const { range, text } = change;
  const { start, end } = range;
  if (start.character === 0 && end.character === 0 && (text === '' || LINE_BREAK_AT_END.test(text))) return true;
  const fromHeadEnd = LINE_BREAK_AT_START.test(text) || (text === '' && end.line > start.line) || (start.line === 0 && start.character === 0);
  return fromHeadEnd && reachesDocumentEnd(event.document, start, text);
}

const LINE_BREAK_AT_START = /^[\r\n]/;
const LINE_BREAK_AT_END = /[\r\n]$/;

/** Whether `text`, written at `start`, ends where the document does now. */
function reachesDocumentEnd(document: ChangeEventShape['document'], start: LinePosition, text: string): boolean {
  let line = start.line;
  let lastLineStart = -1;
  for (const match of text.matchAll(/\r\n|\r|\n/g)) {
    line++;
    lastLineStart = match.index + match[0].length;
  }
  const character = lastLineStart < 0 ? start.character + text.length : text.length - lastLineStart;
  const lastLine = document.lineCount - 1;
  return line === lastLine && character === document.lineAt(lastLine).text.length;
}
