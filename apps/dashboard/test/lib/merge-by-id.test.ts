import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeById, pushUpdate } from '../../lib/merge-by-id.ts';

test('pushed items replace queried ones with the same id and come first', () => {
  const merged = mergeById(
    [
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
    ],
    [
      { id: 'a', v: 0 },
      { id: 'b', v: 1 },
    ],
  );
  assert.deepEqual(merged, [
    { id: 'b', v: 2 },
    { id: 'c', v: 1 },
    { id: 'a', v: 0 },
  ]);
});

test('an update moves to the top without duplicates and the list stays bounded', () => {
  let list = pushUpdate(undefined, { id: 'a' });
  list = pushUpdate(list, { id: 'b' });
  list = pushUpdate(list, { id: 'a' }, 2);
  assert.deepEqual(
    list.map((x) => x.id),
    ['a', 'b'],
  );
  assert.equal(pushUpdate(list, { id: 'c' }, 2).length, 2);
});
