import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../../src/errors.ts';
import { normalizeImagenet } from '../../src/image/normalize.ts';
import { assignTorchvisionTeacher, defineTeacher, teacher } from '../../src/model/destseg/teacher.ts';
import { loadTeacherWeights } from '../../src/model/destseg/teacher-weights.ts';
import { ParamStore } from '../../src/model/param-store.ts';
import { readReference, TEACHER_PATH } from '../support/shared.ts';

test('teacher features match the PyTorch reference to 1e-4 relative per layer', async () => {
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
