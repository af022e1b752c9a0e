import * as vscode from 'vscode';
import type { Claim } from '../core/analysis/model';
import { claimsIn } from '../core/analysis/query';
import type { Span } from '../core/text/positions';
import { inlineDiff, shortenDiff } from '../core/text/inlineDiff';
import type { AnnotationView } from '../presentation/annotationView';
import { cuesAsWritten } from '../presentation/cueDisplay';
import type { LabelDisplay } from '../presentation/labelDisplay';
import { spanAt, spansAt } from '../presentation/navigation';
import { formatTimecode } from '../core/desk/timecodes';
import { formatVerdict } from '../core/desk/verdict';
import { escapeMarkdown, escapeMarkdownLines, markdownCodeSpan, markdownEvidenceLink } from '../presentation/untrustedText';
import { kindLabel } from './decorations';
import type { Services } from './services';
import { timecodeAt } from './timecodes';
import { commandMarkdown } from './ui/untrustedUi';

/**
 * Shows, over tags or a suggested claim: every tag on the statement (several annotators may have tagged it),
 * each with its kind, note, author and time, who changed it last, and its status; and the cues behind a suggestion.
 */
export class TranscriptHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.services.tracker.isEnabled(document)) return undefined;
    const offset = document.offsetAt(position);
    const annotations = spansAt(this.services.sessions.peek(document.uri)?.annotations ?? [], offset);
    const analysed = this.services.analysis.peek(document);
    const claim = analysed && analysed.version === document.version ? spanAt(claimsIn(analysed.analysis, offset, offset), offset) : undefined;
    if (annotations.length === 0 && !claim) return undefined;
    const markdown = commandMarkdown(HOVER_COMMANDS);
    let range: vscode.Range | undefined;
    annotations.forEach((annotation, index) => {
      if (index > 0) markdown.appendMarkdown('\n\n---\n\n');
      const span = annotation.span!;
      describeAnnotation(markdown, { ...annotation, span }, { offset, index }, this.services.scripts.show, document.getText(new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))), timecodeAt(document, span.start));
      const here = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      range = range ? range.union(here) : here;
    });
    if (claim && !annotations.some((annotation) => annotation.kind === claim.kind && annotation.status === 'anchored')) {
      if (annotations.length > 0) markdown.appendMarkdown('\n\n---\n\n');
      describeSuggestion(markdown, claim, annotations.length === 0, this.services.scripts.show);
      range ??= new vscode.Range(document.positionAt(claim.span.start), document.positionAt(claim.span.end));
    }
    return new vscode.Hover(markdown, range);
  }
}

/** The only commands the hover's links run; their arguments are offsets the extension computed. */
const HOVER_COMMANDS = [
  'transcriptAnnotator.editNote',
  'transcriptAnnotator.removeTag',
  'transcriptAnnotator.acceptSuggestion',
  'transcriptAnnotator.setVerdict',
  'transcriptAnnotator.setStatus',
  'transcriptAnnotator.addSource',
];

/**
 * `link` names the tag for its commands: the hovered offset and its place among the tags listed there.
 * `current`: the text now at the tag's place (a fuzzy tag's hover shows what changed).
 * `time`: where the statement is in the recording, for a timed transcript.
 */
function describeAnnotation(markdown: vscode.MarkdownString, annotation: AnnotationView & { span: Span }, link: { offset: number; index: number }, show: LabelDisplay, current: string, time: number | null): void {
  markdown.appendMarkdown(`$(tag) **${escapeMarkdown(vscode.l10n.t('Tagged as {0}', kindLabel(annotation.kind)))}**`);
  if (time !== null) markdown.appendMarkdown(` · $(clock) ${escapeMarkdown(formatTimecode(time))}`);
  markdown.appendMarkdown(` · ${escapeMarkdown(statusLabel(annotation))}\n\n`);
  if (annotation.status === 'fuzzy' && current !== annotation.exact) markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('What changed:'))} ${diffMarkdown(annotation.exact, current)}\n\n`);
  describeDesk(markdown, annotation);
  if (annotation.note) markdown.appendMarkdown(`> ${escapeMarkdownLines(annotation.note).replace(/\n/gu, '\n> ')}\n\n`);
  markdown.appendMarkdown(escapeMarkdown(vscode.l10n.t('by {0}, {1}', annotation.author, formatTime(annotation.created))));
  if (annotation.modifiedBy !== undefined) markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('changed by {0}, {1}', annotation.modifiedBy, formatTime(annotation.modified)))}`);
  else if (annotation.modified !== annotation.created) markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('changed {0}', formatTime(annotation.modified)))}`);
  if (annotation.speaker) markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('speaker: {0}', show(annotation.speaker)))}`);
  markdown.appendMarkdown('\n\n');
  // The tag is named by numbers the extension computed, never by its id: the id is file text.
  const which = encodeURIComponent(JSON.stringify([link]));
  const start = encodeURIComponent(JSON.stringify([{ offset: annotation.span.start }]));
  const links = [
    `[${escapeMarkdown(vscode.l10n.t('Set Verdict'))}](command:transcriptAnnotator.setVerdict?${which})`,
    `[${escapeMarkdown(vscode.l10n.t('Set Status'))}](command:transcriptAnnotator.setStatus?${which})`,
    `[${escapeMarkdown(vscode.l10n.t('Add Source'))}](command:transcriptAnnotator.addSource?${which})`,
    `[${escapeMarkdown(vscode.l10n.t('Edit Note'))}](command:transcriptAnnotator.editNote?${which})`,
    `[${escapeMarkdown(vscode.l10n.t('Remove Tag'))}](command:transcriptAnnotator.removeTag?${which})`,
  ];
  if (annotation.status === 'fuzzy') links.unshift(`[${escapeMarkdown(vscode.l10n.t('Accept New Place'))}](command:transcriptAnnotator.acceptSuggestion?${start})`);
  markdown.appendMarkdown(links.join(' · '));
}

