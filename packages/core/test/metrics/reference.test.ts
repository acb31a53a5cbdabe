import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelComponents } from '../../src/metrics/connected-components.ts';
import { imageScore } from '../../src/metrics/image-score.ts';
import { evaluateMaps } from '../../src/metrics/map-metrics.ts';
import { loadMetricsReference } from './reference.ts';

function assertClose(actual: number | null, expected: number, tolerance: number, name: string): void {
  assert.ok(actual !== null, `${name} is null`);
  const diff = Math.abs(actual - expected);
  assert.ok(diff <= tolerance, `${name}: ${actual} vs official ${expected} (|diff| ${diff} > ${tolerance})`);
}

test('metrics match the official implementation on the shared reference problem', async () => {
  const ref = await loadMetricsReference();
  const { expected } = ref;
  const topK = expected.image_score_top_k;

  assert.equal(labelComponents(ref.masks, ref.width, ref.height).count, expected.n_instances_8conn);
  ref.maps.forEach((map, i) => {
    assertClose(imageScore(map, topK), expected.image_scores[i] as number, 1e-6, `image score ${i}`);
    const label = ref.masks[i]?.some((v) => v !== 0) ? 1 : 0;
    assert.equal(label, expected.image_labels[i], `image label ${i}`);
  });

  const report = evaluateMaps({
    maps: ref.maps,
    masks: ref.masks,
    topK,
    width: ref.width,
    height: ref.height,
  });
  assertClose(report.imageAuroc, expected.image_auroc, 1e-6, 'image AUROC');
  assertClose(report.pixelAuroc, expected.pixel_auroc, 1e-6, 'pixel AUROC');
  assertClose(report.pixelAp, expected.pixel_ap, 1e-6, 'pixel AP');
  assertClose(report.iap, expected.iap, 1e-6, 'IAP');
  assertClose(report.iap90, expected.iap90, 1e-6, 'IAP@90');
  // The official AUPRO resamples every instance curve in float32; the spec allows 1e-3.
  assertClose(report.aupro, expected['aupro_0.3'], 1e-3, 'AUPRO@0.3');
});
