'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatDateTime, formatThroughput } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { OutputMetricsTable } from '../leaderboard/output-metrics-table.tsx';
import { EmptyState } from '../states/empty-state.tsx';
import { MutationErrors, type UserErrorFields } from '../user-errors.tsx';

/** An evaluation on the test set: each output's metrics (fused: null when stored before it was kept). */
export const EvaluationFieldsFragment = graphql(`
  fragment EvaluationFields on Evaluation {
    id
    imageCount
    imagesPerSecond
    createdAt
    seg {
      overall {
        ...MetricFields
      }
    }
    dest {
      overall {
        ...MetricFields
      }
    }
    fused {
      overall {
        ...MetricFields
      }
    }
  }
`);

export type EvaluationFields = ResultOf<typeof EvaluationFieldsFragment>;

const EvaluateModelMutation = graphql(`
  mutation EvaluateModel($category: String!, $model: ID!) {
    evaluateModel(input: { category: $category, model: $model }) {
      evaluation {
        ...EvaluationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface EvaluationPanelProps {
  category: string;
  model: { id: string; name: string; step: number; evaluations: { nodes: EvaluationFields[] } } | null;
  onEvaluated: () => void;
}

/** The newest evaluation of a run's model on the test set, or a button to run one (or to wait for it). */
export function EvaluationPanel({ category, model, onEvaluated }: EvaluationPanelProps) {
  const [state, evaluate] = useMutation(EvaluateModelMutation);
  const [errors, setErrors] = useState<UserErrorFields[]>([]);
  if (!model)
    return <EmptyState title="No model yet">The evaluation appears once the run has finished.</EmptyState>;
  const evaluation = model.evaluations.nodes[0];

  async function onEvaluate() {
    if (!model) return;
    const result = await evaluate({ category, model: model.id });
    setErrors(result.data?.evaluateModel.userErrors ?? []);
    if (result.data?.evaluateModel.evaluation) onEvaluated();
  }

  if (!evaluation) {
    return (
      <div>
        <EmptyState title="Not evaluated yet">
          A finished run evaluates itself when its category has test images; the result appears here.
        </EmptyState>
        <button
          type="button"
          className="button"
          onClick={onEvaluate}
          disabled={state.fetching}
          style={{ marginTop: '0.5rem' }}
        >
          {state.fetching ? 'Evaluating…' : 'Evaluate on the test set'}
        </button>
        <MutationErrors error={state.error} userErrors={errors} />
      </div>
    );
  }
  return (
    <div className="table-scroll" data-testid="run-evaluation">
      <OutputMetricsTable
        heading="Output"
        rows={[
          { label: 'segmentation', metrics: evaluation.seg.overall },
          { label: 'student–teacher', metrics: evaluation.dest.overall },
          ...(evaluation.fused ? [{ label: 'fused', metrics: evaluation.fused.overall }] : []),
        ]}
      />
      <p className="muted">
        Model <span data-testid="model-name">{model.name}</span>: {evaluation.imageCount} test images at{' '}
        {formatThroughput(evaluation.imagesPerSecond)}, evaluated {formatDateTime(evaluation.createdAt)}
      </p>
    </div>
  );
}
