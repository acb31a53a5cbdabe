/**
 * Makes this process work the job kinds it is configured for: the API in the embedded setup, `destseg
 * worker --jobs ...` elsewhere (a GPU machine trains, a CPU machine evaluates and exports).
 */
import type { EvaluationService } from '../services/evaluations.ts';
import type { ModelService } from '../services/models.ts';
import type { EngineRunner } from './engine-runner.ts';
import { workEvaluationJobs } from './evaluation-jobs.ts';
import { workExportJobs } from './export-jobs.ts';
import { JOB_KINDS, type JobKind, type JobQueue } from './job-queue.ts';
import type { TrainingQueue } from './training-queue.ts';

/** Parses a comma-separated list of job kinds; 'none' or '' is no kind. */
export function parseJobKinds(text: string): JobKind[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'none');
  for (const name of names) {
    if (!(JOB_KINDS as readonly string[]).includes(name)) {
      throw new Error(`unknown job kind '${name}' (known: ${JOB_KINDS.join(', ')})`);
    }
  }
  return [...new Set(names)] as JobKind[];
}

export async function startJobWork(
  kinds: readonly JobKind[],
  parts: {
    jobs: JobQueue;
    training: TrainingQueue;
    evaluations: EvaluationService;
    models: ModelService;
    runner: EngineRunner;
    log: (message: string) => void;
  },
): Promise<void> {
  if (kinds.includes('train')) await parts.training.work();
  if (kinds.includes('evaluate')) await workEvaluationJobs(parts.jobs, parts.evaluations, parts.log);
  if (kinds.includes('export')) await workExportJobs(parts.jobs, parts.models, parts.runner, parts.log);
}
