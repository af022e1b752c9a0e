// Spawned by sidecarFaults.test.ts: saves annotations into one sidecar in a loop, printing `saved <id>`
// once each save has returned, until it is killed. Args: <sidecar path> <id prefix> <note length>.
import { createAnnotation, putAnnotation } from '../../../src/core/sidecar/annotations';
import { SidecarSession } from '../../../src/core/sidecar/session';
import { NodeSidecarFiles } from '../../../src/node/nodeSidecarFiles';
import { runAsTestChild } from '../../support/testChild';
import { SAVE_LOOP_TEXT } from './saveLoopText';

runAsTestChild('saveLoop', async () => {
  const [path, prefix, noteLength] = process.argv.slice(2);
  if (!path || !prefix) throw new Error('usage: saveLoop.child.js <sidecar path> <id prefix> [note length]');
  const note = 'n'.repeat(Number(noteLength ?? '0'));
  const opened = await SidecarSession.open(new NodeSidecarFiles(), path);
  if (!opened.ok) throw new Error(opened.problem.reason);
  const session = opened.session;
  for (let i = 0; ; i++) {
    const start = i % (SAVE_LOOP_TEXT.length - 8);
    const id = `${prefix}-${i}`;
    session.update((d) => putAnnotation(d, createAnnotation({ text: SAVE_LOOP_TEXT, span: { start, end: start + 6 }, kind: 'fact', author: 'loop', id, note })));
    await session.save();
    process.stdout.write(`saved ${id}\n`);
  }
});
