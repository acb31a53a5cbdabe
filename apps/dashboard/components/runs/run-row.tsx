import Link from 'next/link';
import { formatDateTime, formatDuration } from '@/lib/format.ts';
import type { RunSummary } from '@/lib/graphql/types.ts';
import { StatusBadge } from '../status-badge.tsx';
import { ProgressBar } from './progress-bar.tsx';

const ACTIVE = new Set(['QUEUED', 'RUNNING']);

/** One training run as a table row: status, progress with ETA, backend and times. */
export function RunRow({ run }: { run: RunSummary }) {
  return (
    <tr data-testid="run-row" data-run-id={run.id}>
      <td>
        <Link href={`/runs/${encodeURIComponent(run.id)}`}>{run.category.name}</Link>
      </td>
      <td>
        <StatusBadge value={run.status} />
      </td>
      <td style={{ minWidth: 140 }}>
        <ProgressBar fraction={run.progress} label={`Progress of run ${run.id}`} />
        <span className="muted">
          {run.step} / {run.totalSteps}
        </span>
      </td>
      <td>{ACTIVE.has(run.status) ? formatDuration(run.etaSeconds) : '—'}</td>
      <td>{run.backend ?? '—'}</td>
      <td className="muted">{formatDateTime(run.createdAt)}</td>
    </tr>
  );
}
