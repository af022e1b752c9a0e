// Spawned (with --expose-gc) by chunkedText.test.ts: how many copies of a document the heap holds after it
// was read into chunks, edited and built whole again, with only the edited text kept. Prints JSON.
import { ChunkedText } from '../../../../src/core/text/chunkedText';
import { runAsTestChild } from '../../../support/testChild';

/** Characters of the document: two bytes each (Han), so one copy is twice this many bytes. */
const LENGTH = 4_000_000;

function heapAfterCollecting(): number {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('run with --expose-gc');
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** A document built here and referenced only by the chunks cut from it. */
function readDocument(): ChunkedText {
  const lines: string[] = [];
  for (let i = 0; lines.length * 20 < LENGTH; i++) lines.push(`${String.fromCharCode(0x4e00 + (i % 20000)).repeat(19)}\n`);
  return ChunkedText.of(lines.join('').slice(0, LENGTH));
}

runAsTestChild('chunkedTextRetention', async () => {
  const baseline = heapAfterCollecting();
  let text = readDocument().edited(10, 0, '很');
  const withoutWhole = heapAfterCollecting();
  const whole = text.toString();
  text = text.edited(20, 0, '好');
  const afterWhole = heapAfterCollecting();
  const copy = LENGTH * 2;
  process.stdout.write(JSON.stringify({ beforeBuilding: (withoutWhole - baseline) / copy, afterBuilding: (afterWhole - baseline) / copy, length: whole.length + text.length }));
});
