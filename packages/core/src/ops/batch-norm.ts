/**
 * Train-mode BatchNorm in PyTorch conventions and the running-statistics update after each step. Each op
 * runs the fused webgpu kernels when the active backend has them (backend/webgpu-batchnorm.ts), else the
 * written-out tfjs form: the same function up to float rounding. Eval mode is folded into the preceding
 * convolution (model/conv-bn.ts).
 */
import * as tf from '@tensorflow/tfjs';
import {
  fusedBatchNormAvailable,
  fusedBatchNormTrain,
  fusedRunningStats,
} from '../backend/webgpu-batchnorm.ts';

export const BN_EPS = 1e-5;
export const BN_MOMENTUM = 0.1;

export interface BatchNormParams {
  gamma: tf.Tensor1D;
  beta: tf.Tensor1D;
  runningMean: tf.Tensor1D;
  runningVar: tf.Tensor1D;
}

/** Batch statistics of one train-mode BatchNorm call, kept for the running-stat update after the step. */
export interface BatchStats {
  name: string;
  mean: tf.Tensor1D;
  /** The biased batch variance; running_var takes the unbiased one, variance·count/(count − 1), as PyTorch. */
  variance: tf.Tensor1D;
  /** Values per channel, N·H·W. */
  count: number;
}

/**
 * Train-mode BatchNorm, then ReLU when `relu`: normalises with the biased batch variance and records the
 * batch mean and variance (kept out of the enclosing tidy) so that `updateRunningStats` can update the
 * running stats with momentum 0.1 after the step.
 */
export function batchNormTrain(
  x: tf.Tensor4D,
  p: BatchNormParams,
  name: string,
  stats: BatchStats[],
  relu: boolean,
): tf.Tensor4D {
  const count = x.shape[0] * x.shape[1] * x.shape[2];
  const record = (mean: tf.Tensor1D, variance: tf.Tensor1D): void => {
    stats.push({ name, mean: tf.keep(mean.clone()), variance: tf.keep(variance.clone()), count });
  };
  if (fusedBatchNormAvailable()) {
    const { y, mean, variance } = fusedBatchNormTrain(x, p.gamma, p.beta, BN_EPS, relu);
    record(mean, variance);
    return y;
  }
  const { mean, variance } = tf.moments(x, [0, 1, 2]);
  record(mean as tf.Tensor1D, variance as tf.Tensor1D);
  // Written out (not tf.batchNorm) so the gradient through the batch statistics is plain autodiff.
  const scale = tf.mul(p.gamma, tf.rsqrt(tf.add(variance, BN_EPS)));
  const y = tf.add(tf.mul(tf.sub(x, mean), scale), p.beta) as tf.Tensor4D;
  return relu ? tf.relu(y) : y;
}

/** The running statistics a BatchNorm named `name` updates: its `.running_mean` and `.running_var`. */
export interface RunningStats {
  get(name: string): tf.Tensor;
}

/**
 * running ← (1 − momentum)·running + momentum·batch, with the unbiased batch variance for running_var,
 * then frees the batch statistics. On webgpu every statistic is updated by one multi-tensor op.
 */
export function updateRunningStats(p: RunningStats, stats: BatchStats[]): void {
  const keep = 1 - BN_MOMENTUM;
  const updates = stats.flatMap((s) => [
    { running: p.get(`${s.name}.running_mean`) as tf.Variable, batch: s.mean, take: BN_MOMENTUM },
    {
      running: p.get(`${s.name}.running_var`) as tf.Variable,
      batch: s.variance,
      take: BN_MOMENTUM * (s.count / Math.max(s.count - 1, 1)),
    },
  ]);
  tf.tidy(() => {
    const updated = fusedBatchNormAvailable()
      ? fusedRunningStats(updates, keep)
      : updates.map((u) => tf.add(tf.mul(u.running, keep), tf.mul(u.batch, u.take)));
    for (const [i, u] of updates.entries()) u.running.assign(updated[i] as tf.Tensor);
  });
  for (const s of stats) tf.dispose([s.mean, s.variance]);
}
