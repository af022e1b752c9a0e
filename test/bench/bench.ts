// `npm run bench`: runs every section; each measured case runs in its own Node process.
import { analysisSection } from './analysisSection';
import { activationSection } from './activationSection';
import { hostileSection } from './hostileSection';
import { hostShareSection } from './hostShareSection';
import { incrementalSection } from './incrementalSection';
import { queueSection } from './queueSection';
import { reanchorSection } from './reanchorSection';
import { sidecarSection } from './sidecarSection';
import { sizesSection } from './sizesSection';
import { workerSection } from './workerSection';
import { runCaseInChild, runChildIfAsked, type BenchContext, type BenchSection } from './harness';

/** Add new sections here (each in its own file). */
const sections: readonly BenchSection[] = [analysisSection, incrementalSection, hostileSection, activationSection, reanchorSection, sizesSection, queueSection, workerSection, sidecarSection, hostShareSection];

async function main(): Promise<void> {
  if (await runChildIfAsked(process.argv, sections)) {
    // A case may leave an activated extension's worker and timers alive, which would keep the child (and the parent waiting on it) running.
    process.exit();
  }
  const script = process.argv[1]!;
  const context: BenchContext = {
    runCase: (section, id, args, nodeFlags) => runCaseInChild(script, section, id, args, nodeFlags),
    print: (line = '') => process.stdout.write(`${line}\n`),
  };
  const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const section of sections) {
    if (only.length && !only.includes(section.name)) continue;
    context.print(`== ${section.name}`);
    await section.report(context);
    context.print();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
