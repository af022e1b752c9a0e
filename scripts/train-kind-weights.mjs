// Learns the weights of the claim kind (fact / forecast / opinion, given that a sentence is a claim) from
// the dev half of the labelled corpus, by multinomial logistic regression with an L2 penalty, and chooses
// the penalty by leave-one-source-out cross-validation on dev (a source is never in train and test at once;
// the two translations of one talk share a source). Check files are never read.
//
//   node scripts/train-kind-weights.mjs           CV report only (per language, against the rules)
//   node scripts/train-kind-weights.mjs --write   also fit on all dev sentences and write src/core/claims/kindWeights.ts
//   node scripts/train-kind-weights.mjs --family "all + rules"   only that feature set (cues, all, all + rules)
//   node scripts/train-kind-weights.mjs --nested  also the choice itself cross-validated: for each source, the setting is
//                                                 chosen by CV on the other sources only (slow: minutes);
//                                                 --nested-only skips the rest
//   node scripts/train-kind-weights.mjs --rules-against <git ref>
//                                                 no learning: the rules of this working tree (the variant) against those
//                                                 of <ref> (the base), per dev source and language, and the variant judged by
//                                                 leave-one-source-out: for each source, adopted only if it gains on the others
//
// The features are what the classifier reads (kindFeatures in src/core/claims/kindFeatures.ts). Re-run after
// new dev files are labelled: the corpus is read at run time. The classifier uses no learned weights yet: in
// sessions 20 (21 sources), 32 (83 sources) and 36 (90 sources) the CV did not beat the rules in every language
// (docs/analysis-claims.md, "Session 20", "Session 32", "Session 36"; Session 32 says how to wire the table in).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
/** `--family "all + rules"`: only that feature set in the report (and the choice --write makes). */
const family = args.has('--family') ? process.argv[process.argv.indexOf('--family') + 1] : undefined;
const KINDS = ['fact', 'forecast', 'opinion'];
const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
/** L2 penalties tried (on the summed log-loss). */
const LAMBDAS = [1, 3, 10, 30];
const ITERATIONS = 400;

