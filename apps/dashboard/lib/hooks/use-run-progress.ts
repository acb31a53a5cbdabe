'use client';

import { useEffect, useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { TrainingProgressSubscription, TrainingRunQuery } from '../graphql/documents.ts';
import type { LossPointFields, TrainingProgressEvent } from '../graphql/types.ts';
import { mergeLossPoints } from '../loss-series.ts';

interface ProgressState {
  points: LossPointFields[];
  latest: TrainingProgressEvent | null;
}

/**
 * A run's detail with its loss curve and status kept live by trainingProgress. When the run finishes the
 * detail is fetched again, because the model and its evaluation only exist from then on.
 */
export function useRunProgress(id: string) {
  const variables = useMemo(() => ({ id }), [id]);
  const [detail, refetch] = useQuery({ query: TrainingRunQuery, variables });
  const [progress] = useSubscription(
    { query: TrainingProgressSubscription, variables: { runId: id } },
    (previous: ProgressState | undefined, data): ProgressState => {
      const event = data.trainingProgress;
      const points = previous?.points ?? [];
      return { points: event.lossPoint ? mergeLossPoints(points, [event.lossPoint]) : points, latest: event };
    },
  );

  const latest = progress.data?.latest ?? null;
  const finished = latest !== null && !['QUEUED', 'RUNNING'].includes(latest.status);
  useEffect(() => {
    if (finished) refetch({ requestPolicy: 'network-only' });
  }, [finished, refetch]);

  const run = detail.data?.trainingRun ?? null;
  const points = useMemo(
    () => mergeLossPoints(run?.lossCurve ?? [], progress.data?.points ?? []),
    [run?.lossCurve, progress.data?.points],
  );
  return {
    run,
    points,
    latest,
    loaded: detail.data !== undefined,
    error: detail.error,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
