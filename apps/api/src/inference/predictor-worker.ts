/**
 * Entry point of a predictor worker thread: loads one model (onnxruntime by default, from the model.onnx
 * an `export` job wrote; TF.js on request or as the logged fallback) and runs batches for the API, so the resizing,
 * normalisation and forward passes never run on the API's event loop. onnxruntime-node's `run` is a
 * synchronous native call, which is why it lives here and not behind a promise on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isDestsegError, loadPredictor, type MapPredictor, selectBackend } from '@destseg/core';
import type { FromPredictor, PredictorWorkerData, ToPredictor } from './predictor-protocol.ts';

const port = parentPort;
if (!port) throw new Error('predictor-worker.ts runs as a worker thread');
const data = workerData as PredictorWorkerData;
const post = (message: FromPredictor, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const log = (message: string) => post({ type: 'log', message });
const codeOf = (error: unknown) => (isDestsegError(error) ? error.code : null);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let predictor: MapPredictor;
try {
  // TF.js serves the export's reference pass and the fallback; it stays idle otherwise.
  await selectBackend(undefined, log);
  predictor = await loadPredictor(data.modelPath, {
    engine: data.engine,
    batchSize: data.batchSize,
    threads: data.threads,
    exportMissing: data.exportMissing,
    log,
  });
  post({ type: 'ready', engine: predictor.engine, imageSize: predictor.imageSize });
} catch (error) {
  post({ type: 'failed', code: codeOf(error), message: messageOf(error) });
  port.close();
  process.exit(1);
}

// One batch at a time: the API's batcher already collects concurrent requests into one call.
let queue = Promise.resolve();
port.on('message', (message: ToPredictor) => {
  queue = queue.then(async () => {
    try {
      const predictions = await predictor.predict(message.images);
      const transfer = predictions.flatMap((p) => [p.segMap.buffer, p.destMap.buffer]) as ArrayBuffer[];
      post({ type: 'result', id: message.id, predictions }, transfer);
    } catch (error) {
      post({ type: 'error', id: message.id, code: codeOf(error), message: messageOf(error) });
    }
  });
});
