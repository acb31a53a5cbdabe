/**
 * An exported DeSTSeg graph in onnxruntime-node: CPU execution provider by default with intra-op
 * threads = cores (DESTSEG_ORT_THREADS overrides), the CUDA provider when DESTSEG_ORT_PROVIDER=cuda
 * (docs/BACKENDS.md). Idle intra-op threads sleep instead of spinning (DESTSEG_ORT_SPINNING=on spins): on
 * this model a spinning pool is no faster, and its spinning takes the cores from the decoding and the
 * requests around the pass (docs/PERFORMANCE.md). Note that onnxruntime-node's `run` is a synchronous native call deferred by
 * setImmediate: whatever must stay responsive (the API) calls it from a worker thread.
 */
import { availableParallelism } from 'node:os';
import * as ort from 'onnxruntime-node';
import { DestsegError } from '../errors.ts';
import { ONNX_INPUT } from './destseg-graph.ts';
import { removeOrtTraceFiles } from './ort-trace-file.ts';

export type OrtProvider = 'cpu' | 'cuda';

export interface OrtSessionOptions {
  /** Intra-op threads; default DESTSEG_ORT_THREADS or the number of cores. */
  threads?: number;
  /** Execution provider; default DESTSEG_ORT_PROVIDER or cpu. */
  provider?: OrtProvider;
  /** Whether idle intra-op threads spin; default DESTSEG_ORT_SPINNING (on|off) or off. */
  spinning?: boolean;
}

/** One batch's outputs, flat: maps N×S×S (row-major per image), scores N. */
export interface OrtOutputs {
  segMap: Float32Array;
  destMap: Float32Array;
  segScore: Float32Array;
  destScore: Float32Array;
}

/**
 * DESTSEG_ORT_THREADS from an environment: undefined when unset (the caller picks the default), else a
 * positive integer or a CONFIG_INVALID error. The one reading of that variable: the CLI, the benches and
 * the API (apps/api/src/config.ts, which divides the cores among its predictor workers) all call it.
 */
export function ortThreadsFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.DESTSEG_ORT_THREADS;
  if (raw === undefined || raw === '') return undefined;
  return checkedThreads(Number(raw), `DESTSEG_ORT_THREADS must be a positive integer, got '${raw}'`);
}

function checkedThreads(value: number, message: string): number {
  if (!Number.isInteger(value) || value < 1) throw new DestsegError('CONFIG_INVALID', message);
  return value;
}

function resolveThreads(threads: number | undefined): number {
  if (threads !== undefined)
    return checkedThreads(threads, `ORT threads must be a positive integer, got '${threads}'`);
  return ortThreadsFrom(process.env) ?? availableParallelism();
}

function resolveSpinning(spinning: boolean | undefined): boolean {
  if (spinning !== undefined) return spinning;
  const value = process.env.DESTSEG_ORT_SPINNING ?? 'off';
  if (value !== 'on' && value !== 'off')
    throw new DestsegError('CONFIG_INVALID', `DESTSEG_ORT_SPINNING must be on or off, got '${value}'`);
  return value === 'on';
}

function resolveProvider(provider: OrtProvider | undefined): OrtProvider {
  const value = provider ?? process.env.DESTSEG_ORT_PROVIDER ?? 'cpu';
  if (value !== 'cpu' && value !== 'cuda')
    throw new DestsegError('CONFIG_INVALID', `DESTSEG_ORT_PROVIDER must be cpu or cuda, got '${value}'`);
  return value;
}

export class OrtDestsegSession {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly imageSize: number,
    readonly threads: number,
    readonly provider: OrtProvider,
  ) {}

  /** Loads a DeSTSeg graph; the image size is read from its input's shape (N×S×S×3). */
  static async create(model: string | Uint8Array, opts: OrtSessionOptions = {}): Promise<OrtDestsegSession> {
    const threads = resolveThreads(opts.threads);
    const provider = resolveProvider(opts.provider);
    const options: ort.InferenceSession.SessionOptions = {
      executionProviders: [provider],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      extra: { session: { intra_op: { allow_spinning: resolveSpinning(opts.spinning) ? '1' : '0' } } },
    };
    const where = typeof model === 'string' ? model : 'the exported graph';
    let session: ort.InferenceSession;
    try {
      session =
        typeof model === 'string'
          ? await ort.InferenceSession.create(model, options)
          : await ort.InferenceSession.create(model, options);
    } catch (cause) {
      throw new DestsegError('CHECKPOINT_INVALID', `${where}: onnxruntime cannot load it: ${String(cause)}`, {
        cause,
      });
    } finally {
      removeOrtTraceFiles();
    }
    const input = session.inputMetadata.find((m) => m.name === ONNX_INPUT);
    const shape = input?.isTensor ? input.shape : [];
    const size = shape[1];
    if (typeof size !== 'number' || shape[2] !== size || shape[3] !== 3) {
      await session.release();
      throw new DestsegError(
        'CHECKPOINT_INVALID',
        `${where}: not a DeSTSeg graph (no ${ONNX_INPUT} input N×S×S×3)`,
      );
    }
    return new OrtDestsegSession(session, size, threads, provider);
  }

  /** `input`: n normalised NHWC images of imageSize² (image/normalize.ts). */
  async run(input: Float32Array, n: number): Promise<OrtOutputs> {
    const s = this.imageSize;
    const feeds = { [ONNX_INPUT]: new ort.Tensor('float32', input, [n, s, s, 3]) };
    const out = await this.session.run(feeds);
    const data = (name: string) => {
      const t = out[name];
      if (!t) throw new DestsegError('CHECKPOINT_INVALID', `the exported graph has no output ${name}`);
      return t.data as Float32Array;
    };
    return {
      segMap: data('seg_map'),
      destMap: data('dest_map'),
      segScore: data('seg_score'),
      destScore: data('dest_score'),
    };
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
