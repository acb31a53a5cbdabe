/**
 * The fused cosine-distance kernel and its gradient on webgpu against the written-out tfjs form on cpu, on
 * random features, including a gradient in only one input (as stage 1 takes it: the student's features).
 * webgpu runs on llvmpipe here and in CI; skipped without an adapter.
 */
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { fusedCosineAvailable } from '../../src/backend/webgpu-cosine.ts';
import { cosineDistance } from '../../src/ops/cosine-distance.ts';
import { expectWebgpuMatchesCpu, randomValues } from '../support/backend-compare.ts';

const TOLERANCE = 1e-4;
const SHAPES: [number, number, number, number][] = [
  [2, 4, 5, 3],
  [2, 8, 8, 64],
  [1, 5, 3, 257],
];

/** Named outputs (a type, so it fits a Record of arrays). */
type Outcome = {
  distance: Float32Array;
  dA: Float32Array;
  dB: Float32Array;
  dAOnly: Float32Array;
};

async function runCase(shape: [number, number, number, number], seed: number): Promise<Outcome> {
  const size = tf.util.sizeFromShape(shape);
  const a = tf.tensor4d(randomValues(size, seed), shape);
  const b = tf.tensor4d(randomValues(size, seed + 1), shape);
  const upstream = tf.tensor4d(randomValues(size / shape[3], seed + 2), [shape[0], shape[1], shape[2], 1]);
  const loss = (x: tf.Tensor, y: tf.Tensor) =>
    tf.sum(tf.mul(cosineDistance(x as tf.Tensor4D, y as tf.Tensor4D), upstream));
  const distance = tf.tidy(() => cosineDistance(a, b));
  const [dA, dB] = tf.grads(loss)([a, b]) as [tf.Tensor, tf.Tensor];
  const dAOnly = tf.grad((x: tf.Tensor) => loss(x, b))(a);
  const out: Outcome = {
    distance: (await distance.data()) as Float32Array,
    dA: (await dA.data()) as Float32Array,
    dB: (await dB.data()) as Float32Array,
    dAOnly: (await dAOnly.data()) as Float32Array,
  };
  tf.dispose([a, b, upstream, distance, dA, dB, dAOnly]);
  return out;
}

test('webgpu fused cosine distance and its gradients match the written-out form on cpu', async (t) => {
  await expectWebgpuMatchesCpu(t, SHAPES, (shape, i) => runCase(shape, 10 * i), {
    available: fusedCosineAvailable,
    tolerance: TOLERANCE,
  });
});
