/**
 * Picks and activates the TF.js backend. 'auto' prefers native TensorFlow (tfjs-node-gpu, tfjs-node), then a
 * hardware WebGPU adapter through Dawn, then wasm, then the pure-JS cpu backend; every candidate that fails
 * is caught and its reason reported, so a missing optional package never breaks start-up.
 */
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../errors.ts';
import { useDeviceGradients } from './device-gradients.ts';
import { registerWasmKernels } from './wasm-kernels.ts';
import { registerBatchNormKernels } from './webgpu-batchnorm.ts';
import { registerCosineKernels } from './webgpu-cosine.ts';
import { registerDawnWebGPU } from './webgpu-dawn.ts';
import { registerWebGPUKernels } from './webgpu-kernels.ts';
import { registerSegLossKernels } from './webgpu-seg-loss.ts';
import { registerSgdKernels } from './webgpu-sgd.ts';

export type BackendName = 'auto' | 'tensorflow' | 'webgpu' | 'wasm' | 'cpu';
export type ConcreteBackend = Exclude<BackendName, 'auto'>;

export interface BackendChoice {
  readonly name: ConcreteBackend;
  readonly detail: string;
}

const NAMES: readonly BackendName[] = ['auto', 'tensorflow', 'webgpu', 'wasm', 'cpu'];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One load attempt: resolves to a detail string once the backend is registered, throws the reason otherwise. */
type Loader = (explicit: boolean) => Promise<string>;

/**
 * Both packages register their 'tensorflow' kernels before loading the native addon, so a failed load leaves
 * them behind; dropping them lets the next package register cleanly instead of warning ~150 times.
 */
async function loadTensorflow(pkg: string): Promise<string> {
  try {
    // A variable specifier: the packages are optional, and must resolve the same @tensorflow/tfjs as ours.
    await import(pkg);
  } catch (error) {
    for (const kernel of tf.getKernelsForBackend('tensorflow'))
      tf.unregisterKernel(kernel.kernelName, 'tensorflow');
    throw new Error(`${pkg.replace('@tensorflow/', '')}: ${describeImportFailure(error)}`, { cause: error });
  }
  if (tf.findBackendFactory('tensorflow') === null) {
    throw new Error(
      `${pkg}: loaded but registered no 'tensorflow' backend (a second @tensorflow/tfjs copy?)`,
    );
  }
  return pkg.replace('@tensorflow/', '');
}

function describeImportFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return 'not installed';
  const text = message(error);
  if (text.includes('tfjs_binding.node')) return 'native addon missing (install script not run)';
  return text.split('\n')[0] ?? text;
}

/** The CUDA build first, then the CPU-only one; both register the backend as 'tensorflow'. */
const tensorflowLoader: Loader = async () => {
  try {
    return await loadTensorflow('@tensorflow/tfjs-node-gpu');
  } catch (gpuError) {
    try {
      return await loadTensorflow('@tensorflow/tfjs-node');
    } catch (cpuError) {
      throw new Error(`${message(gpuError)}; ${message(cpuError)}`);
    }
  }
};

const LOADERS: Record<ConcreteBackend, Loader> = {
  tensorflow: tensorflowLoader,
  webgpu: async (explicit) => {
    const detail = await registerDawnWebGPU({ allowSoftware: explicit });
    registerWebGPUKernels();
    registerBatchNormKernels();
    registerCosineKernels();
    registerSgdKernels();
    registerSegLossKernels();
    return detail;
  },
  wasm: async () => {
    await import('@tensorflow/tfjs-backend-wasm');
    registerWasmKernels();
    return 'single-threaded under Node';
  },
  cpu: async () => 'pure JavaScript',
};

const AUTO_ORDER: readonly ConcreteBackend[] = ['tensorflow', 'webgpu', 'wasm', 'cpu'];

async function activate(name: ConcreteBackend, explicit: boolean): Promise<string> {
  useDeviceGradients();
  const detail = await LOADERS[name](explicit);
  // setBackend resolves false (after a console warning) when the backend's factory throws.
  if (!(await tf.setBackend(name))) throw new Error(`${name}: backend failed to initialise`);
  return detail;
}

async function choose(requested: BackendName): Promise<{ choice: BackendChoice; skipped: string[] }> {
  if (requested !== 'auto') {
    try {
      return { choice: { name: requested, detail: await activate(requested, true) }, skipped: [] };
    } catch (error) {
      throw new DestsegError(
        'BACKEND_UNAVAILABLE',
        `backend '${requested}' is unavailable: ${message(error)}`,
        {
          cause: error,
        },
      );
    }
  }
  const skipped: string[] = [];
  for (const name of AUTO_ORDER) {
    try {
      return { choice: { name, detail: await activate(name, false) }, skipped };
    } catch (error) {
      skipped.push(message(error));
    }
  }
  // Unreachable in practice: the cpu backend ships inside @tensorflow/tfjs.
  throw new DestsegError('BACKEND_UNAVAILABLE', `no backend could be loaded: ${skipped.join('; ')}`);
}

function parseRequest(value: string): BackendName {
  const name = value === '' ? 'auto' : value;
  if ((NAMES as readonly string[]).includes(name)) return name as BackendName;
  throw new DestsegError('CONFIG_INVALID', `unknown backend '${value}'; expected one of ${NAMES.join(', ')}`);
}

const choices = new Map<BackendName, Promise<BackendChoice>>();

/**
 * Selects, activates and logs the backend. Requested comes from the argument, else DESTSEG_BACKEND, else
 * 'auto'. Memoised per request: a repeated call returns the same choice (and re-activates it, in case another
 * request switched backends in between) without probing or logging again.
 */
export async function selectBackend(
  requested?: BackendName,
  log: (msg: string) => void = (msg) => console.error(msg),
): Promise<BackendChoice> {
  const request = parseRequest(requested ?? process.env.DESTSEG_BACKEND ?? 'auto');
  const cached = choices.get(request);
  if (cached !== undefined) {
    const choice = await cached;
    await tf.setBackend(choice.name);
    return choice;
  }
  const pending = choose(request).then(({ choice, skipped }) => {
    const why = skipped.length > 0 ? `; skipped ${skipped.join('; ')}` : '';
    log(`backend: ${choice.name} (${choice.detail}${why})`);
    return choice;
  });
  choices.set(request, pending);
  // A failed request may be retried (e.g. after installing a package), so it is not memoised.
  pending.catch(() => choices.delete(request));
  return pending;
}
