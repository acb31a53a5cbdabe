/**
 * The `export` job kind: converting a trained model to a deployable format. The queue, its retries and the
 * worker capability (`--jobs export`) exist; the conversion itself is the model-export work's to write.
 * HOOK: replace `exportModel` with the real conversion and return where the file was written.
 */
import type { JobQueue, QueuedJob } from './job-queue.ts';

export type ExportJobOutput = { path: string } | { error: { code: string; message: string } };

export const exportJobKey = (modelId: number, format: string) => `model-${modelId}-${format}`;

async function exportModel(job: QueuedJob<'export'>): Promise<ExportJobOutput> {
  return {
    error: {
      code: 'EXPORT_NOT_IMPLEMENTED',
      message: `exporting model ${job.data.modelId} to ${job.data.format} is not implemented yet`,
    },
  };
}

export async function workExportJobs(jobs: JobQueue): Promise<void> {
  await jobs.work('export', exportModel);
}
