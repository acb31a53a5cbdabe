/**
 * Every backend we may train on must produce the cpu backend's gradients for the ops DeSTSeg uses:
 * wasm needs our Conv2DBackpropFilter kernel, webgpu runs on llvmpipe in CI (skipped without an adapter).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { type ConcreteBackend, selectBackend } from '../../src/backend/select-backend.ts';
import { randomValues, relativeError, selectOrSkip } from '../support/backend-compare.ts';
import {
  ASYMMETRIC_PADDING_CONV,
  type ConvCase,
  type ExplicitPadding,
  filterGradients,
} from '../support/conv-filter-gradients.ts';

const TOLERANCE = 1e-4;
const quiet = () => {};

const SHAPES = {
  x: [2, 16, 16, 3],
  target: [2, 8, 8, 1],
  w1: [3, 3, 3, 8],
  gamma: [8],
  beta: [8],
  w2: [3, 3, 8, 8],
  w3: [1, 1, 8, 8],
  w4: [3, 3, 8, 8],
  w5: [3, 3, 8, 8],
  w6: [1, 1, 16, 1],
} as const;
type Name = keyof typeof SHAPES;
const NAMES = Object.keys(SHAPES) as Name[];
const TRAINABLE = NAMES.filter((name) => name !== 'target');

type Params = Record<Name, tf.Tensor>;

function makeParams(): Params {
  return Object.fromEntries(
    NAMES.map((name, i) => {
      const shape = [...SHAPES[name]];
      const raw = randomValues(tf.util.sizeFromShape(shape), 1000 + i);
      // Targets are 0/1 masks; gamma near 1 keeps the BN output well scaled.
      const values =
        name === 'target' ? raw.map((v) => (v > 0 ? 1 : 0)) : name === 'gamma' ? raw.map((v) => 1 + v) : raw;
      return [name, tf.tensor(values, shape)];
    }),
  ) as Params;
}

function batchNorm(x: tf.Tensor4D, gamma: tf.Tensor, beta: tf.Tensor): tf.Tensor4D {
  const mean = tf.mean(x, [0, 1, 2], true);
  const centred = tf.sub(x, mean);
  const variance = tf.mean(tf.square(centred), [0, 1, 2], true);
  return tf.add(tf.mul(tf.div(centred, tf.sqrt(tf.add(variance, 1e-5))), gamma), beta);
}

/** A tiny ResNet/DeSTSeg-like graph touching every op family the model trains through. */
function loss(p: Params): tf.Scalar {
  const x = p.x as tf.Tensor4D;
  const pad1: ExplicitPadding = [
    [0, 0],
    [1, 1],
    [1, 1],
    [0, 0],
  ];
  // Stride-2 conv with explicit symmetric padding, train-mode BN, ReLU, padded 3x3/s2 max-pool.
  const c1 = tf.conv2d(tf.pad(x, pad1), p.w1 as tf.Tensor4D, 2, 'valid');
  const r1 = tf.relu(batchNorm(c1, p.gamma, p.beta));
  const pooled = tf.maxPool(tf.pad(r1, pad1), 3, 2, 'valid');
  // Explicit-pad conv form, 1x1/s2 shortcut, TF 'same' at stride 2 (asymmetric), bilinear downsampling.
  const c2 = tf.conv2d(pooled, p.w2 as tf.Tensor4D, 1, pad1);
  const shortcut = tf.conv2d(r1, p.w3 as tf.Tensor4D, 2, 'valid');
  const c3 = tf.conv2d(r1, p.w4 as tf.Tensor4D, 2, 'same');
  const down = tf.image.resizeBilinear(r1, [4, 4], false, true);
  // Atrous 'same' conv with rate 2 written as spaceToBatchND -> conv -> batchToSpaceND.
  const blocks = tf.spaceToBatchND(
    tf.addN([c2, shortcut, down]),
    [2, 2],
    [
      [2, 2],
      [2, 2],
    ],
  );
  const atrous = tf.batchToSpaceND(
    tf.conv2d(blocks as tf.Tensor4D, p.w5 as tf.Tensor4D, 1, 'valid'),
    [2, 2],
    [
      [0, 0],
      [0, 0],
    ],
  );
  const up = tf.image.resizeBilinear(tf.add(tf.relu(atrous), c3) as tf.Tensor4D, [8, 8], false, true);
  const head = tf.conv2d(tf.concat([up, r1], 3), p.w6 as tf.Tensor4D, 1, 'valid');
  const prob = tf.clipByValue(tf.sigmoid(head), 1e-4, 1 - 1e-4);
  const bce = tf.neg(
    tf.mean(tf.add(tf.mul(p.target, tf.log(prob)), tf.mul(tf.sub(1, p.target), tf.log(tf.sub(1, prob))))),
  );
  const energy = tf.mul(tf.sum(tf.mul(up, up)), 1e-3);
  return tf.addN([bce, energy, tf.mean(tf.sqrt(tf.add(tf.square(c3), 1)))]) as tf.Scalar;
}

