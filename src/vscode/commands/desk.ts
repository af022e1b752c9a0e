import * as vscode from 'vscode';
import { evidenceUrlProblem } from '../../core/desk/evidence';
import { needsChecking } from '../../core/desk/status';
import { formatVerdict, parseVerdictText, verdictFromScale } from '../../core/desk/verdict';
import type { AnnotationVerdict, EvidenceSource } from '../../core/sidecar/model';
import type { Span } from '../../core/text/positions';
import type { AnnotationPatch } from '../annotations/repository';
import type { AnnotationView } from '../../presentation/annotationView';
import { nextSpan } from '../../presentation/navigation';
import { plainText } from '../../presentation/untrustedText';
import { shorten } from '../decorations';
import type { Services } from '../services';
import { pick, showInformation } from '../ui/untrustedUi';
import type { Command } from './commandManager';
import { currentTarget, tagToChange, type TagToChange } from './targets';
import { selectSpan } from './navigation';

// The fact-checking desk's commands on one tag: its verdict, its evidence, its place in the workflow.
// Each takes the tag as its first argument (a hover link, a tree item, else the tag under the cursor)
// and, for tests and keybindings, the value as its second; without one it asks.

/** The desk's fields of a tag: what each command changes, and what its undo puts back. */
type DeskFields = Pick<AnnotationPatch, 'verdict' | 'checkStatus' | 'sources'>;

/**
 * Stores `change` on the chosen tag and confirms it with `message` (worded from the tag as stored); the
 * confirmation's undo stores `previous` back, by the same person. `step` names the undo in the history.
 */
async function changeWithUndo(services: Services, { by, found }: TagToChange, change: DeskFields, previous: DeskFields, step: string, message: (updated: AnnotationView) => string): Promise<AnnotationView> {
  const { target, annotation } = found;
  const updated = await target.session.update(annotation.id, { ...change, by });
  services.history.confirm(message(updated), step, async () => void (await target.session.update(annotation.id, { ...previous, by })));
  return updated;
}

/** A verdict given as an argument: `{ label, rating? }`, the text `N/M label`, or `null` to remove it. */
function verdictFromArg(arg: unknown): AnnotationVerdict | null | undefined {
  if (arg === null) return null;
  if (typeof arg === 'string') return parseVerdictText(arg) ?? null;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { label?: unknown }).label === 'string') {
    const { label, rating } = arg as { label: string; rating?: { value?: unknown; best?: unknown } };
    const text = rating && typeof rating.value === 'number' && typeof rating.best === 'number' ? `${rating.value}/${rating.best} ${label}` : label;
    return parseVerdictText(text) ?? null;
  }
  return undefined;
}

