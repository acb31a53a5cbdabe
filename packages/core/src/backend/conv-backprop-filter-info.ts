/** The geometry of a Conv2DBackpropFilter kernel call, shared by the wasm and webgpu replacements. */
import * as tf from '@tensorflow/tfjs';

/** tfjs's Conv2DInfo of the convolution whose filter gradient is asked for (dilation 1, not depthwise). */
export function backpropFilterInfo(
  x: tf.TensorInfo,
  attrs: tf.NamedAttrMap | undefined,
): tf.backend_util.Conv2DInfo {
  const { strides, pad, dataFormat, dimRoundingMode, filterShape } =
    attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  return tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    filterShape,
    strides,
    1,
    pad,
    dimRoundingMode,
    false,
    tf.backend_util.convertConv2DDataFormat(dataFormat),
  );
}
