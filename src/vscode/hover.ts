import * as vscode from 'vscode';
import type { Claim } from '../core/analysis/model';
import type { Span } from '../core/text/positions';
import type { AnnotationView } from '../presentation/annotationView';
import type { LabelDisplay } from '../presentation/labelDisplay';
import { spanAt } from '../presentation/navigation';
import { escapeMarkdown, escapeMarkdownLines, markdownCodeSpan } from '../presentation/untrustedText';
import { kindLabel } from './decorations';
import type { Services } from './services';
import { commandMarkdown } from './ui/untrustedUi';

/** Shows, over a tag or a suggested claim: kind, note, author, status, and the cues behind a suggestion. */
export class TranscriptHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.services.tracker.isEnabled(document)) return undefined;
    const offset = document.offsetAt(position);
    const annotation = spanAt(this.services.sessions.peek(document.uri)?.annotations ?? [], offset);
    const analysed = this.services.analysis.peek(document);
    const claim = analysed && analysed.version === document.version ? spanAt(analysed.analysis.claims, offset) : undefined;
    if (!annotation && !claim) return undefined;
    const markdown = commandMarkdown(HOVER_COMMANDS);
    let range: vscode.Range | undefined;
    if (annotation?.span) {
      describeAnnotation(markdown, { ...annotation, span: annotation.span }, this.services.scripts.show);
      range = new vscode.Range(document.positionAt(annotation.span.start), document.positionAt(annotation.span.end));
    }
    if (claim && (!annotation || annotation.kind !== claim.kind || annotation.status !== 'anchored')) {
      if (annotation) markdown.appendMarkdown('\n\n---\n\n');
      describeSuggestion(markdown, claim, annotation === undefined, this.services.scripts.show);
      range ??= new vscode.Range(document.positionAt(claim.span.start), document.positionAt(claim.span.end));
    }
    return new vscode.Hover(markdown, range);
  }
}

/** The only commands the hover's links run; their arguments are offsets the extension computed. */
const HOVER_COMMANDS = ['transcriptAnnotator.editNote', 'transcriptAnnotator.removeTag', 'transcriptAnnotator.acceptSuggestion'];

function describeAnnotation(markdown: vscode.MarkdownString, annotation: AnnotationView & { span: Span }, show: LabelDisplay): void {
  markdown.appendMarkdown(`$(tag) **${escapeMarkdown(vscode.l10n.t('Tagged as {0}', kindLabel(annotation.kind)))}**`);
  markdown.appendMarkdown(` · ${escapeMarkdown(statusLabel(annotation))}\n\n`);
  if (annotation.note) markdown.appendMarkdown(`> ${escapeMarkdownLines(annotation.note).replace(/\n/gu, '\n> ')}\n\n`);
  markdown.appendMarkdown(escapeMarkdown(vscode.l10n.t('by {0}, {1}', annotation.author, formatTime(annotation.modified))));
  if (annotation.speaker) markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('speaker: {0}', show(annotation.speaker)))}`);
  markdown.appendMarkdown('\n\n');
  // The tag is named by where it starts, never by its id: the id is file text.
  const id = encodeURIComponent(JSON.stringify([{ offset: annotation.span.start }]));
  const links = [`[${escapeMarkdown(vscode.l10n.t('Edit Note'))}](command:transcriptAnnotator.editNote?${id})`, `[${escapeMarkdown(vscode.l10n.t('Remove Tag'))}](command:transcriptAnnotator.removeTag?${id})`];
  if (annotation.status === 'fuzzy') links.unshift(`[${escapeMarkdown(vscode.l10n.t('Accept New Place'))}](command:transcriptAnnotator.acceptSuggestion?${id})`);
  markdown.appendMarkdown(links.join(' · '));
}

function describeSuggestion(markdown: vscode.MarkdownString, claim: Claim, offerAccept: boolean, show: LabelDisplay): void {
  markdown.appendMarkdown(`$(lightbulb) **${escapeMarkdown(vscode.l10n.t('Suggested: {0}', kindLabel(claim.kind)))}**`);
  if (claim.speaker) markdown.appendMarkdown(` · ${escapeMarkdown(show(claim.speaker))}`);
  markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('confidence {0}', claim.confidence.toFixed(2)))}`);
  markdown.appendMarkdown('\n\n');
  if (claim.cues.length > 0) markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Cues:'))} ${claim.cues.map(markdownCodeSpan).join(', ')}\n\n`);
  // The mouse may hover far from the cursor: the link names the claim by its offset.
  const args = encodeURIComponent(JSON.stringify([{ offset: claim.span.start }]));
  if (offerAccept) markdown.appendMarkdown(`[${escapeMarkdown(vscode.l10n.t('Accept as {0}', kindLabel(claim.kind)))}](command:transcriptAnnotator.acceptSuggestion?${args})`);
}

function statusLabel(annotation: AnnotationView): string {
  switch (annotation.status) {
    case 'anchored':
      return vscode.l10n.t('in place');
    case 'fuzzy':
      return vscode.l10n.t('moved, needs review (stored text: “{0}”)', annotation.exact);
    case 'orphaned':
      return vscode.l10n.t('orphaned');
  }
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(vscode.env.language);
}
