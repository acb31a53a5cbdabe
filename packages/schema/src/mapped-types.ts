/** Resolver parent types that are not plain rows (codegen mappers point here and at @destseg/db rows). */
import type { InspectionRow, LossPointRow, TrainingRunRow, Verdict } from '@destseg/db';

/** One trainingProgress message: the run as it is now, and the step's loss point (null on a status change). */
export interface TrainingProgressEvent {
  run: TrainingRunRow;
  lossPoint: LossPointRow | null;
}

/** The filters of an inspections query (database values), kept with its page so totalCount can count them. */
export interface InspectionFilter {
  categoryId?: number | undefined;
  verdict?: Verdict | undefined;
  since?: Date | undefined;
  partId?: string | undefined;
  lotId?: string | undefined;
  stationId?: string | undefined;
}

/** One page of the inspections query with the filters that selected it. */
export interface InspectionPage {
  edges: Array<{ cursor: string; node: InspectionRow }>;
  nodes: InspectionRow[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  filter: InspectionFilter;
}
