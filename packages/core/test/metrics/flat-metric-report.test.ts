import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenMetricReport, unflattenMetricReport } from '../../src/metrics/flat-metric-report.ts';
import type { MetricReport } from '../../src/metrics/map-metrics.ts';

const REPORT: MetricReport = {
  imageAuroc: 0.9,
  pixelAuroc: 0.8,
  pixelAp: null,
  iap: 0.5,
  iap90: 0.25,
  aupro: 0.7,
  imageF1Max: { f1: 0.6, threshold: 0.125 },
  pixelF1Max: { f1: null, threshold: null },
};

test('flattenMetricReport names the F1-max points imageF1/pixelF1 with their thresholds', () => {
  assert.deepEqual(flattenMetricReport(REPORT), {
    imageAuroc: 0.9,
    pixelAuroc: 0.8,
    pixelAp: null,
    iap: 0.5,
    iap90: 0.25,
    aupro: 0.7,
    imageF1: 0.6,
    imageF1Threshold: 0.125,
    pixelF1: null,
    pixelF1Threshold: null,
  });
});

test('unflattenMetricReport inverts it and ignores extra fields of a row', () => {
  const row = { id: 7, output: 'seg', defectType: 'overall', ...flattenMetricReport(REPORT) };
  assert.deepEqual(unflattenMetricReport(row), REPORT);
});
