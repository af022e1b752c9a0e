// The dev half's window sentences that are claims, with the features the classifier reads in each, for
// scripts/train-kind-weights.mjs. Loads the corpus as the scorer does (corpus.ts) and never analyses a
// check file: only sources that split.json (or the rule for unlisted sources) puts in the dev half.
import { analyze } from '../../src/core/analysis/analyze';
import { DEFAULT_MINIMUM_CONFIDENCE, ruleKindAndFeatures } from '../../src/core/claims/classify';
import { devLabelledFiles } from './devLabelledFiles';
import { coveringClaim, locateSentences } from './score';

export interface KindExample {
  /** `<lang>/<id>` */
  readonly file: string;
  /** The source: leave-one-source-out folds never split one (two translations of a talk share it). */
  readonly source: string;
  readonly language: string;
  /** The gold kind. */
  readonly label: 'fact' | 'forecast' | 'opinion';
  /** The kind the hand-set rules give (classify.ts' precedence, before any learned weights). */
  readonly ruleKind: string;
  /** The kind the analysis gave the claim covering the sentence: what the scorer's kind accuracy compares. */
  readonly analysedKind: string;
  /** True when the claim is shown at the default minimum confidence: the sentences kind accuracy counts. */
  readonly shown: boolean;
  readonly features: readonly string[];
  readonly text: string;
}

export interface KindExamples {
  readonly examples: KindExample[];
  readonly devFiles: number;
}

export function devKindExamples(repoRoot: string): KindExamples {
  const examples: KindExample[] = [];
  let devFiles = 0;
  for (const { name, file, source, language, transcriptName, text, lines, labels } of devLabelledFiles(repoRoot)) {
    devFiles++;
    const claims = analyze(text, {}, transcriptName).claims;
    for (const window of labels.windows) {
      for (const sentence of locateSentences(window, lines, name)) {
        if (sentence.label === 'none') continue;
        const claim = coveringClaim(sentence.offsets, claims);
        if (!claim) continue;
        const read = ruleKindAndFeatures(claim.text);
        if (!read) continue;
        examples.push({ file, source, language, label: sentence.label, ruleKind: read.rule.kind, analysedKind: claim.kind, shown: claim.confidence >= DEFAULT_MINIMUM_CONFIDENCE, features: read.features, text: claim.text });
      }
    }
  }
  return { examples, devFiles };
}
