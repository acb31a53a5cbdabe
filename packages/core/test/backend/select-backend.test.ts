import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { type BackendName, selectBackend } from '../../src/backend/select-backend.ts';
import { dawnModeFromEnv } from '../../src/backend/webgpu-dawn.ts';
import { isDestsegError } from '../../src/errors.ts';

function collector(): { lines: string[]; log: (msg: string) => void } {
  const lines: string[] = [];
  return { lines, log: (msg) => lines.push(msg) };
}

function hasCode(code: string): (error: unknown) => boolean {
  return (error) => isDestsegError(error) && error.code === code;
}

for (const name of ['cpu', 'wasm'] as const) {
  test(`explicit '${name}' is activated, logged once and memoised`, async () => {
    const { lines, log } = collector();
    const first = await selectBackend(name, log);
    assert.equal(first.name, name);
    assert.equal(tf.getBackend(), name);
    assert.equal(lines.length, 1);
    assert.match(lines[0] as string, new RegExp(`^backend: ${name} \\(`));
    const second = await selectBackend(name, log);
    assert.equal(second, first);
    assert.equal(lines.length, 1, 'a repeated selection logs nothing');
  });
}

test('switching back re-activates the memoised backend', async () => {
  await selectBackend('wasm', () => {});
  await selectBackend('cpu', () => {});
  assert.equal(tf.getBackend(), 'cpu');
});

test('wasm selection registers the missing Conv2DBackpropFilter kernel', async () => {
  await selectBackend('wasm', () => {});
  assert.ok(tf.getKernel('Conv2DBackpropFilter', 'wasm'));
});

test("explicit 'tensorflow' without a native addon is BACKEND_UNAVAILABLE naming both packages", async (t) => {
  try {
    const choice = await selectBackend('tensorflow', () => {});
    t.skip(`a tfjs-node addon loads on this machine (${choice.detail})`);
  } catch (error) {
    assert.ok(hasCode('BACKEND_UNAVAILABLE')(error), String(error));
    assert.match(
      (error as Error).message,
      /backend 'tensorflow' is unavailable: tfjs-node-gpu: .+; tfjs-node: /,
    );
    // The failed loads must leave no half-registered 'tensorflow' kernels behind.
    assert.equal(tf.getKernelsForBackend('tensorflow').length, 0);
  }
});

test("'auto' picks a working backend, logs why, and never throws", async () => {
  const { lines, log } = collector();
  const choice = await selectBackend('auto', log);
  assert.ok(['tensorflow', 'webgpu', 'wasm', 'cpu'].includes(choice.name));
  assert.equal(tf.getBackend(), choice.name);
  assert.equal(lines.length, 1);
  assert.match(lines[0] as string, new RegExp(`^backend: ${choice.name} \\(`));
  const sum = tf.sum(tf.tensor([1, 2, 3]));
  assert.equal((await sum.data())[0], 6);
  sum.dispose();
});

test('DESTSEG_BACKEND is used when no backend is passed', async (t) => {
  const saved = process.env.DESTSEG_BACKEND;
  t.after(() => {
    if (saved === undefined) delete process.env.DESTSEG_BACKEND;
    else process.env.DESTSEG_BACKEND = saved;
  });
  process.env.DESTSEG_BACKEND = 'wasm';
  assert.equal((await selectBackend(undefined, () => {})).name, 'wasm');
  process.env.DESTSEG_BACKEND = 'cpu';
  assert.equal((await selectBackend(undefined, () => {})).name, 'cpu');
  assert.equal(tf.getBackend(), 'cpu');
  process.env.DESTSEG_BACKEND = 'tpu';
  await assert.rejects(
    selectBackend(undefined, () => {}),
    hasCode('CONFIG_INVALID'),
  );
});

test('unknown names are CONFIG_INVALID', async () => {
  await assert.rejects(
    selectBackend('gpu' as BackendName, () => {}),
    hasCode('CONFIG_INVALID'),
  );
  assert.throws(() => dawnModeFromEnv('metal'), hasCode('CONFIG_INVALID'));
  assert.equal(dawnModeFromEnv(undefined), 'auto');
  assert.equal(dawnModeFromEnv('opengl'), 'opengl');
});
