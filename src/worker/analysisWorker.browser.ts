// Entry of dist/analysisWorker.browser.js: the web extension host (itself a Web Worker) starts it as a nested Worker.
import { answer, type Reply } from './serveAnalysis';
import { warmUp } from './warmUp';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void };
const send = ({ reply, transfer }: Reply): void => scope.postMessage(reply, transfer);
scope.onmessage = (event: MessageEvent) => {
  const answered = answer(event.data, () => performance.now(), send);
  if (answered) send(answered);
};
// Before the first message is read: the first file's preview does not pay for the tables and code.
warmUp();
