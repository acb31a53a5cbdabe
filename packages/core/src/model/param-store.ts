/**
 * Named model parameters in torchvision-style keys (`student.encoder.layer1.0.conv1.weight`).
 * Trainable weights and BatchNorm running statistics are both tf.Variables; only the former are
 * optimised. Conv kernels are stored in TF.js layout [kh, kw, in, out].
 */
import * as tf from '@tensorflow/tfjs';
import type { BatchNormParams } from '../ops/batch-norm.ts';

export interface NamedArray {
  shape: number[];
  data: Float32Array;
}

interface Derived {
  /** The dataIds of the sources when `values` were computed: tfjs gives a variable a new one on assign. */
  sourceIds: object[];
  values: tf.Tensor[];
}

export class ParamStore {
  readonly trainable = new Map<string, tf.Variable>();
  readonly buffers = new Map<string, tf.Variable>();
  private readonly derived = new Map<string, Derived>();

  addTrainable(name: string, value: tf.Tensor): void {
    this.assertNew(name);
    // tfjs variable names are global: leave them unnamed so several models can coexist.
    this.trainable.set(name, tf.variable(value, true));
    value.dispose();
  }

  addBuffer(name: string, value: tf.Tensor): void {
    this.assertNew(name);
    this.buffers.set(name, tf.variable(value, false));
    value.dispose();
  }

  has(name: string): boolean {
    return this.trainable.has(name) || this.buffers.has(name);
  }

  get<R extends tf.Rank>(name: string): tf.Tensor<R> {
    const v = this.trainable.get(name) ?? this.buffers.get(name);
    if (!v) throw new Error(`model parameter ${name} does not exist`);
    return v as unknown as tf.Tensor<R>;
  }

  bn(prefix: string): BatchNormParams {
    return {
      gamma: this.get(`${prefix}.weight`),
      beta: this.get(`${prefix}.bias`),
      runningMean: this.get(`${prefix}.running_mean`),
      runningVar: this.get(`${prefix}.running_var`),
    };
  }

  /**
   * Tensors computed from parameters (such as folded conv+BatchNorm weights), recomputed only after one of
   * `sources` was assigned. The store owns them: they outlive the caller's tidy and go with dispose().
   */
  derive(key: string, sources: tf.Tensor[], compute: () => tf.Tensor[]): tf.Tensor[] {
    const sourceIds = sources.map((s) => s.dataId);
    const cached = this.derived.get(key);
    if (cached?.sourceIds.every((id, i) => id === sourceIds[i])) return cached.values;
    if (cached) tf.dispose(cached.values);
    const values = tf.tidy(compute).map((t) => tf.keep(t));
    this.derived.set(key, { sourceIds, values });
    return values;
  }

  /** Trainable variables whose names start with one of the prefixes, by name. */
  trainableUnder(...prefixes: string[]): Map<string, tf.Variable> {
    return new Map([...this.trainable].filter(([name]) => prefixes.some((p) => name.startsWith(p))));
  }

  /** Every variable (trainable and buffers) as plain arrays, for checkpoints. */
  async toArrays(): Promise<Record<string, NamedArray>> {
    const out: Record<string, NamedArray> = {};
    for (const [name, v] of [...this.trainable, ...this.buffers]) {
      out[name] = { shape: v.shape.slice(), data: (await v.data()) as Float32Array };
    }
    return out;
  }

  /** Overwrites every variable from arrays; a missing or mis-shaped entry is an error. */
  assignFrom(arrays: ReadonlyMap<string, NamedArray>, onMissing: (name: string) => never): void {
    for (const [name, v] of [...this.trainable, ...this.buffers]) {
      const a = arrays.get(name);
      if (!a) onMissing(name);
      else if (a.shape.join('x') !== v.shape.join('x')) {
        onMissing(`${name} (shape ${a.shape.join('x')} instead of ${v.shape.join('x')})`);
      } else {
        const t = tf.tensor(a.data, v.shape);
        v.assign(t);
        t.dispose();
      }
    }
  }

  dispose(): void {
    for (const d of this.derived.values()) tf.dispose(d.values);
    this.derived.clear();
    for (const v of [...this.trainable.values(), ...this.buffers.values()]) v.dispose();
    this.trainable.clear();
    this.buffers.clear();
  }

  private assertNew(name: string): void {
    if (this.has(name)) throw new Error(`model parameter ${name} defined twice`);
  }
}
