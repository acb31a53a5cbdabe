/**
 * The pixel pool's worker thread (pixel-pool.ts): reading an upload's base64, and drawing an inspection's
 * heat map, overlay and PNGs. It imports only pixel code (`@destseg/core/inspection-images`, no TF.js), so
 * a fresh worker starts in well under a second.
 */
import { type InspectionImages, renderInspectionImages } from '@destseg/core/inspection-images';
import { type Base64Image, readBase64Image } from '../services/base64-image.ts';

export interface RenderTask {
  width: number;
  height: number;
  /** RGB bytes, row-major. */
  data: Uint8Array;
  /** The model-size scoring map. */
  map: Float32Array;
  size: number;
}

export interface ReadBase64Task {
  base64: string;
  maxBytes: number;
}

export function render(task: RenderTask): Promise<InspectionImages> {
  return renderInspectionImages(
    { width: task.width, height: task.height, data: task.data },
    task.map,
    task.size,
  );
}

export function readBase64(task: ReadBase64Task): Base64Image {
  return readBase64Image(task.base64, task.maxBytes);
}
