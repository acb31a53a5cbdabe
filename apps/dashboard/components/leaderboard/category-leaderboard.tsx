'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { useEvaluationCreated } from '@/lib/hooks/use-evaluation-created.ts';
import { LEADERBOARD_METRICS, type LeaderboardMetricKey, rankBy } from '@/lib/leaderboard-metrics.ts';
import { paperReferenceFor } from '@/lib/paper-reference.ts';
import { EmptyState } from '../states/empty-state.tsx';
import { ErrorState } from '../states/error-state.tsx';
import { LoadingState } from '../states/loading-state.tsx';
import { MetricCells } from './metric-cells.tsx';

const LeaderboardQuery = graphql(`
  query Leaderboard($category: String!) {
    leaderboard(category: $category) {
      rank
      model {
        id
        name
        step
        createdAt
        run {
          id
        }
      }
      evaluation {
        ...EvaluationFields
      }
    }
  }
`);

/** Evaluated models of one category (segmentation output, whole test set), sortable by any metric. */
export function CategoryLeaderboard({ category }: { category: string }) {
  const [result, refetch] = useQuery({ query: LeaderboardQuery, variables: { category } });
  useEvaluationCreated(category, () => refetch({ requestPolicy: 'network-only' }));
  const [sortKey, setSortKey] = useState<LeaderboardMetricKey>('imageAuroc');
  const reference = paperReferenceFor(category);

  return (
    <section className="card" data-testid={`leaderboard-${category}`}>
      <div className="page-header">
        <h2>
          <Link href={`/categories/${encodeURIComponent(category)}`}>{category}</Link>
        </h2>
        <span className="muted">ranked by {LEADERBOARD_METRICS.find((m) => m.key === sortKey)?.label}</span>
      </div>
      {result.error ? (
        <ErrorState error={result.error} title="Leaderboard unavailable" />
      ) : !result.data ? (
        <LoadingState label="Loading leaderboard" />
      ) : result.data.leaderboard.length === 0 && !reference ? (
        <EmptyState title="No evaluated models yet">
          Train a model and evaluate it to rank it here.
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>Model</th>
                {LEADERBOARD_METRICS.map((metric) => (
                  <th key={metric.key} className="num">
                    <button
                      type="button"
                      className="sort"
                      aria-pressed={sortKey === metric.key}
                      onClick={() => setSortKey(metric.key)}
                    >
                      {metric.label}
                      {sortKey === metric.key ? ' ▼' : ''}
                    </button>
                  </th>
                ))}
                <th>Evaluated</th>
              </tr>
            </thead>
            <tbody>
              {rankBy(result.data.leaderboard, (row) => row.evaluation.seg.overall, sortKey).map(
                (row, index) => (
                  <tr key={row.model.id} data-testid="leaderboard-row">
                    <td>{index + 1}</td>
                    <td className="wrap">
                      <Link href={`/runs/${encodeURIComponent(row.model.run.id)}`}>{row.model.name}</Link>
                    </td>
                    <MetricCells metrics={row.evaluation.seg.overall} />
                    <td className="muted">{formatDateTime(row.evaluation.createdAt)}</td>
                  </tr>
                ),
              )}
              {reference ? (
                <tr className="reference-row" data-testid="paper-reference-row">
                  <td />
                  <td>DeSTSeg paper</td>
                  <MetricCells metrics={reference} />
                  <td>mean of 5 seeds</td>
                </tr>
              ) : null}
            </tbody>
          </table>
          {result.data.leaderboard.length === 0 ? <p className="muted">No evaluated models yet.</p> : null}
        </div>
      )}
    </section>
  );
}
