/**
 * The multi-tensor SGD-momentum kernel on webgpu against the written-out update on cpu: three steps (the
 * first without velocity) of two parameter groups with and without weight decay, on random weights and
 * gradients. One parameter has no gradient on the first step, so the second step mixes parameters with and
 * without velocity, and the larger group needs several dispatches. webgpu runs on llvmpipe here and in CI;
 * skipped without an adapter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { countWebGPUWork, workBetween } from '../../src/backend/webgpu-counters.ts';
import { fusedSgdAvailable } from '../../src/backend/webgpu-sgd.ts';
import { SgdMomentum } from '../../src/train/sgd.ts';
import { expectWebgpuMatchesCpu, randomValues, selectOrSkip } from '../support/backend-compare.ts';

const SHAPES = [[3, 3, 8, 16], [16], [1, 1, 300, 7], [5], [2, 3], [7, 1], [64], [3, 3, 3, 3], [1]];
/** Gets no gradient on step 0. */
const LATE_PARAM = 2;

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
      if (step === 0 && i === LATE_PARAM) continue;
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

test('webgpu fused SGD-momentum updates several parameters per dispatch', async (t) => {
  if (!(await selectOrSkip('webgpu', t))) return;
  const backend = tf.backend() as WebGPUBackend;
  const params = SHAPES.map((shape) => tf.variable(tf.zeros(shape), true));
  const optimizer = new SgdMomentum([
    { name: 'all', lr: 0.1, params: new Map(params.map((p, i) => [`p${i}`, p])) },
  ]);
  const grads = Object.fromEntries(params.map((p) => [p.name, tf.onesLike(p)]));
  optimizer.step(grads);
  const work = countWebGPUWork(backend);
  const before = work();
  optimizer.step(grads);
  const { dispatches, byProgram } = workBetween(before, work());
  assert.deepEqual(byProgram, { destsegSgd: dispatches }, 'every dispatch of the step is the SGD kernel');
  // 5 storage buffers per parameter with velocity, at most 16 parameters per dispatch.
  const perDispatch = Math.min(16, Math.floor(backend.device.limits.maxStorageBuffersPerShaderStage / 5));
  t.diagnostic(`${SHAPES.length} parameters, ${dispatches} dispatches`);
  assert.equal(dispatches, Math.ceil(SHAPES.length / perDispatch));
  assert.ok(dispatches < SHAPES.length);
  // w = 0, g = 1: w₁ = −0.1, then v₂ = 0.9 + (1 − 0.1·1e-4) and w₂ = w₁ − 0.1·v₂, in every parameter.
  for (const p of params) {
    for (const value of await p.data()) assert.ok(Math.abs(value + 0.289999) < 1e-6, `weight ${value}`);
  }
  optimizer.dispose();
  tf.dispose([...params, ...Object.values(grads)]);
});

test('webgpu fused SGD-momentum matches the written-out update on cpu', async (t) => {
  await expectWebgpuMatchesCpu(t, [1e-4, 0], (weightDecay) => runSteps(weightDecay), {
    available: fusedSgdAvailable,
    tolerance: 1e-6,
  });
});
