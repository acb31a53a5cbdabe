import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { convBn } from '../../src/model/conv-bn.ts';
import { cosineLoss, downsampleMask } from '../../src/model/destseg/loss.ts';
import { atrousConv2d, conv2d, resizeBilinear } from '../../src/model/layers.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { defineBatchNorm } from '../../src/model/resnet.ts';
import { type BatchStats, batchNormTrain, updateRunningStats } from '../../src/ops/batch-norm.ts';
import { focalLoss, l1Loss } from '../../src/ops/seg-losses.ts';
import { SgdMomentum } from '../../src/train/sgd.ts';

await tf.setBackend('cpu');

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-5): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(
      Math.abs((actual[i] as number) - (expected[i] as number)) <= tol,
      `index ${i}: ${actual[i]} vs ${expected[i]}`,
    );
  }
}

test('stride-2 convs pad symmetrically (PyTorch padding=p), unlike TF "same"', () => {
  const x = tf.randomNormal([1, 8, 8, 2], 0, 1, 'float32', 1) as tf.Tensor4D;
  const w = tf.randomNormal([3, 3, 2, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
  const ours = conv2d(x, w, 2, 1);
  const explicit = tf.conv2d(
    tf.pad(x, [
      [0, 0],
      [1, 1],
      [1, 1],
      [0, 0],
    ]),
    w,
    2,
    'valid',
  );
  const same = tf.conv2d(x, w, 2, 'same');
  close(ours.dataSync(), explicit.dataSync());
  assert.deepEqual(ours.shape, [1, 4, 4, 4]);
  const differs = tf.max(tf.abs(tf.sub(ours, same))).dataSync()[0] as number;
  assert.ok(differs > 1e-3, 'TF same padding is asymmetric at stride 2');
});

test('bilinear resize uses half-pixel centres (align_corners=False)', () => {
  const up = resizeBilinear(tf.tensor4d([0, 1], [1, 1, 2, 1]), 1, 4);
  close(up.dataSync(), [0, 0.25, 0.75, 1]);
  const down = resizeBilinear(tf.tensor4d([0, 1, 2, 3, 4, 5, 6, 7], [1, 1, 8, 1]), 1, 2);
  // Output pixel i samples source position 4i + 1.5: the mean of pixels 4i+1 and 4i+2, no antialias.
  close(down.dataSync(), [1.5, 5.5]);
});

test('target mask: 256→64 style downsample averages rows/cols {4i+1, 4i+2}, then ≥ 0.5', () => {
  const m = new Float32Array(8 * 8);
  m[1 * 8 + 1] = 1; // one of the four averaged pixels of output (0,0): mean 0.25 → 0
  m[1 * 8 + 5] = 1;
  m[1 * 8 + 6] = 1; // two of four for output (0,1): mean 0.5 → 1
  const down = downsampleMask(tf.tensor4d(m, [1, 8, 8, 1]), 2, 2);
  close(down.dataSync(), [0, 1, 0, 0]);
});

test('train-mode BN normalises with the biased variance and records the unbiased one; eval mode uses the running stats', () => {
  const p = new ParamStore();
  defineBatchNorm(p, 'bn', 1);
  const x = tf.tensor4d([1, 2, 3, 6], [4, 1, 1, 1]);
  const stats: BatchStats[] = [];
  const y = batchNormTrain(x, p.bn('bn'), 'bn', stats, false);
  const mean = 3;
  const biased = (4 + 1 + 0 + 9) / 4;
  close(
    y.dataSync(),
    [1, 2, 3, 6].map((v) => (v - mean) / Math.sqrt(biased + 1e-5)),
  );
  close((stats[0] as BatchStats).variance.dataSync(), [biased]);
  updateRunningStats(p, stats);
  close(p.get('bn.running_mean').dataSync(), [0.9 * 0 + 0.1 * mean]);
  close(p.get('bn.running_var').dataSync(), [0.9 * 1 + 0.1 * (14 / 3)]);
  // Eval mode, folded into an identity 1×1 conv.
  p.addTrainable('id.weight', tf.ones([1, 1, 1, 1]));
  const evalY = convBn(p, x, 'id', 'bn', { stride: 1, pad: 0 }, { training: false, stats: [] }, false);
  const rm = 0.3;
  const rv = 0.9 + 1.4 / 3;
  close(
    evalY.dataSync(),
    [1, 2, 3, 6].map((v) => (v - rm) / Math.sqrt(rv + 1e-5)),
  );
  p.dispose();
});

/** The atrous conv as a sum over the nine taps of 1×1 convs on shifted slices: a second form to check gradients. */
function atrousByTaps(x: tf.Tensor4D, w: tf.Tensor4D, rate: number): tf.Tensor4D {
  const [n, h, wd, c] = x.shape;
  const padded = tf.pad(x, [
    [0, 0],
    [rate, rate],
    [rate, rate],
    [0, 0],
  ]);
  const terms: tf.Tensor4D[] = [];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const patch = tf.slice(padded, [0, i * rate, j * rate, 0], [n, h, wd, c]);
      terms.push(tf.conv2d(patch, tf.slice(w, [i, j, 0, 0], [1, 1, c, w.shape[3]]), 1, 'valid'));
    }
  }
  return tf.addN(terms);
}

