'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { ThresholdPolicyKind } from '@/lib/graphql/generated/graphql.ts';
import { THRESHOLD_METHOD_LABELS, THRESHOLD_POLICY_KINDS } from '@/lib/threshold-labels.ts';
import { SelectOptions } from '../select-options.tsx';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';
import { FalseAlarmRateInput, GoodQuantileInput } from './threshold-parameter-inputs.tsx';

/** How a category's threshold is set after each evaluation. */
export const ThresholdPolicyFieldsFragment = graphql(`
  fragment ThresholdPolicyFields on ThresholdPolicy {
    kind
    targetFalseAlarmRate
    quantile
    setAt
  }
`);

export type ThresholdPolicyFields = ResultOf<typeof ThresholdPolicyFieldsFragment>;

const SetThresholdPolicyMutation = graphql(`
  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {
    setThresholdPolicy(input: $input) {
      category {
        id
        thresholdPolicy {
          ...ThresholdPolicyFields
        }
      }
      threshold {
        ...ThresholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The engine's defaults (core threshold-policy.ts), shown as the form's starting values. */
const DEFAULT_TARGET_FALSE_ALARM_RATE = 0.01;
const DEFAULT_GOOD_QUANTILE = 0.99;

interface ThresholdPolicyControlProps {
  category: string;
  current: ThresholdPolicyFields;
  onSaved: () => void;
}

/** Chooses how the threshold is set after each evaluation (admin); applied at once to the latest evaluation. */
export function ThresholdPolicyControl({ category, current, onSaved }: ThresholdPolicyControlProps) {
  const [state, setPolicy] = useMutation(SetThresholdPolicyMutation);
  const [kind, setKind] = useState<ThresholdPolicyKind>(current.kind);
  const [target, setTarget] = useState(current.targetFalseAlarmRate ?? DEFAULT_TARGET_FALSE_ALARM_RATE);
  const [quantile, setQuantile] = useState(current.quantile ?? DEFAULT_GOOD_QUANTILE);
  const [errors, setErrors] = useState<UserErrorFields[]>([]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await setPolicy({
      input: {
        category,
        kind,
        targetFalseAlarmRate: kind === 'FALSE_ALARM_RATE' ? target : null,
        quantile: kind === 'GOOD_QUANTILE' ? quantile : null,
      },
    });
    const payload = result.data?.setThresholdPolicy;
    setErrors(payload?.userErrors ?? []);
    if (payload?.category) onSaved();
  }

  return (
    <form onSubmit={onSubmit} aria-label="Set threshold policy" data-testid="threshold-policy-control">
      <div className="form-grid">
        <label>
          Policy
          <select value={kind} onChange={(e) => setKind(e.target.value as ThresholdPolicyKind)}>
            <SelectOptions values={THRESHOLD_POLICY_KINDS} label={(k) => THRESHOLD_METHOD_LABELS[k]} />
          </select>
        </label>
        {kind === 'FALSE_ALARM_RATE' ? <FalseAlarmRateInput value={target} onChange={setTarget} /> : null}
        {kind === 'GOOD_QUANTILE' ? <GoodQuantileInput value={quantile} onChange={setQuantile} /> : null}
        <button type="submit" className="button" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Use this policy'}
        </button>
      </div>
      <MutationErrors error={state.error} userErrors={errors} />
    </form>
  );
}
