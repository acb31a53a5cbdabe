/** Convolution cases and their filter gradients (what Conv2DBackpropFilter computes), for comparing backends. */
import * as tf from '@tensorflow/tfjs';
import { randomValues } from './backend-compare.ts';

export type ExplicitPadding = [[number, number], [number, number], [number, number], [number, number]];

/** A convolution: input and filter shapes (NHWC, HWIO), stride and padding as tf.conv2d takes them. */
export interface ConvCase {
  x: number[];
  f: number[];
  stride: number;
  pad: 'same' | 'valid' | number | ExplicitPadding;
}

/** A ragged convolution with asymmetric explicit padding (more before than after, and the reverse). */
export const ASYMMETRIC_PADDING_CONV: ConvCase = {
  x: [2, 7, 7, 3],
  f: [3, 3, 3, 4],
  stride: 2,
  pad: [
    [0, 0],
    [2, 1],
    [0, 3],
    [0, 0],
  ],
};

/**
 * The gradient of sum(conv2d(x, w)²) with respect to the filter, for each case on the current backend (what
 * its Conv2DBackpropFilter kernel computes), from deterministic inputs; every tensor disposed.
 */
export async function filterGradients(cases: readonly ConvCase[]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const [i, c] of cases.entries()) {
    const x = tf.tensor4d(
      randomValues(tf.util.sizeFromShape(c.x), i),
      c.x as [number, number, number, number],
    );
    const f = tf.tensor4d(
      randomValues(tf.util.sizeFromShape(c.f), 50 + i),
      c.f as [number, number, number, number],
    );
    const dw = tf.grad((w: tf.Tensor) => tf.sum(tf.square(tf.conv2d(x, w as tf.Tensor4D, c.stride, c.pad))))(
      f,
    );
    out.push((await dw.data()) as Float32Array);
    tf.dispose([x, f, dw]);
  }
  return out;
}
