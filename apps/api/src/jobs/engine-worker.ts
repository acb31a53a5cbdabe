/**
 * Entry point of an engine worker process (engine-runner.ts): one evaluation or one ONNX export per process,
 * so forward passes, metric computations and the export's parity passes never block the event loop of the
 * process that works the job. Sends one result (or failure) back over IPC and exits.
 */
import {
  ensureOnnx,
  evaluateModel,
  isDestsegError,
  loadPredictor,
  readParityReport,
  resolveModelPath,
  selectBackend,
} from '@destseg/core';
import type {
  EngineTask,
  EvaluationResult,
  ExportResult,
  FromEngineWorker,
  StartEvaluation,
  StartExport,
} from './engine-protocol.ts';

const log = (message: string) => console.error(message);

function send(message: FromEngineWorker): Promise<void> {
  return new Promise<void>((resolve) => process.send?.(message, () => resolve()) ?? resolve());
}

async function evaluate(task: StartEvaluation): Promise<EvaluationResult> {
  // onnxruntime unless DESTSEG_INFERENCE_ENGINE=tfjs (exported first if the model has no model.onnx yet).
  const inspector = await loadPredictor(task.modelPath, { log });
  try {
    const report = await evaluateModel(inspector, task.dataDir);
    return {
      imageCount: report.imageCount,
      imagesPerSecond: report.imagesPerSecond,
      seg: report.seg,
      dest: report.dest,
      fused: report.fused,
      imageScores: report.imageScores,
    };
  } finally {
    await inspector.dispose();
  }
}

async function exportModel(task: StartExport): Promise<ExportResult> {
  const onnxPath = await ensureOnnx(await resolveModelPath(task.modelPath), log);
  return { onnxPath, report: await readParityReport(onnxPath) };
}

async function run(task: EngineTask): Promise<void> {
  try {
    await selectBackend();
    const result = task.type === 'evaluate' ? await evaluate(task) : await exportModel(task);
    await send({ type: 'done', result });
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

process.once('message', (task: EngineTask) => void run(task));
// The parent going away (crash, kill -9) must not leave an orphan task running.
process.on('disconnect', () => process.exit());
