'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ThresholdControl } from '@/components/categories/threshold-control.tsx';
import { ThresholdHistory } from '@/components/categories/threshold-history.tsx';
import { ScoreHistogram } from '@/components/charts/score-histogram.tsx';
import { CategoryLeaderboard } from '@/components/leaderboard/category-leaderboard.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { formatDateTime } from '@/lib/format.ts';
import { CategoryQuery } from '@/lib/graphql/documents.ts';
import { useEvaluationCreated } from '@/lib/hooks/use-evaluation-created.ts';
import { useViewer } from '@/lib/hooks/use-viewer.ts';
import { splitTestSetScores } from '@/lib/test-set-scores.ts';

/** The default the API applies while no threshold is set (schema: Category.activeThreshold). */
const DEFAULT_THRESHOLD = 0.5;

export default function CategoryPage() {
  const name = decodeURIComponent(useParams<{ name: string }>().name);
  const [result, refetch] = useQuery({ query: CategoryQuery, variables: { name } });
  const { role } = useViewer();
  const [candidate, setCandidate] = useState<number | null>(null);
  useEvaluationCreated(name, () => refetch({ requestPolicy: 'network-only' }));
  const evaluation = result.data?.category?.activeModel?.latestEvaluation ?? null;
  const scores = useMemo(() => splitTestSetScores(evaluation?.imageScores ?? []), [evaluation]);

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
      <div className="grid grid-halves">
        <section className="card">
          <h2>Score distribution</h2>
          {!category.activeModel ? (
            <EmptyState title="No trained model yet">Train a model to see its test-set scores.</EmptyState>
          ) : !evaluation || evaluation.imageScores.length === 0 ? (
            <EmptyState title="No test-set scores yet">
              Evaluate the model to see test-set scores:{' '}
              <Link href={`/runs/${encodeURIComponent(category.activeModel.run.id)}`}>its run</Link> has the
              button (a finished run evaluates itself when the category has test images).
            </EmptyState>
          ) : (
            <>
              <p className="muted" data-testid="test-set-scores">
                Scores of the {scores.good.length} good and {scores.defective.length} defective test images
                (evaluation of the active model, {formatDateTime(evaluation.createdAt)}), with the threshold
                in force
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
          <ThresholdHistory thresholds={category.thresholds} />
          {!category.activeModel ? (
            <p className="muted">A threshold needs a trained model.</p>
          ) : role === 'ADMIN' ? (
            <ThresholdControl
              category={category.name}
              current={current}
              goodScores={scores.good}
              defectScores={scores.defective}
              onCandidate={setCandidate}
              onSaved={() => refetch({ requestPolicy: 'network-only' })}
            />
          ) : (
            <p className="muted">Only admins can change the threshold.</p>
          )}
        </section>
      </div>
      <div style={{ marginTop: '1rem' }}>
        <CategoryLeaderboard category={category.name} />
      </div>
    </>
  );
}
