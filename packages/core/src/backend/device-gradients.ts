/**
 * Gradients that keep the backward pass on the device, for every backend (tfjs registers gradients
 * globally, not per backend), so this is not a webgpu patch and has its own switch:
 * - Sum and Mean broadcast dy with `broadcastTo` (the backend's Tile kernel). tfjs-core's versions build
 *   `ones(x.shape)` as a JS typed array and upload it on every step, a full activation per train-mode
 *   BatchNorm.
 * - Tile sums dy over the repeats in one reduction instead of a slice and an add per repeat.
 */
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../errors.ts';

/** expandedShape: x's shape with 1 on every reduced axis, so dy reshapes into it. */
function expandedShape(x: tf.Tensor, axis: number | number[]): number[] {
  const shape = x.shape.slice();
  for (const a of tf.util.parseAxisParam(axis, x.shape)) shape[a] = 1;
  return shape;
}

/**
 * Sum and Mean: the same values as tfjs-core's gradients, element for element: x·1 is exact, and dividing
 * dy before the broadcast divides the same numbers. broadcastTo runs as the backend's Tile kernel, on the
 * device. Tile: one sum over the repeats where tfjs-core slices and adds each repeat (2·h·w dispatches for
 * the ASPP's image-pooling broadcast, on 64×64 maps at 256 px: 8 192 per stage-2 step); the same sum up to
 * float rounding.
 */
const GRADIENTS: tf.GradConfig[] = [
  {
    kernelName: 'Sum',
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
      const x = saved[0] as tf.Tensor;
      const { axis } = attrs as unknown as tf.SumAttrs;
      return { x: () => tf.broadcastTo(tf.reshape(dy as tf.Tensor, expandedShape(x, axis)), x.shape) };
    },
  },
  {
    kernelName: 'Mean',
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
      const x = saved[0] as tf.Tensor;
      const { axis } = attrs as unknown as tf.MeanAttrs;
      const reduced = expandedShape(x, axis);
      const count = x.size / tf.util.sizeFromShape(reduced);
      return {
        x: () => tf.broadcastTo(tf.div(tf.reshape(dy as tf.Tensor, reduced), count), x.shape),
      };
    },
  },
  {
    kernelName: 'Tile',
    inputsToSave: ['x'],
    gradFunc: (dy, saved, attrs) => {
      const x = saved[0] as tf.Tensor;
      const { reps } = attrs as unknown as tf.TileAttrs;
      return { x: () => sumOverRepeats(dy as tf.Tensor, x.shape, reps) };
    },
  },
];

/**
 * The gradient of tile(x, reps): dy seen as [r0, s0, r1, s1, …] (axis i of the output is r_i repeats of
 * s_i), summed over the repeat axes. Unit axes are dropped and neighbours of one kind merged, so the reshape
 * keeps a small rank (ASPP's broadcast [n, 1, 1, C] → [n, h, w, C] sums a rank-4 view over one axis).
 */
function sumOverRepeats(dy: tf.Tensor, shape: number[], reps: number[]): tf.Tensor {
  const dims: { size: number; repeat: boolean }[] = [];
  for (const [i, size] of shape.entries()) {
    for (const d of [
      { size: reps[i] as number, repeat: true },
      { size, repeat: false },
    ]) {
      if (d.size === 1) continue;
      const last = dims[dims.length - 1];
      if (last && last.repeat === d.repeat) last.size *= d.size;
      else dims.push(d);
    }
  }
  const axes = dims.flatMap((d, i) => (d.repeat ? [i] : []));
  if (axes.length === 0) return tf.reshape(dy, shape);
  return tf.reshape(
    tf.sum(
      tf.reshape(
        dy,
        dims.map((d) => d.size),
      ),
      axes,
    ),
    shape,
  );
}

/**
 * DESTSEG_DEVICE_GRADIENTS = on (default) | off, read when a backend is selected: off keeps tfjs-core's own
 * Sum, Mean and Tile gradients, to measure these against them.
 */
export function deviceGradientsEnabled(value = process.env.DESTSEG_DEVICE_GRADIENTS): boolean {
  const text = value === undefined || value === '' ? 'on' : value;
  if (text === 'on') return true;
  if (text === 'off') return false;
  throw new DestsegError('CONFIG_INVALID', `DESTSEG_DEVICE_GRADIENTS must be on or off, got '${value}'`);
}

/**
 * Installs the Sum, Mean and Tile gradients unless DESTSEG_DEVICE_GRADIENTS=off. Gradients are global in
 * tfjs (not per backend), and these give every backend the stock values (Tile's up to float rounding), so
 * they are installed whichever backend is selected; registering them again is harmless.
 */
export function useDeviceGradients(): void {
  if (!deviceGradientsEnabled()) return;
  for (const config of GRADIENTS) tf.registerGradient(config);
}