/** The verdict, the workflow step and who set it, and the evidence as links (only http(s) ones are ever links). */
function describeDesk(markdown: vscode.MarkdownString, annotation: AnnotationView): void {
  const parts: string[] = [];
  if (annotation.verdict) parts.push(`$(law) **${escapeMarkdown(vscode.l10n.t('Verdict: {0}', formatVerdict(annotation.verdict)))}**`);
  if (annotation.checkStatus) {
    const status = annotation.checkStatus;
    parts.push(`$(checklist) ${escapeMarkdown(vscode.l10n.t('Status: {0} (set by {1}, {2})', status.value, status.by, formatTime(status.at)))}`);
  }
  if (parts.length) markdown.appendMarkdown(`${parts.join(' · ')}\n\n`);
  if (annotation.sources.length === 0) return;
  markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Sources:'))}\n\n`);
  for (const source of annotation.sources) {
    const quote = source.quote ? ` — “${escapeMarkdown(source.quote)}”` : '';
    markdown.appendMarkdown(`- $(link-external) ${markdownEvidenceLink(source.title || source.url, source.url)}${quote}\n`);
  }
  markdown.appendMarkdown('\n');
}

function describeSuggestion(markdown: vscode.MarkdownString, claim: Claim, offerAccept: boolean, show: LabelDisplay): void {
  markdown.appendMarkdown(`$(lightbulb) **${escapeMarkdown(vscode.l10n.t('Suggested: {0}', kindLabel(claim.kind)))}**`);
  if (claim.speaker) markdown.appendMarkdown(` · ${escapeMarkdown(show(claim.speaker))}`);
  markdown.appendMarkdown(` · ${escapeMarkdown(vscode.l10n.t('confidence {0}', claim.confidence.toFixed(2)))}`);
  markdown.appendMarkdown('\n\n');
  if (claim.cues.length > 0) markdown.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Cues:'))} ${cuesAsWritten(claim.text, claim.cues).map(markdownCodeSpan).join(', ')}\n\n`);
  // The mouse may hover far from the cursor: the link names the claim by its offset.
  const args = encodeURIComponent(JSON.stringify([{ offset: claim.span.start }]));
  if (offerAccept) markdown.appendMarkdown(`[${escapeMarkdown(vscode.l10n.t('Accept as {0}', kindLabel(claim.kind)))}](command:transcriptAnnotator.acceptSuggestion?${args})`);
}

/**
 * The stored quote against the text now at the tag's place, shortened, in git's word-diff notation that
 * reads the same aloud: `[-removed-]` struck through, `{+added+}` in bold (the markers inside the brackets,
 * where Markdown's flanking rules let them apply next to CJK text). Spaces at the edge of a change are shown
 * as `␣`, line breaks as `⏎`.
 */
function diffMarkdown(stored: string, current: string): string {
  const visible = (text: string): string => escapeMarkdown(text.replace(/\s*\n\s*/gu, '⏎').replace(/^\s+|\s+$/gu, (spaces) => '␣'.repeat(spaces.length)));
  return shortenDiff(inlineDiff(stored, current))
    .map((part) => (part.type === 'same' ? escapeMarkdown(part.text) : part.type === 'removed' ? `\\[-~~${visible(part.text)}~~-\\]` : `{+**${visible(part.text)}**+}`))
    .join('');
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
