import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base64OfDataUrl } from '../../lib/read-file-base64.ts';

test('the data URL header is dropped', () => {
  assert.equal(base64OfDataUrl('data:image/png;base64,iVBORw0KGgo='), 'iVBORw0KGgo=');
  assert.equal(base64OfDataUrl('abc'), 'abc');
});
