/**
 * Evaluations as `evaluate` jobs: the process that works them runs the evaluation in a child process
 * (EngineRunner) and stores it; the job's output names the stored evaluation, or the engine error that
 * made it impossible (a bad dataset is not retried). A crash or a lost worker retries the job.
 */
import { isDestsegError } from '@destseg/core';
import type { EvaluationService } from '../services/evaluations.ts';
import type { JobQueue, QueuedJob } from './job-queue.ts';

export type EvaluationJobOutput =
  | { evaluationId: number }
  | { skipped: string }
  | { error: { code: string; message: string } };

export const evaluateJobKey = (modelId: number) => `model-${modelId}`;

export async function workEvaluationJobs(
  jobs: JobQueue,
  evaluations: EvaluationService,
  log: (message: string) => void,
): Promise<void> {
  await jobs.work('evaluate', (job) => runEvaluationJob(job, evaluations, log));
}

async function runEvaluationJob(
  job: QueuedJob<'evaluate'>,
  evaluations: EvaluationService,
  log: (message: string) => void,
): Promise<EvaluationJobOutput> {
  const { modelId, automatic } = job.data;
  const target = await evaluations.target(modelId);
  if (!target) return { skipped: `model ${modelId} or its category no longer exists` };
  if (automatic && !(await evaluations.hasTestImages(target.category))) {
    return { skipped: 'the category has no test images' };
  }
  try {
    const evaluation = await evaluations.runAndStore(target.category, target.model);
    return { evaluationId: evaluation.id };
  } catch (error) {
    if (!isDestsegError(error)) throw error;
    if (automatic) log(`automatic evaluation of model ${modelId} failed: ${error.code}: ${error.message}`);
    return { error: { code: error.code, message: error.message } };
  }
}
