import * as vscode from 'vscode';
import { CLAIM_KINDS } from '../../core/analysis/model';
import type { AgreementPairRow, AgreementTagRow, AgreementView, KappaBand, KappaRow } from '../../presentation/agreementView';
import { escapeMarkdown, markdownCodeSpan } from '../../presentation/untrustedText';
import { kindLabel, shorten } from '../decorations';

export interface AnnotatorSource {
  /** How the file is named in the report (a workspace-relative path). */
  readonly label: string;
  readonly authors: readonly string[];
}

export interface AgreementMarkdownInput {
  readonly view: AgreementView;
  readonly transcript: vscode.Uri;
  readonly a: AnnotatorSource;
  readonly b: AnnotatorSource;
}

/** A clickable range of the report: 0-based report line, character range, and where it leads. */
export interface ReportLink {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly target: vscode.Uri;
}

export interface RenderedReport {
  readonly text: string;
  readonly links: readonly ReportLink[];
}

/** A piece of a report line: plain Markdown, or text that links somewhere. */
type Part = string | { readonly text: string; readonly target: vscode.Uri };

/**
 * The agreement report as Markdown that reads well as plain text in the editor (lists, no long URLs, one
 * small table) and in the preview. Line numbers are links to the transcript's lines, given separately
 * as ranges (a document link provider serves them), because the preview refuses `file:` links and long
 * URLs would bury the text.
 */
export function agreementMarkdown({ view, transcript, a, b }: AgreementMarkdownInput): RenderedReport {
  const lines: string[] = [];
  const links: ReportLink[] = [];
  const push = (...parts: Part[]): void => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      links.push({ line: lines.length, start: text.length, end: text.length + part.text.length, target: part.target });
      text += part.text;
    }
    lines.push(text);
  };
  const atLine = (line: number): Part => ({ text: escape(vscode.l10n.t('line {0}', line)), target: transcript.with({ fragment: `L${line}` }) });
  const quote = (text: string): string => `“${escape(shorten(text.replace(/\s+/gu, ' '), 80))}”`;
  const source = (name: string, side: AnnotatorSource): string =>
    `- **${name}**: ${markdownCodeSpan(side.label)}${side.authors.length > 0 ? ` (${escape(side.authors.join(', '))})` : ''}`;

  push(`# ${escape(vscode.l10n.t('Agreement between annotators'))}`);
  push();
  push(`${escape(vscode.l10n.t('Transcript:'))} `, { text: escape(vscode.workspace.asRelativePath(transcript)), target: transcript });
  push();
  push(source('A', a));
  push(source('B', b));
  push();

  push(`## ${escape(vscode.l10n.t('Summary'))}`);
  push();
  push(`- ${escape(vscode.l10n.t('Cohen’s kappa over the kinds, on the statements both tagged:'))} ${kappaText(view.kappa)}`);
  push(`- ${escape(vscode.l10n.t('Cohen’s kappa counting “untagged” as a kind, on every statement either tagged:'))} ${kappaText(view.kappaWithUntagged)}`);
  push(`- ${escape(vscode.l10n.t('Both tagged: {0} statements, {1} with the same kind', view.counts.bothTagged, view.counts.sameKind))}`);
  push(`- ${escape(vscode.l10n.t('Tagged only by A: {0}; only by B: {1}', view.counts.onlyA, view.counts.onlyB))}`);
  if (view.counts.leftOutA > 0) push(`- ${escape(vscode.l10n.t('Left out: {0} of A’s tags are not found in the transcript', view.counts.leftOutA))}`);
  if (view.counts.leftOutB > 0) push(`- ${escape(vscode.l10n.t('Left out: {0} of B’s tags are not found in the transcript', view.counts.leftOutB))}`);
  push();

  push(`## ${escape(vscode.l10n.t('Disagreements to review ({0})', view.disagreements.length))}`);
  push();
  if (view.disagreements.length === 0) push(escape(vscode.l10n.t('None: every statement both tagged has the same kind.')));
  for (const row of view.disagreements) push('- ', atLine(row.line), `: ${escape(vscode.l10n.t('A {0}, B {1}', kindLabel(row.kindA), kindLabel(row.kindB)))} — ${quote(row.quote)}`);
  push();

  push(`## ${escape(vscode.l10n.t('Kinds (rows A, columns B)'))}`);
  push();
  push(`| A \\ B | ${CLAIM_KINDS.map(kindLabel).map(escape).join(' | ')} |`);
  push(`| --- | ${CLAIM_KINDS.map(() => '---:').join(' | ')} |`);
  for (const kind of CLAIM_KINDS) push(`| ${escape(kindLabel(kind))} | ${CLAIM_KINDS.map((other) => String(view.confusion[kind][other])).join(' | ')} |`);
  push();

  const pairs = (title: string, rows: readonly AgreementPairRow[]): void => {
    push(`## ${escape(title)}`);
    push();
    for (const row of rows) {
      const kinds = row.kindA === row.kindB ? kindLabel(row.kindA) : vscode.l10n.t('A {0}, B {1}', kindLabel(row.kindA), kindLabel(row.kindB));
      push('- ', atLine(row.line), `: ${escape(kinds)} — ${quote(row.quote)}`);
    }
    if (rows.length === 0) push(escape(vscode.l10n.t('None.')));
    push();
  };
  const singles = (title: string, rows: readonly AgreementTagRow[]): void => {
    push(`## ${escape(title)}`);
    push();
    for (const row of rows) push('- ', atLine(row.line), `: ${escape(kindLabel(row.kind))} — ${quote(row.quote)}`);
    if (rows.length === 0) push(escape(vscode.l10n.t('None.')));
    push();
  };
  pairs(vscode.l10n.t('Statements both tagged ({0})', view.bothTagged.length), view.bothTagged);
  singles(vscode.l10n.t('Tagged only by A ({0})', view.onlyA.length), view.onlyA);
  singles(vscode.l10n.t('Tagged only by B ({0})', view.onlyB.length), view.onlyB);
  return { text: lines.join('\n'), links };
}

function kappaText(kappa: KappaRow): string {
  if (kappa.value === null) {
    const why =
      kappa.undefinedReason === 'nothingBothTagged'
        ? vscode.l10n.t('no statement was tagged by both')
        : vscode.l10n.t('both used one and the same kind throughout, so chance agreement is 100%');
    return `**${escape(vscode.l10n.t('undefined'))}** (${escape(why)})`;
  }
  const detail = vscode.l10n.t('observed {0}, chance {1}', percent(kappa.observed), percent(kappa.expected));
  return `**${kappa.value.toFixed(3)}**, ${escape(bandLabel(kappa.band!))} (${escape(detail)})`;
}

function bandLabel(band: KappaBand): string {
  switch (band) {
    case 'poor':
      return vscode.l10n.t('poor (below chance)');
    case 'slight':
      return vscode.l10n.t('slight agreement');
    case 'fair':
      return vscode.l10n.t('fair agreement');
    case 'moderate':
      return vscode.l10n.t('moderate agreement');
    case 'substantial':
      return vscode.l10n.t('substantial agreement');
    case 'almostPerfect':
      return vscode.l10n.t('almost perfect agreement');
  }
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** Every value, ours or the files', goes in escaped: names and quotes show as written and cannot add lines, cells or links. */
const escape = escapeMarkdown;
