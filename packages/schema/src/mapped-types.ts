/** Resolver parent types that are not plain rows (codegen mappers point here and at @destseg/db rows). */
import type { LossPointRow, TrainingRunRow } from '@destseg/db';

/** One trainingProgress message: the run as it is now, and the step's loss point (null on a status change). */
export interface TrainingProgressEvent {
  run: TrainingRunRow;
  lossPoint: LossPointRow | null;
}
