'use client';

import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../graphql/generated/gql.ts';

const EvaluationCreatedSubscription = graphql(`
  subscription EvaluationCreated($category: String) {
    evaluationCreated(category: $category) {
      id
      model {
        id
      }
    }
  }
`);

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
