'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { LossCurves } from '@/components/charts/loss-curves.tsx';
import { CancelRunButton } from '@/components/runs/cancel-run-button.tsx';
import { EvaluationPanel } from '@/components/runs/evaluation-panel.tsx';
import { RunLabelsEditor } from '@/components/runs/run-labels-editor.tsx';
import { RunParams } from '@/components/runs/run-params.tsx';
import { RunStats } from '@/components/runs/run-stats.tsx';
import { RunTags } from '@/components/runs/run-tags.tsx';
import { EmptyState } from '@/components/states/empty-state.tsx';
import { ErrorState } from '@/components/states/error-state.tsx';
import { LoadingState } from '@/components/states/loading-state.tsx';
import { useEvaluationCreated } from '@/lib/hooks/use-evaluation-created.ts';
import { useRunProgress } from '@/lib/hooks/use-run-progress.ts';
import { useViewer } from '@/lib/hooks/use-viewer.ts';

export default function RunDetailPage() {
  const { id } = useParams<{ id: string }>();
  const runId = decodeURIComponent(id);
  const { run, points, latest, loaded, error, refetch } = useRunProgress(runId);
  const { role } = useViewer();
  // A finished run evaluates itself; its model may not be loaded yet when that evaluation lands.
  useEvaluationCreated(run?.category.name ?? null, (modelId) => {
    if (!run?.model || run.model.id === modelId) refetch();
  });

  if (error) return <ErrorState error={error} title="Run unavailable" />;
  if (!loaded) return <LoadingState label="Loading run" />;
  if (!run) {
    return (
      <EmptyState title="No such run">
        <Link href="/runs">Back to training runs</Link>
      </EmptyState>
    );
  }
  const status = latest?.status ?? run.status;
  return (
    <>
      <div className="page-header">
        <div>
          <h1 data-testid="run-title">{run.name}</h1>
          <span className="muted">
            Run of{' '}
            <Link href={`/categories/${encodeURIComponent(run.category.name)}`}>{run.category.name}</Link>
          </span>
          <RunTags tags={run.tags} />
        </div>
        {status === 'QUEUED' || status === 'RUNNING' ? <CancelRunButton runId={run.id} /> : null}
      </div>
      {role === 'ADMIN' ? (
        <section className="card">
          <RunLabelsEditor
            key={`${run.name}:${run.tags.join(',')}`}
            runId={run.id}
            name={run.named ? run.name : ''}
            tags={run.tags}
            onSaved={refetch}
          />
        </section>
      ) : null}
      <section className="card">
        <RunStats run={run} latest={latest} lastPoint={points.at(-1)} />
      </section>
      <section className="card">
        <h2>
          Loss curves{' '}
          {status === 'QUEUED' || status === 'RUNNING' ? (
            <span className="muted" data-testid="live-badge">
              live
            </span>
          ) : null}
        </h2>
        <LossCurves points={points} />
      </section>
      <div className="grid grid-halves" style={{ marginTop: '1rem' }}>
        <section className="card">
          <h2>Evaluation</h2>
          <EvaluationPanel category={run.category.name} model={run.model} onEvaluated={refetch} />
        </section>
        <section className="card">
          <h2>Parameters</h2>
          <RunParams params={run.params} />
          <p className="muted">
            Dataset: {run.datasetVersion.trainCount} training images, {run.datasetVersion.testGoodCount} good
            and {run.datasetVersion.testDefectCount} defective test images.
          </p>
        </section>
      </div>
    </>
  );
}
