/**
 * One element-by-element update applied to many tensors in one dispatch (multi-tensor apply): the SGD step
 * of every parameter, the running-statistic update of every BatchNorm. Each item binds its own inputs and
 * outputs, so one dispatch takes as many items as the device's storage-buffer bindings allow; item k owns
 * the threads [end(k−1), end(k)) and its element j = thread − end(k−1).
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';
import { allocateOutput, recordDispatch, type Uniform, workgroupsFor } from './webgpu-dispatch.ts';

const WORKGROUP = 256;
/** Bounds the generated shader's size where a device allows very many bindings. */
const MAX_ITEMS_PER_DISPATCH = 16;

export interface MultiTensorOp {
  /** Unique per op: with the item count it keys the compiled pipeline. */
  key: string;
  /** Per item, bound read-only as `<name><k>`. */
  inputs: readonly string[];
  /** Per item, written as `<name><k>`; each has the item's shape. */
  outputs: readonly string[];
  /** f32 uniforms shared by every item, read as `u.<name>`. */
  shared: readonly string[];
  /** f32 uniforms of each item, read as `u.<name><k>`. */
  perItem: readonly string[];
  /** WGSL statements computing item k's outputs at element `j`. */
  body: (k: number) => string;
}

export interface MultiTensorItem {
  /** In the order of the op's `inputs`; all of the item's shape. */
  inputs: tf.TensorInfo[];
  /** In the order of the op's `perItem`. */
  uniforms?: number[];
}

function shader(op: MultiTensorOp, count: number): string {
  const perItem = [...op.inputs, ...op.outputs];
  const bindings: string[] = [];
  const fields = [...op.shared.map((name) => `${name}: f32,`), 'rowThreads: u32,'];
  const branches: string[] = [];
  for (let k = 0; k < count; k++) {
    for (const [i, name] of perItem.entries()) {
      const access = i < op.inputs.length ? 'read' : 'read_write';
      bindings.push(
        `@group(0) @binding(${k * perItem.length + i}) var<storage, ${access}> ${name}${k}: array<f32>;`,
      );
    }
    fields.push(`end${k}: u32,`, ...op.perItem.map((name) => `${name}${k}: f32,`));
    branches.push(`
      if (i < u.end${k}) {
        let j = i - ${k === 0 ? '0u' : `u.end${k - 1}`};
        ${op.body(k)}
        return;
      }`);
  }
  return `
    struct Uniforms { ${fields.join(' ')} }
    ${bindings.join('\n    ')}
    @group(0) @binding(${count * perItem.length}) var<uniform> u: Uniforms;
    @compute @workgroup_size(${WORKGROUP})
    fn main(@builtin(global_invocation_id) id: vec3<u32>) {
      let i = id.y * u.rowThreads + id.x;
      ${branches.join('')}
    }`;
}

/** How many items one dispatch can take on this device. */
function itemsPerDispatch(device: GPUDevice, op: MultiTensorOp): number {
  const buffersPerItem = op.inputs.length + op.outputs.length;
  return Math.max(
    1,
    Math.min(
      MAX_ITEMS_PER_DISPATCH,
      Math.floor(device.limits.maxStorageBuffersPerShaderStage / buffersPerItem),
    ),
  );
}

const f32 = (value: number): Uniform => ({ type: 'float32', data: [value] });
const u32 = (value: number): Uniform => ({ type: 'uint32', data: [value] });

/** Runs `op` on every item; returns each item's outputs, in the order of the op's `outputs`. */
export function runMultiTensor(
  backend: WebGPUBackend,
  op: MultiTensorOp,
  items: readonly MultiTensorItem[],
  shared: readonly number[],
): tf.TensorInfo[][] {
  const perDispatch = itemsPerDispatch(backend.device, op);
  const outputs: tf.TensorInfo[][] = [];
  for (let first = 0; first < items.length; first += perDispatch) {
    const chunk = items.slice(first, first + perDispatch);
    const tensors: tf.TensorInfo[] = [];
    const itemUniforms: Uniform[] = [];
    let end = 0;
    for (const item of chunk) {
      const shape = (item.inputs[0] as tf.TensorInfo).shape;
      const written = op.outputs.map(() => allocateOutput(backend, shape));
      tensors.push(...item.inputs, ...written);
      outputs.push(written);
      end += tf.util.sizeFromShape(shape);
      itemUniforms.push(u32(end), ...(item.uniforms ?? []).map(f32));
    }
    const { workgroups, rowThreads } = workgroupsFor(backend.device, end, WORKGROUP);
    recordDispatch(backend, {
      key: `${op.key}_${chunk.length}`,
      code: shader(op, chunk.length),
      tensors,
      uniforms: [...shared.map(f32), u32(rowThreads), ...itemUniforms],
      workgroups,
    });
  }
  return outputs;
}
