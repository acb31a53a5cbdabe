'use client';

import type { ResultOf } from '@graphql-typed-document-node/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '@/lib/graphql/generated/gql.ts';
import { type LossPoint, splitByStage } from '@/lib/loss-series.ts';
import { EmptyState } from '../states/empty-state.tsx';

/** One point of a run's loss curve, as the run query and trainingProgress deliver it. */
export const LossPointFieldsFragment = graphql(`
  fragment LossPointFields on LossPoint {
    step
    stage
    cosine
    focal
    l1
    imagesPerSecond
    elapsedSeconds
  }
`);

export type LossPointFields = ResultOf<typeof LossPointFieldsFragment>;

const AXIS_TICK = { fontSize: 12 };

interface Series {
  key: 'cosine' | 'focal' | 'l1';
  name: string;
  color: string;
}

function StageChart(props: {
  title: string;
  stage: 1 | 2;
  points: readonly LossPoint[];
  series: readonly Series[];
}) {
  const { title, stage, points, series } = props;
  return (
    <div>
      <h3 className="muted">{title}</h3>
      {points.length === 0 ? (
        <EmptyState title={`No stage-${stage} steps yet`} />
      ) : (
        <div className="chart" data-testid={`loss-chart-stage${stage}`}>
          <ResponsiveContainer>
            <LineChart data={[...points]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} />
              <YAxis tick={AXIS_TICK} width={56} domain={['auto', 'auto']} />
              <Tooltip />
              <Legend />
              {series.map((s) => (
                <Line
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stroke={s.color}
                  dot={points.length < 30}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}

/** Stage 1 trains the student (cosine loss), stage 2 the segmentation net (focal + L1): one chart each. */
export function LossCurves({ points }: { points: readonly LossPoint[] }) {
  const { stage1, stage2 } = splitByStage(points);
  return (
    <div className="grid grid-halves" data-testid="loss-curves" data-point-count={points.length}>
      <StageChart
        title="Stage 1 · student cosine loss"
        stage={1}
        points={stage1}
        series={[{ key: 'cosine', name: 'cosine', color: '#2457c5' }]}
      />
      <StageChart
        title="Stage 2 · segmentation focal and L1 loss"
        stage={2}
        points={stage2}
        series={[
          { key: 'focal', name: 'focal', color: '#c8332b' },
          { key: 'l1', name: 'L1', color: '#1d8a4e' },
        ]}
      />
    </div>
  );
}
