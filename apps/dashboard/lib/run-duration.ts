/**
 * Expected wall time of a training run with its automatic evaluation on the 2-core development box (wasm
 * backend), scaled from the engine benchmark: docs/PERFORMANCE.md, wasm at 64 px, batch 4 (stage-1 step
 * 2.71 s, stage-2 step 7.39 s, inference 1.72 s per 4 images). Step time grows with batch × pixels.
 */
import type { RunParamsForm } from './recipe-presets.ts';

const REFERENCE = {
  size: 64,
  batch: 4,
  stage1Seconds: 2.71,
  stage2Seconds: 7.39,
  inferSecondsPerImage: 0.43,
};
/** Worker processes starting, the teacher loading, checkpoints and the evaluation's bookkeeping. */
const OVERHEAD_SECONDS = 30;

export function expectedRunSeconds(
  params: Pick<RunParamsForm, 'batchSize' | 'steps' | 'stage1Steps'>,
  imageSize: number,
  testImages: number,
): number {
  const pixels = (imageSize / REFERENCE.size) ** 2;
  const perStep = (pixels * params.batchSize) / REFERENCE.batch;
  const stage1 = Math.min(params.stage1Steps, params.steps);
  const stage2 = params.steps - stage1;
  return (
    OVERHEAD_SECONDS +
    perStep * (stage1 * REFERENCE.stage1Seconds + stage2 * REFERENCE.stage2Seconds) +
    pixels * testImages * REFERENCE.inferSecondsPerImage
  );
}