/** The dev examples as the classifier under `codeRoot` (a checkout with src/ and test/accuracy/) reads them; the corpus is always this tree's. */
async function loadExamples(codeRoot = root) {
  const outfile = join(codeRoot, 'out', 'kind', 'kindExamples.cjs');
  await esbuild.build({ entryPoints: [join(codeRoot, 'test/accuracy/kindExamples.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning', absWorkingDir: codeRoot });
  const { devKindExamples } = createRequire(import.meta.url)(outfile);
  return devKindExamples(root);
}

/** The examples under the classifier of git `ref`: its src/ with this tree's scorer, so both sides are read the same way. */
async function loadExamplesAt(ref) {
  const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root }).toString().trim();
  const dir = join(root, 'out', 'kind', `rules-${sha}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', sha, 'src', 'tsconfig.base.json'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  cpSync(join(root, 'test', 'accuracy'), join(dir, 'test', 'accuracy'), { recursive: true });
  return { sha, examples: (await loadExamples(dir)).examples };
}

/** Shown claim sentences per (source, language): correct / total of the analysed kind. */
function tallyBySource(examples) {
  const cells = new Map();
  for (const e of examples) {
    if (!e.shown) continue;
    const key = `${e.source}\t${e.language}`;
    const cell = cells.get(key) ?? { source: e.source, language: e.language, correct: 0, total: 0 };
    cell.total++;
    if (e.analysedKind === e.label) cell.correct++;
    cells.set(key, cell);
  }
  return cells;
}

/**
 * A hand-written rule has no weights to fit, but it was written while reading some sources: judged by
 * leave-one-source-out, each source gets the variant only if the variant gains on all the other sources
 * together (more correct kinds), else the base. A rule whose gain comes from one source then scores that
 * source with the base, and the LOSO figure shows whether the gain carries to sources it was not tuned on.
 */
async function compareRules(ref) {
  const { sha, examples: baseExamples } = await loadExamplesAt(ref);
  const variantExamples = (await loadExamples()).examples;
  const base = tallyBySource(baseExamples);
  const variant = tallyBySource(variantExamples);
  const keys = [...new Set([...base.keys(), ...variant.keys()])].sort();
  const empty = { correct: 0, total: 0 };
  const sources = [...new Set(keys.map((k) => k.split('\t')[0]))];
  const gainWithout = (held) => {
    let gain = 0;
    for (const k of keys) if (!k.startsWith(`${held}\t`)) gain += (variant.get(k) ?? empty).correct - (base.get(k) ?? empty).correct;
    return gain;
  };
  const adopted = new Map(sources.map((s) => [s, gainWithout(s) > 0]));
  const groups = Object.fromEntries(['all', ...LANGUAGES].map((l) => [l, { base: { ...empty }, variant: { ...empty }, loso: { ...empty } }]));
  console.log(`Kind accuracy on the dev half's shown claim sentences: rules at ${sha} (base) → this working tree (variant)`);
  let better = 0;
  let worse = 0;
  for (const k of keys) {
    const [source, language] = k.split('\t');
    const b = base.get(k) ?? empty;
    const v = variant.get(k) ?? empty;
    const chosen = adopted.get(source) ? v : b;
    for (const g of ['all', language]) {
      for (const [side, cell] of [['base', b], ['variant', v], ['loso', chosen]]) {
        groups[g][side].correct += cell.correct;
        groups[g][side].total += cell.total;
      }
    }
    const delta = v.correct - b.correct;
    if (delta > 0) better++;
    if (delta < 0) worse++;
    if (delta !== 0 || v.total !== b.total) console.log(`  ${language.padEnd(7)} ${source}: ${b.correct}/${b.total} → ${v.correct}/${v.total} (${delta > 0 ? '+' : ''}${delta})${adopted.get(source) ? '' : '  [LOSO: not adopted for this source]'}`);
  }
  console.log(`sources × languages: ${better} gain, ${worse} lose, ${keys.length - better - worse} unchanged`);
  for (const g of ['all', ...LANGUAGES]) {
    const { base: b, variant: v, loso } = groups[g];
    console.log(`  ${g.padEnd(7)} base ${pct(b.correct, b.total)} (n=${b.total})  variant ${pct(v.correct, v.total)} (n=${v.total})  leave-one-source-out ${pct(loso.correct, loso.total)}`);
  }
}

/**
 * Feature sets tried: the cue categories alone; everything kindFeatures reads; everything plus the kind the
 * rules give (the model then learns where to correct the rules). `crossed` adds `zh|…`/`en|…` copies: a
 * weight of its own per language, shrunk towards the shared one by the penalty.
 */
const FEATURE_SETS = {
  cues: (f) => f === 'zh' || f === 'en' || f.startsWith('cue:') || f.startsWith('figure:'),
  all: () => true,
  'all + rules': () => true,
};

function expanded(example, set, crossed) {
  const language = example.features.includes('zh') ? 'zh' : 'en';
  const keep = FEATURE_SETS[set];
  const features = example.features.filter(keep);
  const names = ['bias', ...features];
  if (set === 'all + rules') names.push(`rules say ${example.ruleKind}`);
  if (crossed) for (const f of features) if (f !== 'zh' && f !== 'en') names.push(`${language}|${f}`);
  return names;
}

function indexed(examples, set, crossed) {
  const index = new Map();
  const rows = examples.map((e) => expanded(e, set, crossed).map((name) => {
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
 * unpenalised) by gradient descent with momentum. `rows[i]` lists the feature ids present in example i. The inner
 * loop allocates nothing (rows as offsets into the weights, one scratch for the scores): the same arithmetic in the
 * same order as the plain version, bit for bit, about six times faster.
 */
function fit(rows, labels, featureCount, lambda) {
  const k = KINDS.length;
  const weights = new Float64Array(featureCount * k);
  const velocity = new Float64Array(featureCount * k);
  const gradient = new Float64Array(featureCount * k);
  const n = rows.length;
  const rate = 0.5 / n;
  const offsets = rows.map((row) => Int32Array.from(row, (f) => f * k));
  const errors = new Float64Array(k);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    gradient.fill(0);
    for (let i = 0; i < n; i++) {
      const row = offsets[i];
      errors.fill(0);
      for (let r = 0; r < row.length; r++) for (let c = 0; c < k; c++) errors[c] += weights[row[r] + c];
      // softmax, then p - [c is the label]
      let max = errors[0];
      for (let c = 1; c < k; c++) if (errors[c] > max) max = errors[c];
      let sum = 0;
      for (let c = 0; c < k; c++) sum += errors[c] = Math.exp(errors[c] - max);
      for (let c = 0; c < k; c++) errors[c] = errors[c] / sum - (labels[i] === c ? 1 : 0);
      for (let c = 0; c < k; c++) {
        const error = errors[c];
        for (let r = 0; r < row.length; r++) gradient[row[r] + c] += error;
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

function probabilities(weights, row) {
  const k = KINDS.length;
  const scores = new Array(k).fill(0);
  for (const f of row) if (f !== undefined) for (let c = 0; c < k; c++) scores[c] += weights[f * k + c];
  return softmax(scores);
}

function argmax(values) {
  let best = 0;
  for (let c = 1; c < values.length; c++) if (values[c] > values[best]) best = c;
  return best;
}

/** The learned kind where the model is at least `threshold` sure of it, the rules' kind otherwise. */
function decided(p, ruleKind, threshold) {
  const best = argmax(p);
  return p[best] >= threshold ? KINDS[best] : ruleKind;
}

/** Leave-one-source-out: each shown dev claim with the kind probabilities of a model that never saw its source. */
function heldOutProbabilities(examples, set, crossed, lambda, foldOf = (source) => source) {
  const held = [];
  for (const fold of new Set(examples.map((e) => foldOf(e.source)))) {
    const train = examples.filter((e) => foldOf(e.source) !== fold && e.shown);
    const test = examples.filter((e) => foldOf(e.source) === fold && e.shown);
    if (!test.length) continue;
    const { index, rows } = indexed(train, set, crossed);
    const weights = fit(rows, train.map((e) => KINDS.indexOf(e.label)), index.size, lambda);
    for (const e of test) held.push({ example: e, p: probabilities(weights, expanded(e, set, crossed).map((name) => index.get(name))) });
  }
  return held;
}

/** Per language, correct / total of the decided kind and of the rules. */
function tallyOf(held, threshold) {
  const tally = Object.fromEntries(['all', ...LANGUAGES].map((l) => [l, { learned: 0, rules: 0, total: 0 }]));
  for (const { example: e, p } of held) {
    const learned = decided(p, e.ruleKind, threshold) === e.label;
    for (const group of ['all', e.language]) {
      tally[group].total++;
      if (learned) tally[group].learned++;
      if (e.ruleKind === e.label) tally[group].rules++;
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
// Multinomial logistic regression on the dev half only (${meta.examples} claim sentences, ${meta.sources} sources): features
// "${meta.set}"${meta.crossed ? ' with per-language copies' : ''}, L2 penalty ${meta.lambda}, the learned kind where it is at least
// ${meta.threshold} sure; chosen by leave-one-source-out cross-validation. CV kind accuracy: ${meta.cv}.
// Do not edit by hand: re-run the trainer (docs/analysis-claims.md, "Session 20").

/** The kinds, in the order of each row's weights. */
export const KIND_ORDER = ['fact', 'forecast', 'opinion'] as const;

/** Weight of each feature (kindFeatures in kindFeatures.ts; \`zh|…\`, \`en|…\`: that feature in that language) for fact, forecast, opinion. */
export const KIND_WEIGHTS: Readonly<Record<string, readonly [number, number, number]>> = {
${rows.join('\n')}
};

/** Below this probability the rules' kind stands. */
export const KIND_MIN_PROBABILITY = ${meta.threshold};
`;
}

/** Thresholds tried: 0 = always the learned kind; higher = the rules' kind unless the model is that sure. */
const THRESHOLDS = [0, 0.6, 0.7, 0.8, 0.9];

async function main() {
  if (family !== undefined && !(family in FEATURE_SETS)) throw new Error(`--family: one of ${Object.keys(FEATURE_SETS).join(', ')}`);
  const { examples, devFiles } = await loadExamples();
  const shown = examples.filter((e) => e.shown);
  console.log(`dev: ${devFiles} files, ${new Set(examples.map((e) => e.source)).size} sources, ${shown.length} claim sentences shown at the default confidence (kind accuracy counts these)`);
  console.log('Leave-one-source-out CV kind accuracy, learned (rules on the same sentences):');
  let best = null;
  for (const set of family === undefined ? Object.keys(FEATURE_SETS) : [family]) {
    for (const crossed of [false, true]) {
      for (const lambda of LAMBDAS) {
        const held = heldOutProbabilities(examples, set, crossed, lambda);
        for (const threshold of set === 'all + rules' ? THRESHOLDS : [0]) {
          const tally = tallyOf(held, threshold);
          const accuracy = tally.all.learned / tally.all.total;
          console.log(`  ${set.padEnd(11)} ${crossed ? 'per-language' : 'shared      '} λ=${String(lambda).padEnd(3)} sure≥${threshold.toFixed(1)}  ${tallyLine(tally)}`);
          if (!best || accuracy > best.accuracy) best = { accuracy, set, lambda, crossed, threshold, tally };
        }
      }
    }
  }
  console.log(`best: ${best.set}, ${best.crossed ? 'per-language copies' : 'shared features'}, λ=${best.lambda}, sure≥${best.threshold}: ${tallyLine(best.tally)}`);
  const beats = LANGUAGES.every((l) => best.tally[l].learned > best.tally[l].rules);
  console.log(beats ? 'CV kind accuracy beats the rules in every language.' : 'CV kind accuracy does NOT beat the rules in every language: keep the rules (--write still writes the table, for study).');
  if (!args.has('--write')) return;
  const { index, rows } = indexed(shown, best.set, best.crossed);
  const weights = fit(rows, shown.map((e) => KINDS.indexOf(e.label)), index.size, best.lambda);
  const training = shown.filter((e, i) => decided(probabilities(weights, rows[i]), e.ruleKind, best.threshold) === e.label).length;
  console.log(`training accuracy ${pct(training, shown.length)} (not the figure to trust: see CV)`);
  const cv = LANGUAGES.map((l) => `${l} ${pct(best.tally[l].learned, best.tally[l].total)} (rules ${pct(best.tally[l].rules, best.tally[l].total)})`).join(', ');
  const path = join(root, 'src/core/claims/kindWeights.ts');
  writeFileSync(path, weightsSource(weights, index, { date: new Date().toISOString().slice(0, 10), examples: shown.length, sources: new Set(shown.map((e) => e.source)).size, lambda: best.lambda, crossed: best.crossed, threshold: best.threshold, set: best.set, cv, beats }));
  console.log(`wrote ${path}`);
}

/** Settings the nested run chooses from (a smaller grid than the report's: each costs a fit per inner fold). */
const NESTED_GRID = [];
for (const crossed of [false, true]) for (const lambda of [3, 10]) NESTED_GRID.push({ set: 'all + rules', crossed, lambda });
/** Inner folds of the nested run: the other sources in this many groups (not one per source, to keep it to minutes). */
const INNER_FOLDS = 5;

/**
 * The whole procedure (choose the setting by leave-one-source-out CV, fit, predict) judged on sources it never
 * saw: for each source, the choice (among 'all + rules' settings, the report's best family) is made by CV on the
 * others, grouped in INNER_FOLDS folds. Unbiased where the plain report's best row is not.
 */
function nestedCrossValidation(examples) {
  const outer = [];
  const chosen = new Map();
  for (const source of new Set(examples.map((e) => e.source))) {
    const inner = examples.filter((e) => e.source !== source);
    const test = examples.filter((e) => e.source === source && e.shown);
    if (!test.length) continue;
    let best = null;
    const innerSources = [...new Set(inner.map((e) => e.source))].sort();
    const foldOf = (s) => innerSources.indexOf(s) % INNER_FOLDS;
    for (const setting of NESTED_GRID) {
      const held = heldOutProbabilities(inner, setting.set, setting.crossed, setting.lambda, foldOf);
      for (const threshold of setting.set === 'all + rules' ? THRESHOLDS : [0]) {
        const accuracy = tallyOf(held, threshold).all.learned;
        if (!best || accuracy > best.accuracy) best = { ...setting, threshold, accuracy };
      }
    }
    const train = inner.filter((e) => e.shown);
    const { index, rows } = indexed(train, best.set, best.crossed);
    const weights = fit(rows, train.map((e) => KINDS.indexOf(e.label)), index.size, best.lambda);
    for (const e of test) outer.push({ example: e, p: probabilities(weights, expanded(e, best.set, best.crossed).map((name) => index.get(name))), threshold: best.threshold });
    const name = `${best.set}, ${best.crossed ? 'per-language' : 'shared'}, λ=${best.lambda}, sure≥${best.threshold}`;
    chosen.set(name, (chosen.get(name) ?? 0) + 1);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const tally = Object.fromEntries(['all', ...LANGUAGES].map((l) => [l, { learned: 0, rules: 0, total: 0 }]));
  for (const { example: e, p, threshold } of outer) {
    const learned = decided(p, e.ruleKind, threshold) === e.label;
    for (const group of ['all', e.language]) {
      tally[group].total++;
      if (learned) tally[group].learned++;
      if (e.ruleKind === e.label) tally[group].rules++;
    }
  }
  console.log(`nested CV (setting chosen without the held-out source): ${tallyLine(tally)}`);
  console.log(`settings chosen per outer fold: ${[...chosen].map(([name, n]) => `${name} ×${n}`).join('; ')}`);
}

const against = process.argv.indexOf('--rules-against');
if (against >= 0) await compareRules(process.argv[against + 1] ?? 'HEAD');
else if (!args.has('--nested-only')) await main();
if (args.has('--nested') || args.has('--nested-only')) nestedCrossValidation((await loadExamples()).examples);
