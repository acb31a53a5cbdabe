/** Helpers for comparing backends: deterministic inputs, a relative error, and skip-if-unavailable. */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { type ConcreteBackend, selectBackend } from '../../src/backend/select-backend.ts';
import { isDestsegError } from '../../src/errors.ts';
import { Rng } from '../../src/random/rng.ts';

/** Deterministic values in [-0.5, 0.5), identical on every backend. */
export function randomValues(size: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = rng.uniform() - 0.5;
  return out;
}

/** Largest absolute difference relative to the largest reference magnitude. */
export function relativeError(actual: Float32Array | number, expected: Float32Array | number): number {
  const a = typeof actual === 'number' ? [actual] : actual;
  const e = typeof expected === 'number' ? [expected] : expected;
  assert.equal(a.length, e.length, 'sizes differ');
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < e.length; i++) {
    diff = Math.max(diff, Math.abs((a[i] as number) - (e[i] as number)));
    scale = Math.max(scale, Math.abs(e[i] as number));
  }
  return diff / scale;
}

/** Selects the backend, or skips the test when it cannot load here (webgpu without an adapter). */
export async function selectOrSkip(backend: ConcreteBackend, t: TestContext): Promise<boolean> {
  try {
    await selectBackend(backend, (msg) => t.diagnostic(msg));
    return true;
  } catch (error) {
    if (isDestsegError(error) && error.code === 'BACKEND_UNAVAILABLE') {
      t.skip(`${backend} unavailable here: ${error.message}`);
      return false;
    }
    throw error;
  }
}

/**
 * Runs `run` on every case on cpu (the written-out tfjs form), then on webgpu (the fused kernels, which
 * `available` must confirm), and asserts every named output within `tolerance` and no tensor left behind
 * on webgpu. Skips when webgpu has no adapter.
 */
export async function expectWebgpuMatchesCpu<C>(
  t: TestContext,
  cases: readonly C[],
  run: (c: C, index: number) => Promise<Record<string, Float32Array>>,
  opts: { available: () => boolean; tolerance: number },
): Promise<void> {
  if (!(await selectOrSkip('cpu', t))) return;
  const reference: Record<string, Float32Array>[] = [];
  for (const [i, c] of cases.entries()) reference.push(await run(c, i));
  if (!(await selectOrSkip('webgpu', t))) return;
  assert.ok(opts.available(), 'the fused kernels are registered on webgpu');
  const before = tf.memory().numTensors;
  for (const [i, c] of cases.entries()) {
    const fused = await run(c, i);
    const expected = reference[i] as Record<string, Float32Array>;
    for (const [key, values] of Object.entries(expected)) {
      const error = relativeError(fused[key] as Float32Array, values);
      t.diagnostic(`${JSON.stringify(c)} ${key}: relative error ${error.toExponential(2)}`);
      assert.ok(error <= opts.tolerance, `${JSON.stringify(c)} ${key}: relative error ${error}`);
    }
  }
  assert.equal(tf.memory().numTensors, before, 'no tensor left behind');
}
