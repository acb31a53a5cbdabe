/**
 * A MetricReport as one flat record of numbers, the form the database stores (a column each) and
 * `destseg eval --json` writes: the F1-max points become imageF1/imageF1Threshold and
 * pixelF1/pixelF1Threshold.
 */
import type { MetricReport } from './map-metrics.ts';

export interface FlatMetricReport {
  imageAuroc: number | null;
  pixelAuroc: number | null;
  pixelAp: number | null;
  iap: number | null;
  iap90: number | null;
  aupro: number | null;
  imageF1: number | null;
  imageF1Threshold: number | null;
  pixelF1: number | null;
  pixelF1Threshold: number | null;
}

export function flattenMetricReport(m: MetricReport): FlatMetricReport {
  return {
    imageAuroc: m.imageAuroc,
    pixelAuroc: m.pixelAuroc,
    pixelAp: m.pixelAp,
    iap: m.iap,
    iap90: m.iap90,
    aupro: m.aupro,
    imageF1: m.imageF1Max.f1,
    imageF1Threshold: m.imageF1Max.threshold,
    pixelF1: m.pixelF1Max.f1,
    pixelF1Threshold: m.pixelF1Max.threshold,
  };
}

/** The MetricReport of a flat record (extra fields, such as a database row's keys, are ignored). */
export function unflattenMetricReport(f: FlatMetricReport): MetricReport {
  return {
    imageAuroc: f.imageAuroc,
    pixelAuroc: f.pixelAuroc,
    pixelAp: f.pixelAp,
    iap: f.iap,
    iap90: f.iap90,
    aupro: f.aupro,
    imageF1Max: { f1: f.imageF1, threshold: f.imageF1Threshold },
    pixelF1Max: { f1: f.pixelF1, threshold: f.pixelF1Threshold },
  };
}