test('the differentiable atrous conv equals the dilated conv, with the gradients of the tap sum', () => {
  for (const [size, rate] of [
    [9, 2],
    [16, 6],
    [16, 12],
    [16, 18],
    [20, 6],
    [7, 3],
  ] as const) {
    const x = tf.randomNormal([2, size, size, 3], 0, 1, 'float32', size) as tf.Tensor4D;
    const w = tf.randomNormal([3, 3, 3, 5], 0, 1, 'float32', rate) as tf.Tensor4D;
    const dy = tf.randomNormal([2, size, size, 5], 0, 1, 'float32', size + rate);
    const reference = tf.conv2d(x, w, 1, 'same', 'NHWC', rate);
    close(atrousConv2d(x, w, rate).dataSync(), reference.dataSync(), 1e-4);
    const grads = (conv: typeof atrousConv2d) =>
      tf.grads((xt: tf.Tensor, wt: tf.Tensor) => conv(xt as tf.Tensor4D, wt as tf.Tensor4D, rate))(
        [x, w],
        dy,
      );
    const [dx, dw] = grads(atrousConv2d);
    const [dxTaps, dwTaps] = grads(atrousByTaps);
    close((dx as tf.Tensor).dataSync(), (dxTaps as tf.Tensor).dataSync(), 1e-4);
    close((dw as tf.Tensor).dataSync(), (dwTaps as tf.Tensor).dataSync(), 1e-4);
  }
});

test('cosine loss is summed over levels and batch, averaged over space', () => {
  // Level 1: identical features (distance 0); level 2: orthogonal (distance 1) for both samples.
  const a = tf.tensor4d([1, 0, 1, 0], [2, 1, 1, 2]);
  const b = tf.tensor4d([0, 1, 0, 1], [2, 1, 1, 2]);
  close(cosineLoss([a, a], [a, b]).dataSync(), [2]);
});

test('focal (γ=4, no α, mean) and L1 losses match hand computation', () => {
  const p = tf.tensor4d([0.9, 0.2, 0.5, 1e-50], [1, 2, 2, 1]);
  const m = tf.tensor4d([1, 0, 1, 1], [1, 2, 2, 1]);
  const terms = [
    -Math.log(0.9) * 0.1 ** 4,
    -Math.log(0.8) * 0.2 ** 4,
    -Math.log(0.5) * 0.5 ** 4,
    100 * 1 ** 4, // log clamped at −100, as PyTorch BCE
  ];
  close(focalLoss(p, m).dataSync(), [terms.reduce((s, t) => s + t, 0) / 4], 1e-4);
  close(l1Loss(p, m).dataSync(), [(0.1 + 0.2 + 0.5 + 1) / 4], 1e-6);
});

test('SGD: momentum 0.9, weight decay on every parameter, v₀ = g (torch.optim.SGD)', () => {
  const w = tf.variable(tf.tensor1d([1, -2]));
  const opt = new SgdMomentum([{ name: 'g', lr: 0.1, params: new Map([['w', w]]) }], 0.9, 0.01);
  const g1 = [0.5, 0.25];
  opt.step({ [w.name]: tf.tensor1d(g1) });
  const d1 = [0.5 + 0.01 * 1, 0.25 + 0.01 * -2];
  const w1 = [1 - 0.1 * (d1[0] as number), -2 - 0.1 * (d1[1] as number)];
  close(w.dataSync(), w1);
  opt.step({ [w.name]: tf.tensor1d(g1) });
  const d2 = g1.map((g, i) => g + 0.01 * (w1[i] as number));
  const v2 = d1.map((v, i) => 0.9 * v + (d2[i] as number));
  close(
    w.dataSync(),
    w1.map((x, i) => x - 0.1 * (v2[i] as number)),
  );
  opt.dispose();
  w.dispose();
});
