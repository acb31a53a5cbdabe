interface SmoothingControlsProps {
  smoothing: number;
  logScale: boolean;
  onSmoothing: (weight: number) => void;
  onLogScale: (on: boolean) => void;
}

/** TensorBoard's chart settings: EMA smoothing weight (0 = raw) and a logarithmic loss axis. */
export function SmoothingControls({ smoothing, logScale, onSmoothing, onLogScale }: SmoothingControlsProps) {
  return (
    <div className="row chart-controls" data-testid="chart-controls">
      <label className="inline-label">
        Smoothing
        <input
          type="range"
          min={0}
          max={0.99}
          step={0.01}
          value={smoothing}
          onChange={(e) => onSmoothing(Number(e.target.value))}
        />
        <output data-testid="smoothing-value">{smoothing.toFixed(2)}</output>
      </label>
      <label className="inline-label">
        <input type="checkbox" checked={logScale} onChange={(e) => onLogScale(e.target.checked)} />
        Log scale
      </label>
    </div>
  );
}
