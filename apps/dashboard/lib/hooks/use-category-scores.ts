'use client';

import { useMemo } from 'react';
import { useQuery } from 'urql';
import { InspectionsQuery } from '../graphql/documents.ts';

// The API pages at most 100 items.
const SAMPLE_SIZE = 100;

/**
 * Scores to draw the category's histograms from. The API exposes no per-image scores of the test set, so
 * the recent inspections stand in, split by the verdict they received.
 */
export function useCategoryScores(category: string) {
  const [result, refetch] = useQuery({
    query: InspectionsQuery,
    variables: { category, first: SAMPLE_SIZE },
  });
  const scores = useMemo(() => {
    const nodes = result.data?.inspections.edges.map((e) => e.node) ?? [];
    return {
      ok: nodes.filter((n) => n.verdict === 'OK').map((n) => n.score),
      defect: nodes.filter((n) => n.verdict === 'DEFECT').map((n) => n.score),
    };
  }, [result.data]);
  return { ...scores, loaded: result.data !== undefined, error: result.error, refetch };
}
