'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import Link from 'next/link';
import { formatDateTime, formatScore } from '@/lib/format.ts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { useAssetUrl } from '../api/use-asset-url.ts';
import { StatusBadge } from '../status-badge.tsx';

/** An inspection as the feeds show it, kept live by inspectionCreated and defectDetected. */
export const InspectionSummaryFragment = graphql(`
  fragment InspectionSummary on Inspection {
    id
    verdict
    score
    thresholdValue
    heatmapUrl
    overlayUrl
    partId
    lotId
    stationId
    createdAt
    category {
      id
      name
    }
  }
`);

export type InspectionSummary = ResultOf<typeof InspectionSummaryFragment>;

/** One inspection in a feed: heatmap overlay thumbnail, where it came from, score and verdict. */
export function InspectionFeedItem({ inspection }: { inspection: InspectionSummary }) {
  const asset = useAssetUrl();
  const origin = [
    inspection.partId && `part ${inspection.partId}`,
    inspection.lotId && `lot ${inspection.lotId}`,
    inspection.stationId && `station ${inspection.stationId}`,
  ].filter(Boolean);
  return (
    <li>
      <Link
        href={`/inspections/${encodeURIComponent(inspection.id)}`}
        className="feed-item"
        data-testid="inspection-item"
        data-verdict={inspection.verdict}
      >
        {/* biome-ignore lint/performance/noImgElement: API-served PNGs of any origin; next/image has nothing to optimize */}
        <img
          className="thumb"
          src={asset(inspection.overlayUrl)}
          alt={`Heatmap of inspection ${inspection.id}`}
          loading="lazy"
        />
        <div style={{ minWidth: 0 }}>
          <strong>{inspection.category.name}</strong>
          <div className="muted">{origin.length > 0 ? origin.join(' · ') : 'no part, lot or station'}</div>
          <div className="muted">{formatDateTime(inspection.createdAt)}</div>
        </div>
        <div style={{ textAlign: 'right' }}>
          <StatusBadge value={inspection.verdict} />
          <div className="muted">
            {formatScore(inspection.score)} / {formatScore(inspection.thresholdValue)}
          </div>
        </div>
      </Link>
    </li>
  );
}
