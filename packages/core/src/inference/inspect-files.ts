/**
 * `destseg inspect`: image files → scores plus heatmap and overlay PNGs at the original image size.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { decodeImage } from '../image/decode-image.ts';
import { encodePng, heatmapRgb, overlayRgb } from '../image/encode-png.ts';
import { mapAtImageSize } from '../image/resize-map.ts';
import { type ScoreOutput, scoreOutputMap } from '../model/destseg/anomaly-map.ts';
import type { MapPredictor } from './map-predictor.ts';

export interface InspectFileResult {
  image: string;
  /** Image score of the chosen output (the segmentation map by default). */
  score: number;
  destScore: number;
  heatmap: string;
  overlay: string;
}

export async function inspectFiles(
  inspector: MapPredictor,
  paths: readonly string[],
  outDir: string,
  opts: { output?: ScoreOutput; onResult?: (r: InspectFileResult) => void } = {},
): Promise<InspectFileResult[]> {
  await mkdir(outDir, { recursive: true });
  const results: InspectFileResult[] = [];
  for (let start = 0; start < paths.length; start += inspector.batchSize) {
    const chunk = paths.slice(start, start + inspector.batchSize);
    const images = await Promise.all(chunk.map((p) => decodeImage(p)));
    const predictions = await inspector.predict(images);
    for (const [i, path] of chunk.entries()) {
      const image = images[i];
      const prediction = predictions[i];
      if (!image || !prediction) continue;
      const chosen = scoreOutputMap(prediction, opts.output ?? 'seg');
      const map = mapAtImageSize(chosen.map, prediction.size, image.width, image.height);
      const stem = `${String(start + i).padStart(4, '0')}-${basename(path, extname(path))}`;
      const heatmap = join(resolve(outDir), `${stem}.heatmap.png`);
      const overlay = join(resolve(outDir), `${stem}.overlay.png`);
      await writeFile(heatmap, await encodePng(heatmapRgb(map, image.width, image.height)));
      await writeFile(overlay, await encodePng(overlayRgb(image, map, image.width, image.height)));
      const result = {
        image: path,
        score: chosen.score,
        destScore: prediction.destScore,
        heatmap,
        overlay,
      };
      results.push(result);
      opts.onResult?.(result);
    }
  }
  return results;
}
