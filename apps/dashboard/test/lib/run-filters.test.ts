import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareRunsHref, parseComparedIds } from '../../lib/run-compare-url.ts';
import { runDurationSeconds } from '../../lib/run-elapsed.ts';
import { matchesRunFilters, NO_RUN_FILTERS, runFilterVariables } from '../../lib/run-filters.ts';
import { parseTags } from '../../lib/run-tags.ts';

const run = { name: 'Baseline', named: true, tags: ['sweep'], status: 'SUCCEEDED' as const };

test('a pushed run matches the filters as the API would', () => {
  assert.ok(matchesRunFilters(run, NO_RUN_FILTERS));
  assert.ok(matchesRunFilters(run, { search: ' base', tag: 'sweep', status: 'SUCCEEDED' }));
  assert.ok(!matchesRunFilters(run, { ...NO_RUN_FILTERS, tag: 'swe' }));
  assert.ok(!matchesRunFilters(run, { ...NO_RUN_FILTERS, status: 'FAILED' }));
  // The API searches stored names only, not the default 'run 3'.
  assert.ok(
    !matchesRunFilters({ ...run, name: 'run 3', named: false }, { ...NO_RUN_FILTERS, search: 'run' }),
  );
  assert.deepEqual(runFilterVariables({ search: '  ', tag: '', status: '' }), {
    search: null,
    tag: null,
    status: null,
  });
});

test('tags, compare links and durations', () => {
  assert.deepEqual(parseTags(' a, b,,a , c d '), ['a', 'b', 'c d']);
  assert.deepEqual(
    parseComparedIds(new URL(`http://x${compareRunsHref(['VHI6MQ', 'VHI6Mg'])}`).searchParams.get('ids')),
    ['VHI6MQ', 'VHI6Mg'],
  );
  assert.equal(runDurationSeconds({ startedAt: null, finishedAt: null }), null);
  assert.equal(
    runDurationSeconds({ startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:01:05Z' }),
    65,
  );
  assert.equal(
    runDurationSeconds(
      { startedAt: '2026-01-01T00:00:00Z', finishedAt: null },
      Date.parse('2026-01-01T00:00:10Z'),
    ),
    10,
  );
});
