// Every window sentence of the dev half, with the claim the analysis suggests for it (if any) and what the
// classifier read in that claim, for scripts/train-claim-gate.mjs (a learned claim / none gate). Loads the corpus
// as the scorer does (corpus.ts) and never analyses a check file: only sources that split.json (or the rule for
// unlisted sources) puts in the dev half.
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_MINIMUM_CONFIDENCE, ruleKindAndFeatures } from '../../src/core/claims/classify';
import { gateFeatures } from './claimGateFeatures';
import { devLabelledFiles } from './devLabelledFiles';
import { coveringClaim, locateSentences } from './score';

export interface GateExample {
  /** `<lang>/<id>` */
  readonly file: string;
  /** The source: leave-one-source-out folds never split one. */
  readonly source: string;
  readonly language: string;
  /** The gold label is a kind (not `none`). */
  readonly isClaim: boolean;
  /** The analysis suggests a claim covering the sentence (at any confidence). */
  readonly covered: boolean;
  /** That claim is shown at the default minimum confidence: the scorer counts the sentence as a claim. */
  readonly shown: boolean;
  /** That claim's confidence as the analysis gives it (after the register and sponsor-read adjustments), or -1. */
  readonly confidence: number;
  /** `<file>#<claim start>`: one claim may cover more than one window sentence. */
  readonly claim: string;
  /** The classifier's own confidence for the claim's text alone (what the gate sees at run time), or -1. */
  readonly ruleConfidence: number;
  /** Gate features of the claim's text (claimGate.ts), empty when not covered. */
  readonly features: readonly string[];
  readonly text: string;
}

export interface GateExamples {
  readonly examples: GateExample[];
  readonly devFiles: number;
}

export function devGateExamples(repoRoot: string): GateExamples {
  const examples: GateExample[] = [];
  let devFiles = 0;
  for (const { name, file, source, language, transcriptName, text, lines, labels } of devLabelledFiles(repoRoot)) {
    if (!labels.windows.length) continue;
    devFiles++;
    // Every claim, shown or not: the trainer decides what the default threshold hides.
    const claims = analyze(text, {}, transcriptName).claims;
    const shown = claims.filter((c) => c.confidence >= DEFAULT_MINIMUM_CONFIDENCE);
    for (const window of labels.windows) {
      for (const sentence of locateSentences(window, lines, name)) {
        const isClaim = sentence.label !== 'none';
        // As the scorer: the shown claim covering the sentence, else (for training) one below the threshold.
        const shownClaim = coveringClaim(sentence.offsets, shown);
        const claim = shownClaim ?? coveringClaim(sentence.offsets, claims);
        const read = claim ? ruleKindAndFeatures(claim.text) : null;
        examples.push({
          file,
          source,
          language,
          isClaim,
          covered: claim !== null,
          shown: shownClaim !== null,
          confidence: claim?.confidence ?? -1,
          claim: claim ? `${file}#${claim.span.start}` : '',
          ruleConfidence: read?.rule.confidence ?? -1,
          features: read && claim ? gateFeatures(claim.text, read.rule, read.features) : [],
          text: claim?.text ?? '',
        });
      }
    }
  }
  return { examples, devFiles };
}
