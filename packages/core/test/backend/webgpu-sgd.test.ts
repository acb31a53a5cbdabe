/**
 * The fused SGD-momentum kernels on webgpu against the written-out update on cpu: three steps (the first
 * without velocity) of two parameter groups with and without weight decay, on random weights and gradients.
 * webgpu runs on llvmpipe here and in CI; skipped without an adapter.
 */
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { fusedSgdAvailable } from '../../src/backend/webgpu-sgd.ts';
import { SgdMomentum } from '../../src/train/sgd.ts';
import { expectWebgpuMatchesCpu, randomValues } from '../support/backend-compare.ts';

const SHAPES = [[3, 3, 8, 16], [16], [1, 1, 300, 7]];

/** Weights and velocities after three steps, by name. */
async function runSteps(weightDecay: number): Promise<Record<string, Float32Array>> {
  // The tidy frees each initial value; the variables survive it.
  const params = SHAPES.map((shape, i) =>
    tf.tidy(() => tf.variable(tf.tensor(randomValues(tf.util.sizeFromShape(shape), i), shape), true)),
  );
  const optimizer = new SgdMomentum(
    [
      { name: 'a', lr: 0.4, params: new Map([['p0', params[0] as tf.Variable]]) },
      { name: 'b', lr: 0.01, params: new Map(params.slice(1).map((p, i) => [`p${i + 1}`, p])) },
    ],
    0.9,
    weightDecay,
  );
  for (let step = 0; step < 3; step++) {
    const grads: tf.NamedTensorMap = {};
    for (const [i, p] of params.entries()) {
      grads[p.name] = tf.tensor(randomValues(p.size, 100 * step + i), p.shape);
    }
    optimizer.step(grads);
    tf.dispose(Object.values(grads));
  }
  const out: Record<string, Float32Array> = {};
  for (const [i, p] of params.entries()) out[`weight ${i}`] = (await p.data()) as Float32Array;
  for (const [name, v] of Object.entries(await optimizer.toArrays())) out[`velocity ${name}`] = v.data;
  optimizer.dispose();
  tf.dispose(params);
  return out;
}

test('webgpu fused SGD-momentum matches the written-out update on cpu', async (t) => {
  await expectWebgpuMatchesCpu(t, [1e-4, 0], (weightDecay) => runSteps(weightDecay), {
    available: fusedSgdAvailable,
    tolerance: 1e-6,
  });
});
