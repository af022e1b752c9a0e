// Entry of dist/analysisWorker.js: the desktop extension host starts it with worker_threads.
import { parentPort } from 'node:worker_threads';
import { answer } from './serveAnalysis';

const port = parentPort;
port?.on('message', (message: unknown) => {
  const answered = answer(message, () => performance.now());
  if (answered) port.postMessage(answered.reply, answered.transfer);
});