export class SetVerdictCommand implements Command {
  static readonly ID = 'transcriptAnnotator.setVerdict';
  readonly id = SetVerdictCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown, verdictArg?: unknown): Promise<AnnotationView | undefined> {
    const chosen = await this.tagAndVerdict(arg, verdictArg);
    if (!chosen) return undefined;
    const { verdict } = chosen;
    return changeWithUndo(this.services, chosen, { verdict }, { verdict: chosen.found.annotation.verdict ?? null }, 'verdict', (updated) =>
      verdict ? vscode.l10n.t('Verdict {0}: “{1}”', formatVerdict(verdict), shorten(updated.exact)) : vscode.l10n.t('Verdict removed: “{0}”', shorten(updated.exact)),
    );
  }

  private async tagAndVerdict(arg: unknown, verdictArg: unknown): Promise<(TagToChange & { readonly verdict: AnnotationVerdict | null }) | undefined> {
    const chosen = await tagToChange(this.services, arg);
    if (!chosen) return undefined;
    const given = verdictFromArg(verdictArg);
    if (given !== undefined) return { ...chosen, verdict: given };
    const verdict = await this.ask(chosen.found.target.document.uri, chosen.found.annotation);
    return verdict === undefined ? undefined : { ...chosen, verdict };
  }

  /** A step of the scale, another verdict typed in, or none; undefined when cancelled. */
  private async ask(uri: vscode.Uri, annotation: AnnotationView): Promise<AnnotationVerdict | null | undefined> {
    const scale = this.services.configuration.get(uri).verdictScale;
    type Item = vscode.QuickPickItem & { readonly verdict?: AnnotationVerdict | null };
    const current = annotation.verdict ? formatVerdict(annotation.verdict) : undefined;
    const items: Item[] = scale.map((step) => {
      const verdict = verdictFromScale(scale, step);
      const shown = formatVerdict(verdict);
      return { label: shown, ...(shown === current ? { description: vscode.l10n.t('current') } : {}), verdict };
    });
    items.push({ label: vscode.l10n.t('Other verdict…') });
    if (annotation.verdict) items.push({ label: vscode.l10n.t('Remove the verdict'), verdict: null });
    const picked = await pick(items, { title: vscode.l10n.t('Verdict on “{0}”', shorten(annotation.exact)) });
    if (!picked) return undefined;
    if (picked.verdict !== undefined) return picked.verdict;
    const typed = await vscode.window.showInputBox({
      title: plainText(vscode.l10n.t('Verdict on “{0}”', shorten(annotation.exact))),
      prompt: vscode.l10n.t('A label, optionally rated: “Misleading” or “2/5 Mostly false”.'),
      value: annotation.verdict && current ? (annotation.verdict.rating ? `${annotation.verdict.rating.value}/${annotation.verdict.rating.best} ${annotation.verdict.label}` : annotation.verdict.label) : '',
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Type a verdict, or press Escape.') : undefined),
    });
    return typed === undefined ? undefined : (parseVerdictText(typed) ?? undefined);
  }
}

const URL_RULE = (): string => vscode.l10n.t('a source must be an http:// or https:// address with a host, without spaces or a user name.');

/** A source given as an argument: `{ url, title?, quote? }` or just the address. */
function sourceFromArg(arg: unknown): EvidenceSource | undefined {
  if (typeof arg === 'string') return { url: arg.trim() };
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { url, title, quote } = arg as { url?: unknown; title?: unknown; quote?: unknown };
  if (typeof url !== 'string') return undefined;
  return { url: url.trim(), ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}), ...(typeof quote === 'string' && quote.trim() ? { quote: quote.trim() } : {}) };
}

export class AddSourceCommand implements Command {
  static readonly ID = 'transcriptAnnotator.addSource';
  readonly id = AddSourceCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(arg?: unknown, sourceArg?: unknown): Promise<AnnotationView | undefined> {
    const chosen = await tagToChange(this.services, arg);
    if (!chosen) return undefined;
    const { annotation } = chosen.found;
    const source = sourceArg !== undefined ? sourceFromArg(sourceArg) : await this.ask(annotation);
    if (!source) return undefined;
    if (evidenceUrlProblem(source.url)) {
      // Refused, never stored: only http(s) addresses can become links.
      void showInformation(vscode.l10n.t('Not added: {0}', URL_RULE()));
      return undefined;
    }
    if (annotation.sources.some((existing) => existing.url === source.url)) {
      void showInformation(vscode.l10n.t('This tag already cites {0}.', source.url));
      return undefined;
    }
    const previous = annotation.sources;
    return changeWithUndo(this.services, chosen, { sources: [...previous, source] }, { sources: previous }, 'source', (updated) => vscode.l10n.t('Source added to “{0}”', shorten(updated.exact)));
  }

  private async ask(annotation: AnnotationView): Promise<EvidenceSource | undefined> {
    const title = plainText(vscode.l10n.t('Source for “{0}”', shorten(annotation.exact)));
    const url = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('The address of the evidence (http or https).'),
      placeHolder: 'https://',
      validateInput: (value) => (evidenceUrlProblem(value.trim()) ? URL_RULE() : undefined),
    });
    if (url === undefined) return undefined;
    const name = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('Its title (optional).') });
    if (name === undefined) return undefined;
    const quote = await vscode.window.showInputBox({ title, prompt: vscode.l10n.t('The passage that matters (optional).') });
    if (quote === undefined) return undefined;
    return sourceFromArg({ url, title: name, quote });
  }
}

