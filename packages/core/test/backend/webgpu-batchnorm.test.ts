/**
 * The fused train-mode BatchNorm(+ReLU) kernels on webgpu against the written-out tfjs form on the cpu
 * backend, on random inputs: output, recorded batch statistics, and the gradients in x, γ and β through a
 * random upstream gradient; the running-statistics update. webgpu runs on llvmpipe here and in CI (the same WGSL as on a GPU); skipped
 * without an adapter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { fusedBatchNormAvailable } from '../../src/backend/webgpu-batchnorm.ts';
import { type BatchStats, batchNormTrain } from '../../src/model/layers.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { defineBatchNorm } from '../../src/model/resnet.ts';
import { updateRunningStats } from '../../src/train/train-steps.ts';
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

async function runningStatsAfterUpdate(channels: number, seed: number): Promise<Float32Array[]> {
  const p = new ParamStore();
  defineBatchNorm(p, 'bn', channels);
  const stats: BatchStats[] = [
    {
      name: 'bn',
      mean: tf.tensor1d(randomValues(channels, seed)),
      variance: tf.tensor1d(randomValues(channels, seed + 1).map((v) => v + 1)),
      count: 50,
    },
  ];
  updateRunningStats(p, stats);
  const out = [
    (await p.get('bn.running_mean').data()) as Float32Array,
    (await p.get('bn.running_var').data()) as Float32Array,
  ];
  p.dispose();
  return out;
}

test('webgpu fused running-statistics update matches the written-out form on cpu', async (t) => {
  if (!(await selectOrSkip('cpu', t))) return;
  const reference = await runningStatsAfterUpdate(70, 3);
  if (!(await selectOrSkip('webgpu', t))) return;
  const before = tf.memory().numTensors;
  const fused = await runningStatsAfterUpdate(70, 3);
  for (const [i, values] of fused.entries()) {
    assert.ok(relativeError(values, reference[i] as Float32Array) <= 1e-6, `statistic ${i}`);
  }
  assert.equal(tf.memory().numTensors, before, 'no tensor left behind');
});
