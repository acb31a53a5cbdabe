import assert from 'node:assert/strict';
import { test } from 'node:test';
import { augment, augmentationGroupFor } from '../../src/data/augmentation.ts';
import { rotateRgbPil } from '../../src/image/rotate.ts';
import { Rng } from '../../src/random/rng.ts';

const img = {
  width: 32,
  height: 32,
  data: Uint8Array.from({ length: 32 * 32 * 3 }, (_, i) => (i * 13) % 256),
};

test('category groups follow the official code; unknown names are not rotated', () => {
  assert.equal(augmentationGroupFor('capsule'), 'none');
  assert.equal(augmentationGroupFor('transistor'), 'none');
  assert.equal(augmentationGroupFor('zipper'), 'slight');
  assert.equal(augmentationGroupFor('cable'), 'slight');
  assert.equal(augmentationGroupFor('screw'), 'full');
  assert.equal(augmentationGroupFor('carpet'), 'full');
  assert.equal(augmentationGroupFor('bsdata-pitting'), 'none');
  assert.equal(augmentationGroupFor('toString'), 'none');
});

test('none leaves the image and the generator untouched', () => {
  const rng = new Rng(1);
  assert.equal(augment(img, 'none', rng), img);
  assert.deepEqual(rng.state, new Rng(1).state);
});

test('slight rotates once by U(-5, 5); full by a quarter turn first', () => {
  for (let seed = 0; seed < 4; seed++) {
    const ref = new Rng(seed);
    const slight = rotateRgbPil(img, ref.range(-5, 5));
    assert.deepEqual(augment(img, 'slight', new Rng(seed)), slight);

    const ref2 = new Rng(seed);
    const quarter = 90 * ref2.int(4);
    const full = rotateRgbPil(rotateRgbPil(img, quarter), ref2.range(-5, 5));
    assert.deepEqual(augment(img, 'full', new Rng(seed)), full);
  }
});

test('rotated corners are filled with grey 114', () => {
  const rng = new Rng(3);
  let filled = 0;
  for (let i = 0; i < 20; i++) {
    const out = augment(img, 'slight', rng);
    if (out.data[0] === 114 && out.data[1] === 114 && out.data[2] === 114) filled++;
  }
  assert.ok(filled > 0);
});
