/**
 * Speed patch for training on tfjs-backend-webgpu 4.22.0 (docs/PERFORMANCE.md, gpu-notes): a tiled
 * implicit-GEMM Conv2DBackpropFilter with split-K; the split sums are added without a transpose. The stock
 * shader gives each weight one thread that loops over batch × output pixels: few threads, no reuse, most of
 * a step's GPU time. (The Sum, Mean and Tile gradients act on every backend: backend/device-gradients.ts.)
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';
import { backpropFilterInfo } from './conv-backprop-filter-info.ts';
import { sumLeadingAxis } from './webgpu-elementwise.ts';
import { enabledPatches } from './webgpu-patches.ts';

/** Output tile (rows = filter taps × input channels, columns = output channels) and reduction step. */
const TILE = 64;
const TILE_K = 16;
/** 16×16 threads, each accumulating a 4×4 block of the 64×64 tile. */
const THREADS = 16;
/** Split K until about this many workgroups run: small filters otherwise leave most of the GPU idle. */
const TARGET_WORKGROUPS = 1024;
/** Each split reduces at least this many products per output, so the partial-sum pass stays small. */
const MIN_K_PER_SPLIT = 256;

/**
 * dW as a GEMM: dW[m, n] = Σ_k A[m, k]·dY[k, n] with m = (kh·KW + kw)·Ci + ci, n = co,
 * k = (b·OH + oy)·OW + ox and A[m, k] = x[b, oy·sh + kh − top, ox·sw + kw − left, ci] (0 in the padding),
 * gathered on the fly (implicit im2col). Workgroup z sums its own slice of k into partial[z, m, n].
 */
class Conv2DBackpropFilterTiledProgram implements WebGPUProgram {
  readonly variableNames = ['x', 'dy'];
  readonly uniforms =
    'rows : i32, cols : i32, kTotal : i32, kChunk : i32, inChannels : i32, filterWidth : i32, ' +
    'inHeight : i32, inWidth : i32, outHeight : i32, outWidth : i32, strides : vec2<i32>, pads : vec2<i32>,';
  readonly workgroupSize: [number, number, number] = [THREADS, THREADS, 1];
  readonly dispatchLayout = { x: [2], y: [1], z: [0] };
  readonly outputShape: number[];
  readonly dispatch: [number, number, number];
  readonly shaderKey = 'destsegConv2DBackpropFilterTiled';

  constructor(splits: number, rows: number, cols: number) {
    this.outputShape = [splits, rows, cols];
    this.dispatch = [Math.ceil(cols / TILE), Math.ceil(rows / TILE), splits];
  }

  getUserCode(): string {
    // The k loop runs kChunk / TILE_K times for every workgroup (a uniform bound, as workgroupBarrier
    // requires); loads past the workgroup's own slice of k read as zero.
    return `
      var<workgroup> tileA : array<array<f32, ${TILE}>, ${TILE_K}>;
      var<workgroup> tileB : array<array<f32, ${TILE}>, ${TILE_K}>;

      fn loadA(m : i32, k : i32, kEnd : i32) -> f32 {
        if (m >= uniforms.rows || k >= kEnd) { return 0.0; }
        let ci = m % uniforms.inChannels;
        let tap = m / uniforms.inChannels;
        let pixels = uniforms.outHeight * uniforms.outWidth;
        let b = k / pixels;
        let p = k % pixels;
        let iy = (p / uniforms.outWidth) * uniforms.strides.x + tap / uniforms.filterWidth - uniforms.pads.x;
        let ix = (p % uniforms.outWidth) * uniforms.strides.y + tap % uniforms.filterWidth - uniforms.pads.y;
        if (iy < 0 || iy >= uniforms.inHeight || ix < 0 || ix >= uniforms.inWidth) { return 0.0; }
        return x[((b * uniforms.inHeight + iy) * uniforms.inWidth + ix) * uniforms.inChannels + ci];
      }

      fn loadB(k : i32, n : i32, kEnd : i32) -> f32 {
        if (n >= uniforms.cols || k >= kEnd) { return 0.0; }
        return dy[k * uniforms.cols + n];
      }

      // tfjs's entry point sets localId, localIndex and workgroupId, then calls main().
      fn main() {
        let t = i32(localIndex);
        let tx = i32(localId.x);
        let ty = i32(localId.y);
        let m0 = i32(workgroupId.y) * ${TILE};
        let n0 = i32(workgroupId.x) * ${TILE};
        let split = i32(workgroupId.z);
        let kBegin = split * uniforms.kChunk;
        let kEnd = min(kBegin + uniforms.kChunk, uniforms.kTotal);
        var acc : array<array<f32, 4>, 4>;
        let steps = uniforms.kChunk / ${TILE_K};
        for (var s = 0; s < steps; s++) {
          let k0 = kBegin + s * ${TILE_K};
          for (var i = 0; i < 4; i++) {
            let kl = t / ${TILE} + 4 * i;
            let l = t % ${TILE};
            tileA[kl][l] = loadA(m0 + l, k0 + kl, kEnd);
            tileB[kl][l] = loadB(k0 + kl, n0 + l, kEnd);
          }
          workgroupBarrier();
          for (var kk = 0; kk < ${TILE_K}; kk++) {
            var a : array<f32, 4>;
            for (var i = 0; i < 4; i++) { a[i] = tileA[kk][ty + ${THREADS} * i]; }
            for (var j = 0; j < 4; j++) {
              let b = tileB[kk][tx + ${THREADS} * j];
              for (var i = 0; i < 4; i++) { acc[i][j] = fma(a[i], b, acc[i][j]); }
            }
          }
          workgroupBarrier();
        }
        for (var i = 0; i < 4; i++) {
          let m = m0 + ty + ${THREADS} * i;
          for (var j = 0; j < 4; j++) {
            let n = n0 + tx + ${THREADS} * j;
            if (m < uniforms.rows && n < uniforms.cols) {
              result[(split * uniforms.rows + m) * uniforms.cols + n] = acc[i][j];
            }
          }
        }
      }
    `;
  }
}

