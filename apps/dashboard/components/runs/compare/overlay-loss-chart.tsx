'use client';

import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { type LossKey, overlaySeries } from '@/lib/compare-series.ts';
import type { LossPoint } from '@/lib/loss-series.ts';
import { EmptyState } from '../../states/empty-state.tsx';

const AXIS_TICK = { fontSize: 12 };

export interface ChartRun {
  key: string;
  name: string;
  color: string;
  points: readonly LossPoint[];
}

interface OverlayLossChartProps {
  title: string;
  loss: LossKey;
  runs: readonly ChartRun[];
  smoothing: number;
  logScale: boolean;
}

/** One loss of every compared run on shared axes, smoothed and optionally on a log scale. */
export function OverlayLossChart({ title, loss, runs, smoothing, logScale }: OverlayLossChartProps) {
  const data = useMemo(
    () => overlaySeries(runs, loss, smoothing, logScale),
    [runs, loss, smoothing, logScale],
  );
  return (
    <div>
      <h3 className="muted">{title}</h3>
      {data.length === 0 ? (
        <EmptyState title="No steps with this loss yet" />
      ) : (
        <div
          className="chart"
          data-testid={`compare-chart-${loss}`}
          data-scale={logScale ? 'log' : 'linear'}
          data-smoothing={smoothing}
        >
          <ResponsiveContainer>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="step"
                type="number"
                domain={['dataMin', 'dataMax']}
                allowDecimals={false}
                tick={AXIS_TICK}
              />
              <YAxis
                tick={AXIS_TICK}
                width={64}
                scale={logScale ? 'log' : 'auto'}
                domain={['auto', 'auto']}
                allowDataOverflow={logScale}
                tickFormatter={(v: number) => String(Number(v.toPrecision(3)))}
              />
              <Tooltip formatter={(v) => (typeof v === 'number' ? Number(v.toPrecision(4)) : v)} />
              <Legend />
              {runs.map((run) => (
                <Line
                  key={run.key}
                  dataKey={run.key}
                  name={run.name}
                  stroke={run.color}
                  dot={false}
                  connectNulls
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
