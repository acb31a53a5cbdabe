'use client';

import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { formatPercent, formatScore } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import type { ThresholdMethod } from '@/lib/graphql/generated/graphql.ts';
import { THRESHOLD_METHOD_LABELS } from '@/lib/threshold-labels.ts';
import { thresholdRates } from '@/lib/threshold-rates.ts';
import { SelectOptions } from '../select-options.tsx';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';
import { FalseAlarmRateInput, GoodQuantileInput } from './threshold-parameter-inputs.tsx';

const SetThresholdMutation = graphql(`
  mutation SetThreshold($input: SetThresholdInput!) {
    setThreshold(input: $input) {
      threshold {
        ...ThresholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface ThresholdControlProps {
  category: string;
  current: number;
  /** Scores of the good and defective test images (the active model's latest evaluation). */
  goodScores: readonly number[];
  defectScores: readonly number[];
  /** Reports the candidate so the histogram can draw it. */
  onCandidate: (value: number | null) => void;
  onSaved: () => void;
}

/** Sets a new threshold (admin), showing the false-alarm and miss rates a fixed value implies on the test set. */
export function ThresholdControl({
  category,
  current,
  goodScores,
  defectScores,
  onCandidate,
  onSaved,
}: ThresholdControlProps) {
  const [state, setThreshold] = useMutation(SetThresholdMutation);
  const [method, setMethod] = useState<ThresholdMethod>('FIXED');
  const [value, setValue] = useState(current);
  const [target, setTarget] = useState(0.05);
  const [quantile, setQuantile] = useState(0.99);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  const rates = thresholdRates(goodScores, defectScores, value);
  // The slider spans the test scores and the typed value: a value outside its range would fail the form's
  // validation and block the submit.
  const scores = [...goodScores, ...defectScores, current, value];
  const min = Math.min(...scores);
  const max = Math.max(...scores);

  function chooseValue(next: number) {
    setValue(next);
    onCandidate(next);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await setThreshold({
      input: {
        category,
        method,
        value: method === 'FIXED' ? value : null,
        targetFalseAlarmRate: method === 'FALSE_ALARM_RATE' ? target : null,
        quantile: method === 'GOOD_QUANTILE' ? quantile : null,
        reason: reason || null,
      },
    });
    const payload = result.data?.setThreshold;
    setErrors(payload?.userErrors ?? []);
    if (payload?.threshold) {
      onCandidate(null);
      onSaved();
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label="Set threshold" data-testid="threshold-control">
      <div className="form-grid">
        <label>
          Method
          <select value={method} onChange={(e) => setMethod(e.target.value as ThresholdMethod)}>
            <SelectOptions
              values={Object.keys(THRESHOLD_METHOD_LABELS) as ThresholdMethod[]}
              label={(m) => THRESHOLD_METHOD_LABELS[m]}
            />
          </select>
        </label>
        {method === 'FIXED' ? (
          <label>
            New threshold
            <input
              type="number"
              step="any"
              value={value}
              onChange={(e) => chooseValue(Number(e.target.value))}
            />
          </label>
        ) : null}
        {method === 'FALSE_ALARM_RATE' ? <FalseAlarmRateInput value={target} onChange={setTarget} /> : null}
        {method === 'GOOD_QUANTILE' ? <GoodQuantileInput value={quantile} onChange={setQuantile} /> : null}
        <label>
          Reason
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="optional" />
        </label>
        <button type="submit" className="button" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Set threshold'}
        </button>
      </div>
      {method === 'FIXED' && Number.isFinite(min) && max > min ? (
        <input
          type="range"
          aria-label="New threshold"
          min={min}
          max={max}
          step="any"
          value={value}
          onChange={(e) => chooseValue(Number(e.target.value))}
          style={{ width: '100%', marginTop: '0.75rem' }}
        />
      ) : null}
      {method === 'FIXED' && goodScores.length + defectScores.length > 0 ? (
        <p data-testid="implied-rates">
          At {formatScore(value)}: false-alarm rate <strong>{formatPercent(rates.falseAlarmRate)}%</strong> of{' '}
          {goodScores.length} good, miss rate <strong>{formatPercent(rates.missRate)}%</strong> of{' '}
          {defectScores.length} defective test images.
        </p>
      ) : null}
      <MutationErrors error={state.error} userErrors={errors} />
    </form>
  );
}
