// Spawned by the concurrent-writer tests (test/support/concurrentWriters.ts): one writer adding one tag.
// Prints `ready` once loaded, waits for a line on stdin so every writer starts at the same moment, then
// opens the sidecar, adds the tag, saves, prints `saved` and exits. Args: <sidecar path> <tag id>.
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { SidecarSession } from '../../../src/core/sidecar/session';
import { NodeSidecarFiles } from '../../../src/node/nodeSidecarFiles';
import { runAsTestChild } from '../../support/testChild';
import { SAVE_LOOP_TEXT } from './saveLoopText';

runAsTestChild('writer', async () => {
  const [path, id] = process.argv.slice(2);
  if (!path || !id) throw new Error('usage: writer.child.js <sidecar path> <tag id>');
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  process.stdin.destroy();
  const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
  if (!opened.ok) throw new Error(opened.problem.reason);
  const start = id.length % (SAVE_LOOP_TEXT.length - 8);
  opened.session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start, end: start + 6 }, kind: 'fact', author: 'writer', id })));
  await opened.session.save();
  process.stdout.write('saved\n');
});
