import { CLAIM_KINDS } from '../analysis/model';
import type { AgreementReport, CodedSpan, Kappa, MatchedPair } from './agreement';
import { describeKappa } from './agreement';

export interface AgreementNames {
  readonly a: string;
  readonly b: string;
}

/** The machine-readable report (`agreement --json`). Offsets are UTF-16, as in the sidecar. */
export function agreementToJson(report: AgreementReport, names: AgreementNames): unknown {
  const tag = (x: CodedSpan) => ({ id: x.id, kind: x.kind, exact: x.target.exact, start: x.target.start, end: x.target.end });
  const pair = (p: MatchedPair) => ({ a: tag(p.a), b: tag(p.b), overlap: round(p.overlap) });
  const kappa = (k: Kappa) => ({ value: k.value === null ? null : round(k.value), observed: round(k.observed), expected: round(k.expected), ...(k.note ? { note: k.note } : {}) });
  return {
    a: names.a,
    b: names.b,
    counts: {
      a: report.bothTagged.length + report.onlyA.length,
      b: report.bothTagged.length + report.onlyB.length,
      bothTagged: report.bothTagged.length,
      sameKind: report.bothTagged.length - report.disagreements.length,
      onlyA: report.onlyA.length,
      onlyB: report.onlyB.length,
    },
    kappa: kappa(report.kappa),
    kappaWithUntagged: kappa(report.kappaWithUntagged),
    confusion: report.confusion,
    disagreements: report.disagreements.map(pair),
    onlyA: report.onlyA.map(tag),
    onlyB: report.onlyB.map(tag),
  };
}

/** The readable report. `lineOf` gives a 1-based line for an offset when the transcript is known. */
export function formatAgreement(report: AgreementReport, names: AgreementNames, lineOf?: (offset: number) => number): string {
  const where = (x: CodedSpan): string => (lineOf ? `line ${lineOf(x.target.start)}` : `@${x.target.start}`);
  const quote = (x: CodedSpan): string => {
    const text = x.target.exact.replace(/\s+/g, ' ');
    return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
  };
  const out: string[] = [`Agreement between A = ${names.a}`, `              and B = ${names.b}`, ''];
  const same = report.bothTagged.length - report.disagreements.length;
  out.push(`Both tagged:  ${report.bothTagged.length} statement(s), ${same} with the same kind`);
  out.push(`Only A:       ${report.onlyA.length}`);
  out.push(`Only B:       ${report.onlyB.length}`);
  out.push('', kappaLine("Cohen's kappa (kinds, on statements both tagged)", report.kappa));
  out.push(kappaLine("Cohen's kappa (including untagged)", report.kappaWithUntagged));
  out.push('', 'Confusion (rows A, columns B)', `  ${''.padEnd(9)}${CLAIM_KINDS.map((k) => k.padStart(9)).join('')}`);
  for (const kind of CLAIM_KINDS) out.push(`  ${kind.padEnd(9)}${CLAIM_KINDS.map((k) => String(report.confusion[kind][k]).padStart(9)).join('')}`);
  if (report.disagreements.length) {
    out.push('', `Disagreements to review (${report.disagreements.length})`);
    for (const p of report.disagreements) out.push(`  ${where(p.a).padEnd(9)} A ${p.a.kind.padEnd(8)} B ${p.b.kind.padEnd(8)} ${quote(p.a)}`);
  }
  const oneSided = (label: string, tags: readonly CodedSpan[]): void => {
    if (!tags.length) return;
    out.push('', label);
    for (const x of tags) out.push(`  ${where(x).padEnd(9)} ${x.kind.padEnd(8)} ${quote(x)}`);
  };
  oneSided(`Tagged only by A (${report.onlyA.length})`, report.onlyA);
  oneSided(`Tagged only by B (${report.onlyB.length})`, report.onlyB);
  return out.join('\n') + '\n';
}

function kappaLine(label: string, kappa: Kappa): string {
  if (kappa.value === null) return `${label}: undefined (${kappa.note ?? ''})`;
  return `${label}: ${kappa.value.toFixed(3)} — ${describeKappa(kappa.value)} (observed ${pct(kappa.observed)}, chance ${pct(kappa.expected)})`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
