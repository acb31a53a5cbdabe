'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ThresholdControl } from '@/components/categories/threshold-control.tsx';
import { ThresholdHistory } from '@/components/categories/threshold-history.tsx';
import { ScoreHistogram } from '@/components/charts/score-histogram.tsx';
import { CategoryLeaderboard } from '@/components/leaderboard/category-leaderboard.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { CategoryQuery } from '@/lib/graphql/documents.ts';
import { useCategoryScores } from '@/lib/hooks/use-category-scores.ts';
import { useViewer } from '@/lib/hooks/use-viewer.ts';

/** The default the API applies while no threshold is set (schema: Category.activeThreshold). */
const DEFAULT_THRESHOLD = 0.5;

export default function CategoryPage() {
  const name = decodeURIComponent(useParams<{ name: string }>().name);
  const [result, refetch] = useQuery({ query: CategoryQuery, variables: { name } });
  const scores = useCategoryScores(name);
  const { role } = useViewer();
  const [candidate, setCandidate] = useState<number | null>(null);

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
          <p className="muted">
            Image scores of the last inspections, by verdict, with the threshold in force
            {category.activeThreshold ? ` (v${category.activeThreshold.version})` : ' (default)'}.
          </p>
          {scores.error ? (
            <ErrorState error={scores.error} title="Scores unavailable" />
          ) : !scores.loaded ? (
            <LoadingState label="Loading scores" />
          ) : scores.ok.length + scores.defect.length === 0 ? (
            <EmptyState title="No inspections yet">
              Inspect images of this category to see their scores.
            </EmptyState>
          ) : (
            <ScoreHistogram
              goodScores={scores.ok}
              defectScores={scores.defect}
              threshold={current}
              candidate={candidate}
            />
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
              goodScores={scores.ok}
              defectScores={scores.defect}
              onCandidate={setCandidate}
              onSaved={() => {
                refetch({ requestPolicy: 'network-only' });
                scores.refetch({ requestPolicy: 'network-only' });
              }}
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
