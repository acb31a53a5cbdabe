'use client';

import { DEFAULT_THRESHOLD } from '@destseg/core/recipes';
import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ScoreOutputControl } from '@/components/categories/score-output-control.tsx';
import { ThresholdControl } from '@/components/categories/threshold-control.tsx';
import { ThresholdHistory } from '@/components/categories/threshold-history.tsx';
import { ThresholdPolicyControl } from '@/components/categories/threshold-policy-control.tsx';
import { ScoreHistogram } from '@/components/charts/score-histogram.tsx';
import { CategoryLeaderboard } from '@/components/leaderboard/category-leaderboard.tsx';
import { OutputMetricsTable } from '@/components/leaderboard/output-metrics-table.tsx';
import { StartRunForm } from '@/components/runs/start-run-form.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { formatDateTime, formatScore } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { useEvaluationCreated } from '@/lib/hooks/use-evaluation-created.ts';
import { useViewer } from '@/lib/hooks/use-viewer.ts';
import { SCORE_OUTPUT_LABELS } from '@/lib/score-outputs.ts';
import { splitTestSetScores } from '@/lib/test-set-scores.ts';
import { describeMethod, describeThreshold } from '@/lib/threshold-labels.ts';

const CategoryQuery = graphql(`
  query Category($name: String!) {
    category(name: $name) {
      id
      name
      imageSize
      augmentationGroup
      datasetPath
      scoreOutput
      thresholdPolicy {
        ...ThresholdPolicyFields
      }
      activeModel {
        id
        step
        createdAt
        run {
          id
        }
        latestEvaluation {
          id
          createdAt
          scoreOutputMetrics {
            overall {
              ...MetricFields
            }
          }
          imageScores {
            nodes {
              path
              defectType
              defective
              scoreOutputScore
            }
          }
        }
      }
      activeThreshold {
        ...ThresholdFields
      }
      thresholds(first: 100) {
        nodes {
          ...ThresholdFields
        }
      }
      datasetVersions {
        id
        trainCount
        testGoodCount
        testDefectCount
        createdAt
      }
    }
  }
`);

