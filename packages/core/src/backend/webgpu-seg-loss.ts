/**
 * The stage-2 losses, [focal (γ, no α, logs clamped at −100), L1], as WGSL kernels on tfjs-backend-webgpu
 * (patch 'fused-seg-loss'): one pass for the per-pixel terms, one mean over them, and one pass for the
 * gradient in the prediction, where the written-out form takes about 20 dispatches forward and 35 backward.
 * The gradient follows tfjs's conventions for the written-out form (tf.maximum sends a tie to the log, |x|′ is
 * −1 at 0), except where that form gives 0/0: a log clamped at −100 contributes 0 instead of NaN.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { runElementwise } from './webgpu-elementwise.ts';
import { enabledPatches } from './webgpu-patches.ts';

const TERMS_KERNEL = 'DestsegSegLossTerms';
const GRAD_KERNEL = 'DestsegSegLossGrad';

/**
 * Shared WGSL: the clamped logs, BCE and focal weight of prediction pv against target mv. Both are read
 * through f32(): a mask cast from bool keeps its int32 buffer on webgpu.
 */
const PREAMBLE = `
      let la = log(pv);
      let lb = log(1.0 - pv);
      let bce = -(mv * max(la, -100.0) + (1.0 - mv) * max(lb, -100.0));
      let q = 1.0 - (pv * mv + (1.0 - pv) * (1.0 - mv));`;

/** out[0, i] = focal term, out[1, i] = |p − m| for the N = p.size pixels. */
const terms: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { p, m } = inputs as { p: tf.TensorInfo; m: tf.TensorInfo };
  const count = tf.util.sizeFromShape(p.shape);
  return runElementwise(backend as WebGPUBackend, {
    key: 'destsegSegLossTerms',
    outputShape: [2, count],
    inputs: [
      ['p', p],
      ['m', m],
    ],
    uniforms: [
      ['count', count],
      ['gamma', (attrs as unknown as { gamma: number }).gamma],
    ],
    body: `
      let n = i32(uniforms.count);
      let i = index % n;
      let pv = f32(p[i]);
      let mv = f32(m[i]);
      ${PREAMBLE}
      result[index] = select(abs(pv - mv), bce * pow(abs(q), uniforms.gamma), index < n);`,
  });
};

/** d(dy[0]·focal + dy[1]·L1)/dp, element by element. */
const gradient: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { p, m, dy } = inputs as { p: tf.TensorInfo; m: tf.TensorInfo; dy: tf.TensorInfo };
  return runElementwise(backend as WebGPUBackend, {
    key: 'destsegSegLossGrad',
    outputShape: p.shape,
    inputs: [
      ['p', p],
      ['m', m],
      ['dy', dy],
    ],
    uniforms: [
      ['count', tf.util.sizeFromShape(p.shape)],
      ['gamma', (attrs as unknown as { gamma: number }).gamma],
    ],
    body: `
      let pv = f32(p[index]);
      let mv = f32(m[index]);
      ${PREAMBLE}
      let da = select(0.0, 1.0 / pv, la >= -100.0);
      let db = select(0.0, -1.0 / (1.0 - pv), lb >= -100.0);
      let dbce = -(mv * da + (1.0 - mv) * db);
      let dq = 1.0 - 2.0 * mv;
      let w = pow(abs(q), uniforms.gamma);
      let dw = uniforms.gamma * pow(abs(q), uniforms.gamma - 1.0) * dq;
      let dFocal = (dbce * w + bce * dw) / uniforms.count;
      let dL1 = select(-1.0, 1.0, pv - mv > 0.0) / uniforms.count;
      result[index] = dy[0] * dFocal + dy[1] * dL1;`,
  });
};

/** Installs the kernels for webgpu when the patch is on; idempotent. */
export function registerSegLossKernels(): void {
  if (!enabledPatches().has('fused-seg-loss') || tf.getKernel(TERMS_KERNEL, 'webgpu')) return;
  tf.registerKernel({ kernelName: TERMS_KERNEL, backendName: 'webgpu', kernelFunc: terms });
  tf.registerKernel({ kernelName: GRAD_KERNEL, backendName: 'webgpu', kernelFunc: gradient });
}

/** True when the active backend has the fused kernels (webgpu with the patch on). */
export function fusedSegLossAvailable(): boolean {
  return tf.getKernel(TERMS_KERNEL, tf.getBackend()) !== undefined;
}

/** [focal, L1] of prediction p against the constant target m; differentiable in p. */
export function fusedSegLosses(p: tf.Tensor4D, m: tf.Tensor4D, gamma: number): tf.Tensor1D {
  const op = tf.customGrad((pIn, save) => {
    const perPixel = tf
      .engine()
      .runKernel(TERMS_KERNEL, { p: pIn as tf.Tensor, m }, { gamma }) as tf.Tensor2D;
    (save as tf.GradSaveFunc)([pIn as tf.Tensor, m]);
    return {
      value: tf.mean(perPixel, 1),
      gradFunc: (dy, saved) => {
        const [ps, ms] = saved as [tf.Tensor, tf.Tensor];
        return tf
          .engine()
          .runKernel(GRAD_KERNEL, { p: ps, m: ms, dy: dy as tf.Tensor }, { gamma }) as tf.Tensor;
      },
    };
  });
  return op(p) as tf.Tensor1D;
}