function scalarUniform(value: number): { type: 'int32'; data: number[] } {
  return { type: 'int32', data: [value] };
}

/** How many slices of k: enough workgroups to fill the GPU, none smaller than MIN_K_PER_SPLIT. */
export function splitCount(rows: number, cols: number, kTotal: number): number {
  const tiles = Math.ceil(rows / TILE) * Math.ceil(cols / TILE);
  const wanted = Math.ceil(TARGET_WORKGROUPS / tiles);
  return Math.max(1, Math.min(wanted, Math.floor(kTotal / MIN_K_PER_SPLIT)));
}

let stockBackpropFilter: tf.KernelFunc | undefined;

/** Exported so tests can check it is the registered kernel. */
export const conv2DBackpropFilterTiled: tf.KernelFunc = (args) => {
  const { inputs, backend, attrs } = args;
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const { dataFormat } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  // The GEMM indexing assumes NHWC float32 (all DeSTSeg convolutions); anything else keeps the stock shader.
  if (dataFormat === 'NCHW' || x.dtype !== 'float32' || dy.dtype !== 'float32') {
    return (stockBackpropFilter as tf.KernelFunc)(args);
  }
  const info = backpropFilterInfo(x, attrs);
  const rows = info.filterHeight * info.filterWidth * info.inChannels;
  const cols = info.outChannels;
  const kTotal = info.batchSize * info.outHeight * info.outWidth;
  const splits = splitCount(rows, cols, kTotal);
  const kChunk = Math.ceil(kTotal / splits / TILE_K) * TILE_K;
  const gpu = backend as WebGPUBackend;
  const partial = gpu.runWebGPUProgram(
    new Conv2DBackpropFilterTiledProgram(splits, rows, cols),
    [x, dy],
    'float32',
    [
      // One entry per field of the uniforms struct: tfjs aligns each entry as one WGSL field.
      ...[rows, cols, kTotal, kChunk, info.inChannels, info.filterWidth].map(scalarUniform),
      ...[info.inHeight, info.inWidth, info.outHeight, info.outWidth].map(scalarUniform),
      { type: 'int32', data: [info.strideHeight, info.strideWidth] },
      { type: 'int32', data: [info.padInfo.top, info.padInfo.left] },
    ],
  );
  const sums = splits === 1 ? partial : sumLeadingAxis(gpu, partial);
  // A Tensor may be returned from a kernel: the reshape shares the sums' data.
  return tf.tidy(() => tf.reshape(tf.engine().makeTensorFromTensorInfo(sums, gpu), info.filterShape));
};

/** Installs the webgpu kernels above, keeping the stock one for the cases they leave to it; idempotent. */
export function registerWebGPUKernels(): void {
  if (!enabledPatches().has('conv-filter')) return;
  const existing = tf.getKernel('Conv2DBackpropFilter', 'webgpu');
  if (existing?.kernelFunc === conv2DBackpropFilterTiled) return;
  if (existing) {
    stockBackpropFilter = existing.kernelFunc;
    tf.unregisterKernel('Conv2DBackpropFilter', 'webgpu');
  }
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'webgpu',
    kernelFunc: conv2DBackpropFilterTiled,
  });
}
