import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOrigin, sinceFor } from '../../lib/inspection-filters.ts';

test('the time window starts on a whole minute; all time has no start', () => {
  const now = Date.parse('2026-01-02T10:30:45.123Z');
  assert.equal(sinceFor(1, now), '2026-01-02T09:30:00.000Z');
  assert.equal(sinceFor(0, now), null);
});

test('part, lot and station match as case-insensitive substrings; blanks match anything', () => {
  const item = { partId: 'P-100', lotId: 'LOT7', stationId: null };
  assert.ok(matchesOrigin(item, { part: 'p-1', lot: '', station: '' }));
  assert.ok(!matchesOrigin(item, { part: '', lot: 'lot8', station: '' }));
  assert.ok(!matchesOrigin(item, { part: '', lot: '', station: 's1' }));
});
