import * as vscode from 'vscode';
import { ChunkedText } from '../core/text/chunkedText';
import { DocumentSlot, type DocumentStates } from './documentStates';
import { textAfterChanges } from './textAfterChanges';

interface KnownText {
  readonly version: number;
  /** The line breaks the document wrote: switching them (a reload with other line endings) changes every one. */
  readonly eol: vscode.EndOfLine;
  readonly value: ChunkedText;
}

const TEXT = new DocumentSlot<KnownText>('text');

/**
 * Documents' texts, kept up to date from the change events: `document.getText()` joins every line (about
 * 0.1 s on the host's thread at 10 MB), applying an edit costs what the edit does. Held in chunks
 * (ChunkedText), so an edit copies a chunk, not the document; the whole string is built only for a reader
 * that needs it (textOf: a full analysis, a tree), once per version. One copy serves the analysis and the
 * annotation sessions.
 */
export class DocumentTexts {
  constructor(private readonly states: DocumentStates) {}

  /** Takes a change event in; idempotent, so every listener of the event may call it, in any order. */
  follow(event: vscode.TextDocumentChangeEvent): void {
    const { document } = event;
    const known = this.states.get(document.uri, TEXT);
    if (known?.version === document.version) return;
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    // Versions count every change (an end-of-line switch too): a gap means a change this did not see.
    // VS Code reports an end-of-line switch as a version with no content change: the kept line breaks are stale then.
    const value = known?.version === document.version - 1 && known.eol === document.eol ? textAfterChanges(known.value, event.contentChanges, eol) : undefined;
    if (value === undefined) this.states.delete(document.uri, TEXT);
    else this.states.set(document.uri, TEXT, { version: document.version, eol: document.eol, value });
  }

  /** The document's text now, in chunks: the kept one when the change events kept up, else VS Code's (then kept). */
  chunksOf(document: vscode.TextDocument): ChunkedText {
    const known = this.states.get(document.uri, TEXT);
    if (known?.version === document.version && known.eol === document.eol) return known.value;
    return this.states.set(document.uri, TEXT, { version: document.version, eol: document.eol, value: ChunkedText.of(document.getText()) }).value;
  }

  /** The document's text now, as one string (built once per version from the chunks: a copy of the document). */
  textOf(document: vscode.TextDocument): string {
    return this.chunksOf(document).toString();
  }

  /** Drops the kept text (the document is no longer analysed or annotated). */
  forget(uri: vscode.Uri): void {
    this.states.delete(uri, TEXT);
  }
}
