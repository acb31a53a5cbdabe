import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../src/errors.ts';
import { normalizeImagenet } from '../../src/image/normalize.ts';
import { encodeSafetensors } from '../../src/io/safetensors.ts';
import { assignTorchvisionTeacher, defineTeacher, teacher } from '../../src/model/destseg/teacher.ts';
import { loadTeacherWeights } from '../../src/model/destseg/teacher-weights.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { readReference, TEACHER_PATH } from '../support/shared.ts';

test('teacher features match the PyTorch reference to 1e-4 relative per layer', async (t) => {
  await tf.setBackend('cpu');
  const ref = await readReference();
  const weights = await loadTeacherWeights(TEACHER_PATH);
  const p = new ParamStore();
  defineTeacher(p);
  assignTorchvisionTeacher(p, weights.tensors, weights.source);
  for (const image of ['synthetic', 'bsdata_train0']) {
    const key =
      image === 'synthetic' ? 'image.synthetic.uint8_hwc' : 'image.bsdata_train0.pil_bilinear_256.uint8_hwc';
    const pixels = ref.get(key);
    assert.ok(pixels);
    const rgb = { width: 256, height: 256, data: Uint8Array.from(pixels.data) };
    const feats = tf.tidy(() => teacher(p, tf.tensor4d(normalizeImagenet(rgb), [1, 256, 256, 3])));
    for (const [k, f] of feats.entries()) {
      const expected = ref.get(`teacher.${image}.layer${k + 1}.nhwc`);
      assert.ok(expected);
      const got = await f.data();
      let diff = 0;
      let norm = 0;
      for (let i = 0; i < got.length; i++) {
        diff += ((got[i] as number) - (expected.data[i] as number)) ** 2;
        norm += (expected.data[i] as number) ** 2;
      }
      const rel = Math.sqrt(diff / norm);
      t.diagnostic(`${image} layer${k + 1}: relative L2 error ${rel.toExponential(2)}`);
      assert.ok(rel < 1e-4, `${image} layer${k + 1}: relative error ${rel}`);
    }
    tf.dispose(feats);
  }
  p.dispose();
});

test('a missing teacher file is a clear error naming the path', async () => {
  await assert.rejects(loadTeacherWeights('/nonexistent/teacher.safetensors'), (e: unknown) => {
    assert.ok(e instanceof DestsegError);
    assert.equal(e.code, 'TEACHER_WEIGHTS_MISSING');
    assert.match(e.message, /\/nonexistent\/teacher\.safetensors/);
    return true;
  });
});

test('teacher weights load from a URL, are cached, and a pinned sha256 is enforced', async () => {
  const bytes = await readFile(TEACHER_PATH);
  let requests = 0;
  const server = createServer((_req, res) => {
    requests++;
    res.end(bytes);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/resnet18.safetensors`;
  const cacheDir = await mkdtemp(join(tmpdir(), 'destseg-teacher-'));
  try {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const first = await loadTeacherWeights(url, { cacheDir, sha256 });
    assert.equal(first.sha256, sha256);
    assert.ok(first.tensors.has('layer3.1.bn2.running_var'));
    await loadTeacherWeights(url, { cacheDir });
    assert.equal(requests, 1, 'second load comes from the cache');
    await assert.rejects(loadTeacherWeights(url, { cacheDir, sha256: '0'.repeat(64) }), (e: unknown) => {
      assert.ok(e instanceof DestsegError);
      assert.equal(e.code, 'TEACHER_WEIGHTS_INVALID');
      assert.match(e.message, new RegExp(sha256));
      return true;
    });
  } finally {
    server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
});

test('a file that is not ResNet18 teacher weights is rejected naming the missing key', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'destseg-teacher-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'wrong.safetensors');
  await writeFile(path, encodeSafetensors({ 'fc.weight': { shape: [2], data: new Float32Array(2) } }));
  const weights = await loadTeacherWeights(path);
  const p = new ParamStore();
  defineTeacher(p);
  assert.throws(() => assignTorchvisionTeacher(p, weights.tensors, path), /lack "conv1\.weight"/);
  p.dispose();
  await writeFile(path, 'garbage');
  await assert.rejects(
    loadTeacherWeights(path),
    (e: unknown) => e instanceof DestsegError && e.code === 'TEACHER_WEIGHTS_INVALID',
  );
});
