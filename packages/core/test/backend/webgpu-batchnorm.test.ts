/**
 * The fused train-mode BatchNorm(+ReLU) kernels on webgpu against the written-out tfjs form on the cpu
 * backend, on random inputs: output, recorded batch statistics, and the gradients in x, γ and β through a
 * random upstream gradient; the running-statistics update of several layers at once. webgpu runs on llvmpipe
 * here and in CI (the same WGSL as on a GPU); skipped without an adapter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { fusedBatchNormAvailable } from '../../src/backend/webgpu-batchnorm.ts';
import { countWebGPUWork, workBetween } from '../../src/backend/webgpu-counters.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { defineBatchNorm } from '../../src/model/resnet.ts';
import { type BatchStats, batchNormTrain, updateRunningStats } from '../../src/ops/batch-norm.ts';
import {
  expectWebgpuMatchesCpu,
  randomValues,
  relativeError,
  selectOrSkip,
} from '../support/backend-compare.ts';

const TOLERANCE = 1e-4;

const CASES: { shape: [number, number, number, number]; relu: boolean }[] = [
  { shape: [2, 5, 7, 3], relu: true },
  { shape: [2, 9, 9, 70], relu: false },
  { shape: [4, 16, 16, 64], relu: true },
  { shape: [3, 32, 32, 130], relu: false },
];

/** Named outputs (a type, so it fits a Record of arrays). */
type Outcome = {
  y: Float32Array;
  mean: Float32Array;
  variance: Float32Array;
  dx: Float32Array;
  dGamma: Float32Array;
  dBeta: Float32Array;
};

async function runCase(c: (typeof CASES)[number], seed: number): Promise<Outcome> {
  const size = tf.util.sizeFromShape(c.shape);
  const channels = c.shape[3];
  // Shifted and scaled per case so the batch statistics are far from 0 and 1.
  const x = tf.tidy(() => tf.add(tf.mul(tf.tensor4d(randomValues(size, seed), c.shape), 3), 0.7));
  const upstream = tf.tensor4d(randomValues(size, seed + 1), c.shape);
  const gamma = tf.tensor1d(randomValues(channels, seed + 2).map((v) => v + 1));
  const beta = tf.tensor1d(randomValues(channels, seed + 3));
  const stats: BatchStats[] = [];
  const forward = (xs: tf.Tensor, g: tf.Tensor, b: tf.Tensor): tf.Tensor4D =>
    batchNormTrain(
      xs as tf.Tensor4D,
      {
        gamma: g as tf.Tensor1D,
        beta: b as tf.Tensor1D,
        runningMean: g as tf.Tensor1D,
        runningVar: g as tf.Tensor1D,
      },
      'bn',
      stats,
      c.relu,
    );
  const y = tf.tidy(() => forward(x, gamma, beta));
  const grads = tf.grads((xs, g, b) => tf.sum(tf.mul(forward(xs, g, b), upstream)))([x, gamma, beta]);
  const [dx, dGamma, dBeta] = grads as [tf.Tensor, tf.Tensor, tf.Tensor];
  const first = stats[0] as BatchStats;
  const outcome: Outcome = {
    y: (await y.data()) as Float32Array,
    mean: (await first.mean.data()) as Float32Array,
    variance: (await first.variance.data()) as Float32Array,
    dx: (await dx.data()) as Float32Array,
    dGamma: (await dGamma.data()) as Float32Array,
    dBeta: (await dBeta.data()) as Float32Array,
  };
  tf.dispose([x, upstream, gamma, beta, y, ...grads, ...stats.flatMap((s) => [s.mean, s.variance])]);
  return outcome;
}

test('webgpu fused train-mode BatchNorm(+ReLU) matches the written-out form on cpu', async (t) => {
  await expectWebgpuMatchesCpu(t, CASES, (c, i) => runCase(c, 10 * i), {
    available: fusedBatchNormAvailable,
    tolerance: TOLERANCE,
  });
});

/** BatchNorm layers of these channel counts: 8 statistics, more than one dispatch takes on llvmpipe. */
const RUNNING_CHANNELS = [70, 3, 130, 16];

/**
 * Every running statistic after one update from random running values and batch statistics, and on webgpu
 * the dispatches of the update.
 */
async function runningStatsAfterUpdate(
  seed: number,
): Promise<{ values: Float32Array[]; dispatches: number }> {
  const p = new ParamStore();
  const stats: BatchStats[] = RUNNING_CHANNELS.map((channels, i) => {
    const name = `bn${i}`;
    defineBatchNorm(p, name, channels);
    const s = seed + 10 * i;
    tf.tidy(() => {
      (p.get(`${name}.running_mean`) as tf.Variable).assign(tf.tensor1d(randomValues(channels, s)));
      (p.get(`${name}.running_var`) as tf.Variable).assign(
        tf.tensor1d(randomValues(channels, s + 1).map((v) => v + 1)),
      );
    });
    return {
      name,
      mean: tf.tensor1d(randomValues(channels, s + 2)),
      variance: tf.tensor1d(randomValues(channels, s + 3).map((v) => v + 1)),
      count: 50 * (i + 1),
    };
  });
  const work = tf.getBackend() === 'webgpu' ? countWebGPUWork(tf.backend() as WebGPUBackend) : null;
  const start = work?.();
  updateRunningStats(p, stats);
  const dispatches = work && start ? workBetween(start, work()).dispatches : 0;
  const out: Float32Array[] = [];
  for (const [i] of RUNNING_CHANNELS.entries()) {
    out.push((await p.get(`bn${i}.running_mean`).data()) as Float32Array);
    out.push((await p.get(`bn${i}.running_var`).data()) as Float32Array);
  }
  p.dispose();
  return { values: out, dispatches };
}

test('webgpu fused running-statistics update matches the written-out form on cpu', async (t) => {
  if (!(await selectOrSkip('cpu', t))) return;
  const reference = (await runningStatsAfterUpdate(3)).values;
  if (!(await selectOrSkip('webgpu', t))) return;
  const before = tf.memory().numTensors;
  const { values: fused, dispatches } = await runningStatsAfterUpdate(3);
  for (const [i, values] of fused.entries()) {
    const error = relativeError(values, reference[i] as Float32Array);
    t.diagnostic(`statistic ${i}: relative error ${error.toExponential(2)}`);
    assert.ok(error <= 1e-6, `statistic ${i}`);
  }
  // 8 statistics, 3 buffers each: ⌈8 / ⌊16 / 3⌋⌉ = 2 dispatches on llvmpipe, 1 where more bindings are allowed.
  t.diagnostic(`${fused.length} statistics, ${dispatches} dispatches`);
  const perDispatch = Math.min(
    16,
    Math.floor((tf.backend() as WebGPUBackend).device.limits.maxStorageBuffersPerShaderStage / 3),
  );
  assert.equal(dispatches, Math.ceil(fused.length / perDispatch));
  assert.equal(tf.memory().numTensors, before, 'no tensor left behind');
});
