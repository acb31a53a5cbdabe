/** Messages between the API process and a training worker process (over the child-process IPC channel). */
import type { TrainConfig, TrainEvent } from '@destseg/core';

export interface StartTraining {
  type: 'start';
  dataDir: string;
  outDir: string;
  teacher: string;
  config: Partial<TrainConfig>;
  /** Continue the run directory from its last checkpoint. */
  resume: boolean;
}

/** Stop after the current step; train() writes a checkpoint before returning. */
export interface StopTraining {
  type: 'stop';
}

export type ToWorker = StartTraining | StopTraining;

export type FromWorker =
  | { type: 'event'; event: TrainEvent }
  | { type: 'failed'; code: string; message: string };
