/**
 * Entry point of an evaluation worker process: one evaluation per process, so the forward passes over the
 * test set and the metric computations never block the API's event loop. Started by EvaluationRunner with
 * an IPC channel; sends one result (or failure) back and exits.
 */
import { evaluateModel, isDestsegError, loadPredictor, selectBackend } from '@destseg/core';
import type { FromEvaluationWorker, StartEvaluation } from './evaluation-protocol.ts';

function send(message: FromEvaluationWorker): Promise<void> {
  return new Promise<void>((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

async function run(start: StartEvaluation): Promise<void> {
  try {
    await selectBackend();
    // onnxruntime unless DESTSEG_INFERENCE_ENGINE=tfjs (exported first if the model has no model.onnx yet).
    const inspector = await loadPredictor(start.modelPath, { log: (m) => console.error(m) });
    try {
      const report = await evaluateModel(inspector, start.dataDir);
      await send({
        type: 'done',
        result: {
          imageCount: report.imageCount,
          imagesPerSecond: report.imagesPerSecond,
          seg: report.seg,
          dest: report.dest,
          fused: report.fused,
          imageScores: report.imageScores,
        },
      });
    } finally {
      await inspector.dispose();
    }
  } catch (error) {
    await send({
      type: 'failed',
      code: isDestsegError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
    process.exitCode = 1;
  } finally {
    process.disconnect?.();
  }
}

process.once('message', (message: StartEvaluation) => void run(message));
// The parent going away (crash, kill -9) must not leave an orphan evaluation running.
process.on('disconnect', () => process.exit());
