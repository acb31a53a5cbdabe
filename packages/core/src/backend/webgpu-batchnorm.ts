/**
 * Train-mode BatchNorm (+ ReLU) as WGSL kernels on tfjs-backend-webgpu (patch 'fused-batchnorm').
 * Written out in tfjs ops, one BatchNorm costs about ten dispatches forward and thirty backward, most of them
 * full passes over the activation, and each reduction over N·H·W first transposes the activation.
 * Here: per-channel sums read NHWC directly (ChannelSums), the normalisation, affine and ReLU are one pass
 * (BatchNormApply), and the backward is one sums pass plus one pass for dx (BatchNormGradInput), with
 *   g = dy·[y > 0],  dβ = Σg,  dγ = Σ g·x̂,  dx = γ/√(σ² + ε) · (g − dβ/M − x̂·dγ/M),  x̂ = (x − μ)/√(σ² + ε),
 * the gradient of the same function through the batch statistics. The running-statistic update after a step
 * is one multi-tensor op over every statistic (RunningStats). Tested against the written-out form.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { allocateOutput, recordDispatch, workgroupsFor } from './webgpu-dispatch.ts';
import { runElementwise, sumLeadingAxis } from './webgpu-elementwise.ts';
import { type MultiTensorOp, runMultiTensor } from './webgpu-multi-tensor.ts';
import { enabledPatches } from './webgpu-patches.ts';

const SUMS_KERNEL = 'DestsegChannelSums';
const APPLY_KERNEL = 'DestsegBatchNormApply';
const GRAD_KERNEL = 'DestsegBatchNormGradInput';
const RUNNING_KERNEL = 'DestsegRunningStats';

/** ChannelSums: 64 channels × 4 row lanes per workgroup, rows split until about this many workgroups run. */
const CHANNELS_PER_GROUP = 64;
const ROW_LANES = 4;
const TARGET_WORKGROUPS = 1024;
const MIN_ROWS_PER_SPLIT = 64;

type SumsMode = 'values' | 'centredSquares' | 'gradients';

/** Per quantity (of the mode) and channel: partial sums over a slice of the rows, out[split, quantity, c]. */
class ChannelSumsProgram implements WebGPUProgram {
  readonly variableNames: string[];
  readonly uniforms = 'rows : i32, channels : i32, rowsPerSplit : i32, eps : f32,';
  readonly workgroupSize: [number, number, number] = [CHANNELS_PER_GROUP, ROW_LANES, 1];
  readonly dispatchLayout = { x: [2], y: [0], z: [1] };
  readonly outputShape: number[];
  readonly dispatch: [number, number, number];
  readonly shaderKey: string;

  constructor(
    private readonly mode: SumsMode,
    private readonly relu: boolean,
    splits: number,
    channels: number,
  ) {
    this.variableNames = {
      values: ['x'],
      centredSquares: ['x', 'mean'],
      // The pipeline layout drops unused bindings, so y (the ReLU mask) is bound only with the ReLU.
      gradients: relu ? ['dy', 'x', 'y', 'mean', 'variance'] : ['dy', 'x', 'mean', 'variance'],
    }[mode];
    const quantities = mode === 'gradients' ? 2 : 1;
    this.outputShape = [splits, quantities, channels];
    this.dispatch = [Math.ceil(channels / CHANNELS_PER_GROUP), splits, 1];
    this.shaderKey = `destsegChannelSums_${mode}_${relu}`;
  }

  getUserCode(): string {
    const quantities = this.mode === 'gradients' ? 2 : 1;
    const accumulate = {
      values: 'a0 += x[i];',
      centredSquares: 'let d = x[i] - mean[c]; a0 += d * d;',
      gradients: `
            let g = ${this.relu ? 'select(0.0, dy[i], y[i] > 0.0)' : 'dy[i]'};
            a0 += g;
            a1 += g * (x[i] - mean[c]) * rstd;`,
    }[this.mode];
    return `
      var<workgroup> partial : array<array<f32, ${CHANNELS_PER_GROUP}>, ${ROW_LANES * quantities}>;

      fn main() {
        let lane = i32(localId.x);
        let rowLane = i32(localId.y);
        let c = i32(workgroupId.x) * ${CHANNELS_PER_GROUP} + lane;
        let split = i32(workgroupId.y);
        let rowBegin = split * uniforms.rowsPerSplit;
        let rowEnd = min(rowBegin + uniforms.rowsPerSplit, uniforms.rows);
        var a0 = 0.0;
        var a1 = 0.0;
        if (c < uniforms.channels) {
          ${this.mode === 'gradients' ? 'let rstd = inverseSqrt(variance[c] + uniforms.eps);' : ''}
          for (var r = rowBegin + rowLane; r < rowEnd; r += ${ROW_LANES}) {
            let i = r * uniforms.channels + c;
            ${accumulate}
          }
        }
        partial[rowLane][lane] = a0;
        ${quantities === 2 ? `partial[${ROW_LANES} + rowLane][lane] = a1;` : ''}
        workgroupBarrier();
        if (rowLane == 0 && c < uniforms.channels) {
          for (var q = 0; q < ${quantities}; q++) {
            var total = 0.0;
            for (var l = 0; l < ${ROW_LANES}; l++) { total += partial[q * ${ROW_LANES} + l][lane]; }
            result[(split * ${quantities} + q) * uniforms.channels + c] = total;
          }
        }
      }
    `;
  }
}

