/**
 * Eval-mode conv+BatchNorm(+ReLU) folded into one fused convolution against the written-out form
 * conv → (y − μ)/√(σ² + ε)·γ + β → ReLU, on random weights and statistics (cpu), and the fold cache: reused
 * while the weights stay, recomputed after an assign, freed with the store.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { type ConvOp, convBn, foldedConvBn } from '../../src/model/conv-bn.ts';
import { atrousConv2d, conv2d } from '../../src/model/layers.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { BN_EPS } from '../../src/ops/batch-norm.ts';
import { relativeError } from '../support/backend-compare.ts';

await tf.setBackend('cpu');

const EVAL = { training: false, stats: [] };

function randomStore(seed: number, k: number, inC: number, outC: number): ParamStore {
  const p = new ParamStore();
  p.addTrainable('c.weight', tf.randomNormal([k, k, inC, outC], 0, 0.3, 'float32', seed));
  p.addTrainable('b.weight', tf.randomUniform([outC], 0.5, 1.5, 'float32', seed + 1));
  p.addTrainable('b.bias', tf.randomNormal([outC], 0, 0.5, 'float32', seed + 2));
  p.addBuffer('b.running_mean', tf.randomNormal([outC], 0, 0.5, 'float32', seed + 3));
  p.addBuffer('b.running_var', tf.randomUniform([outC], 0.2, 2, 'float32', seed + 4));
  return p;
}

function writtenOut(p: ParamStore, x: tf.Tensor4D, op: ConvOp, relu: boolean): tf.Tensor4D {
  return tf.tidy(() => {
    const w = p.get<tf.Rank.R4>('c.weight');
    const y = 'atrousRate' in op ? atrousConv2d(x, w, op.atrousRate) : conv2d(x, w, op.stride, op.pad);
    const bn = p.bn('b');
    const normalised = tf.add(
      tf.mul(tf.div(tf.sub(y, bn.runningMean), tf.sqrt(tf.add(bn.runningVar, BN_EPS))), bn.gamma),
      bn.beta,
    ) as tf.Tensor4D;
    return relu ? tf.relu(normalised) : normalised;
  });
}

const CASES: { k: number; op: ConvOp; relu: boolean }[] = [
  { k: 7, op: { stride: 2, pad: 3 }, relu: true },
  { k: 3, op: { stride: 1, pad: 1 }, relu: false },
  { k: 3, op: { stride: 2, pad: 1 }, relu: true },
  { k: 1, op: { stride: 2, pad: 0 }, relu: false },
  { k: 3, op: { atrousRate: 2 }, relu: true },
  // On the 9×9 map: rate 6 leaves some taps in the padding, rate 12 all but the centre.
  { k: 3, op: { atrousRate: 6 }, relu: false },
  { k: 3, op: { atrousRate: 12 }, relu: true },
];

test('eval-mode convBn (folded, fused) equals conv → BatchNorm → ReLU written out', () => {
  for (const [i, c] of CASES.entries()) {
    const p = randomStore(10 * i, c.k, 5, 6);
    const x = tf.randomNormal([2, 9, 9, 5], 0, 1, 'float32', 10 * i + 9) as tf.Tensor4D;
    const folded = convBn(p, x, 'c', 'b', c.op, EVAL, c.relu);
    const reference = writtenOut(p, x, c.op, c.relu);
    const error = relativeError(folded.dataSync() as Float32Array, reference.dataSync() as Float32Array);
    assert.ok(error < 1e-5, `${JSON.stringify(c)}: relative error ${error}`);
    tf.dispose([x, folded, reference]);
    p.dispose();
  }
});

test('folded weights are computed once per weight version and freed with the store', () => {
  const before = tf.memory().numTensors;
  const p = randomStore(3, 3, 4, 4);
  const first = foldedConvBn(p, 'c', 'b');
  const tensors = tf.memory().numTensors;
  const again = foldedConvBn(p, 'c', 'b');
  assert.equal(again.filter, first.filter, 'same tensors while the weights stay');
  assert.equal(tf.memory().numTensors, tensors, 'no new tensors for a cache hit');
  const oldFilter = first.filter.dataSync().slice();
  const w = p.get('c.weight') as tf.Variable;
  const twice = tf.mul(w, 2);
  w.assign(twice);
  twice.dispose();
  const updated = foldedConvBn(p, 'c', 'b');
  assert.notEqual(updated.filter, first.filter, 'recomputed after an assign');
  assert.ok(first.filter.isDisposed, 'the stale fold is freed');
  const doubled = updated.filter.dataSync();
  for (let i = 0; i < doubled.length; i++) {
    assert.ok(Math.abs((doubled[i] as number) - 2 * (oldFilter[i] as number)) < 1e-5);
  }
  p.dispose();
  assert.equal(tf.memory().numTensors, before);
});
