// The pixel worker thread's entry: worker threads do not inherit tsx's loader, so it is registered here
// before the TypeScript worker is imported (as predictor-worker-entry.mjs does).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./pixel-worker.ts');
export const { render, readBase64, decode } = worker;
