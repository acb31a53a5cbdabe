/**
 * The error rates a decision threshold implies on scored test images. An image is called a defect
 * when its score is >= the threshold (the engine's rule), so a false alarm is a good image at or
 * above it and a miss is a defective image below it.
 */
export interface ThresholdRates {
  falseAlarmRate: number | null;
  missRate: number | null;
}

export function thresholdRates(
  goodScores: readonly number[],
  defectScores: readonly number[],
  threshold: number,
): ThresholdRates {
  const falseAlarms = goodScores.filter((s) => s >= threshold).length;
  const misses = defectScores.filter((s) => s < threshold).length;
  return {
    falseAlarmRate: goodScores.length === 0 ? null : falseAlarms / goodScores.length,
    missRate: defectScores.length === 0 ? null : misses / defectScores.length,
  };
}
