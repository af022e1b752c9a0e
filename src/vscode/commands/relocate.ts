import * as vscode from 'vscode';
import type { AnnotationView } from '../../presentation/annotationView';
import { detectFormat } from '../../core/analysis/format';
import { relocationCandidates } from '../../core/anchoring/likeness';
import { kindLabel, shorten } from '../decorations';
import type { Services } from '../services';
import type { Command } from './commandManager';
import { annotationFromArgs, currentTarget, ensureWritable, speakerAt, type TranscriptTarget } from './targets';
import { pick, showInformation } from '../ui/untrustedUi';

interface SentencePick extends vscode.QuickPickItem {
  readonly span?: { start: number; end: number };
}

/**
 * Gives an orphaned (or fuzzy) tag a new place and keeps its note: the current selection when there is
 * one, otherwise a sentence picked from the document, those most like the lost quote first.
 */
export class RelocateOrphanCommand implements Command {
  static readonly ID = 'transcriptAnnotator.relocateOrphan';
  readonly id = RelocateOrphanCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown): Promise<AnnotationView | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    let annotation = arg !== undefined ? annotationFromArgs(target, arg) : undefined;
    if (!annotation) annotation = await this.pickOrphan(target.session.annotations);
    if (!annotation || !ensureWritable(target.session)) return undefined;

    let span: { start: number; end: number } | undefined;
    const { editor, document } = target;
    if (!editor.selection.isEmpty) {
      span = { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
    } else {
      const items = this.candidates(target, annotation.exact);
      const picked = await pick(items, {
        title: vscode.l10n.t('New place for “{0}”', shorten(annotation.exact)),
        placeHolder: vscode.l10n.t('Pick a sentence, or cancel, select the text in the editor and run Relocate again'),
        matchOnDetail: true,
      });
      span = picked?.span;
    }
    if (!span) return undefined;
    const by = await this.services.author.ensure(document.uri);
    if (by === undefined) return undefined;
    const updated = await target.session.update(annotation.id, { span, by });
    return updated;
  }

  /** Every sentence, those most like the lost quote first; suggested claims say so. */
  private candidates(target: TranscriptTarget, quote: string): SentencePick[] {
    const { document, analysis } = target;
    const analysed = this.services.analysis.get(document);
    if (!analysed) return [];
    const claims = new Map(analysis.claims.map((claim) => [claim.span.start, claim]));
    return relocationCandidates(analysed.lines, analysis, quote, detectFormat(document.uri.path, analysed.text)).map(({ sentence, likeness }) => {
      const claim = claims.get(sentence.span.start);
      const speaker = speakerAt(analysis, sentence.span.start);
      return {
        label: shorten(sentence.text, 80),
        description: [claim ? vscode.l10n.t('{0}?', kindLabel(claim.kind)) : undefined, speaker ?? undefined].filter(Boolean).join(' · ') || undefined,
        detail: vscode.l10n.t('line {0} · {1}% alike', document.positionAt(sentence.span.start).line + 1, Math.round(likeness * 100)),
        span: sentence.span,
      };
    });
  }

  private async pickOrphan(annotations: readonly AnnotationView[]): Promise<AnnotationView | undefined> {
    const candidates = annotations.filter((a) => a.status !== 'anchored');
    if (candidates.length === 0) {
      void showInformation(vscode.l10n.t('Every tag is in place.'));
      return undefined;
    }
    if (candidates.length === 1) return candidates[0];
    const picked = await pick(
      candidates.map((annotation) => ({ label: shorten(annotation.exact, 80), description: annotation.note, annotation })),
      { title: vscode.l10n.t('Which tag to relocate?') },
    );
    return picked?.annotation;
  }
}
