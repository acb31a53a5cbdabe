'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatScore } from '@/lib/format.ts';
import { histogramTicks, scoreHistogram } from '@/lib/histogram.ts';

/** The most bins drawn; round edges may need fewer. */
const BIN_COUNT = 24;

interface ScoreHistogramProps {
  goodScores: readonly number[];
  defectScores: readonly number[];
  /** The threshold in force. */
  threshold: number | null;
  /** A threshold being considered, drawn dashed. */
  candidate?: number | null;
}

/** Good vs defective test-image scores on shared bins, with the threshold(s) as vertical lines. */
export function ScoreHistogram({
  goodScores,
  defectScores,
  threshold,
  candidate = null,
}: ScoreHistogramProps) {
  const marks = [threshold, candidate].filter((v): v is number => v !== null && Number.isFinite(v));
  const bins = scoreHistogram(goodScores, defectScores, BIN_COUNT, marks);
  return (
    <div className="chart" data-testid="score-histogram">
      <ResponsiveContainer>
        <BarChart
          data={bins}
          barGap={0}
          barCategoryGap={1}
          margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="mid"
            type="number"
            domain={[bins[0]?.start ?? 0, bins.at(-1)?.end ?? 1]}
            ticks={histogramTicks(bins)}
            allowDataOverflow
            tickFormatter={(v: number) => formatScore(v)}
            tick={{ fontSize: 12 }}
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip labelFormatter={(v) => `score ≈ ${formatScore(Number(v))}`} />
          <Legend />
          <Bar dataKey="good" name="good" fill="#1d8a4e" isAnimationActive={false} />
          <Bar dataKey="defect" name="defective" fill="#c8332b" isAnimationActive={false} />
          {threshold !== null ? (
            <ReferenceLine
              x={threshold}
              stroke="#17202c"
              strokeWidth={2}
              label={{ value: 'threshold', position: 'top', fontSize: 12 }}
            />
          ) : null}
          {candidate !== null && candidate !== threshold ? (
            <ReferenceLine
              x={candidate}
              stroke="#2457c5"
              strokeDasharray="6 3"
              strokeWidth={2}
              label={{ value: 'new', position: 'insideTopRight', fontSize: 12 }}
            />
          ) : null}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
