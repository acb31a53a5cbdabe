/**
 * The webgpu speed patches against plain references: the device-side Sum/Mean gradients and the Tile
 * gradient on every backend (gradients are global in tfjs), and the tiled Conv2DBackpropFilter against the cpu backend on random
 * inputs. webgpu runs on llvmpipe here and in CI (the same WGSL as on a GPU); skipped without an adapter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { deviceGradientsEnabled } from '../../src/backend/device-gradients.ts';
import { type ConcreteBackend, selectBackend } from '../../src/backend/select-backend.ts';
import { countWebGPUWork, workBetween } from '../../src/backend/webgpu-counters.ts';
import { conv2DBackpropFilterTiled, splitCount } from '../../src/backend/webgpu-kernels.ts';
import { enabledPatches } from '../../src/backend/webgpu-patches.ts';
import { randomValues, relativeError, selectOrSkip } from '../support/backend-compare.ts';
import { ASYMMETRIC_PADDING_CONV, type ConvCase, filterGradients } from '../support/conv-filter-gradients.ts';

const TOLERANCE = 1e-4;

const REDUCTIONS: { shape: number[]; axis: number[]; keepDims: boolean }[] = [
  { shape: [2, 5, 6, 7], axis: [0, 1, 2], keepDims: false },
  { shape: [2, 5, 6, 7], axis: [0, 1, 2, 3], keepDims: false },
  { shape: [3, 4, 5, 2], axis: [1, 2, 3], keepDims: false },
  { shape: [3, 4, 5, 6], axis: [3], keepDims: true },
  { shape: [4, 9], axis: [0], keepDims: true },
];

/** The flat index in `shape` of the element at `coords`, each coordinate mapped by `coord(d, c)` first. */
function remappedIndex(coords: number[], shape: number[], coord: (d: number, c: number) => number): number {
  const strides = tf.util.computeStrides(shape);
  return coords.reduce((j, c, d) => j + coord(d, c) * (strides[d] ?? 1), 0);
}

/** The coordinates of flat index i in `shape`. */
function coordinatesOf(i: number, shape: number[]): number[] {
  const strides = tf.util.computeStrides(shape);
  let rest = i;
  return shape.map((_, d) => {
    const stride = strides[d] ?? 1;
    const c = Math.floor(rest / stride);
    rest -= c * stride;
    return c;
  });
}

/** dL/dx of a sum (or mean) over `axis` for upstream gradient dy: dy broadcast back (÷ count for the mean). */
function expectedGradient(shape: number[], axis: number[], dy: Float32Array, mean: boolean): Float32Array {
  const reducedShape = shape.map((d, i) => (axis.includes(i) ? 1 : d));
  const count = tf.util.sizeFromShape(shape) / tf.util.sizeFromShape(reducedShape);
  const out = new Float32Array(tf.util.sizeFromShape(shape));
  for (let i = 0; i < out.length; i++) {
    const j = remappedIndex(coordinatesOf(i, shape), reducedShape, (d, c) => (axis.includes(d) ? 0 : c));
    out[i] = mean ? (dy[j] as number) / count : (dy[j] as number);
  }
  return out;
}

test('DESTSEG_WEBGPU_PATCHES parses all, none and lists', () => {
  assert.deepEqual([...enabledPatches(undefined)].sort(), [
    'conv-filter',
    'device-constants',
    'fused-batchnorm',
    'fused-cosine',
    'fused-seg-loss',
    'fused-sgd',
    'write-buffer-uploads',
  ]);
  assert.deepEqual([...enabledPatches('none')], []);
  assert.deepEqual([...enabledPatches('conv-filter')], ['conv-filter']);
  assert.throws(() => enabledPatches('fast'), /unknown patch 'fast'/);
});

test('DESTSEG_DEVICE_GRADIENTS is on by default, off on request, and not a webgpu patch', () => {
  assert.equal(deviceGradientsEnabled(undefined), true);
  assert.equal(deviceGradientsEnabled(''), true);
  assert.equal(deviceGradientsEnabled('on'), true);
  assert.equal(deviceGradientsEnabled('off'), false);
  assert.throws(() => deviceGradientsEnabled('none'), /DESTSEG_DEVICE_GRADIENTS must be on or off/);
  assert.equal(enabledPatches('all').has('device-gradients' as never), false);
  assert.throws(() => enabledPatches('device-gradients'), /unknown patch 'device-gradients'/);
});

for (const backend of ['cpu', 'wasm', 'webgpu'] as ConcreteBackend[]) {
  test(`${backend}: Sum and Mean gradients equal dy broadcast back`, async (t) => {
    if (!(await selectOrSkip(backend, t))) return;
    const before = tf.memory().numTensors;
    for (const [i, c] of REDUCTIONS.entries()) {
      for (const mean of [false, true]) {
        const x = tf.tensor(randomValues(tf.util.sizeFromShape(c.shape), i), c.shape);
        const reduce = (v: tf.Tensor) =>
          mean ? tf.mean(v, c.axis, c.keepDims) : tf.sum(v, c.axis, c.keepDims);
        const outShape = tf.tidy(() => reduce(x).shape);
        const dyValues = randomValues(tf.util.sizeFromShape(outShape), 100 + i);
        const dy = tf.tensor(dyValues, outShape);
        const grad = tf.grad(reduce)(x, dy);
        const actual = (await grad.data()) as Float32Array;
        const error = relativeError(actual, expectedGradient(c.shape, c.axis, dyValues, mean));
        assert.ok(
          error <= TOLERANCE,
          `${mean ? 'mean' : 'sum'} ${JSON.stringify(c)}: ${error.toExponential(2)}`,
        );
        tf.dispose([x, dy, grad]);
      }
    }
    assert.equal(tf.memory().numTensors, before, 'tensors leaked');
  });
}

