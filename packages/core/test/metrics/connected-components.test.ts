import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelComponents } from '../../src/metrics/connected-components.ts';

/** Parses rows like '1.1' (1 = defect) into a mask. */
function mask(...rows: string[]): Uint8Array {
  return Uint8Array.from(rows.join('').split(''), (c) => (c === '1' ? 1 : 0));
}

test('diagonal neighbours are connected (8-connectivity)', () => {
  const { labels, count } = labelComponents([mask('1.1', '.1.', '1..')], 3, 3);
  assert.equal(count, 1);
  assert.deepEqual([...labels], [1, 0, 1, 0, 1, 0, 1, 0, 0]);
});

test('separate blobs get separate labels in raster order of their first pixel', () => {
  const { labels, count } = labelComponents([mask('11..', '....', '..11', '1...')], 4, 4);
  assert.equal(count, 3);
  assert.deepEqual([...labels], [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 3, 0, 0, 0]);
});

test('branches that meet later are merged into one component', () => {
  // Three vertical branches; the first two meet on row 2, the third only through row 3's last pixel.
  const m = mask('1..1.1', '1..1.1', '1111.1', '....1.', '111111');
  const { labels, count } = labelComponents([m], 6, 5);
  assert.equal(count, 1);
  assert.deepEqual([...labels], [...m]);
});

test('labels are unique across images and empty masks add none', () => {
  const { labels, count } = labelComponents([mask('1.', '..'), mask('..', '..'), mask('.1', '.1')], 2, 2);
  assert.equal(count, 2);
  assert.deepEqual([...labels], [1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2]);
});
