/**
 * `@destseg/core/pixels`: the engine's pixel code without TF.js or onnxruntime (decoding, the training
 * resize, the inspection PNGs), for worker threads that must start fast, such as the API's pixel pool.
 */
export { decodeImage } from './image/decode-image.ts';
export { resizeRgbPil } from './image/pil-resize.ts';
export type { RgbImage } from './image/rgb-image.ts';
export { type InspectionImages, renderInspectionImages } from './inference/inspection-images.ts';
