import * as vscode from 'vscode';
import { CLAIM_KINDS } from '../../core/analysis/model';
import type { AgreementPairRow, AgreementTagRow, AgreementView, KappaBand, KappaRow } from '../../presentation/agreementView';
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

/**
 * The agreement report as Markdown: readable as plain text in the editor (lists, not wide tables, except
 * the small confusion table) and in the preview. Every line number links to that line of the transcript
 * (`file#L12`, which both the editor and the Markdown preview open at the line).
 */
export function agreementMarkdown({ view, transcript, a, b }: AgreementMarkdownInput): string {
  const out: string[] = [];
  const link = (line: number): string => `[${escape(vscode.l10n.t('line {0}', line))}](${transcript.with({ fragment: `L${line}` }).toString()})`;
  const quote = (text: string): string => `“${escape(shorten(text.replace(/\s+/gu, ' '), 80))}”`;
  const source = (name: string, side: AnnotatorSource): string =>
    `- **${name}**: \`${side.label.replace(/`/gu, "'")}\`${side.authors.length > 0 ? ` (${escape(side.authors.join(', '))})` : ''}`;

  out.push(`# ${escape(vscode.l10n.t('Agreement between annotators'))}`, '');
  out.push(`${escape(vscode.l10n.t('Transcript:'))} [${escape(vscode.workspace.asRelativePath(transcript))}](${transcript.toString()})`, '');
  out.push(source('A', a), source('B', b), '');

  out.push(`## ${escape(vscode.l10n.t('Summary'))}`, '');
  out.push(`- ${escape(vscode.l10n.t('Cohen’s kappa over the kinds, on the statements both tagged:'))} ${kappaText(view.kappa)}`);
  out.push(`- ${escape(vscode.l10n.t('Cohen’s kappa counting “untagged” as a kind, on every statement either tagged:'))} ${kappaText(view.kappaWithUntagged)}`);
  out.push(`- ${escape(vscode.l10n.t('Both tagged: {0} statements, {1} with the same kind', view.counts.bothTagged, view.counts.sameKind))}`);
  out.push(`- ${escape(vscode.l10n.t('Tagged only by A: {0}; only by B: {1}', view.counts.onlyA, view.counts.onlyB))}`);
  if (view.counts.leftOutA > 0) out.push(`- ${escape(vscode.l10n.t('Left out: {0} of A’s tags are not found in the transcript', view.counts.leftOutA))}`);
  if (view.counts.leftOutB > 0) out.push(`- ${escape(vscode.l10n.t('Left out: {0} of B’s tags are not found in the transcript', view.counts.leftOutB))}`);
  out.push('');

  out.push(`## ${escape(vscode.l10n.t('Disagreements to review ({0})', view.disagreements.length))}`, '');
  if (view.disagreements.length === 0) out.push(escape(vscode.l10n.t('None: every statement both tagged has the same kind.')));
  for (const row of view.disagreements) out.push(`- ${link(row.line)}: ${escape(vscode.l10n.t('A {0}, B {1}', kindLabel(row.kindA), kindLabel(row.kindB)))} — ${quote(row.quote)}`);
  out.push('');

  out.push(`## ${escape(vscode.l10n.t('Kinds (rows A, columns B)'))}`, '');
  out.push(`| A \\ B | ${CLAIM_KINDS.map(kindLabel).map(escape).join(' | ')} |`, `| --- | ${CLAIM_KINDS.map(() => '---:').join(' | ')} |`);
  for (const kind of CLAIM_KINDS) out.push(`| ${escape(kindLabel(kind))} | ${CLAIM_KINDS.map((other) => String(view.confusion[kind][other])).join(' | ')} |`);
  out.push('');

  const pairs = (title: string, rows: readonly AgreementPairRow[]): void => {
    out.push(`## ${escape(title)}`, '');
    for (const row of rows) {
      const kinds = row.kindA === row.kindB ? kindLabel(row.kindA) : vscode.l10n.t('A {0}, B {1}', kindLabel(row.kindA), kindLabel(row.kindB));
      out.push(`- ${link(row.line)}: ${escape(kinds)} — ${quote(row.quote)}`);
    }
    if (rows.length === 0) out.push(escape(vscode.l10n.t('None.')));
    out.push('');
  };
  const singles = (title: string, rows: readonly AgreementTagRow[]): void => {
    out.push(`## ${escape(title)}`, '');
    for (const row of rows) out.push(`- ${link(row.line)}: ${escape(kindLabel(row.kind))} — ${quote(row.quote)}`);
    if (rows.length === 0) out.push(escape(vscode.l10n.t('None.')));
    out.push('');
  };
  pairs(vscode.l10n.t('Statements both tagged ({0})', view.bothTagged.length), view.bothTagged);
  singles(vscode.l10n.t('Tagged only by A ({0})', view.onlyA.length), view.onlyA);
  singles(vscode.l10n.t('Tagged only by B ({0})', view.onlyB.length), view.onlyB);
  return out.join('\n');
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

/** The characters that format inline Markdown, so quotes and names show as written (and the source stays readable). */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/gu, '\\$&');
}