export default function CategoryPage() {
  const name = decodeURIComponent(useParams<{ name: string }>().name);
  const [result, refetch] = useQuery({ query: CategoryQuery, variables: { name } });
  const { role } = useViewer();
  const [candidate, setCandidate] = useState<number | null>(null);
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  useEvaluationCreated(name, refresh);
  const evaluation = result.data?.category?.activeModel?.latestEvaluation ?? null;
  const scores = useMemo(() => splitTestSetScores(evaluation?.imageScores.nodes ?? []), [evaluation]);

  if (result.error) return <ErrorState error={result.error} title="Category unavailable" />;
  if (!result.data) return <LoadingState label="Loading category" />;
  const category = result.data.category;
  if (!category) {
    return (
      <EmptyState title={`No category named ${name}`}>
        <Link href="/">Back to the overview</Link>
      </EmptyState>
    );
  }
  const current = category.activeThreshold?.value ?? DEFAULT_THRESHOLD;
  const dataset = category.datasetVersions.at(-1);
  const outputLabel = SCORE_OUTPUT_LABELS[category.scoreOutput];
  // A category without a model yet shows how to train one first.
  const startRun = role === 'ADMIN' ? <StartRunForm category={category.name} /> : null;

  return (
    <>
      <div className="page-header">
        <h1>{category.name}</h1>
        <span className="muted">
          {category.imageSize}px · augmentation {category.augmentationGroup.toLowerCase()}
          {dataset
            ? ` · ${dataset.trainCount} train / ${dataset.testGoodCount} good / ${dataset.testDefectCount} defective test images`
            : ''}
        </span>
      </div>
      {category.activeModel ? null : startRun}
      <section className="card" data-testid="score-output">
        <h2>Scoring output</h2>
        <p>
          Inspections are scored by the <strong data-testid="score-output-current">{outputLabel}</strong> map;
          thresholds are kept per output, so the newest one set for this output applies.
        </p>
        <p className="muted">
          Segmentation is DeSTSeg's own output and the default; student–teacher (the DeST branch) finds
          defects much smaller than the synthetic training ones better; fused is the geometric mean of the two
          maps.
        </p>
        {evaluation?.scoreOutputMetrics ? (
          <div className="table-scroll">
            <OutputMetricsTable
              heading="Latest evaluation"
              rows={[{ label: outputLabel, metrics: evaluation.scoreOutputMetrics.overall }]}
            />
          </div>
        ) : null}
        {role === 'ADMIN' ? (
          <ScoreOutputControl
            key={category.scoreOutput}
            category={category.name}
            current={category.scoreOutput}
            onSaved={refresh}
          />
        ) : (
          <p className="muted">Only admins can change the scoring output.</p>
        )}
      </section>
      <div className="grid grid-halves">
        <section className="card">
          <h2>Score distribution</h2>
          {!category.activeModel ? (
            <EmptyState title="No trained model yet">Train a model to see its test-set scores.</EmptyState>
          ) : !evaluation || evaluation.imageScores.nodes.length === 0 ? (
            <EmptyState title="No test-set scores yet">
              Evaluate the model to see test-set scores:{' '}
              <Link href={`/runs/${encodeURIComponent(category.activeModel.run.id)}`}>its run</Link> has the
              button (a finished run evaluates itself when the category has test images).
            </EmptyState>
          ) : !scores ? (
            <EmptyState title={`No ${outputLabel} scores in this evaluation`}>
              It was stored before that output's scores were kept: evaluate the model again from{' '}
              <Link href={`/runs/${encodeURIComponent(category.activeModel.run.id)}`}>its run</Link>.
            </EmptyState>
          ) : (
            <>
              <p className="muted" data-testid="test-set-scores">
                {outputLabel} scores of the {scores.good.length} good and {scores.defective.length} defective
                test images (evaluation of the active model, {formatDateTime(evaluation.createdAt)}), with the
                threshold in force
                {category.activeThreshold ? ` (v${category.activeThreshold.version})` : ' (default)'}.
              </p>
              <ScoreHistogram
                goodScores={scores.good}
                defectScores={scores.defective}
                threshold={current}
                candidate={candidate}
              />
            </>
          )}
        </section>
        <section className="card">
          <h2>Threshold</h2>
          <p data-testid="threshold-in-force">
            In force:{' '}
            <strong>
              {category.activeThreshold
                ? `${formatScore(category.activeThreshold.value)} (${describeThreshold(category.activeThreshold)})`
                : `${formatScore(DEFAULT_THRESHOLD)} (default: nothing set for this model and output)`}
            </strong>
          </p>
          <p data-testid="threshold-policy-current">
            After each evaluation the threshold is set by the policy{' '}
            <strong>
              {describeMethod({
                method: category.thresholdPolicy.kind,
                targetFalseAlarmRate: category.thresholdPolicy.targetFalseAlarmRate,
                quantile: category.thresholdPolicy.quantile,
              })}
            </strong>
            ; a threshold set by hand wins until the policy is chosen again.
          </p>
          {role === 'ADMIN' ? (
            <ThresholdPolicyControl
              key={`${category.thresholdPolicy.kind}:${category.thresholdPolicy.setAt}`}
              category={category.name}
              current={category.thresholdPolicy}
              onSaved={refresh}
            />
          ) : null}
          <ThresholdHistory thresholds={category.thresholds.nodes} />
          {!category.activeModel ? (
            <p className="muted">A threshold needs a trained model.</p>
          ) : role === 'ADMIN' ? (
            <ThresholdControl
              key={category.scoreOutput}
              category={category.name}
              current={current}
              goodScores={scores?.good ?? []}
              defectScores={scores?.defective ?? []}
              onCandidate={setCandidate}
              onSaved={refresh}
            />
          ) : (
            <p className="muted">Only admins can change the threshold.</p>
          )}
        </section>
      </div>
      {category.activeModel ? startRun : null}
      <div style={{ marginTop: '1rem' }}>
        <CategoryLeaderboard category={category.name} />
      </div>
    </>
  );
}
