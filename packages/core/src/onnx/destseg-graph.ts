/**
 * The DeSTSeg inference forward (model/destseg/network.ts and inference/inspector.ts) as an ONNX
 * graph, built from the model's own weights. It mirrors the TF.js code op for op, NCHW instead of
 * NHWC: eval-mode BatchNorms folded into the convolutions (conv-bn.ts's foldedConvBn), the ASPP's
 * atrous convs as Conv dilations, PyTorch-convention bilinear resizes (half-pixel centres, no
 * antialias), F.normalize's ε, both maps upsampled to the model size, and the image scores as the
 * mean of the top-100 map values.
 *
 * Input `image`: N×S×S×3, ImageNet-normalised RGB (image/normalize.ts), the layout both engines share.
 * Outputs: `seg_map`, `dest_map` (N×1×S×S) and `seg_score`, `dest_score` (N).
 */
import * as tf from '@tensorflow/tfjs';
import { SCORE_TOP_K } from '../metrics/image-score.ts';
import type { ConvOp } from '../model/conv-bn.ts';
import { foldedConvBn } from '../model/conv-bn.ts';
import { ASPP_RATES } from '../model/destseg/segmentation-net.ts';
import { TEACHER_PREFIX } from '../model/destseg/teacher.ts';
import type { ParamStore } from '../model/param-store.ts';
import { L2_NORM_EPS } from '../ops/cosine-distance.ts';
import { type GraphValueInfo, OnnxGraph } from './onnx-graph.ts';

export const ONNX_INPUT = 'image';
export const ONNX_OUTPUTS = ['seg_map', 'dest_map', 'seg_score', 'dest_score'] as const;
export type OnnxOutputName = (typeof ONNX_OUTPUTS)[number];
const BATCH = 'N';

/** A graph value with its NCHW channel count and spatial size (fixed for a given image size). */
interface Value {
  name: string;
  c: number;
  h: number;
  w: number;
}

/** TF.js [kh, kw, in, out] kernel → ONNX [out, in, kh, kw]. */
function onnxKernel(filter: tf.Tensor4D): Float32Array {
  return tf.tidy(() => tf.transpose(filter, [3, 2, 0, 1]).dataSync() as Float32Array);
}

class DestsegGraphBuilder {
  readonly g = new OnnxGraph();
  private readonly constants = new Map<string, string>();

  constructor(private readonly p: ParamStore) {}

  /** conv-bn.ts's convBn in eval mode: the folded filter and bias, one Conv (+ Relu). */
  convBn(x: Value, conv: string, bn: string, op: ConvOp, relu: boolean): Value {
    const { filter, bias } = foldedConvBn(this.p, conv, bn);
    return this.conv(x, conv, filter, bias.dataSync() as Float32Array, op, relu);
  }

  conv(x: Value, name: string, filter: tf.Tensor4D, bias: Float32Array, op: ConvOp, relu: boolean): Value {
    const [kh, kw, inC, outC] = filter.shape;
    if (inC !== x.c) throw new Error(`${name}: ${inC} input channels, value has ${x.c}`);
    const weight = this.g.floatTensor(`${name}.weight`, onnxKernel(filter), [outC, inC, kh, kw]);
    const b = this.g.floatTensor(`${name}.bias`, bias, [outC]);
    const [stride, pad, dilation] =
      'atrousRate' in op ? [1, op.atrousRate, op.atrousRate] : [op.stride, op.pad, 1];
    const y = this.g.node('Conv', [x.name, weight, b], {
      kernel_shape: [kh, kw],
      strides: [stride, stride],
      pads: [pad, pad, pad, pad],
      dilations: [dilation, dilation],
    });
    const size = (n: number, k: number) => Math.floor((n + 2 * pad - dilation * (k - 1) - 1) / stride) + 1;
    return { name: relu ? this.g.node('Relu', [y]) : y, c: outC, h: size(x.h, kh), w: size(x.w, kw) };
  }

  /** resnet.ts basicBlock. */
  basicBlock(name: string, x: Value, stride: number): Value {
    const h = this.convBn(x, `${name}.conv1`, `${name}.bn1`, { stride, pad: 1 }, true);
    const main = this.convBn(h, `${name}.conv2`, `${name}.bn2`, { stride: 1, pad: 1 }, false);
    const shortcut = this.p.has(`${name}.downsample.0.weight`)
      ? this.convBn(x, `${name}.downsample.0`, `${name}.downsample.1`, { stride, pad: 0 }, false)
      : x;
    return { ...main, name: this.g.node('Relu', [this.g.node('Add', [main.name, shortcut.name])]) };
  }

