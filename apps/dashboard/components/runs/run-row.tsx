import type { ResultOf } from '@graphql-typed-document-node/core';
import Link from 'next/link';
import { formatDateTime, formatDuration, formatPercent } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { runDurationSeconds } from '@/lib/run-elapsed.ts';
import { StatusBadge } from '../status-badge.tsx';
import { FailureReason } from './failure-reason.tsx';
import { ProgressBar } from './progress-bar.tsx';
import { RunTags } from './run-tags.tsx';

/** A run as the runs lists show it, kept live by trainingRunUpdated. */
export const RunSummaryFragment = graphql(`
  fragment RunSummary on TrainingRun {
    id
    name
    named
    tags
    status
    step
    totalSteps
    progress
    etaSeconds
    backend
    createdAt
    startedAt
    finishedAt
    errorCode
    errorMessage
    category {
      id
      name
    }
    model {
      id
      name
      latestEvaluation {
        id
        scoreOutputMetrics {
          overall {
            imageAuroc
          }
        }
      }
    }
  }
`);

export type RunSummary = ResultOf<typeof RunSummaryFragment>;

const ACTIVE = new Set(['QUEUED', 'RUNNING']);

export type RunsTableVariant = 'full' | 'compact';

interface RunRowProps {
  run: RunSummary;
  variant: RunsTableVariant;
  /** Present when runs can be picked for a comparison. */
  selection?: { selected: boolean; onToggle: (id: string) => void } | undefined;
}

/**
 * One training run as a table row: name with category and tags, status, progress with ETA; the full variant
 * adds why a run failed (under its status), its duration, final metric and start.
 */
export function RunRow({ run, variant, selection }: RunRowProps) {
  const active = ACTIVE.has(run.status);
  return (
    <tr data-testid="run-row" data-run-id={run.id}>
      {selection ? (
        <td className="select-cell">
          <input
            type="checkbox"
            checked={selection.selected}
            onChange={() => selection.onToggle(run.id)}
            aria-label={`Compare ${run.name}`}
          />
        </td>
      ) : null}
      <td className="wrap run-name-cell">
        <Link href={`/runs/${encodeURIComponent(run.id)}`} data-testid="run-name">
          {run.name}
        </Link>
        <div className="muted">{run.category.name}</div>
        <RunTags tags={run.tags} />
      </td>
      <td className="wrap status-cell">
        <StatusBadge value={run.status} />
        {variant === 'full' ? <FailureReason code={run.errorCode} message={run.errorMessage} /> : null}
      </td>
      <td className="progress-cell">
        <ProgressBar fraction={run.progress} label={`Progress of ${run.name}`} />
        <span className="muted">
          {run.step} / {run.totalSteps}
          {active && run.etaSeconds != null ? ` · ETA ${formatDuration(run.etaSeconds)}` : ''}
        </span>
      </td>
      {variant === 'full' ? (
        <>
          <td className="num" data-testid="run-duration">
            {formatDuration(runDurationSeconds(run))}
          </td>
          <td className="num" data-testid="run-final-metric">
            {formatPercent(run.model?.latestEvaluation?.scoreOutputMetrics?.overall.imageAuroc)}
          </td>
          <td className="muted wrap date-cell">{formatDateTime(run.createdAt)}</td>
        </>
      ) : null}
    </tr>
  );
}
