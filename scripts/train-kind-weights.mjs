// Learns the weights of the claim kind (fact / forecast / opinion, given that a sentence is a claim) from
// the dev half of the labelled corpus, by multinomial logistic regression with an L2 penalty, and chooses
// the penalty by leave-one-source-out cross-validation on dev (a source is never in train and test at once;
// the two translations of one talk share a source). Check files are never read.
//
//   node scripts/train-kind-weights.mjs           CV report only (per language, against the rules)
//   node scripts/train-kind-weights.mjs --write   also fit on all dev sentences and write src/core/claims/kindWeights.ts
//
// The features are what the classifier reads (kindFeatures in src/core/claims/classify.ts). Re-run after
// new dev files are labelled: the corpus is read at run time.
import * as esbuild from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const KINDS = ['fact', 'forecast', 'opinion'];
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
/** L2 penalties tried (on the summed log-loss). */
const LAMBDAS = [0.3, 1, 3, 10, 30];
const ITERATIONS = 400;

async function loadExamples() {
  const outfile = join(root, 'out', 'kind', 'kindExamples.cjs');
  await esbuild.build({ entryPoints: [join(root, 'test/accuracy/kindExamples.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning', absWorkingDir: root });
  const { devKindExamples } = createRequire(import.meta.url)(outfile);
  return devKindExamples(root);
}

/** `zh|cue:evaluation` beside `cue:evaluation`: a weight of its own per language, shrunk towards the shared one. */
function expanded(example, crossed) {
  const language = example.features.includes('zh') ? 'zh' : 'en';
  const names = ['bias', ...example.features];
  if (crossed) for (const f of example.features) if (f !== 'zh' && f !== 'en') names.push(`${language}|${f}`);
  return names;
}

function indexed(examples, crossed) {
  const index = new Map();
  const rows = examples.map((e) => expanded(e, crossed).map((name) => {
    if (!index.has(name)) index.set(name, index.size);
    return index.get(name);
  }));
  return { index, rows };
}

function softmax(scores) {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Multinomial logistic regression on binary features: minimises the summed log-loss + lambda/2 ‖W‖² (the bias
 * unpenalised) by gradient descent with momentum. `rows[i]` lists the feature ids present in example i.
 */
function fit(rows, labels, featureCount, lambda) {
  const k = KINDS.length;
  const weights = new Float64Array(featureCount * k);
  const velocity = new Float64Array(featureCount * k);
  const gradient = new Float64Array(featureCount * k);
  const n = rows.length;
  const rate = 0.5 / n;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      const scores = new Array(k).fill(0);
      for (const f of rows[i]) for (let c = 0; c < k; c++) scores[c] += weights[f * k + c];
      const p = softmax(scores);
      for (let c = 0; c < k; c++) {
        const error = p[c] - (labels[i] === c ? 1 : 0);
        for (const f of rows[i]) gradient[f * k + c] += error;
      }
    }
    for (let j = k; j < weights.length; j++) gradient[j] += lambda * weights[j];
    for (let j = 0; j < weights.length; j++) {
      velocity[j] = 0.9 * velocity[j] - rate * gradient[j];
      weights[j] += velocity[j];
    }
  }
  return weights;
}

function predict(weights, row) {
  const k = KINDS.length;
  const scores = new Array(k).fill(0);
  for (const f of row) if (f !== undefined) for (let c = 0; c < k; c++) scores[c] += weights[f * k + c];
  let best = 0;
  for (let c = 1; c < k; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** Leave-one-source-out: per language, correct / total of the learned kind and of the rules, over shown claims. */
function crossValidate(examples, lambda, crossed, trainOnHidden) {
  const sources = [...new Set(examples.map((e) => e.source))];
  const tally = Object.fromEntries(['all', ...LANGUAGES].map((l) => [l, { learned: 0, rules: 0, total: 0 }]));
  for (const source of sources) {
    const train = examples.filter((e) => e.source !== source && (trainOnHidden || e.shown));
    const test = examples.filter((e) => e.source === source && e.shown);
    if (!test.length) continue;
    const { index, rows } = indexed(train, crossed);
    const weights = fit(rows, train.map((e) => KINDS.indexOf(e.label)), index.size, lambda);
    for (const e of test) {
      const row = expanded(e, crossed).map((name) => index.get(name));
      const learned = KINDS[predict(weights, row)] === e.label;
      for (const group of ['all', e.language]) {
        tally[group].total++;
        if (learned) tally[group].learned++;
        if (e.ruleKind === e.label) tally[group].rules++;
      }
    }
  }
  return tally;
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '—');

function tallyLine(tally) {
  return ['all', ...LANGUAGES].map((g) => `${g} ${pct(tally[g].learned, tally[g].total)} (rules ${pct(tally[g].rules, tally[g].total)}, n=${tally[g].total})`).join('  ');
}

function weightsSource(weights, index, meta) {
  const k = KINDS.length;
  const rows = [];
  for (const [name, id] of index) {
    const w = KINDS.map((_, c) => Math.round(weights[id * k + c] * 1000) / 1000);
    if (name !== 'bias' && w.every((x) => Math.abs(x) < 0.01)) continue;
    rows.push(`  ${JSON.stringify(name)}: [${w.join(', ')}],`);
  }
  rows.sort((a, b) => (a.startsWith('  "bias"') ? -1 : b.startsWith('  "bias"') ? 1 : a.localeCompare(b)));
  return `// Generated by scripts/train-kind-weights.mjs on ${meta.date}: \`node scripts/train-kind-weights.mjs --write\`.
// Multinomial logistic regression on the dev half only (${meta.examples} claim sentences, ${meta.sources} sources),
// L2 penalty ${meta.lambda}${meta.crossed ? ', per-language copies of every feature' : ''}, chosen by leave-one-source-out cross-validation.
// CV kind accuracy: ${meta.cv}.
// Do not edit by hand: re-run the trainer (docs/analysis-claims.md, "Session 20").

/** The kinds, in the order of each row's weights. */
export const KIND_ORDER = ['fact', 'forecast', 'opinion'] as const;

/** Weight of each feature (kindFeatures in classify.ts; \`zh|…\`, \`en|…\`: that feature in that language) for fact, forecast, opinion. */
export const KIND_WEIGHTS: Readonly<Record<string, readonly [number, number, number]>> = {
${rows.join('\n')}
};

/** True when the classifier takes its kind from KIND_WEIGHTS. */
export const KIND_WEIGHTS_CROSSED = ${meta.crossed};
`;
}

async function main() {
  const { examples, devFiles } = await loadExamples();
  const shown = examples.filter((e) => e.shown);
  console.log(`dev: ${devFiles} files, ${new Set(examples.map((e) => e.source)).size} sources, ${examples.length} claim sentences with a predicted claim (${shown.length} shown at the default confidence)`);
  let best = null;
  for (const trainOnHidden of [false, true]) {
    for (const crossed of [false, true]) {
      for (const lambda of LAMBDAS) {
        const tally = crossValidate(examples, lambda, crossed, trainOnHidden);
        const accuracy = tally.all.learned / tally.all.total;
        console.log(`CV λ=${lambda} ${crossed ? 'crossed' : 'shared  '} ${trainOnHidden ? 'train:all   ' : 'train:shown '} ${tallyLine(tally)}`);
        if (!best || accuracy > best.accuracy) best = { accuracy, lambda, crossed, trainOnHidden, tally };
      }
    }
  }
  console.log(`chosen: λ=${best.lambda}, ${best.crossed ? 'per-language copies' : 'shared features'}, trained on ${best.trainOnHidden ? 'every claim' : 'shown claims'}: ${tallyLine(best.tally)}`);
  const beats = LANGUAGES.every((l) => best.tally[l].learned > best.tally[l].rules);
  console.log(beats ? 'CV kind accuracy beats the rules in every language.' : 'CV kind accuracy does NOT beat the rules in every language.');
  if (!args.has('--write')) return;
  const train = examples.filter((e) => best.trainOnHidden || e.shown);
  const { index, rows } = indexed(train, best.crossed);
  const weights = fit(rows, train.map((e) => KINDS.indexOf(e.label)), index.size, best.lambda);
  const training = train.filter((e, i) => e.shown && KINDS[predict(weights, rows[i])] === e.label).length;
  console.log(`training accuracy on shown claims ${pct(training, shown.length)} (not the figure to trust: see CV)`);
  const cv = LANGUAGES.map((l) => `${l} ${pct(best.tally[l].learned, best.tally[l].total)} (rules ${pct(best.tally[l].rules, best.tally[l].total)})`).join(', ');
  const path = join(root, 'src/core/claims/kindWeights.ts');
  writeFileSync(path, weightsSource(weights, index, { date: new Date().toISOString().slice(0, 10), examples: train.length, sources: new Set(train.map((e) => e.source)).size, lambda: best.lambda, crossed: best.crossed, cv }));
  console.log(`wrote ${path}`);
}

await main();
