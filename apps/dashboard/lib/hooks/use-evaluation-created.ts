'use client';

import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { EvaluationCreatedSubscription } from '../graphql/documents.ts';

/**
 * Calls `onCreated` with the model id of each evaluation stored for the category (null: any category), so
 * views that show evaluations (leaderboards, a run, the test-set histogram) fill in when a run evaluates
 * itself.
 */
export function useEvaluationCreated(category: string | null, onCreated: (modelId: string) => void): void {
  const [result] = useSubscription({ query: EvaluationCreatedSubscription, variables: { category } });
  // The latest callback without resubscribing when the caller passes a new function each render.
  const callback = useRef(onCreated);
  callback.current = onCreated;
  const created = result.data?.evaluationCreated;
  useEffect(() => {
    if (created) callback.current(created.model.id);
  }, [created]);
}
