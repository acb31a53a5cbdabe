/**
 * Parameter initialisers in PyTorch conventions (spec §4.5), drawn from a seeded Rng so a seed
 * fixes the initial model. Kernels are returned in TF.js layout [kh, kw, in, out].
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../random/rng.ts';

/** Kaiming normal, fan_out, ReLU gain: std = sqrt(2 / (out·k·k)). */
export function kaimingNormalFanOut(rng: Rng, k: number, inC: number, outC: number): tf.Tensor4D {
  const std = Math.sqrt(2 / (outC * k * k));
  const data = new Float32Array(k * k * inC * outC);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal() * std;
  return tf.tensor4d(data, [k, k, inC, outC]);
}

/** PyTorch's default conv init (kaiming_uniform with a = √5): U(−1/√fan_in, 1/√fan_in). */
export function pytorchDefaultUniform(rng: Rng, shape: number[], fanIn: number): tf.Tensor {
  const bound = 1 / Math.sqrt(fanIn);
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) data[i] = rng.range(-bound, bound);
  return tf.tensor(data, shape);
}
