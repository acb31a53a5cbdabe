/**
 * SGD with momentum and L2 weight decay exactly as torch.optim.SGD (dampening 0, no Nesterov); the update
 * itself is ops/sgd-update.ts. Kept in-house (not tf.train.momentum) so its state is plain named tensors in
 * checkpoints.
 */
import * as tf from '@tensorflow/tfjs';
import type { NamedArray } from '../model/param-store.ts';
import { type SgdParam, sgdUpdate } from '../ops/sgd-update.ts';

export interface ParamGroup {
  name: string;
  lr: number;
  /** Parameters by model name. */
  params: ReadonlyMap<string, tf.Variable>;
}

export class SgdMomentum {
  private readonly velocity = new Map<string, tf.Variable>();

  constructor(
    readonly groups: ParamGroup[],
    readonly momentum = 0.9,
    readonly weightDecay = 1e-4,
  ) {}

  /** All optimised variables, for tf.variableGrads. */
  variables(): tf.Variable[] {
    return this.groups.flatMap((g) => [...g.params.values()]);
  }

  /** Applies one update; `grads` is keyed by tf variable name, as tf.variableGrads returns it. */
  step(grads: tf.NamedTensorMap): void {
    tf.tidy(() => {
      for (const group of this.groups) {
        const names: string[] = [];
        const params: SgdParam[] = [];
        for (const [name, w] of group.params) {
          const g = grads[w.name];
          if (!g) continue;
          names.push(name);
          params.push({ w, g, v: this.velocity.get(name) ?? null });
        }
        const updates = sgdUpdate(params, {
          momentum: this.momentum,
          weightDecay: this.weightDecay,
          lr: group.lr,
        });
        for (const [i, { velocity, weight }] of updates.entries()) {
          const name = names[i] as string;
          const v = this.velocity.get(name);
          if (v) v.assign(velocity);
          else this.velocity.set(name, tf.variable(velocity, false));
          (group.params.get(name) as tf.Variable).assign(weight);
        }
      }
    });
  }

  async toArrays(): Promise<Record<string, NamedArray>> {
    const out: Record<string, NamedArray> = {};
    for (const [name, v] of this.velocity) {
      out[name] = { shape: v.shape.slice(), data: (await v.data()) as Float32Array };
    }
    return out;
  }

  load(arrays: ReadonlyMap<string, NamedArray>): void {
    this.dispose();
    for (const [name, a] of arrays) {
      const t = tf.tensor(a.data, a.shape);
      this.velocity.set(name, tf.variable(t, false));
      t.dispose();
    }
  }

  dispose(): void {
    for (const v of this.velocity.values()) v.dispose();
    this.velocity.clear();
  }
}
