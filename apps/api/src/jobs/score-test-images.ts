/**
 * The image scores of every test image of a category, from the engine's public inspector: evaluateModel
 * reports metrics only, and thresholds are chosen on the per-image scores (histograms, false-alarm and miss
 * rates, the false-alarm-rate threshold). Images are prepared exactly as evaluateModel prepares them.
 */
import { relative } from 'node:path';
import { type Inspector, loadTestSample, scanMvtecCategory } from '@destseg/core';
import type { ImageScore } from './evaluation-protocol.ts';

export async function scoreTestImages(inspector: Inspector, dataDir: string): Promise<ImageScore[]> {
  const category = await scanMvtecCategory(dataDir);
  const scores: ImageScore[] = [];
  for (let start = 0; start < category.test.length; start += inspector.batchSize) {
    const chunk = category.test.slice(start, start + inspector.batchSize);
    const samples = await Promise.all(chunk.map((t) => loadTestSample(t, inspector.imageSize)));
    const predictions = await inspector.predict(samples.map((s) => s.image));
    for (const [i, t] of chunk.entries()) {
      const prediction = predictions[i];
      if (!prediction) throw new Error(`no prediction for ${t.path}`);
      scores.push({
        path: relative(category.root, t.path),
        defectType: t.defectType,
        defective: samples[i]?.label === 1,
        score: prediction.score,
        destScore: prediction.destScore,
      });
    }
  }
  return scores;
}
