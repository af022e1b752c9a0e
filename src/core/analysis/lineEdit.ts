/** An edit inside one line, as absolute offsets: the line it falls in, before and after the edit. */
export interface LineEdit {
  readonly line: number;
  readonly lineStart: number;
  readonly oldLineEnd: number;
  readonly newLineEnd: number;
  readonly oldTrimEnd: number;
  readonly newTrimEnd: number;
  readonly editStart: number;
  /** End of the replaced text in the old document. */
  readonly editEnd: number;
  readonly delta: number;
}
