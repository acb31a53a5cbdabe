'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ScoreOutput } from '@/lib/graphql/generated/graphql.ts';
import { useComparedRuns } from '@/lib/hooks/use-compared-runs.ts';
import { runColor } from '@/lib/run-colors.ts';
import { MIN_COMPARED_RUNS } from '@/lib/run-compare-url.ts';
import { SCORE_OUTPUT_LABELS, SCORE_OUTPUTS } from '@/lib/score-outputs.ts';
import { SelectOptions } from '../../select-options.tsx';
import { EmptyState } from '../../states/empty-state.tsx';
import { ErrorState } from '../../states/error-state.tsx';
import { LoadingState } from '../../states/loading-state.tsx';
import { CompareMetricsTable } from './compare-metrics-table.tsx';
import { CompareParamsTable } from './compare-params-table.tsx';
import { type ChartRun, OverlayLossChart } from './overlay-loss-chart.tsx';
import { SmoothingControls } from './smoothing-controls.tsx';

const LOSS_CHARTS = [
  { loss: 'cosine', title: 'Stage 1 · student cosine loss' },
  { loss: 'focal', title: 'Stage 2 · segmentation focal loss' },
  { loss: 'l1', title: 'Stage 2 · segmentation L1 loss' },
] as const;

/** Two or more runs side by side: overlaid loss curves, metrics and parameters. */
export function RunComparison({ ids }: { ids: readonly string[] }) {
  const { runs, missing, loaded, error } = useComparedRuns(ids);
  const [smoothing, setSmoothing] = useState(0.6);
  const [logScale, setLogScale] = useState(false);
  const [output, setOutput] = useState<ScoreOutput>('SEG');
  const colors = useMemo(() => runs.map((_, i) => runColor(i)), [runs]);
  const chartRuns: ChartRun[] = useMemo(
    () =>
      runs.map((run, i) => ({
        key: `run${i}`,
        name: run.name,
        color: colors[i] ?? '',
        points: run.lossCurve.nodes,
      })),
    [runs, colors],
  );

  if (error) return <ErrorState error={error} title="Runs unavailable" />;
  if (!loaded) return <LoadingState label="Loading runs" />;
  if (runs.length < MIN_COMPARED_RUNS) {
    return (
      <EmptyState title={`Pick at least ${MIN_COMPARED_RUNS} runs to compare`}>
        {missing.length > 0 ? `${missing.length} of the runs asked for do not exist. ` : ''}
        <Link href="/runs">Choose runs in the runs list</Link>
      </EmptyState>
    );
  }
  return (
    <div data-testid="run-comparison">
      {missing.length > 0 ? (
        <p className="muted">{missing.length} of the runs asked for do not exist and are left out.</p>
      ) : null}
      <section className="card">
        <div className="page-header">
          <h2>Loss curves</h2>
          <SmoothingControls
            smoothing={smoothing}
            logScale={logScale}
            onSmoothing={setSmoothing}
            onLogScale={setLogScale}
          />
        </div>
        <div className="grid grid-charts">
          {LOSS_CHARTS.map((chart) => (
            <OverlayLossChart
              key={chart.loss}
              title={chart.title}
              loss={chart.loss}
              runs={chartRuns}
              smoothing={smoothing}
              logScale={logScale}
            />
          ))}
        </div>
      </section>
      <div className="grid grid-halves" style={{ marginTop: '1rem' }}>
        <section className="card">
          <div className="page-header">
            <h2>Metrics</h2>
            <label className="inline-label">
              Output
              <select value={output} onChange={(e) => setOutput(e.target.value as ScoreOutput)}>
                <SelectOptions values={SCORE_OUTPUTS} label={(o) => SCORE_OUTPUT_LABELS[o]} />
              </select>
            </label>
          </div>
          <CompareMetricsTable runs={runs} colors={colors} output={output} />
          <p className="muted">
            Newest evaluation of each run's model on its test set; the best value is bold.
          </p>
        </section>
        <section className="card">
          <h2>Parameters</h2>
          <CompareParamsTable runs={runs} colors={colors} />
        </section>
      </div>
    </div>
  );
}