export class RemoveSourceCommand implements Command {
  static readonly ID = 'transcriptAnnotator.removeSource';
  readonly id = RemoveSourceCommand.ID;

  constructor(private readonly services: Services) {}

  /** The second argument is the address to remove; asked for otherwise. */
  async execute(arg?: unknown, urlArg?: unknown): Promise<AnnotationView | undefined> {
    const chosen = await tagToChange(this.services, arg);
    if (!chosen) return undefined;
    const { annotation } = chosen.found;
    if (annotation.sources.length === 0) {
      void showInformation(vscode.l10n.t('This tag cites no sources.'));
      return undefined;
    }
    const url =
      typeof urlArg === 'string'
        ? urlArg
        : (await pick(annotation.sources.map((source) => ({ label: source.title || source.url, detail: source.url, url: source.url })), { title: vscode.l10n.t('Remove which source?') }))?.url;
    if (url === undefined) return undefined;
    const previous = annotation.sources;
    return changeWithUndo(this.services, chosen, { sources: previous.filter((source) => source.url !== url) }, { sources: previous }, 'source', (updated) => vscode.l10n.t('Source removed from “{0}”', shorten(updated.exact)));
  }
}

export class SetStatusCommand implements Command {
  static readonly ID = 'transcriptAnnotator.setStatus';
  readonly id = SetStatusCommand.ID;

  constructor(private readonly services: Services) {}

  /** The second argument is the step (or `null` to clear it); asked for otherwise. */
  async execute(arg?: unknown, statusArg?: unknown): Promise<AnnotationView | undefined> {
    const chosen = await tagToChange(this.services, arg);
    if (!chosen) return undefined;
    const { target, annotation } = chosen.found;
    const workflow = this.services.configuration.get(target.document.uri).statusWorkflow;
    let status: string | null | undefined = statusArg === null ? null : typeof statusArg === 'string' && statusArg.trim() ? statusArg.trim() : undefined;
    if (status === undefined) {
      const current = annotation.checkStatus?.value;
      const items = workflow.steps.map((step) => ({ label: step, ...(step === current ? { description: vscode.l10n.t('current') } : {}), step: step as string | null }));
      if (current !== undefined) items.push({ label: vscode.l10n.t('Clear the status'), step: null });
      const picked = await pick(items, { title: vscode.l10n.t('Status of “{0}”', shorten(annotation.exact)) });
      if (!picked) return undefined;
      status = picked.step;
    }
    // Undo puts back who set the previous step and when, not only the step.
    return changeWithUndo(this.services, chosen, { checkStatus: status }, { checkStatus: annotation.checkStatus ?? null }, 'status', (updated) =>
      status ? vscode.l10n.t('Status {0}: “{1}”', status, shorten(updated.exact)) : vscode.l10n.t('Status cleared: “{0}”', shorten(updated.exact)),
    );
  }
}

/**
 * Moves to the next tagged statement that still needs checking, wrapping at the end: a fact or forecast tag
 * (opinions are not checked) without a status, or with one before the workflow's first checked step.
 */
export class NextUncheckedCommand implements Command {
  static readonly ID = 'transcriptAnnotator.nextUnchecked';
  readonly id = NextUncheckedCommand.ID;

  constructor(private readonly services: Services) {}

  async execute(): Promise<Span | undefined> {
    const target = await currentTarget(this.services);
    if (!target) return undefined;
    const workflow = this.services.configuration.get(target.document.uri).statusWorkflow;
    const spans = target.session.annotations
      .filter((a) => a.span && a.kind !== 'opinion' && needsChecking(a.checkStatus?.value, workflow))
      .map((a) => a.span!);
    const span = nextSpan(spans, target.document.offsetAt(target.editor.selection.start));
    if (!span) {
      void showInformation(vscode.l10n.t('Every tagged fact and forecast here is checked.'));
      return undefined;
    }
    selectSpan(target.editor, span);
    return span;
  }
}
