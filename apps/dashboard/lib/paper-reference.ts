/**
 * DeSTSeg paper results on MVTec AD (mean over 5 seeds), shown as a reference row on the leaderboard.
 * Image AUROC is approximate in the paper's tables; AUPRO is not reported there.
 */
export interface PaperReference {
  imageAuroc: number;
  pixelAuroc: number;
  pixelAp: number;
  iap: number;
  iap90: number;
}

/** Values in percent, as printed in the paper. */
const PAPER_PERCENT: Record<string, readonly [number, number, number, number, number]> = {
  carpet: [98.9, 96.1, 72.8, 84.5, 58.6],
  grid: [99.7, 99.1, 61.5, 61.6, 47.4],
  leather: [100, 99.7, 75.6, 77.5, 65.3],
  tile: [100, 98.0, 90.0, 94.7, 86.5],
  wood: [97.1, 97.7, 81.9, 87.8, 76.4],
  bottle: [100, 99.2, 90.3, 90.5, 82.5],
  cable: [97.8, 97.3, 60.4, 51.1, 26.7],
  capsule: [97.0, 99.1, 56.3, 49.4, 27.3],
  hazelnut: [99.9, 99.6, 88.4, 87.7, 77.6],
  metal_nut: [99.5, 98.6, 93.5, 93.6, 86.5],
  pill: [97.2, 98.7, 83.1, 84.8, 61.1],
  screw: [93.6, 98.5, 58.7, 53.6, 8.6],
  toothbrush: [99.9, 99.3, 75.2, 59.8, 32.1],
  transistor: [98.5, 89.1, 64.8, 78.3, 49.6],
  zipper: [100, 99.1, 85.2, 90.6, 80.3],
};

/** The paper's row for an MVTec category name (as fractions in 0..1, like the API's metrics), or null. */
export function paperReferenceFor(category: string): PaperReference | null {
  const row = PAPER_PERCENT[category.toLowerCase()];
  if (!row) return null;
  const [imageAuroc, pixelAuroc, pixelAp, iap, iap90] = row.map((v) => v / 100) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { imageAuroc, pixelAuroc, pixelAp, iap, iap90 };
}
