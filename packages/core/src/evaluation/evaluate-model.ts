/**
 * `destseg eval`: a trained model on a category's test set, with the paper's metrics for the
 * segmentation output, the DeST branch and their fusion (`fuseMaps`), overall and per defect type
 * (each type against the good images, as MVTec reports are made), and the inference throughput seen.
 */
import { relative } from 'node:path';
import { loadTestSample, scanMvtecCategory, type TestSample } from '../data/mvtec-dataset.ts';
import type { MapPrediction, MapPredictor } from '../inference/map-predictor.ts';

import { evaluateMaps, type MetricReport } from '../metrics/map-metrics.ts';
import { scoreOutputMap } from '../model/destseg/anomaly-map.ts';

export interface OutputReport {
  overall: MetricReport;
  perDefectType: Record<string, MetricReport>;
}

/** One test image's scores, for histograms and threshold choices. */
export interface TestImageScore {
  /** Path inside the category folder. */
  path: string;
  defectType: string;
  /** The resized, thresholded mask marks at least one defect pixel (spec §8 image label). */
  defective: boolean;
  /** The segmentation output's image score. */
  segScore: number;
  destScore: number;
  /** The fused output's score, so every output can be thresholded on the test set. */
  fusedScore: number;
}

export interface EvaluationReport {
  dataDir: string;
  modelPath: string;
  imageCount: number;
  defectTypes: string[];
  seg: OutputReport;
  dest: OutputReport;
  /** √(seg·dest) per pixel: a remedy for defects much smaller than the synthetic ones. */
  fused: OutputReport;
  imageScores: TestImageScore[];
  /** Forward passes only (decoding excluded), images per second. */
  imagesPerSecond: number;
}

export interface EvaluateOptions {
  onProgress?: (done: number, total: number) => void;
}

export async function evaluateModel(
  inspector: MapPredictor,
  dataDir: string,
  opts: EvaluateOptions = {},
): Promise<EvaluationReport> {
  const category = await scanMvtecCategory(dataDir);
  const size = inspector.imageSize;
  const masks: Uint8Array[] = [];
  const segMaps: Float32Array[] = [];
  const destMaps: Float32Array[] = [];
  const fusedMaps: Float32Array[] = [];
  const imageScores: TestImageScore[] = [];
  let inferenceSeconds = 0;
  const total = category.test.length;
  for (let start = 0; start < total; start += inspector.batchSize) {
    const chunk = category.test.slice(start, start + inspector.batchSize);
    const samples = await Promise.all(chunk.map((t) => loadTestSample(t, size)));
    const t0 = performance.now();
    const predictions = await inspector.predict(samples.map((s) => s.image));
    inferenceSeconds += (performance.now() - t0) / 1000;
    for (const [i, s] of samples.entries()) {
      const p = predictions[i] as MapPrediction;
      const sample = chunk[i] as TestSample;
      const fused = scoreOutputMap(p, 'fused');
      masks.push(Uint8Array.from(s.mask));
      segMaps.push(p.segMap);
      destMaps.push(p.destMap);
      fusedMaps.push(fused.map);
      imageScores.push({
        path: relative(category.root, sample.path),
        defectType: sample.defectType,
        defective: s.label === 1,
        segScore: p.segScore,
        destScore: p.destScore,
        fusedScore: fused.score,
      });
    }
    opts.onProgress?.(Math.min(start + chunk.length, total), total);
  }
  const defectTypes = [...new Set(category.test.map((t) => t.defectType))].filter((t) => t !== 'good').sort();
  const report = (maps: Float32Array[]): OutputReport => {
    const subset = (keep: (type: string) => boolean) => {
      const idx = category.test.flatMap((t, i) => (keep(t.defectType) ? [i] : []));
      return evaluateMaps({
        maps: idx.map((i) => maps[i] as Float32Array),
        masks: idx.map((i) => masks[i] as Uint8Array),
        width: size,
        height: size,
      });
    };
    return {
      overall: subset(() => true),
      perDefectType: Object.fromEntries(defectTypes.map((d) => [d, subset((t) => t === d || t === 'good')])),
    };
  };
  return {
    dataDir: category.root,
    modelPath: inspector.modelPath,
    imageCount: total,
    defectTypes,
    seg: report(segMaps),
    dest: report(destMaps),
    fused: report(fusedMaps),
    imageScores,
    imagesPerSecond: inferenceSeconds > 0 ? total / inferenceSeconds : 0,
  };
}
