import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paperReferenceFor } from '../../lib/paper-reference.ts';

test('MVTec categories have the paper row as fractions; others have none', () => {
  const screw = paperReferenceFor('screw');
  assert.ok(screw);
  assert.ok(Math.abs(screw.iap90 - 0.086) < 1e-12);
  assert.equal(paperReferenceFor('Metal_Nut')?.pixelAp, 0.935);
  assert.equal(paperReferenceFor('synthetic-widget'), null);
});
