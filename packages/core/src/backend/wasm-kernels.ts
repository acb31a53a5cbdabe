/**
 * Convolution gradients for tfjs-backend-wasm 4.22.0. It lacks Conv2DBackpropFilter (the weight
 * gradient of every convolution), and its Conv2DBackpropInput is a naive loop about 10x slower than
 * its XNNPACK forward conv, so both are written here in terms of fast wasm ops.
 */
import * as tf from '@tensorflow/tfjs';
import { backpropFilterInfo } from './conv-backprop-filter-info.ts';

/**
 * A Tensor view of a kernel input for use inside tf.tidy. makeTensorFromTensorInfo takes no backend
 * reference, yet disposing the view releases one, which would free the caller's data: take one first.
 */
function borrow(info: tf.TensorInfo, backend: tf.KernelBackend): tf.Tensor {
  backend.incRef(info.dataId);
  return tf.engine().makeTensorFromTensorInfo(info, backend);
}

/**
 * dW[kh,kw,:,:] = Σ_{n,y,x} xPadded[n, y·sh+kh, x·sw+kw, :]ᵀ · dy[n,y,x,:], computed as one matMul
 * per filter tap on a strided slice of the padded input: both ops run natively on wasm.
 */
const conv2DBackpropFilter: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
  const wasm = backend as tf.KernelBackend;
  const { dataFormat } = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  const info = backpropFilterInfo(x, attrs);
  const { batchSize, outHeight, outWidth, inChannels, outChannels, strideHeight, strideWidth } = info;
  const { top, bottom, left, right } = info.padInfo;
  // A Tensor (not a bare TensorInfo) may be returned from a kernel; tidy keeps only that one alive.
  return tf.tidy(() => {
    const toNhwc = (t: tf.Tensor) => (dataFormat === 'NCHW' ? tf.transpose(t, [0, 2, 3, 1]) : t);
    const xNhwc = toNhwc(borrow(x, wasm));
    const dyRows = tf.reshape(toNhwc(borrow(dy, wasm)), [-1, outChannels]);
    // Channels-first once, so each tap's slice reshapes straight to [inC, rows]: wasm's matMul with
    // transposeA is ~15x slower than a plain one.
    const padded = tf.transpose(
      tf.pad(xNhwc, [
        [0, 0],
        [top, bottom],
        [left, right],
        [0, 0],
      ]),
      [3, 0, 1, 2],
    );
    const taps: tf.Tensor[] = [];
    for (let kh = 0; kh < info.filterHeight; kh++) {
      for (let kw = 0; kw < info.filterWidth; kw++) {
        const patch = tf.stridedSlice(
          padded,
          [0, 0, kh, kw],
          [
            inChannels,
            batchSize,
            kh + (outHeight - 1) * strideHeight + 1,
            kw + (outWidth - 1) * strideWidth + 1,
          ],
          [1, 1, strideHeight, strideWidth],
        );
        taps.push(tf.matMul(tf.reshape(patch, [inChannels, -1]), dyRows));
      }
    }
    return tf.reshape(tf.stack(taps), info.filterShape);
  });
};

/**
 * dx = conv2d(dy with stride−1 zeros between its pixels, W rotated 180° with in/out swapped,
 * stride 1): the transposed convolution, run by the XNNPACK forward conv.
 */
const conv2DBackpropInput: tf.KernelFunc = ({ inputs, backend, attrs }) => {
  const { dy, filter } = inputs as { dy: tf.TensorInfo; filter: tf.TensorInfo };
  const wasm = backend as tf.KernelBackend;
  const { strides, pad, dataFormat, dimRoundingMode, inputShape } =
    attrs as unknown as tf.Conv2DBackpropInputAttrs;
  const format = tf.backend_util.convertConv2DDataFormat(dataFormat);
  const nhwcInput = (
    format === 'channelsLast' ? inputShape : [inputShape[0], inputShape[2], inputShape[3], inputShape[1]]
  ) as [number, number, number, number];
  const info = tf.backend_util.computeConv2DInfo(
    nhwcInput,
    filter.shape as [number, number, number, number],
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    'channelsLast',
  );
  const { batchSize, inHeight, inWidth, outHeight, outWidth, outChannels, strideHeight, strideWidth } = info;
  const { filterHeight: kh, filterWidth: kw } = info;
  return tf.tidy(() => {
    let g = borrow(dy, wasm) as tf.Tensor4D;
    if (format === 'channelsFirst') g = tf.transpose(g, [0, 2, 3, 1]);
    if (strideHeight > 1 || strideWidth > 1) {
      const spread = tf.pad(tf.reshape(g, [batchSize, outHeight, 1, outWidth, 1, outChannels]), [
        [0, 0],
        [0, 0],
        [0, strideHeight - 1],
        [0, 0],
        [0, strideWidth - 1],
        [0, 0],
      ]);
      g = tf.slice(
        tf.reshape(spread, [
          batchSize,
          outHeight * strideHeight,
          outWidth * strideWidth,
          outChannels,
        ]) as tf.Tensor4D,
        [0, 0, 0, 0],
        [-1, (outHeight - 1) * strideHeight + 1, (outWidth - 1) * strideWidth + 1, -1],
      );
    }
    const top = kh - 1 - info.padInfo.top;
    const left = kw - 1 - info.padInfo.left;
    const bottom = inHeight + kh - 1 - top - g.shape[1];
    const right = inWidth + kw - 1 - left - g.shape[2];
    g = tf.pad(g, [
      [0, 0],
      [top, Math.max(bottom, 0)],
      [left, Math.max(right, 0)],
      [0, 0],
    ]);
    if (bottom < 0 || right < 0) g = tf.slice(g, [0, 0, 0, 0], [-1, inHeight + kh - 1, inWidth + kw - 1, -1]);
    const flipped = tf.transpose(tf.reverse(borrow(filter, wasm), [0, 1]), [0, 1, 3, 2]) as tf.Tensor4D;
    const dx = tf.conv2d(g, flipped, 1, 'valid');
    return format === 'channelsFirst' ? tf.transpose(dx, [0, 3, 1, 2]) : dx;
  });
};

const KERNELS: ReadonlyArray<[string, tf.KernelFunc]> = [
  ['Conv2DBackpropFilter', conv2DBackpropFilter],
  ['Conv2DBackpropInput', conv2DBackpropInput],
];

/** Installs the kernels above on wasm (replacing its own where it has one); safe to call repeatedly. */
export function registerWasmKernels(): void {
  for (const [kernelName, kernelFunc] of KERNELS) {
    const existing = tf.getKernel(kernelName, 'wasm');
    if (existing?.kernelFunc === kernelFunc) continue;
    if (existing) tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({ kernelName, backendName: 'wasm', kernelFunc });
  }
}