  layer(name: string, x: Value, stride: number): Value {
    return this.basicBlock(`${name}.1`, this.basicBlock(`${name}.0`, x, stride), 1);
  }

  /** resnet.ts resnetEncoder: stem, 3×3/2 max pool (zero padding ≡ −∞ padding after a ReLU), layers. */
  resnetEncoder(prefix: string, x: Value, depth: 3 | 4): Value[] {
    const stem = this.convBn(x, `${prefix}.conv1`, `${prefix}.bn1`, { stride: 2, pad: 3 }, true);
    const pooled = this.g.node('MaxPool', [stem.name], {
      kernel_shape: [3, 3],
      strides: [2, 2],
      pads: [1, 1, 1, 1],
    });
    const half = (n: number) => Math.floor((n + 2 - 3) / 2) + 1;
    let h: Value = { name: pooled, c: stem.c, h: half(stem.h), w: half(stem.w) };
    const outs: Value[] = [];
    for (let i = 0; i < depth; i++) {
      h = this.layer(`${prefix}.layer${i + 1}`, h, i === 0 ? 1 : 2);
      outs.push(h);
    }
    return outs;
  }

  /** layers.ts resizeBilinear: PyTorch align_corners=False (half-pixel centres), identity at equal size. */
  resize(x: Value, h: number, w: number): Value {
    if (x.h === h && x.w === w) return x;
    const sizes = this.int64(`sizes_${h}x${w}`, [h, w]);
    const y = this.g.node('Resize', [x.name, '', '', sizes], {
      mode: 'linear',
      coordinate_transformation_mode: 'half_pixel',
      axes: [2, 3],
    });
    return { name: y, c: x.c, h, w };
  }

  /** ops/cosine-distance.ts l2Normalize: x / (‖x‖₂ + ε) over channels. */
  l2Normalize(x: Value): Value {
    const sumSq = this.g.node(
      'ReduceSum',
      [this.g.node('Mul', [x.name, x.name]), this.int64('axis_c', [1])],
      {
        keepdims: 1,
      },
    );
    const norm = this.g.node('Add', [this.g.node('Sqrt', [sumSq]), this.float('l2_eps', L2_NORM_EPS)]);
    return { ...x, name: this.g.node('Div', [x.name, norm]) };
  }

  teacher(x: Value): Value[] {
    return this.resnetEncoder(TEACHER_PREFIX, x, 3);
  }

  /** student.ts student: encoder, reverse decoder with bilinear upsampling, S1..S3. */
  student(x: Value): Value[] {
    const enc = this.resnetEncoder('student.encoder', x, 4);
    const decoder = ['layer4', 'layer3', 'layer2', 'layer1'];
    let h = enc[3] as Value;
    const outs: Value[] = [];
    for (const [i, name] of decoder.entries()) {
      if (i > 0) {
        const target = enc[3 - i] as Value;
        h = this.resize(h, target.h, target.w);
      }
      h = this.layer(`student.decoder.${name}`, h, 1);
      if (i > 0) outs.unshift(h);
    }
    return outs;
  }

  /** segmentation-net.ts segmentationNet. */
  segmentationNet(x: Value): Value {
    const convBnRelu = (name: string, input: Value, op: ConvOp) =>
      this.convBn(input, `${name}.conv`, `${name}.bn`, op, true);
    const h = this.layer('seg.res', x, 1);
    const mean: Value = { name: this.g.node('GlobalAveragePool', [h.name]), c: h.c, h: 1, w: 1 };
    const pooled = convBnRelu('seg.aspp.pool', mean, { stride: 1, pad: 0 });
    const broadcast = this.g.node('Expand', [pooled.name, this.g.node('Shape', [h.name])]);
    const branches = [
      broadcast,
      ...ASPP_RATES.map((rate) => convBnRelu(`seg.aspp.rate${rate}`, h, { atrousRate: rate }).name),
    ];
    const concat: Value = { name: this.g.node('Concat', branches, { axis: 1 }), c: h.c * 4, h: h.h, w: h.w };
    const fused = convBnRelu('seg.aspp.fuse', concat, { stride: 1, pad: 1 });
    const head = convBnRelu('seg.head', fused, { stride: 1, pad: 1 });
    const out = this.p.get<tf.Rank.R4>('seg.out.weight');
    const bias = this.p.get<tf.Rank.R1>('seg.out.bias').dataSync() as Float32Array;
    const logits = this.conv(head, 'seg.out', out, bias, { stride: 1, pad: 0 }, false);
    return { ...logits, name: this.g.node('Sigmoid', [logits.name]) };
  }

