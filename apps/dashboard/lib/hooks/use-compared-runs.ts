'use client';

import { useEffect, useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { type RunDetail, TrainingRunQuery } from './training-run-query.ts';

interface ComparedRuns {
  /** The runs found, in the order of `ids` (an id that names no run is left out). */
  runs: RunDetail[];
  missing: string[];
  loaded: boolean;
  error: CombinedError | null;
}

/** The detail (loss curve, parameters, evaluations) of each run to compare, fetched together. */
export function useComparedRuns(ids: readonly string[]): ComparedRuns {
  const client = useClient();
  const key = ids.join(',');
  const [state, setState] = useState<ComparedRuns>({ runs: [], missing: [], loaded: false, error: null });
  useEffect(() => {
    let current = true;
    const wanted = key === '' ? [] : key.split(',');
    setState({ runs: [], missing: [], loaded: false, error: null });
    Promise.all(wanted.map((id) => client.query(TrainingRunQuery, { id }).toPromise())).then((results) => {
      if (!current) return;
      const error = results.find((r) => r.error)?.error ?? null;
      const runs = results.flatMap((r) => (r.data?.trainingRun ? [r.data.trainingRun] : []));
      const missing = wanted.filter((_, i) => !results[i]?.data?.trainingRun);
      setState({ runs, missing, loaded: true, error });
    });
    return () => {
      current = false;
    };
  }, [client, key]);
  return state;
}
