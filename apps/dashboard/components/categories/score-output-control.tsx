'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { ScoreOutput } from '@/lib/graphql/generated/graphql.ts';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';
import { ScoreOutputSelect } from './score-output-select.tsx';

const SetScoreOutputMutation = graphql(`
  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {
    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {
      category {
        id
        scoreOutput
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface ScoreOutputControlProps {
  category: string;
  current: ScoreOutput;
  onSaved: () => void;
}

/** Switches the output that scores the category's inspections (admin). */
export function ScoreOutputControl({ category, current, onSaved }: ScoreOutputControlProps) {
  const [state, setScoreOutput] = useMutation(SetScoreOutputMutation);
  const [choice, setChoice] = useState<ScoreOutput>(current);
  const [errors, setErrors] = useState<UserErrorFields[]>([]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await setScoreOutput({ category, scoreOutput: choice });
    const payload = result.data?.setScoreOutput;
    setErrors(payload?.userErrors ?? []);
    if (payload?.category) onSaved();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Set scoring output" data-testid="score-output-control">
      <div className="form-grid">
        <ScoreOutputSelect value={choice} onChange={setChoice} />
        <button type="submit" className="button" disabled={state.fetching || choice === current}>
          {state.fetching ? 'Saving…' : 'Use this output'}
        </button>
      </div>
      <MutationErrors error={state.error} userErrors={errors} />
    </form>
  );
}
