// Entry of dist/analysisWorker.js: the desktop extension host starts it with worker_threads.
import { parentPort } from 'node:worker_threads';
import { DocumentAnalyzers } from './documentAnalyzers';
import { serve, type Reply } from './serveAnalysis';
import { warmUp } from './warmUp';

const port = parentPort;
const send = ({ reply, transfer }: Reply): void => port?.postMessage(reply, transfer);
// Edits queued behind a slow one are analysed together, once the messages waiting now are read.
const documents = new DocumentAnalyzers((reply, transfer = []) => send({ reply, transfer }), (work) => void setImmediate(work));
port?.on('message', (message: unknown) => serve(message, () => performance.now(), send, documents));
// Before the first message is read: the first file's preview does not pay for the tables and code.
warmUp();
