// Entry of dist/analysisWorker.browser.js: the web extension host (itself a Web Worker) starts it as a nested Worker.
import { answer } from './serveAnalysis';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void };
scope.onmessage = (event: MessageEvent) => {
  const answered = answer(event.data, () => performance.now());
  if (answered) scope.postMessage(answered.reply, answered.transfer);
};
