/** The mode a forward pass runs in, shared by every module built from conv → BatchNorm units. */
import type { BatchStats } from '../ops/batch-norm.ts';

export interface ForwardContext {
  /** Train-mode BatchNorm (batch statistics) for the module being run. */
  training: boolean;
  /** Collects batch statistics of train-mode BatchNorms for the running-stat update. */
  stats: BatchStats[];
}

/** Every module in eval mode: no statistics are collected. */
export function evalContext(): ForwardContext {
  return { training: false, stats: [] };
}

/** Train mode, collecting batch statistics for `updateRunningStats`. */
export function trainContext(): ForwardContext {
  return { training: true, stats: [] };
}