interface BatchNormAttrs {
  relu: boolean;
  eps: number;
}

function channelsOf(x: tf.TensorInfo): number {
  return x.shape[x.shape.length - 1] as number;
}

/** Row splits for ChannelSums: enough workgroups to fill the GPU, no split under MIN_ROWS_PER_SPLIT rows. */
function rowSplits(rows: number, channels: number): number {
  const groups = Math.ceil(channels / CHANNELS_PER_GROUP);
  return Math.max(1, Math.min(Math.ceil(TARGET_WORKGROUPS / groups), Math.floor(rows / MIN_ROWS_PER_SPLIT)));
}

const channelSums: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { mode, relu, eps, divisor } = attrs as unknown as BatchNormAttrs & {
    mode: SumsMode;
    divisor: number;
  };
  const x = (inputs as { x: tf.TensorInfo }).x;
  const channels = channelsOf(x);
  const rows = tf.util.sizeFromShape(x.shape) / channels;
  const splits = rowSplits(rows, channels);
  const gpu = backend as WebGPUBackend;
  const program = new ChannelSumsProgram(mode, relu, splits, channels);
  const partial = gpu.runWebGPUProgram(
    program,
    program.variableNames.map((name) => inputs[name] as tf.TensorInfo),
    'float32',
    [
      { type: 'int32', data: [rows] },
      { type: 'int32', data: [channels] },
      { type: 'int32', data: [Math.ceil(rows / splits)] },
      { type: 'float32', data: [eps] },
    ],
  );
  return mode === 'gradients' ? gradientSums(gpu, partial) : sumLeadingAxis(gpu, partial, divisor);
};

const GRADIENT_SUMS_WORKGROUP = 64;

/**
 * The split sums [splits, 2, C] of the backward added up into [Σg; Σg·x̂] ([2, C], read by the dx pass) and,
 * in the same dispatch, into dβ = Σg and dγ = Σg·x̂ as tensors of their own (unstacking would cost two
 * slices). Frees `partial`.
 */
function gradientSums(backend: WebGPUBackend, partial: tf.TensorInfo): tf.TensorInfo[] {
  const [splits, , channels] = partial.shape as [number, number, number];
  const outputs = [
    allocateOutput(backend, [2, channels]),
    allocateOutput(backend, [channels]),
    allocateOutput(backend, [channels]),
  ];
  const { workgroups, rowThreads } = workgroupsFor(backend.device, channels, GRADIENT_SUMS_WORKGROUP);
  recordDispatch(backend, {
    key: 'destsegBatchNormGradientSums',
    code: `
      struct Uniforms { splits: u32, channels: u32, rowThreads: u32 }
      @group(0) @binding(0) var<storage, read> partial: array<f32>;
      @group(0) @binding(1) var<storage, read_write> sums: array<f32>;
      @group(0) @binding(2) var<storage, read_write> dBeta: array<f32>;
      @group(0) @binding(3) var<storage, read_write> dGamma: array<f32>;
      @group(0) @binding(4) var<uniform> u: Uniforms;
      @compute @workgroup_size(${GRADIENT_SUMS_WORKGROUP})
      fn main(@builtin(global_invocation_id) id: vec3<u32>) {
        let c = id.y * u.rowThreads + id.x;
        if (c >= u.channels) { return; }
        var g = 0.0;
        var gx = 0.0;
        for (var s = 0u; s < u.splits; s++) {
          g += partial[(2u * s) * u.channels + c];
          gx += partial[(2u * s + 1u) * u.channels + c];
        }
        sums[c] = g;
        sums[u.channels + c] = gx;
        dBeta[c] = g;
        dGamma[c] = gx;
      }`,
    tensors: [partial, ...outputs],
    uniforms: [
      { type: 'uint32', data: [splits] },
      { type: 'uint32', data: [channels] },
      { type: 'uint32', data: [rowThreads] },
    ],
    workgroups,
  });
  backend.disposeData(partial.dataId);
  return outputs;
}

