// Entry of dist/analysisWorker.browser.js: the web extension host (itself a Web Worker) starts it as a nested Worker.
import { DocumentAnalyzers } from './documentAnalyzers';
import { serve, type Reply } from './serveAnalysis';
import { warmUp } from './warmUp';

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void };
const send = ({ reply, transfer }: Reply): void => scope.postMessage(reply, transfer);
// Edits queued behind a slow one are analysed together, once the messages waiting now are read.
const documents = new DocumentAnalyzers((reply, transfer = []) => send({ reply, transfer }), (work) => void setTimeout(work, 0));
scope.onmessage = (event: MessageEvent) => serve(event.data, () => performance.now(), send, documents);
// Before the first message is read: the first file's preview does not pay for the tables and code.
warmUp();