interface Result {
  loss: Float32Array;
  grads: Record<string, Float32Array>;
}

/** Runs on the active backend; reads back asynchronously (webgpu under Node cannot read synchronously). */
async function lossAndGradients(): Promise<Result> {
  const params = makeParams();
  const { value: lossValue, grads: gradients } = tf.valueAndGrads((...xs: tf.Tensor[]) =>
    loss({ ...params, ...Object.fromEntries(TRAINABLE.map((name, i) => [name, xs[i] as tf.Tensor])) }),
  )(TRAINABLE.map((name) => params[name]));
  const result: Result = { loss: (await lossValue.data()) as Float32Array, grads: {} };
  for (const [i, name] of TRAINABLE.entries()) {
    result.grads[name] = (await (gradients[i] as tf.Tensor).data()) as Float32Array;
  }
  tf.dispose([lossValue, gradients, Object.values(params)]);
  return result;
}

let reference: Result | undefined;

async function cpuReference(): Promise<Result> {
  if (reference === undefined) {
    await selectBackend('cpu', quiet);
    reference = await lossAndGradients();
  }
  return reference;
}

test('cpu gradients of the ResNet-like graph are finite and non-zero', async () => {
  const ref = await cpuReference();
  for (const [name, grad] of Object.entries(ref.grads)) {
    assert.ok(
      grad.every((v) => Number.isFinite(v)),
      `${name} has non-finite gradients`,
    );
    assert.ok(
      grad.some((v) => v !== 0),
      `${name} gradient is all zeros`,
    );
  }
});

for (const backend of ['wasm', 'webgpu'] as ConcreteBackend[]) {
  test(`${backend} loss and gradients match cpu within ${TOLERANCE}`, async (t) => {
    const ref = await cpuReference();
    if (!(await selectOrSkip(backend, t))) return;
    const tensorsBefore = tf.memory().numTensors;
    const started = performance.now();
    const result = await lossAndGradients();
    t.diagnostic(`${backend}: loss + gradients in ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(tf.memory().numTensors, tensorsBefore, 'tensors leaked');
    assert.ok(relativeError(result.loss, ref.loss) <= TOLERANCE, 'loss differs');
    for (const name of TRAINABLE) {
      const error = relativeError(result.grads[name] as Float32Array, ref.grads[name] as Float32Array);
      assert.ok(error <= TOLERANCE, `d loss / d ${name}: relative error ${error.toExponential(2)}`);
    }
  });
}

/** The wasm Conv2DBackpropFilter kernel against cpu on the padding/stride cases tfjs can pass it. */
test('wasm Conv2DBackpropFilter matches cpu for strides, same/valid/explicit padding', async () => {
  const cases: ConvCase[] = [
    { x: [2, 9, 9, 3], f: [3, 3, 3, 5], stride: 2, pad: 'same' },
    { x: [1, 10, 7, 4], f: [3, 3, 4, 2], stride: 2, pad: 'valid' },
    { x: [2, 8, 8, 3], f: [5, 5, 3, 4], stride: 1, pad: 'same' },
    { x: [1, 8, 9, 2], f: [3, 2, 2, 3], stride: 3, pad: 'valid' },
    ASYMMETRIC_PADDING_CONV,
  ];
  const run = async (backend: ConcreteBackend) => {
    await selectBackend(backend, quiet);
    return filterGradients(cases);
  };
  const expected = await run('cpu');
  const actual = await run('wasm');
  for (const [i, c] of cases.entries()) {
    const error = relativeError(actual[i] as Float32Array, expected[i] as Float32Array);
    assert.ok(error <= TOLERANCE, `${JSON.stringify(c)}: relative error ${error.toExponential(2)}`);
  }
});