  /** network.ts segInput and anomaly-map.ts destMap, sharing each level's normalised features. */
  maps(t: Value[], s: Value[]): { seg: Value; dest: Value } {
    const { h, w } = t[0] as Value;
    const levels: string[] = [];
    const distances: Value[] = [];
    for (const [k, tk] of t.entries()) {
      const tn = this.l2Normalize(tk);
      const sn = this.l2Normalize(s[k] as Value);
      const product = this.g.node('Mul', [tn.name, sn.name]);
      levels.push(this.resize({ ...tk, name: this.g.node('Neg', [product]) }, h, w).name);
      // ops/cosine-distance.ts cosineDistance multiplies l2n(s)·l2n(t): the same product, elementwise.
      const cos = this.g.node('ReduceSum', [product, this.int64('axis_c', [1])], { keepdims: 1 });
      const dist = this.g.node('Sub', [this.float('one', 1), cos]);
      distances.push(this.resize({ name: dist, c: 1, h: tk.h, w: tk.w }, h, w));
    }
    const segIn: Value = {
      name: this.g.node('Concat', levels, { axis: 1 }),
      c: t.reduce((sum, v) => sum + v.c, 0),
      h,
      w,
    };
    const destProduct = distances.map((m) => m.name).reduce((acc, m) => this.g.node('Mul', [acc, m]));
    const dest: Value = { name: destProduct, c: 1, h, w };
    return { seg: this.segmentationNet(segIn), dest };
  }

  /** metrics/image-score.ts imageScore: the mean of the top-K values of each map. */
  score(map: Value, output: string): void {
    const k = Math.min(SCORE_TOP_K, map.h * map.w);
    const flat = this.g.node('Reshape', [map.name, this.int64('flat_shape', [0, -1])]);
    const top = this.g.nodeFirstOutput('TopK', [flat, this.int64('top_k', [k])], 2, { axis: 1 });
    this.g.node('ReduceMean', [top, this.int64('axis_1', [1])], { keepdims: 0 }, output);
  }

  private int64(key: string, values: number[]): string {
    return this.cached(key, () => this.g.int64Tensor(key, values));
  }

  private float(key: string, value: number): string {
    return this.cached(key, () => this.g.floatTensor(key, new Float32Array([value]), []));
  }

  private cached(key: string, make: () => string): string {
    let name = this.constants.get(key);
    if (!name) {
      name = make();
      this.constants.set(key, name);
    }
    return name;
  }
}

/** Serialises the inference graph of the model in `params` for square images of `imageSize`. */
export function buildDestsegOnnx(
  params: ParamStore,
  imageSize: number,
  opts: { metadata: Record<string, string>; producerVersion: string },
): Uint8Array {
  const b = new DestsegGraphBuilder(params);
  const nchw = b.g.node('Transpose', [ONNX_INPUT], { perm: [0, 3, 1, 2] });
  const x: Value = { name: nchw, c: 3, h: imageSize, w: imageSize };
  const t = b.teacher(x);
  const s = b.student(x);
  const { seg, dest } = b.maps(t, s);
  b.g.node('Identity', [b.resize(seg, imageSize, imageSize).name], {}, 'seg_map');
  b.g.node('Identity', [b.resize(dest, imageSize, imageSize).name], {}, 'dest_map');
  b.score({ ...seg, name: 'seg_map', h: imageSize, w: imageSize }, 'seg_score');
  b.score({ ...dest, name: 'dest_map', h: imageSize, w: imageSize }, 'dest_score');
  const mapInfo = (name: string): GraphValueInfo => ({
    name,
    shape: [BATCH, 1, imageSize, imageSize],
    elemType: 'float',
  });
  const scoreInfo = (name: string): GraphValueInfo => ({ name, shape: [BATCH], elemType: 'float' });
  return b.g.encode({
    name: 'destseg',
    inputs: [{ name: ONNX_INPUT, shape: [BATCH, imageSize, imageSize, 3], elemType: 'float' }],
    outputs: [mapInfo('seg_map'), mapInfo('dest_map'), scoreInfo('seg_score'), scoreInfo('dest_score')],
    ...opts,
  });
}
