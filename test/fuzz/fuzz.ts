// `npm run fuzz [-- --runs N] [--seconds S] [--seed X] [--only TEXT]`: the property tests of the unit
// suite as a long campaign. Each property runs N cases (default 2,000) or for S seconds, from a random
// seed unless one is given; the report lists cases tried per property and any counterexample with the
// seed and path that replay it.
import fc from 'fast-check';
import { PROPERTIES } from '../unit/property/properties';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const seconds = option('seconds') === undefined ? undefined : Number(option('seconds'));
const runs = seconds === undefined ? Number(option('runs') ?? 2000) : Number.MAX_SAFE_INTEGER;
const seed = option('seed') === undefined ? (Date.now() ^ (Math.random() * 2 ** 31)) | 0 : Number(option('seed'));
const only = option('only');

let total = 0;
let failures = 0;
process.stdout.write(`fuzz: seed ${seed}, ${seconds === undefined ? `${runs} cases` : `${seconds} s`} per property\n`);
for (const { name, property } of PROPERTIES) {
  if (only && !name.includes(only)) continue;
  const started = Date.now();
  const details = fc.check(property, { seed, numRuns: runs, ...(seconds === undefined ? {} : { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false }) });
  const tried = details.numRuns;
  total += tried;
  const time = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failures++;
    process.stdout.write(`FAIL  ${name}: ${tried} cases, ${time} s\n`);
    process.stdout.write(`      replay: { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} }\n`);
    process.stdout.write(`      counterexample: ${fc.stringify(details.counterexample).slice(0, 2000)}\n`);
    process.stdout.write(`      ${String(details.errorInstance).split('\n')[0]}\n`);
  } else {
    process.stdout.write(`ok    ${name}: ${tried} cases (${details.numSkips} skipped), ${time} s\n`);
  }
}
process.stdout.write(`fuzz: ${total} cases tried, ${failures} properties failed\n`);
process.exitCode = failures ? 1 : 0;
