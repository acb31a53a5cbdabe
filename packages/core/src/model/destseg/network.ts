/**
 * DeSTSeg forward pass (spec §4.3): teacher and student features, the segmentation input
 * concat_k up(−l2n(T_k)⊙l2n(S_k)) and the maps (the DeST branch map is anomaly-map.ts). Maps are at H/4
 * (64² for a 256² input), channels-last. Inference runs `predictMaps`; a training step runs the frozen
 * modules (`frozenFeatures`) before its gradient tape starts, so that the tape records only
 * `trainingForward`, the module being trained.
 */
import * as tf from '@tensorflow/tfjs';
import { l2Normalize } from '../../ops/cosine-distance.ts';
import { evalContext, type ForwardContext } from '../forward-context.ts';
import { resizeBilinear } from '../layers.ts';
import type { ParamStore } from '../param-store.ts';
import { destMap } from './anomaly-map.ts';
import { segmentationNet } from './segmentation-net.ts';
import { student } from './student.ts';
import { teacher } from './teacher.ts';

/** The segmentation net's input from the teacher's and student's features of the same images. */
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

export interface DestsegMaps {
  /** Segmentation output, N×h×w×1 in (0, 1). */
  seg: tf.Tensor4D;
  /** DeST branch map, N×h×w×1. */
  dest: tf.Tensor4D;
}

/**
 * The features of the modules a training step does not train, every module in eval mode: the teacher's
 * (stage 1's target, of the clean images) and the student's (with the teacher's, stage 2's input).
 */
export function frozenFeatures(p: ParamStore, x: tf.Tensor4D, parts: 'teacher'): { teacher: tf.Tensor4D[] };
export function frozenFeatures(
  p: ParamStore,
  x: tf.Tensor4D,
  parts: 'teacher+student',
): { teacher: tf.Tensor4D[]; student: tf.Tensor4D[] };
export function frozenFeatures(
  p: ParamStore,
  x: tf.Tensor4D,
  parts: 'teacher' | 'teacher+student',
): { teacher: tf.Tensor4D[]; student?: tf.Tensor4D[] } {
  const t = teacher(p, x);
  return parts === 'teacher' ? { teacher: t } : { teacher: t, student: student(p, x, evalContext()) };
}

/**
 * The forward pass of the module a training step trains, in the mode `ctx` says: stage 1 the student's
 * features of the augmented images, stage 2 the segmentation map of an input made by `segInput`.
 */
export function trainingForward(p: ParamStore, stage: 1, x: tf.Tensor4D, ctx: ForwardContext): tf.Tensor4D[];
export function trainingForward(p: ParamStore, stage: 2, x: tf.Tensor4D, ctx: ForwardContext): tf.Tensor4D;
export function trainingForward(
  p: ParamStore,
  stage: 1 | 2,
  x: tf.Tensor4D,
  ctx: ForwardContext,
): tf.Tensor4D[] | tf.Tensor4D {
  return stage === 1 ? student(p, x, ctx) : segmentationNet(p, x, ctx);
}

/** Inference forward (every module in eval mode); the teacher runs once since I = Ia. */
export function predictMaps(p: ParamStore, x: tf.Tensor4D): DestsegMaps {
  return tf.tidy(() => {
    const ctx = evalContext();
    const t = teacher(p, x);
    const s = student(p, x, ctx);
    return { seg: segmentationNet(p, segInput(t, s), ctx), dest: destMap(s, t) };
  });
}
