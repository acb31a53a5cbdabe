/**
 * The fused stage-2 losses on webgpu against the written-out focal and L1 losses on cpu: values and the
 * gradient in the prediction through a random upstream gradient, on a binary mask and on a soft one, with
 * predictions near 0 and 1. webgpu runs on llvmpipe here and in CI; skipped without an adapter.
 */
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { fusedSegLossAvailable } from '../../src/backend/webgpu-seg-loss.ts';
import { segLosses } from '../../src/ops/seg-losses.ts';
import { expectWebgpuMatchesCpu, randomValues } from '../support/backend-compare.ts';

const SHAPE: [number, number, number, number] = [2, 16, 16, 1];

/** Named outputs (a type, so it fits a Record of arrays). */
type Outcome = {
  losses: Float32Array;
  grad: Float32Array;
};

async function runCase(soft: boolean, seed: number): Promise<Outcome> {
  const size = tf.util.sizeFromShape(SHAPE);
  // Logits in [-6, 6): predictions from 0.0025 to 0.9975.
  const logits = tf.tensor4d(
    randomValues(size, seed).map((v) => 12 * v),
    SHAPE,
  );
  // The binary mask is cast from bool, as the training target is: webgpu keeps its int32 buffer.
  const values = randomValues(size, seed + 1);
  const mask = soft
    ? tf.tensor4d(
        values.map((v) => v + 0.5),
        SHAPE,
      )
    : tf.tidy(() => tf.cast(tf.greater(tf.tensor4d(values, SHAPE), 0.2), 'float32') as tf.Tensor4D);
  const upstream = tf.tensor1d([0.7, -1.3]);
  const losses = tf.tidy(() => segLosses(tf.sigmoid(logits) as tf.Tensor4D, mask, 4));
  const grad = tf.grad((x: tf.Tensor) =>
    tf.sum(tf.mul(segLosses(tf.sigmoid(x) as tf.Tensor4D, mask, 4), upstream)),
  )(logits);
  const out = { losses: (await losses.data()) as Float32Array, grad: (await grad.data()) as Float32Array };
  tf.dispose([logits, mask, upstream, losses, grad]);
  return out;
}

test('webgpu fused focal + L1 losses and their gradient match the written-out form on cpu', async (t) => {
  await expectWebgpuMatchesCpu(t, ['binary', 'soft'] as const, (mask, i) => runCase(mask === 'soft', i + 1), {
    available: fusedSegLossAvailable,
    tolerance: 1e-4,
  });
});
