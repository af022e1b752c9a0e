// Runs the re-anchoring benchmark on its own: `npm run bench:reanchor`.
import { runReanchorBench } from './reanchorBench';

runReanchorBench();
