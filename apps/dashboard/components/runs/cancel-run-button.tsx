'use client';

import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';

const CancelTrainingRunMutation = graphql(`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(input: { id: $id }) {
      run {
        ...RunSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export function CancelRunButton({ runId }: { runId: string }) {
  const [state, cancel] = useMutation(CancelTrainingRunMutation);
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  async function onClick() {
    if (!window.confirm('Cancel this training run?')) return;
    const result = await cancel({ id: runId });
    setErrors(result.data?.cancelTrainingRun.userErrors ?? []);
  }
  return (
    <div>
      <button type="button" className="button danger" onClick={onClick} disabled={state.fetching}>
        {state.fetching ? 'Cancelling…' : 'Cancel run'}
      </button>
      <MutationErrors error={state.error} userErrors={errors} />
    </div>
  );
}
