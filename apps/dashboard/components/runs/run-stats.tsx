import { formatDateTime, formatDuration, formatThroughput } from '@/lib/format.ts';
import type { RunDetail } from '@/lib/hooks/training-run-query.ts';
import type { TrainingProgressEvent } from '@/lib/hooks/use-run-progress.ts';
import type { LossPointFields } from '../charts/loss-curves.tsx';
import { StatusBadge } from '../status-badge.tsx';
import { ProgressBar } from './progress-bar.tsx';

interface RunStatsProps {
  run: RunDetail;
  /** The newest trainingProgress event, fresher than the queried run. */
  latest: TrainingProgressEvent | null;
  lastPoint: LossPointFields | undefined;
}

/** Status, progress, ETA, throughput and backend of a run, preferring live values. */
export function RunStats({ run, latest, lastPoint }: RunStatsProps) {
  const status = latest?.status ?? run.status;
  const step = latest?.step ?? run.step;
  const totalSteps = latest?.totalSteps ?? run.totalSteps;
  const active = status === 'QUEUED' || status === 'RUNNING';
  return (
    <div>
      <div className="row" style={{ marginBottom: '0.75rem' }}>
        <StatusBadge value={status} />
        <div style={{ flex: 1 }}>
          <ProgressBar fraction={latest?.progress ?? run.progress} label="Run progress" />
        </div>
        <span data-testid="run-step">
          step {step} / {totalSteps}
        </span>
      </div>
      <dl className="stat-list">
        <div>
          <dt>ETA</dt>
          <dd>{active ? formatDuration(latest?.etaSeconds ?? run.etaSeconds) : '—'}</dd>
        </div>
        <div>
          <dt>Throughput</dt>
          <dd>{formatThroughput(lastPoint?.imagesPerSecond)}</dd>
        </div>
        <div>
          <dt>Elapsed</dt>
          <dd>{formatDuration(lastPoint?.elapsedSeconds)}</dd>
        </div>
        <div>
          <dt>Backend</dt>
          <dd>{latest?.run.backend ?? run.backend ?? '—'}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatDateTime(latest?.run.startedAt ?? run.startedAt)}</dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>{formatDateTime(latest?.run.finishedAt ?? run.finishedAt)}</dd>
        </div>
        <div>
          <dt>Resumed</dt>
          <dd>{run.resumeCount}×</dd>
        </div>
      </dl>
      {(latest?.run.errorMessage ?? run.errorMessage) ? (
        <div className="state state-error" role="alert" style={{ marginTop: '0.75rem' }}>
          <strong>{run.errorCode ?? 'Run failed'}</strong>
          <div className="state-detail">{latest?.run.errorMessage ?? run.errorMessage}</div>
        </div>
      ) : null}
    </div>
  );
}
