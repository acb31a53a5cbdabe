/**
 * PyTorch ↔ engine conventions for comparing against tensors the official code wrote: the official
 * segmentation net's parameter names mapped to ours, and NCHW / OIHW layouts to and from NHWC / HWIO.
 */
import * as tf from '@tensorflow/tfjs';
import type { SafeTensor } from '../../src/io/safetensors.ts';

/** Official `SegmentationNet` prefixes (torch `state_dict` names) → ours (segmentation-net.ts). */
const SEG_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['seg.head.0.aspp_feature_extractors.0.1.conv.', 'seg.aspp.pool.conv.'],
  ['seg.head.0.aspp_feature_extractors.0.1.norm.', 'seg.aspp.pool.bn.'],
  ['seg.head.0.aspp_feature_extractors.1.conv.', 'seg.aspp.rate6.conv.'],
  ['seg.head.0.aspp_feature_extractors.1.norm.', 'seg.aspp.rate6.bn.'],
  ['seg.head.0.aspp_feature_extractors.2.conv.', 'seg.aspp.rate12.conv.'],
  ['seg.head.0.aspp_feature_extractors.2.norm.', 'seg.aspp.rate12.bn.'],
  ['seg.head.0.aspp_feature_extractors.3.conv.', 'seg.aspp.rate18.conv.'],
  ['seg.head.0.aspp_feature_extractors.3.norm.', 'seg.aspp.rate18.bn.'],
  ['seg.head.0.aspp_fusion_layer.conv.', 'seg.aspp.fuse.conv.'],
  ['seg.head.0.aspp_fusion_layer.norm.', 'seg.aspp.fuse.bn.'],
  ['seg.head.1.', 'seg.head.conv.'],
  ['seg.head.2.', 'seg.head.bn.'],
  ['seg.head.4.', 'seg.out.'],
  ['seg.res.', 'seg.res.'],
];

/** `seg.head.0.aspp_fusion_layer.norm.weight` → `seg.aspp.fuse.bn.weight`; unknown names throw. */
export function ourSegName(torchName: string): string {
  for (const [from, to] of SEG_PREFIXES) {
    if (torchName.startsWith(from)) return to + torchName.slice(from.length);
  }
  throw new Error(`no mapping for the official segmentation-net tensor ${torchName}`);
}

/** A torch tensor in our layout: OIHW kernels → HWIO; every other rank as is. */
export function parameterFromTorch(t: SafeTensor): tf.Tensor {
  return tf.tidy(() => {
    const x = tf.tensor(t.data, t.shape, 'float32');
    return t.shape.length === 4 ? tf.transpose(x, [2, 3, 1, 0]) : x;
  });
}

/** Our parameter values (HWIO kernels) flattened in torch's layout (OIHW). */
export function parameterToTorchOrder(values: Float32Array, shape: readonly number[]): Float32Array {
  if (shape.length !== 4) return values;
  // A plain permutation on the host: no backend read-back (webgpu has no synchronous one under Node).
  const [h, w, i, o] = shape as [number, number, number, number];
  const out = new Float32Array(values.length);
  for (let oo = 0; oo < o; oo++)
    for (let ii = 0; ii < i; ii++)
      for (let hh = 0; hh < h; hh++)
        for (let ww = 0; ww < w; ww++)
          out[((oo * i + ii) * h + hh) * w + ww] = values[((hh * w + ww) * i + ii) * o + oo] as number;
  return out;
}

/** An NCHW activation as NHWC. */
export function activationFromTorch(t: SafeTensor): tf.Tensor4D {
  return tf.tidy(() =>
    tf.transpose(tf.tensor4d(t.data, t.shape as [number, number, number, number], 'float32'), [0, 2, 3, 1]),
  );
}

/** An NHWC activation's values in NCHW order (read back, then permuted on the host). */
export async function activationToTorchOrder(x: tf.Tensor4D): Promise<Float32Array> {
  const [n, h, w, c] = x.shape;
  const nhwc = (await x.data()) as Float32Array;
  const out = new Float32Array(nhwc.length);
  for (let b = 0; b < n; b++)
    for (let y = 0; y < h; y++)
      for (let xx = 0; xx < w; xx++)
        for (let ch = 0; ch < c; ch++)
          out[((b * c + ch) * h + y) * w + xx] = nhwc[((b * h + y) * w + xx) * c + ch] as number;
  return out;
}
