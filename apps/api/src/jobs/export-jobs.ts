/**
 * ONNX exports as `export` jobs: the process that works them exports a model's model.onnx in an engine
 * worker process (EngineRunner: the export's parity gate runs both engines) and records it on the model
 * row. The API enqueues one for a model that has no model.onnx yet (one trained before exports existed, or
 * whose training-time export did not finish) before it serves it, and waits for it. The job's output is the
 * file, or the engine error that made it impossible (a model the parity gate refused is not retried). A
 * crash or a lost worker retries the job.
 */
import { isDestsegError } from '@destseg/core';
import type { ModelRow } from '@destseg/db';
import type { ModelService } from '../services/models.ts';
import type { EngineRunner } from './engine-runner.ts';
import type { JobQueue, QueuedJob } from './job-queue.ts';

export type ExportJobOutput =
  | { onnxPath: string; passed: boolean | null }
  | { skipped: string }
  | { error: { code: string; message: string } };

export const exportJobKey = (modelId: number) => `model-${modelId}`;

export async function workExportJobs(
  jobs: JobQueue,
  models: ModelService,
  runner: EngineRunner,
  log: (message: string) => void,
): Promise<void> {
  await jobs.work('export', (job) => runExportJob(job, models, runner, log));
}

async function runExportJob(
  job: QueuedJob<'export'>,
  models: ModelService,
  runner: EngineRunner,
  log: (message: string) => void,
): Promise<ExportJobOutput> {
  const { modelId } = job.data;
  const model = await models.byId(modelId);
  if (!model) return { skipped: `model ${modelId} no longer exists` };
  try {
    const { onnxPath, report } = await runner.exportOnnx(model.checkpointPath);
    await models.recordOnnx(model.id, onnxPath);
    log(`model ${modelId}: ${onnxPath} exported`);
    return { onnxPath, passed: report?.passed ?? null };
  } catch (error) {
    if (!isDestsegError(error)) throw error;
    log(`export of model ${modelId} failed: ${error.code}: ${error.message}`);
    return { error: { code: error.code, message: error.message } };
  }
}

/**
 * Runs the model's export job (or joins the one queued or running) and waits for it: resolves once the
 * model has a model.onnx, throws with the engine's reason when it cannot have one.
 */
export async function exportAndWait(jobs: JobQueue, model: ModelRow, closing: AbortSignal): Promise<void> {
  const output = (await jobs.run(
    'export',
    { modelId: model.id },
    exportJobKey(model.id),
    closing,
  )) as ExportJobOutput;
  if ('error' in output) throw new Error(`${output.error.code}: ${output.error.message}`);
  if ('skipped' in output) throw new Error(output.skipped);
}
