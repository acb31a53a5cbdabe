import { formatScore } from '@/lib/format.ts';

/**
 * Where a score sits against its threshold. The bar spans 0..2×threshold (or the score, if higher) so the
 * threshold is always in the middle-ish and both sides stay readable.
 */
export function ScoreGauge({ score, threshold }: { score: number; threshold: number }) {
  const span = Math.max(threshold * 2, score * 1.1, Number.EPSILON);
  const at = (v: number) => `${Math.min(100, Math.max(0, (v / span) * 100))}%`;
  return (
    <div>
      <div className="score-bar" aria-hidden="true">
        <div className="marker threshold" style={{ left: at(threshold) }} />
        <div className="marker score" style={{ left: at(score) }} />
      </div>
      <div className="muted">
        score <strong>{formatScore(score)}</strong> vs threshold <strong>{formatScore(threshold)}</strong> (
        {score >= threshold ? 'at or above: defect' : 'below: ok'})
      </div>
    </div>
  );
}
