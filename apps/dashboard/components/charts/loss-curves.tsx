'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type LossPoint, splitByStage } from '@/lib/loss-series.ts';
import { EmptyState } from '../states/empty-state.tsx';

const AXIS_TICK = { fontSize: 12 };

/** Stage 1 trains the student (cosine loss), stage 2 the segmentation net (focal + L1): one chart each. */
export function LossCurves({ points }: { points: readonly LossPoint[] }) {
  const { stage1, stage2 } = splitByStage(points);
  return (
    <div className="grid grid-halves" data-testid="loss-curves" data-point-count={points.length}>
      <div>
        <h3 className="muted">Stage 1 · student cosine loss</h3>
        {stage1.length === 0 ? (
          <EmptyState title="No stage-1 steps yet" />
        ) : (
          <div className="chart" data-testid="loss-chart-stage1">
            <ResponsiveContainer>
              <LineChart data={stage1} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} width={56} domain={['auto', 'auto']} />
                <Tooltip />
                <Legend />
                <Line
                  dataKey="cosine"
                  name="cosine"
                  stroke="#2457c5"
                  dot={stage1.length < 30}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </div>
      <div>
        <h3 className="muted">Stage 2 · segmentation focal and L1 loss</h3>
        {stage2.length === 0 ? (
          <EmptyState title="No stage-2 steps yet" />
        ) : (
          <div className="chart" data-testid="loss-chart-stage2">
            <ResponsiveContainer>
              <LineChart data={stage2} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} width={56} domain={['auto', 'auto']} />
                <Tooltip />
                <Legend />
                <Line
                  dataKey="focal"
                  name="focal"
                  stroke="#c8332b"
                  dot={stage2.length < 30}
                  isAnimationActive={false}
                />
                <Line
                  dataKey="l1"
                  name="L1"
                  stroke="#1d8a4e"
                  dot={stage2.length < 30}
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </div>
    </div>
  );
}
