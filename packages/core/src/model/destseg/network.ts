/**
 * DeSTSeg forward pass (spec §4.3): teacher and student features, the segmentation input
 * concat_k up(−l2n(T_k)⊙l2n(S_k)) and the DeST branch map Π_k up(1 − Σ_c l2n(S_k)·l2n(T_k)).
 * Maps are at H/4 (64² for a 256² input), channels-last.
 */
import * as tf from '@tensorflow/tfjs';
import { cosineDistance, l2Normalize } from '../../ops/cosine-distance.ts';
import type { ForwardContext } from '../forward-context.ts';
import { resizeBilinear } from '../layers.ts';
import type { ParamStore } from '../param-store.ts';
import { segmentationNet } from './segmentation-net.ts';
import { student } from './student.ts';
import { teacher } from './teacher.ts';

export { student, teacher };

export function segInput(teacherFeats: tf.Tensor4D[], studentFeats: tf.Tensor4D[]): tf.Tensor4D {
  const [h, w] = (teacherFeats[0] as tf.Tensor4D).shape.slice(1, 3) as [number, number];
  const levels = teacherFeats.map((t, k) =>
    resizeBilinear(
      tf.neg(tf.mul(l2Normalize(t), l2Normalize(studentFeats[k] as tf.Tensor4D))) as tf.Tensor4D,
      h,
      w,
    ),
  );
  return tf.concat(levels, 3);
}

export function destMap(studentFeats: tf.Tensor4D[], teacherFeats: tf.Tensor4D[]): tf.Tensor4D {
  const [h, w] = (teacherFeats[0] as tf.Tensor4D).shape.slice(1, 3) as [number, number];
  const maps = studentFeats.map((s, k) =>
    resizeBilinear(cosineDistance(s, teacherFeats[k] as tf.Tensor4D), h, w),
  );
  return maps.reduce((acc, m) => tf.mul(acc, m));
}

export interface DestsegMaps {
  /** Segmentation output, N×h×w×1 in (0, 1). */
  seg: tf.Tensor4D;
  /** DeST branch map, N×h×w×1. */
  dest: tf.Tensor4D;
}

/** Inference forward (every module in eval mode); the teacher runs once since I = Ia. */
export function predictMaps(p: ParamStore, x: tf.Tensor4D): DestsegMaps {
  return tf.tidy(() => {
    const ctx: ForwardContext = { training: false, stats: [] };
    const t = teacher(p, x);
    const s = student(p, x, ctx);
    return { seg: segmentationNet(p, segInput(t, s), ctx), dest: destMap(s, t) };
  });
}