/** y = (x − μ)·γ/√(σ² + ε) + β, then ReLU, element by element (the order of the written-out form). */
const batchNormApply: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { relu, eps } = attrs as unknown as BatchNormAttrs;
  const x = inputs.x as tf.TensorInfo;
  return runElementwise(backend as WebGPUBackend, {
    key: `destsegBatchNormApply_${relu}`,
    outputShape: x.shape,
    inputs: (['x', 'mean', 'variance', 'gamma', 'beta'] as const).map((n) => [n, inputs[n] as tf.TensorInfo]),
    uniforms: [
      ['channels', channelsOf(x)],
      ['eps', eps],
    ],
    body: `
      let c = index % i32(uniforms.channels);
      let y = (x[index] - mean[c]) * (gamma[c] * inverseSqrt(variance[c] + uniforms.eps)) + beta[c];
      result[index] = ${relu ? 'max(y, 0.0)' : 'y'};`,
  });
};

/** dx from dy, the forward's x (and y for the ReLU mask), the statistics and the sums [Σg; Σg·x̂] ([2, C]). */
const batchNormGradInput: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { relu, eps } = attrs as unknown as BatchNormAttrs;
  const x = inputs.x as tf.TensorInfo;
  const channels = channelsOf(x);
  const names = ['dy', 'x', ...(relu ? ['y'] : []), 'mean', 'variance', 'gamma', 'sums'];
  return runElementwise(backend as WebGPUBackend, {
    key: `destsegBatchNormGradInput_${relu}`,
    outputShape: x.shape,
    inputs: names.map((n) => [n, inputs[n] as tf.TensorInfo]),
    uniforms: [
      ['channels', channels],
      ['eps', eps],
      ['count', tf.util.sizeFromShape(x.shape) / channels],
    ],
    body: `
      let channels = i32(uniforms.channels);
      let c = index % channels;
      let rstd = inverseSqrt(variance[c] + uniforms.eps);
      let g = ${relu ? 'select(0.0, dy[index], y[index] > 0.0)' : 'dy[index]'};
      let xHat = (x[index] - mean[c]) * rstd;
      result[index] = gamma[c] * rstd * (g - sums[c] / uniforms.count - xHat * sums[channels + c] / uniforms.count);`,
  });
};

/** running·keep + batch·take, the momentum update of a running statistic, for many statistics at once. */
const RUNNING_OP: MultiTensorOp = {
  key: 'destsegRunningStats',
  inputs: ['running', 'batch'],
  outputs: ['updated'],
  shared: ['keep'],
  perItem: ['take'],
  body: (k) => `updated${k}[j] = running${k}[j] * u.keep + batch${k}[j] * u.take${k};`,
};

/** Inputs running0, batch0, running1, …; attrs keep and takes (one per statistic); outputs in order. */
const runningStats: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { keep, takes } = attrs as unknown as { keep: number; takes: number[] };
  const items = takes.map((take, k) => ({
    inputs: [inputs[`running${k}`] as tf.TensorInfo, inputs[`batch${k}`] as tf.TensorInfo],
    uniforms: [take],
  }));
  return runMultiTensor(backend as WebGPUBackend, RUNNING_OP, items, [keep]).flat();
};

/** Installs the kernels for webgpu when the patch is on; idempotent. */
export function registerBatchNormKernels(): void {
  if (!enabledPatches().has('fused-batchnorm')) return;
  for (const [kernelName, kernelFunc] of [
    [SUMS_KERNEL, channelSums],
    [APPLY_KERNEL, batchNormApply],
    [GRAD_KERNEL, batchNormGradInput],
    [RUNNING_KERNEL, runningStats],
  ] as const) {
    if (!tf.getKernel(kernelName, 'webgpu'))
      tf.registerKernel({ kernelName, backendName: 'webgpu', kernelFunc });
  }
}

/** True when the active backend has the fused kernels (webgpu with the patch on). */
export function fusedBatchNormAvailable(): boolean {
  return tf.getKernel(APPLY_KERNEL, tf.getBackend()) !== undefined;
}

