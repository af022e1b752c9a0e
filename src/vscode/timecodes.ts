import type * as vscode from 'vscode';
import { Timecodes } from '../core/desk/timecodes';

/** The latest document version's timecodes, so that hovers and views scan the text once per change. */
const cache = new WeakMap<vscode.TextDocument, { readonly version: number; readonly timecodes: Timecodes }>();

/** The time in the recording at `offset` of `document` (its cue or the nearest timestamp before it), in seconds. */
export function timecodeAt(document: vscode.TextDocument, offset: number): number | null {
  let entry = cache.get(document);
  if (!entry || entry.version !== document.version) {
    entry = { version: document.version, timecodes: new Timecodes(document.getText()) };
    cache.set(document, entry);
  }
  return entry.timecodes.at(offset);
}
