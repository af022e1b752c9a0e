import * as vscode from 'vscode';
import type { Span } from '../../core/text/positions';
import { nextSpan, previousSpan } from '../../presentation/navigation';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { currentTarget } from './targets';
import type { TranscriptTarget } from './targets';

function claimSpans(target: TranscriptTarget): Span[] {
  const spans: Span[] = target.analysis.claims.map((claim) => claim.span);
  for (const annotation of target.session.annotations) if (annotation.span) spans.push(annotation.span);
  return spans;
}

/** Suggested claims no tag touches yet: what is left to do on a first pass through a transcript. */
function untaggedClaimSpans(target: TranscriptTarget): Span[] {
  const tagged = target.session.annotations.flatMap((annotation) => (annotation.span ? [annotation.span] : []));
  return target.analysis.claims.map((claim) => claim.span).filter((span) => !tagged.some((tag) => tag.start < span.end && span.start < tag.end));
}

export function selectSpan(editor: vscode.TextEditor, span: Span): void {
  const range = new vscode.Range(editor.document.positionAt(span.start), editor.document.positionAt(span.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Moves to the next suggested or tagged claim, wrapping at the end. With `{ skipTagged: true }` (or the
 * `transcriptAnnotator.nextClaim.skipTagged` setting), only to suggested claims that no tag touches yet.
 */
export class NextClaimCommand implements Command {
  readonly id = 'transcriptAnnotator.nextClaim';

  constructor(private readonly services: Services) {}

  async execute(options?: unknown): Promise<void> {
    const target = await currentTarget(this.services);
    if (!target) return;
    const asked = (options as { skipTagged?: unknown } | undefined)?.skipTagged;
    const skipTagged = typeof asked === 'boolean' ? asked : this.services.configuration.get(target.document.uri).nextClaimSkipsTagged;
    const span = nextSpan(skipTagged ? untaggedClaimSpans(target) : claimSpans(target), target.document.offsetAt(target.editor.selection.start));
    if (span) selectSpan(target.editor, span);
  }
}

export class PreviousClaimCommand implements Command {
  readonly id = 'transcriptAnnotator.previousClaim';

  constructor(private readonly services: Services) {}

  async execute(): Promise<void> {
    const target = await currentTarget(this.services);
    if (!target) return;
    const span = previousSpan(claimSpans(target), target.document.offsetAt(target.editor.selection.start));
    if (span) selectSpan(target.editor, span);
  }
}

/** Opens a document at a span; what tree items run on click. */
export class RevealCommand implements Command {
  readonly id = 'transcriptAnnotator.reveal';

  async execute(uri: unknown, start: unknown, end: unknown): Promise<void> {
    if (!(uri instanceof vscode.Uri) || typeof start !== 'number' || typeof end !== 'number') return;
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: true });
    selectSpan(editor, { start, end });
  }
}
