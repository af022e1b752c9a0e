// Spawned by the lock tests: takes a sidecar's lock the way a writer does, prints `locked`, and holds it
// until it is killed (as a writer killed in the middle of a save would). Args: <sidecar path>.
import { acquireLock } from '../../../src/node/sidecarLock';
import { runAsTestChild } from '../../support/testChild';

runAsTestChild('lockHolder', async () => {
  const [path] = process.argv.slice(2);
  if (!path) throw new Error('usage: lockHolder.child.js <sidecar path>');
  await acquireLock(path);
  process.stdout.write('locked\n');
  setInterval(() => undefined, 60_000);
});
