/**
 * ImageNet normalisation into float HWC (one NHWC batch item), as the teacher expects:
 * (x - mean) / std per channel with x in [0, 1]. Two forms, kept on purpose:
 * - `normalizeImagenet` (inference, evaluation, the ONNX parity images): uint8 input, every step rounded to
 *   float32 as torchvision's ToTensor + Normalize, so the teacher input is bit-identical to PyTorch's.
 * - `normalizeImagenetUnit` (training batches): float input in [0, 1] (the synthetic anomalies are blended
 *   in floats, never rounded to uint8), computed in double and rounded once. Training in the float32-step
 *   form was tried (issue 15): with it a tiny 2-step model at lr 0.4 diverged, so the training form stays.
 */
import type { RgbImage } from './rgb-image.ts';

export const IMAGENET_MEAN = [0.485, 0.456, 0.406] as const;
export const IMAGENET_STD = [0.229, 0.224, 0.225] as const;

/** Normalises `img` into `out` (length width*height*3) at `offset`, or into a new array. */
export function normalizeImagenet(img: RgbImage, out?: Float32Array, offset = 0): Float32Array {
  const n = img.width * img.height * 3;
  const dst = out ?? new Float32Array(n);
  if (offset + n > dst.length) {
    throw new RangeError(`normalizeImagenet: output holds ${dst.length} values, needs ${offset + n}`);
  }
  // torchvision computes ToTensor and Normalize in float32; rounding each step the same way
  // keeps the teacher input identical to PyTorch's.
  const f = Math.fround;
  const mean = IMAGENET_MEAN.map(f);
  const std = IMAGENET_STD.map(f);
  const src = img.data;
  for (let i = 0; i < n; i += 3) {
    for (let c = 0; c < 3; c++) {
      dst[offset + i + c] = f(f(f((src[i + c] as number) / 255) - (mean[c] as number)) / (std[c] as number));
    }
  }
  return dst;
}

/** [0, 1] HWC floats → ImageNet-normalised, written into `out` at `offset` (the training form). */
export function normalizeImagenetUnit(src: Float32Array, out: Float32Array, offset: number): void {
  for (let i = 0; i < src.length; i++) {
    const c = i % 3;
    out[offset + i] = ((src[i] as number) - (IMAGENET_MEAN[c] as number)) / (IMAGENET_STD[c] as number);
  }
}
