/**
 * Turns platform events into the operational log: one line per training run status change and per stored
 * evaluation, and a summary of inspections (count and defects per category) at most once per interval
 * instead of a line per inspection.
 */
import type { PubSub } from '../events/pubsub.ts';
import type { Logger } from './logger.ts';

export interface LifecycleLog {
  /** Writes the pending inspection summary and stops listening. */
  close(): void;
}

export function startLifecycleLog(pubsub: PubSub, log: Logger, summaryEveryMs = 60_000): LifecycleLog {
  const lastStatus = new Map<number, string>();
  const stopRuns = pubsub.listen('trainingRunUpdated', (run) => {
    if (lastStatus.get(run.id) === run.status) return;
    lastStatus.set(run.id, run.status);
    const fields = { event: `run.${run.status}`, runId: run.id, categoryId: run.categoryId, step: run.step };
    if (run.status === 'failed')
      log.warn({ ...fields, code: run.errorCode, reason: run.errorMessage }, 'training run failed');
    else
      log.info(
        { ...fields, totalSteps: run.totalSteps, resumeCount: run.resumeCount },
        `training run ${run.status}`,
      );
    if (['succeeded', 'failed', 'cancelled'].includes(run.status)) lastStatus.delete(run.id);
  });
  const stopEvaluations = pubsub.listen('evaluationCreated', ({ evaluation, categoryId }) => {
    log.info(
      {
        event: 'evaluation.finished',
        evaluationId: evaluation.id,
        modelId: evaluation.modelId,
        categoryId,
        imageCount: evaluation.imageCount,
      },
      'evaluation stored',
    );
  });

  let window = new Map<number, { count: number; defects: number }>();
  let windowStart = Date.now();
  const flush = () => {
    if (window.size === 0) return;
    const seconds = Math.max(1, Math.round((Date.now() - windowStart) / 1000));
    for (const [categoryId, { count, defects }] of window) {
      log.info({ event: 'inspections.summary', categoryId, count, defects, seconds }, 'inspections flowing');
    }
    window = new Map();
    windowStart = Date.now();
  };
  const stopInspections = pubsub.listen('inspectionCreated', (row) => {
    const entry = window.get(row.categoryId) ?? { count: 0, defects: 0 };
    entry.count += 1;
    if (row.verdict === 'defect') entry.defects += 1;
    window.set(row.categoryId, entry);
  });
  const timer = setInterval(flush, summaryEveryMs);
  timer.unref();
  return {
    close: () => {
      clearInterval(timer);
      flush();
      stopRuns();
      stopEvaluations();
      stopInspections();
    },
  };
}
