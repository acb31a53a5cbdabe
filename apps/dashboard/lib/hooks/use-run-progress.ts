'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import { useEffect, useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import type { LossPointFields } from '../../components/charts/loss-curves.tsx';
import { graphql } from '../graphql/generated/gql.ts';
import { mergeLossPoints } from '../loss-series.ts';
import { TrainingRunQuery } from './training-run-query.ts';
import { useRefetchOnSocketConnected } from './use-refetch-on-socket-connected.ts';

const TrainingProgressSubscription = graphql(`
  subscription TrainingProgress($runId: ID!) {
    trainingProgress(runId: $runId) {
      status
      step
      totalSteps
      progress
      etaSeconds
      lossPoint {
        ...LossPointFields
      }
      run {
        id
        status
        backend
        startedAt
        finishedAt
        errorMessage
      }
    }
  }
`);

/** One trainingProgress event: the run's status and progress, with the loss point of the step if any. */
export type TrainingProgressEvent = ResultOf<typeof TrainingProgressSubscription>['trainingProgress'];

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
  useRefetchOnSocketConnected(() => refetch({ requestPolicy: 'network-only' }));
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
    () => mergeLossPoints(run?.lossCurve.nodes ?? [], progress.data?.points ?? []),
    [run?.lossCurve.nodes, progress.data?.points],
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
