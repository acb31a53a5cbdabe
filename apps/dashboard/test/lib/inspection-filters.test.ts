import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesServerFilters, originVariables, sinceFor } from '../../lib/inspection-filters.ts';

test('the time window starts on a whole minute; all time has no start', () => {
  const now = Date.parse('2026-01-02T10:30:45.123Z');
  assert.equal(sinceFor(1, now), '2026-01-02T09:30:00.000Z');
  assert.equal(sinceFor(0, now), null);
});

test('part, lot and station become exact-match variables; blanks match anything', () => {
  assert.deepEqual(originVariables({ part: ' P-100 ', lot: '', station: '  ' }), {
    partId: 'P-100',
    lotId: null,
    stationId: null,
  });
});

test('a pushed inspection is kept only when it matches the server-side filters', () => {
  const item = {
    verdict: 'DEFECT' as const,
    createdAt: '2026-01-02T10:00:00.000Z',
    partId: 'P-100',
    lotId: 'LOT7',
    stationId: null,
  };
  assert.ok(matchesServerFilters(item, {}));
  assert.ok(matchesServerFilters(item, { verdict: 'DEFECT', partId: 'P-100', lotId: 'LOT7' }));
  assert.ok(!matchesServerFilters(item, { partId: 'P-1' }));
  assert.ok(!matchesServerFilters(item, { stationId: 'S-1' }));
  assert.ok(!matchesServerFilters(item, { verdict: 'OK' }));
  assert.ok(!matchesServerFilters(item, { since: '2026-01-02T10:00:01.000Z' }));
});
