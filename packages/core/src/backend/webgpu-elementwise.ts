/**
 * One WGSL program for every element-by-element kernel of the webgpu patches: a body that computes
 * `result[index]` from the named inputs and float uniforms, one thread per output element.
 */
import * as tf from '@tensorflow/tfjs';
import type { WebGPUBackend, WebGPUProgram } from '@tensorflow/tfjs-backend-webgpu';

const WORKGROUP = 128;

class ElementwiseProgram implements WebGPUProgram {
  readonly workgroupSize: [number, number, number] = [WORKGROUP, 1, 1];
  readonly size = true;
  readonly dispatchLayout: { x: number[] };
  readonly dispatch: [number, number, number];
  readonly uniforms: string;

  constructor(
    readonly shaderKey: string,
    readonly outputShape: number[],
    readonly variableNames: string[],
    uniformNames: string[],
    private readonly body: string,
  ) {
    this.uniforms = uniformNames.map((name) => `${name} : f32,`).join(' ');
    this.dispatchLayout = { x: outputShape.map((_, i) => i) };
    this.dispatch = [Math.ceil(tf.util.sizeFromShape(outputShape) / WORKGROUP), 1, 1];
  }

  getUserCode(): string {
    return `
      fn main(index : i32) {
        if (index < uniforms.size) {
          ${this.body}
        }
      }
    `;
  }
}

export interface Elementwise {
  /** Unique per distinct body: tfjs caches the compiled pipeline by it. */
  key: string;
  /** WGSL statements assigning result[index]; inputs are arrays named as in `inputs`, uniforms as `uniforms.<name>`. */
  body: string;
  outputShape: number[];
  /** In binding order. Only inputs the body reads may be listed: the pipeline layout drops unused bindings. */
  inputs: [string, tf.TensorInfo][];
  uniforms?: [string, number][];
}

export function runElementwise(backend: WebGPUBackend, e: Elementwise): tf.TensorInfo {
  const uniforms = e.uniforms ?? [];
  const program = new ElementwiseProgram(
    e.key,
    e.outputShape,
    e.inputs.map(([name]) => name),
    uniforms.map(([name]) => name),
    e.body,
  );
  return backend.runWebGPUProgram(
    program,
    e.inputs.map(([, info]) => info),
    'float32',
    uniforms.map(([, value]) => ({ type: 'float32', data: [value] })),
  );
}

/**
 * Σ over the leading axis of `partial` (the split sums of a reduction), divided by `divisor`, without the
 * transpose tf.sum makes for a leading axis. Frees `partial`, the caller's own intermediate.
 */
export function sumLeadingAxis(backend: WebGPUBackend, partial: tf.TensorInfo, divisor = 1): tf.TensorInfo {
  const out = runElementwise(backend, {
    key: 'destsegSumLeadingAxis',
    outputShape: partial.shape.slice(1),
    inputs: [['partial', partial]],
    uniforms: [
      ['splits', partial.shape[0] as number],
      ['divisor', divisor],
    ],
    body: `
      var total = 0.0;
      for (var s = 0; s < i32(uniforms.splits); s++) { total += partial[s * uniforms.size + index]; }
      result[index] = total / uniforms.divisor;`,
  });
  backend.disposeData(partial.dataId);
  return out;
}
