// Entry of dist/analysisWorker.js: the desktop extension host starts it with worker_threads.
import { parentPort } from 'node:worker_threads';
import { answer, type Reply } from './serveAnalysis';
import { warmUp } from './warmUp';

const port = parentPort;
const send = ({ reply, transfer }: Reply): void => port?.postMessage(reply, transfer);
port?.on('message', (message: unknown) => {
  const answered = answer(message, () => performance.now(), send);
  if (answered) send(answered);
});
// Before the first message is read: the first file's preview does not pay for the tables and code.
warmUp();