/** Per-channel sums of x ('values') or of its squared deviations ('centredSquares'), divided by `divisor`: [1, C]. */
function statisticSums(
  mode: 'values' | 'centredSquares',
  inputs: tf.NamedTensorMap,
  attrs: BatchNormAttrs,
  divisor: number,
): tf.Tensor2D {
  const all = { ...attrs, mode, divisor } as unknown as tf.NamedAttrMap;
  return tf.engine().runKernel(SUMS_KERNEL, inputs, all) as tf.Tensor2D;
}

/** The backward's sums: [Σg; Σg·x̂] ([2, C]), dβ and dγ. */
function gradientSumsOf(
  inputs: tf.NamedTensorMap,
  attrs: BatchNormAttrs,
): [tf.Tensor2D, tf.Tensor1D, tf.Tensor1D] {
  const all = { ...attrs, mode: 'gradients', divisor: 1 } as unknown as tf.NamedAttrMap;
  return tf.engine().runKernel(SUMS_KERNEL, inputs, all) as unknown as [
    tf.Tensor2D,
    tf.Tensor1D,
    tf.Tensor1D,
  ];
}

export interface RunningStatUpdate {
  running: tf.Tensor;
  batch: tf.Tensor;
  /** The batch statistic's weight; the running one's is the shared `keep`. */
  take: number;
}

/** running·keep + batch·take for every statistic, as few dispatches as the bindings allow. */
export function fusedRunningStats(updates: readonly RunningStatUpdate[], keep: number): tf.Tensor[] {
  if (updates.length === 0) return [];
  const inputs: tf.NamedTensorMap = {};
  for (const [k, { running, batch }] of updates.entries()) {
    inputs[`running${k}`] = running;
    inputs[`batch${k}`] = batch;
  }
  const attrs = { keep, takes: updates.map((u) => u.take) };
  return tf.engine().runKernel(RUNNING_KERNEL, inputs, attrs) as tf.Tensor[];
}

/**
 * Train-mode BatchNorm (+ ReLU) of NHWC x with the fused kernels: returns y and the biased batch statistics
 * (mean, variance over N·H·W). Differentiable in x, gamma and beta.
 */
export function fusedBatchNormTrain(
  x: tf.Tensor4D,
  gamma: tf.Tensor1D,
  beta: tf.Tensor1D,
  eps: number,
  relu: boolean,
): { y: tf.Tensor4D; mean: tf.Tensor1D; variance: tf.Tensor1D } {
  const attrs: BatchNormAttrs = { relu, eps };
  const count = x.size / (x.shape[3] as number);
  const mean = tf.tidy(() => tf.reshape(statisticSums('values', { x }, attrs, count), [-1])) as tf.Tensor1D;
  const variance = tf.tidy(() =>
    tf.reshape(statisticSums('centredSquares', { x, mean }, attrs, count), [-1]),
  ) as tf.Tensor1D;
  const op = tf.customGrad((xIn, gammaIn, betaIn, save) => {
    const inputs = { x: xIn, mean, variance, gamma: gammaIn, beta: betaIn } as tf.NamedTensorMap;
    const y = tf.engine().runKernel(APPLY_KERNEL, inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor4D;
    // Saved tensors outlive the forward pass; the statistics are captured, so they are saved too.
    (save as tf.GradSaveFunc)([xIn as tf.Tensor, y, gammaIn as tf.Tensor, mean, variance]);
    return {
      value: y,
      gradFunc: (dy, saved) => {
        const [xs, ys, g, mu, sigma2] = saved as [
          tf.Tensor4D,
          tf.Tensor4D,
          tf.Tensor1D,
          tf.Tensor1D,
          tf.Tensor1D,
        ];
        const stats = { x: xs, y: ys, mean: mu, variance: sigma2 };
        const [grads, dBeta, dGamma] = gradientSumsOf({ dy: dy as tf.Tensor, ...stats }, attrs);
        const dx = tf
          .engine()
          .runKernel(
            GRAD_KERNEL,
            { dy: dy as tf.Tensor, ...stats, gamma: g, sums: grads },
            attrs as unknown as tf.NamedAttrMap,
          ) as tf.Tensor4D;
        grads.dispose();
        return [dx, dGamma, dBeta];
      },
    };
  });
  const y = op(x, gamma, beta) as tf.Tensor4D;
  return { y, mean, variance };
}
