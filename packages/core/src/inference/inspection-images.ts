/**
 * The three PNGs an inspection keeps: the inspected image itself, the heat map of its scoring map and the
 * overlay of one on the other, all at the image's own size. Pure pixel work (no TF.js), so it runs in a
 * worker thread of the API's render pool as well as in the CLI.
 */
import { encodePng, heatmapRgb, overlayRgb } from '../image/encode-png.ts';
import { mapAtImageSize } from '../image/resize-map.ts';
import type { RgbImage } from '../image/rgb-image.ts';

export interface InspectionImages {
  image: Uint8Array;
  heatmap: Uint8Array;
  overlay: Uint8Array;
}

/** `map` is the model-size (size×size) scoring map, upsampled here to the image's size. */
export async function renderInspectionImages(
  image: RgbImage,
  map: Float32Array,
  size: number,
): Promise<InspectionImages> {
  const sized = mapAtImageSize(map, size, image.width, image.height);
  const [png, heatmap, overlay] = await Promise.all([
    encodePng(image),
    encodePng(heatmapRgb(sized, image.width, image.height)),
    encodePng(overlayRgb(image, sized, image.width, image.height)),
  ]);
  return { image: png, heatmap, overlay };
}
