/**
 * WebGPU for Node through Dawn (the `webgpu` package), registered as the tfjs 'webgpu' backend.
 * Real GPUs go through Vulkan. A CPU-only box can still run the same shaders through Dawn's OpenGL
 * backend over Mesa llvmpipe (Dawn rejects lavapipe Vulkan): slow, but good for correctness tests.
 */
import * as tf from '@tensorflow/tfjs';
import { DestsegError } from '../errors.ts';
import { enabledPatches } from './webgpu-patches.ts';
import { installUploadPatches } from './webgpu-uploads.ts';

export type DawnMode = 'auto' | 'vulkan' | 'opengl';

interface Attempt {
  readonly label: string;
  readonly options: string[];
  /** Dawn exposes GL adapters only at the WebGPU compatibility feature level. */
  readonly compatibility: boolean;
}

const VULKAN: Attempt = { label: 'vulkan', options: ['backend=vulkan'], compatibility: false };
const OPENGL: Attempt[] = [
  { label: 'opengl', options: ['backend=opengl'], compatibility: true },
  { label: 'opengles', options: ['backend=opengles'], compatibility: true },
];
const ATTEMPTS: Record<DawnMode, Attempt[]> = { auto: [VULKAN, ...OPENGL], vulkan: [VULKAN], opengl: OPENGL };

const SOFTWARE_RENDERER = /llvmpipe|lavapipe|softpipe|swiftshader/i;

interface Found {
  readonly gpu: GPU;
  readonly adapter: GPUAdapter;
  readonly label: string;
  readonly description: string;
  readonly software: boolean;
}

let probed: Promise<Found> | undefined;
let registered: Promise<void> | undefined;

export function dawnModeFromEnv(value = process.env.DESTSEG_WEBGPU_BACKEND): DawnMode {
  const mode = value === undefined || value === '' ? 'auto' : value;
  if (mode === 'auto' || mode === 'vulkan' || mode === 'opengl') return mode;
  throw new DestsegError(
    'CONFIG_INVALID',
    `DESTSEG_WEBGPU_BACKEND must be vulkan, opengl or auto, got '${value}'`,
  );
}

function unavailable(reason: string, cause?: unknown): DestsegError {
  return new DestsegError('BACKEND_UNAVAILABLE', `webgpu: ${reason}`, { cause });
}

async function probe(mode: DawnMode): Promise<Found> {
  let dawn: typeof import('webgpu');
  try {
    dawn = await import('webgpu');
  } catch (error) {
    throw unavailable(`the Dawn addon (webgpu package) does not load: ${firstLine(error)}`, error);
  }
  // tfjs-backend-webgpu reads GPUBufferUsage, GPUMapMode, ... as globals.
  Object.assign(globalThis, dawn.globals);
  const misses: string[] = [];
  for (const attempt of ATTEMPTS[mode]) {
    // Mesa's EGL needs no display server with this platform; read when Dawn opens EGL.
    if (attempt.compatibility) process.env.EGL_PLATFORM ??= 'surfaceless';
    try {
      const gpu = dawn.create(attempt.options);
      const adapter = await gpu.requestAdapter({
        powerPreference: 'high-performance',
        ...(attempt.compatibility ? { featureLevel: 'compatibility' } : {}),
      });
      if (adapter === null) {
        misses.push(`${attempt.label}: no adapter`);
        continue;
      }
      const { vendor, device, description } = adapter.info;
      const name = [vendor, device, description].filter((part) => part !== '').join(' ');
      const software = adapter.info.isFallbackAdapter || SOFTWARE_RENDERER.test(name);
      return {
        gpu,
        adapter,
        label: attempt.label,
        description: `${name} via Dawn ${attempt.label}`,
        software,
      };
    } catch (error) {
      misses.push(`${attempt.label}: ${firstLine(error)}`);
    }
  }
  throw unavailable(`no adapter (${misses.join('; ')})`);
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
}

/** tfjs-backend-webgpu registers itself at import only when navigator.gpu exists; Node 20 has no navigator. */
function installNavigatorGpu(gpu: GPU): void {
  const scope = globalThis as { navigator?: object };
  if (scope.navigator === undefined) {
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  } else {
    Object.defineProperty(scope.navigator, 'gpu', { value: gpu, configurable: true, writable: true });
  }
}

/** Same device request as tfjs-backend-webgpu's own factory, plus the storage-buffer limit compat mode lowers. */
async function requestDevice(adapter: GPUAdapter): Promise<GPUDevice> {
  const limits = adapter.limits;
  return adapter.requestDevice({
    requiredFeatures: adapter.features.has('timestamp-query') ? ['timestamp-query'] : [],
    requiredLimits: {
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxComputeWorkgroupsPerDimension: limits.maxComputeWorkgroupsPerDimension,
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
      maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
      maxStorageBuffersPerShaderStage: limits.maxStorageBuffersPerShaderStage,
    },
  });
}

async function register(found: Found): Promise<void> {
  installNavigatorGpu(found.gpu);
  const device = await requestDevice(found.adapter);
  const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
  // Replace the factory the import registered: it would ask for an adapter without compatibility mode.
  if (tf.findBackendFactory('webgpu') !== null) tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', () =>
    installUploadPatches(new WebGPUBackend(device, found.adapter.info), enabledPatches()),
  );
}

/**
 * Finds a Dawn adapter (DESTSEG_WEBGPU_BACKEND picks Vulkan, OpenGL or both in that order) and registers
 * the tfjs 'webgpu' backend on it. Software adapters are refused unless allowed: llvmpipe is several times
 * slower than wasm, so only an explicit request should land there. Returns a description of the adapter;
 * throws DestsegError('BACKEND_UNAVAILABLE') with the reason otherwise.
 */
export async function registerDawnWebGPU(options: { allowSoftware: boolean }): Promise<string> {
  probed ??= probe(dawnModeFromEnv());
  const found = await probed;
  if (found.software && !options.allowSoftware) {
    throw unavailable(
      `only a software adapter (${found.description}); request 'webgpu' explicitly to use it`,
    );
  }
  registered ??= register(found);
  await registered;
  return found.description;
}
