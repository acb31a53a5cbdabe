'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import Link from 'next/link';
import { formatDateTime, formatScore } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { SCORE_OUTPUT_LABELS } from '@/lib/score-outputs.ts';
import { describeThreshold } from '@/lib/threshold-labels.ts';
import { useAssetUrl } from '../api/use-asset-url.ts';
import { StatusBadge } from '../status-badge.tsx';
import { HeatmapOverlay } from './heatmap-overlay.tsx';
import { ScoreGauge } from './score-gauge.tsx';

/** One inspection in full: the stored image, what scored it and the model and threshold versions used. */
export const InspectionDetailFragment = graphql(`
  fragment InspectionDetail on Inspection {
    ...InspectionSummary
    imageUrl
    destScore
    scoreOutput
    width
    height
    clientToken
    model {
      id
      name
      step
      createdAt
      run {
        id
      }
    }
    threshold {
      id
      version
      method
      targetFalseAlarmRate
      quantile
      setBy
      createdAt
    }
  }
`);

export type InspectionDetail = ResultOf<typeof InspectionDetailFragment>;

/** An inspection's image with its heatmap, the score against the threshold, and the versions used. */
export function InspectionResult({ inspection }: { inspection: InspectionDetail }) {
  const asset = useAssetUrl();
  return (
    <div className="grid grid-halves" data-testid="inspection-result" data-verdict={inspection.verdict}>
      <div className="card">
        <HeatmapOverlay
          imageUrl={asset(inspection.imageUrl)}
          heatmapUrl={asset(inspection.heatmapUrl)}
          alt={`Inspected ${inspection.category.name} image`}
        />
      </div>
      <div className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2>
            Verdict <StatusBadge value={inspection.verdict} />
          </h2>
          <span className="muted">{formatDateTime(inspection.createdAt)}</span>
        </div>
        <ScoreGauge score={inspection.score} threshold={inspection.thresholdValue} />
        <dl className="stat-list" style={{ marginTop: '1rem' }}>
          <div>
            <dt>Category</dt>
            <dd>
              <Link href={`/categories/${encodeURIComponent(inspection.category.name)}`}>
                {inspection.category.name}
              </Link>
            </dd>
          </div>
          <div>
            <dt>Model</dt>
            <dd>
              <Link href={`/runs/${encodeURIComponent(inspection.model.run.id)}`}>
                {inspection.model.name}
              </Link>
            </dd>
          </div>
          <div>
            <dt>Threshold version</dt>
            <dd data-testid="threshold-version">
              {inspection.threshold ? describeThreshold(inspection.threshold) : 'default'}
            </dd>
          </div>
          <div>
            <dt>Threshold</dt>
            <dd>{formatScore(inspection.thresholdValue)}</dd>
          </div>
          <div>
            <dt>Scored by</dt>
            <dd data-testid="inspection-score-output">{SCORE_OUTPUT_LABELS[inspection.scoreOutput]}</dd>
          </div>
          <div>
            <dt>Student–teacher score</dt>
            <dd>{formatScore(inspection.destScore)}</dd>
          </div>
          <div>
            <dt>Image size</dt>
            <dd>
              {inspection.width}×{inspection.height}
            </dd>
          </div>
          <div>
            <dt>Part / lot / station</dt>
            <dd>
              {[inspection.partId, inspection.lotId, inspection.stationId].map((v) => v ?? '—').join(' / ')}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