/** Tiles of x: ASPP's broadcast of a pooled [n, 1, 1, C] map, and repeats along several axes at once. */
const TILES: { shape: number[]; reps: number[] }[] = [
  { shape: [2, 1, 1, 5], reps: [1, 3, 4, 1] },
  { shape: [3, 2], reps: [2, 3] },
  { shape: [2, 3, 4], reps: [2, 1, 3] },
  { shape: [2, 3], reps: [1, 1] },
];

/** dL/dx of tile(x, reps) for upstream gradient dy: every repeat's dy added into the element it copies. */
function expectedTileGradient(shape: number[], reps: number[], dy: Float32Array): Float32Array {
  const outShape = shape.map((s, i) => s * (reps[i] as number));
  const out = new Float32Array(tf.util.sizeFromShape(shape));
  for (let i = 0; i < dy.length; i++) {
    const j = remappedIndex(coordinatesOf(i, outShape), shape, (d, c) => c % (shape[d] as number));
    out[j] = (out[j] as number) + (dy[i] as number);
  }
  return out;
}

for (const backend of ['cpu', 'wasm', 'webgpu'] as ConcreteBackend[]) {
  test(`${backend}: the Tile gradient sums dy over the repeats`, async (t) => {
    if (!(await selectOrSkip(backend, t))) return;
    const before = tf.memory().numTensors;
    for (const [i, c] of TILES.entries()) {
      const x = tf.tensor(randomValues(tf.util.sizeFromShape(c.shape), i), c.shape);
      const outShape = c.shape.map((s, d) => s * (c.reps[d] as number));
      const dyValues = randomValues(tf.util.sizeFromShape(outShape), 200 + i);
      const dy = tf.tensor(dyValues, outShape);
      const work = backend === 'webgpu' ? countWebGPUWork(tf.backend() as WebGPUBackend) : null;
      const start = work?.();
      const grad = tf.grad((v: tf.Tensor) => tf.tile(v, c.reps))(x, dy);
      if (work && start) {
        // tfjs-core's gradient slices and adds each repeat: 2·12 dispatches for the first case.
        const { dispatches } = workBetween(start, work());
        assert.ok(
          dispatches <= 4,
          `${JSON.stringify(c)}: ${dispatches} dispatches for tile and its gradient`,
        );
      }
      const error = relativeError(
        (await grad.data()) as Float32Array,
        expectedTileGradient(c.shape, c.reps, dyValues),
      );
      assert.ok(error <= TOLERANCE, `${JSON.stringify(c)}: ${error.toExponential(2)}`);
      tf.dispose([x, dy, grad]);
    }
    assert.equal(tf.memory().numTensors, before, 'tensors leaked');
  });
}

test('split-K: small filters split the batch × pixel sum, large GEMMs do not', () => {
  // 3×3×64→64 at 64×64 px, batch 32: 18 tiles, K = 131072.
  assert.ok(splitCount(576, 64, 32 * 64 * 64) >= 32);
  // 3×3×512→512 at 8×8 px, batch 2: 576 tiles, K = 128.
  assert.equal(splitCount(4608, 512, 128), 1);
  // Never a slice under 256 products.
  assert.equal(splitCount(27, 8, 1000), 3);
});

/** Shapes of the DeSTSeg convolutions at small size, plus ragged tiles, split-K and asymmetric padding. */
const CONVS: ConvCase[] = [
  { x: [2, 32, 32, 3], f: [7, 7, 3, 16], stride: 2, pad: 3 },
  { x: [2, 16, 16, 16], f: [3, 3, 16, 16], stride: 1, pad: 1 },
  { x: [2, 16, 16, 16], f: [3, 3, 16, 80], stride: 2, pad: 1 },
  { x: [2, 8, 8, 40], f: [1, 1, 40, 24], stride: 2, pad: 'valid' },
  { x: [1, 9, 9, 5], f: [3, 3, 5, 7], stride: 2, pad: 'same' },
  { x: [1, 10, 7, 4], f: [3, 2, 4, 3], stride: 3, pad: 'valid' },
  ASYMMETRIC_PADDING_CONV,
];

test('webgpu tiled Conv2DBackpropFilter matches cpu on random inputs', async (t) => {
  await selectBackend('cpu', () => {});
  const expected = await filterGradients(CONVS);
  if (!(await selectOrSkip('webgpu', t))) return;
  assert.equal(tf.getKernel('Conv2DBackpropFilter', 'webgpu')?.kernelFunc, conv2DBackpropFilterTiled);
  const before = tf.memory().numTensors;
  const actual = await filterGradients(CONVS);
  assert.equal(tf.memory().numTensors, before, 'tensors leaked');
  for (const [i, c] of CONVS.entries()) {
    const error = relativeError(actual[i] as Float32Array, expected[i] as Float32Array);
    t.diagnostic(`${JSON.stringify(c)}: relative error ${error.toExponential(2)}`);
    assert.ok(error <= TOLERANCE, `${JSON.stringify(c)}: relative error ${error.toExponential(2)}`);
  }
});
