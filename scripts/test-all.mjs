// `npm test`: type check, lint, unit tests, integration tests in the Node and the web-worker extension hosts.
// `--thorough` (npm run test:thorough) runs every randomised edit search in full (test/unit/searchBudget.ts).
// Streams each stage's output and ends with one line counting every test of every stage, since each
// runner prints only its own count.
import { spawn } from 'node:child_process';

if (process.argv.includes('--thorough')) process.env.TA_THOROUGH = '1';

const stages = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit', script: 'test:unit' },
  { name: 'integration', script: 'test:integration' },
  // The same host started with workspace trust on, for the tests that only an untrusted workspace can run.
  { name: 'untrusted', script: 'test:integration:untrusted' },
  { name: 'web', script: 'test:integration:web' },
];

function runStage(stage) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', stage.script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Counts from mocha's spec reporter (`N passing`, `N failing`) or the harness's `N passed, N failed`. */
function countsOf(output) {
  const number = (pattern) => {
    const matches = [...output.matchAll(pattern)];
    return matches.length ? Number(matches[matches.length - 1][1]) : 0;
  };
  const harness = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (harness) return { passed: Number(harness[1]), failed: Number(harness[2]) };
  return { passed: number(/^\s*(\d+) passing/gm), failed: number(/^\s*(\d+) failing/gm) };
}

const totals = { passed: 0, failed: 0 };
const summary = [];
let exitCode = 0;
for (const stage of stages) {
  const { code, output } = await runStage(stage);
  const counts = countsOf(output);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  summary.push(`${stage.name}: ${code === 0 ? 'ok' : `exit ${code}`}${counts.passed + counts.failed ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''}`);
  if (code !== 0) {
    exitCode = code;
    break;
  }
}
console.log(`\n${summary.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = exitCode || (totals.failed ? 1 : 0);
